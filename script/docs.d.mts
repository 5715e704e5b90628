import type { ActionInput, ActionMetadata, ActionOutput } from './lib/action-metadata.mjs'

export declare const readmePath: string
export declare const REGIONS: Record<'inputs' | 'outputs', [start: string, end: string]>
export declare function tableCell(text: string): string
export declare function inputsTable(inputs: ActionInput[]): string
export declare function outputsTable(outputs: ActionOutput[]): string
export declare function replaceRegions(
  readme: string,
  tables: Record<'inputs' | 'outputs', string>
): string
export declare function generateReadme(readme: string, metadata?: ActionMetadata): Promise<string>
export declare function firstDifference(
  a: string,
  b: string
): { line: number; current: string | undefined; expected: string | undefined } | undefined
