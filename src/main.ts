import * as core from '@actions/core'
import { AmazonClient, type ClientLog } from './amazon-client.js'
import { certificateWarnings } from './certificate.js'
import { ActionError, InputError } from './errors.js'
import { getInputs, validateInputs } from './inputs.js'
import { DEFAULT_BACKOFF } from './retry.js'
import {
  describeGroups,
  logPlan,
  logWarnings,
  setOutputs,
  writeSummary,
  type RunRecord
} from './report.js'
import { USER_AGENT } from './version.js'

const coreLog: ClientLog = {
  info: core.info,
  warning: core.warning,
  debug: core.debug,
  secret: core.setSecret
}

/** The step: check inputs, then token → register → add testers, then outputs and summary. */
export async function run(): Promise<void> {
  const record: RunRecord = { warnings: [] }
  try {
    const inputs = getInputs()
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const settings = await core.group('Checking the inputs', async () => {
      const checked = await validateInputs(inputs, workspace, record.warnings)
      logPlan(checked)
      return checked
    })
    record.settings = settings
    const certificate = settings.registration?.certificate
    if (certificate) record.warnings.push(...certificateWarnings(certificate, new Date()))
    logWarnings(record)

    if (settings.dryRun) {
      core.info('Dry run: the inputs are valid; nothing was sent to Amazon.')
    } else {
      const credentials = settings.credentials
      if (!credentials) throw new Error('credentials missing after validation')
      const client = new AmazonClient({
        tokenUrl: settings.tokenUrl,
        apiUrl: settings.apiUrl,
        apiVersion: settings.apiVersion,
        clientId: credentials.clientId,
        clientSecret: credentials.clientSecret,
        retry: { maxAttempts: settings.maxAttempts, ...DEFAULT_BACKOFF },
        timeoutMs: settings.timeoutMs,
        userAgent: USER_AGENT,
        log: coreLog
      })
      try {
        const registration = settings.registration
        record.trackId = registration
          ? await core.group('Registering the app for DevTest', async () => {
              const trackId = await client.register(
                settings.appId,
                registration.packageName,
                registration.certificate.pem
              )
              core.info(`Registered; Amazon assigned track "${trackId}".`) // a checked name
              return trackId
            })
          : settings.trackId
        const trackId = record.trackId
        if (trackId === undefined)
          throw new Error('neither registration nor track-id after validation')
        record.result = await core.group(`Adding testers to track "${trackId}"`, async () => {
          const result = await client.addTesters(settings.appId, trackId, settings.testers.groups)
          core.info(
            `Amazon added groups ${describeGroups(result.groups)}; ${result.uniqueTesterCount} unique testers.`
          )
          return result
        })
      } finally {
        client.dispose()
      }
    }
    setOutputs(record)
    await writeSummary(record)
  } catch (error) {
    await fail(error, record)
  }
}

/** One ::error:: line that says what failed and what to do; a stack trace only in debug mode. */
async function fail(error: unknown, record: RunRecord): Promise<void> {
  let message: string
  let hint: string | undefined
  if (error instanceof ActionError) {
    message = error.message
    hint = error.hint
  } else if (error instanceof InputError) {
    message = error.message
  } else {
    message = `Unexpected error: ${error instanceof Error ? error.message : String(error)}`
    hint =
      'This is a bug in the action; please report it with the step log (run with step debug on).'
  }
  if (core.isDebug() && error instanceof Error && error.stack) core.debug(error.stack)
  // Warnings found before validation failed are part of the result too.
  logWarnings(record)
  record.failure = hint ? { message, hint } : { message }
  core.setFailed(hint ? `${message}\n${hint}` : message)
  try {
    setOutputs(record)
    await writeSummary(record)
  } catch (summaryError) {
    core.warning(`Could not write the job summary: ${(summaryError as Error).message}`)
  }
}
