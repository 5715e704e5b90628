export interface CliRunOptions {
  args?: string[]
  env?: Record<string, string>
  cwd?: string
  node?: string
  /** The file run: dist/cli.js by default, or binPath. */
  entry?: string
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

/** What `npx appstore-devtest` runs: package.json's bin. */
export declare const binPath: string

export declare function runCli(options?: CliRunOptions): Promise<CliRunResult>

export declare function sampleCommand(inputs: Record<string, string>): {
  args: string[]
  env: Record<string, string>
}
