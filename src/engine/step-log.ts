import type { ClientLog } from '../amazon/client.js'

/**
 * What the engine tells the user, and all it knows of where that goes: the action writes it
 * with @actions/core, the CLI to the terminal.
 */
export interface StepLog extends ClientLog {
  /** Runs one stage of the step under a heading (a log group in the action). */
  group<T>(title: string, stage: () => Promise<T>): Promise<T>
}
