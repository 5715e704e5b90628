import * as core from '@actions/core'
import { getInputs } from './inputs.js'
import { WORKFLOW_WORDS } from './words.js'
import { logWarnings, newRunRecord, runStep, type RunRecord } from '../engine/run.js'
import { CREDENTIAL_NAMES, describeFailure, missingCredentials } from '../engine/failure.js'
import type { Inputs } from '../engine/inputs.js'
import { setOutputs, writeSummary } from './report.js'
import { inertLog } from '../shared/printable.js'
import type { StepLog } from '../engine/step-log.js'

/**
 * The engine's log as workflow commands: groups, annotations and masks for the runner. Plain
 * lines are the only ones the runner parses for commands of its own (the others are commands
 * already), so they are made inert.
 */
const coreLog: StepLog = {
  info: message => core.info(inertLog(message)),
  warning: core.warning,
  debug: core.debug,
  secret: core.setSecret,
  group: core.group
}

/** The action: inputs from the runner, the step, then outputs and job summary. */
export async function run(): Promise<void> {
  const record = newRunRecord()
  let inputs: Inputs | undefined
  try {
    inputs = getInputs()
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    await runStep(inputs, workspace, coreLog, record)
    setOutputs(record)
    await writeSummary(record)
  } catch (error) {
    await fail(error, record, inputs)
  }
}

/** One ::error:: line that says what failed and what to do; a stack trace only in debug mode. */
async function fail(error: unknown, record: RunRecord, inputs?: Inputs): Promise<void> {
  const failure = describeFailure(error, WORKFLOW_WORDS)
  const { message } = failure
  const hint =
    failure.kind === 'input'
      ? credentialsHint(missingCredentials(failure, inputs))
      : failure.kind === 'bug'
        ? 'This is a bug in the action; please report it with the step log (run with step debug on).'
        : failure.hint
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

/** Where the credentials a refused run lacks come from in a workflow. */
function credentialsHint(missing: ('client-id' | 'client-secret')[]): string | undefined {
  if (missing.length === 0) return undefined
  const lines = missing.map(name => `${name}: \${{ secrets.${CREDENTIAL_NAMES[name]} }}`)
  // A step that already has these lines got empty secrets: the usual first-run mistake, which the
  // step cannot tell from a missing line, since the runner expands the expression before it runs.
  return (
    `Pass ${missing.length === 1 ? 'it' : 'them'} from the repository's secrets, ` +
    `${lines.join(' and ')}, or set dry-run: true to check everything else without them. ` +
    `If the step already has ${missing.length === 1 ? 'that line' : 'those lines'}, the ` +
    `${missing.length === 1 ? 'secret is' : 'secrets are'} empty in this run: not created under ` +
    'Settings → Secrets and variables → Actions, or withheld (pull requests from forks and from ' +
    'Dependabot get no Actions secrets).'
  )
}
