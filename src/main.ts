import * as core from '@actions/core'
import { getInputs } from './action-inputs.js'
import { logWarnings, newRunRecord, runStep, type RunRecord } from './engine.js'
import { describeFailure } from './failure.js'
import { setOutputs, writeSummary } from './report.js'
import type { StepLog } from './step-log.js'

/** The engine's log as workflow commands: groups, annotations and masks for the runner. */
const coreLog: StepLog = {
  info: core.info,
  warning: core.warning,
  debug: core.debug,
  secret: core.setSecret,
  group: core.group
}

/** The action: inputs from the runner, the step, then outputs and job summary. */
export async function run(): Promise<void> {
  const record = newRunRecord()
  try {
    const inputs = getInputs()
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    await runStep(inputs, workspace, coreLog, record)
    setOutputs(record)
    await writeSummary(record)
  } catch (error) {
    await fail(error, record)
  }
}

/** One ::error:: line that says what failed and what to do; a stack trace only in debug mode. */
async function fail(error: unknown, record: RunRecord): Promise<void> {
  const failure = describeFailure(error)
  const { message } = failure
  const hint =
    failure.kind === 'amazon'
      ? failure.hint
      : failure.kind === 'bug'
        ? 'This is a bug in the action; please report it with the step log (run with step debug on).'
        : undefined
  if (core.isDebug() && error instanceof Error && error.stack) core.debug(error.stack)
  // Warnings found before validation failed are part of the result too.
  logWarnings(record, coreLog)
  record.failure = hint ? { message, hint } : { message }
  core.setFailed(hint ? `${message}\n${hint}` : message)
  try {
    setOutputs(record)
    await writeSummary(record)
  } catch (summaryError) {
    core.warning(`Could not write the job summary: ${(summaryError as Error).message}`)
  }
}
