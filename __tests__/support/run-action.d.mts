export declare const root: string
export declare const node24: string
import type { FakeAmazon } from '../../fake-amazon/server.mjs'

export declare function sampleInputs(fake: FakeAmazon): Record<string, string>
export declare function actionDefaults(): Record<string, string>
export declare function parseOutputFile(text: string): Record<string, string>

export interface RunOptions {
  inputs?: Record<string, string>
  env?: Record<string, string>
  workspace?: string
  timeoutMs?: number
  script?: string
}

export interface RunResult {
  exitCode: number | null
  timedOut: boolean
  durationMs: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

export declare function runAction(options?: RunOptions): Promise<RunResult>

export declare function runBounded(
  command: string,
  args: string[],
  options: import('node:child_process').SpawnOptions,
  timeoutMs: number
): Promise<{
  exitCode: number | null
  timedOut: boolean
  durationMs: number
  stdout: string
  stderr: string
}>
