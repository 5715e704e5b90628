export interface CliRunOptions {
  args?: string[]
  env?: Record<string, string>
  cwd?: string
  node?: string
  timeoutMs?: number
  moduleList?: boolean
}

export interface CliRunResult {
  exitCode: number | null
  timedOut: boolean
  durationMs: number
  stdout: string
  stderr: string
  /** process.moduleLoadList at exit, with moduleList. */
  modules?: string[]
}

export declare function runCli(options?: CliRunOptions): Promise<CliRunResult>

export declare function sampleCommand(inputs: Record<string, string>): {
  args: string[]
  env: Record<string, string>
}
