import type { AddTestersResult } from '../amazon/client.js'
import type { Inputs } from './inputs.js'
import { validateInputs } from './inputs.js'
import { andMore, MAX_LISTED } from '../shared/errors.js'
import { countTesters, describeGroups, describePlan } from './plan.js'
import { DEFAULT_BACKOFF } from '../amazon/retry-policy.js'
import { RunDeadline, runBudgetOf } from './run-deadline.js'
import type { Settings } from './settings.js'
import type { StepLog } from './step-log.js'
import { USER_AGENT } from '../shared/version.js'

/** What the step did, as far as it got: both front doors report from this. */
export interface RunRecord {
  settings?: Settings
  trackId?: string
  result?: AddTestersResult
  failure?: { message: string; hint?: string }
  /** Everything worth a warning, found so far, also when validation fails: log and summary. */
  warnings: string[]
  /** How many of the warnings the log has shown already. */
  warningsLogged?: number
}

/** A new record, before anything is known. */
export function newRunRecord(): RunRecord {
  return { warnings: [] }
}

/**
 * Logs the warnings not logged yet: the first MAX_LISTED, then how many more there are. Called
 * after validation and again on failure, so warnings found before a failure are not lost.
 */
export function logWarnings(record: RunRecord, log: Pick<StepLog, 'warning'>): void {
  const from = record.warningsLogged ?? 0
  const shown = Math.min(record.warnings.length, MAX_LISTED)
  for (const warning of record.warnings.slice(from, shown)) log.warning(warning)
  const more = andMore(record.warnings.length - Math.max(shown, from), 'warning')
  if (more && from < record.warnings.length) log.warning(more)
  record.warningsLogged = record.warnings.length
}

/**
 * The step, whichever door it came in by: check the inputs, then token → register → add testers.
 * Fills record as it goes, so a failure still reports what was done; throws on failure (see
 * describeFailure). Nothing here knows of @actions/core or of the terminal.
 */
export async function runStep(
  inputs: Inputs,
  workspace: string,
  log: StepLog,
  record: RunRecord
): Promise<void> {
  const settings = await log.group('Checking the inputs', async () => {
    const checked = await validateInputs(inputs, workspace, record.warnings)
    for (const line of describePlan(checked)) log.info(line)
    return checked
  })
  record.settings = settings
  logWarnings(record, log)

  if (settings.dryRun) {
    log.info('Dry run: the inputs are valid; nothing was sent to Amazon.')
    return
  }
  // Loaded only when a request is due: a dry run loads no network stack.
  const { AmazonClient } = await import('../amazon/client.js')
  const { amazon, credentials, target } = settings
  const client = new AmazonClient({
    tokenUrl: amazon.tokenUrl,
    apiUrl: amazon.apiUrl,
    apiVersion: amazon.apiVersion,
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    retry: { maxAttempts: amazon.maxAttempts, ...DEFAULT_BACKOFF },
    timeoutMs: amazon.timeoutMs,
    userAgent: USER_AGENT,
    log,
    deadline: new RunDeadline(runBudgetOf(settings).totalMs)
  })
  try {
    const trackId =
      target.kind === 'register'
        ? await log.group('Registering the app for DevTest', async () => {
            const { packageName, certificate } = target.registration
            const assigned = await client.register(settings.appId, packageName, certificate.pem)
            log.info(`Registered; Amazon assigned track "${assigned}".`) // a checked name
            return assigned
          })
        : target.trackId
    record.trackId = trackId
    record.result = await log.group(`Adding testers to track "${trackId}"`, async () => {
      const result = await client.addTesters(settings.appId, trackId, settings.testers.groups)
      log.info(
        `Amazon added groups ${describeGroups(result.groups)}; ${countTesters(result.uniqueTesterCount, 'unique tester')}.`
      )
      return result
    })
  } finally {
    client.dispose()
  }
}
