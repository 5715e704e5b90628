import type { ActionInput, ActionMetadata, ActionOutput } from './lib/action-metadata.mjs'

type Markers = Record<string, [start: string, end: string]>

export interface DocsTarget {
  path: string
  name: string
  regions: Record<string, (metadata: ActionMetadata) => string>
  markers: Markers
}

export declare const readmePath: string
export declare const ACTION_REF: string
export declare const WIDTH: number
export declare const REGIONS: Record<'inputs' | 'outputs', [start: string, end: string]>
export declare const TARGETS: DocsTarget[]
export declare function wrap(
  text: string,
  width: number,
  mayStartLine?: (word: string) => boolean
): string[]
export declare function usageBlock(inputs: ActionInput[], ref?: string): string
export declare function wrapProse(text: string, width: number): string[]
export declare function markdownText(text: string): string
export declare function outputsList(outputs: ActionOutput[]): string
export declare function replaceRegions(
  text: string,
  generated: Record<string, string>,
  markers?: Markers,
  file?: string
): string
export declare function generate(
  target: DocsTarget,
  text: string,
  metadata?: ActionMetadata
): Promise<string>
export declare function generateReadme(readme: string, metadata?: ActionMetadata): Promise<string>
export declare function firstDifference(
  a: string,
  b: string
): { line: number; current: string | undefined; expected: string | undefined } | undefined
