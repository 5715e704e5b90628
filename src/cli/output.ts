import type { RunRecord } from '../engine/run.js'
import { ActionError } from '../shared/errors.js'
import type { Failure } from '../engine/failure.js'
import { registrationOf } from '../engine/settings.js'

/** The action's outputs, as JSON values: what --json prints under "outputs". */
export interface CliOutputs {
  trackId?: string
  uniqueTesterCount?: number
  groups?: string[]
  certificateSha256?: string
  /** The signed artifacts read via apk, as the artifactPaths output lists them. */
  artifactPaths?: string[]
}

/** What --json prints on stdout: the same outputs as the action's, and how the run ended. */
export interface CliResult {
  ok: boolean
  dryRun: boolean
  exitCode: number
  outputs: CliOutputs
  warnings: string[]
  /** output: the run is done, but its --output-env file could not be written. */
  error?: { kind: Failure['kind'] | 'output'; message: string; hint?: string }
}

/** As in the action: the fingerprint once known, the rest only from Amazon's answers. */
export function outputsOf(record: RunRecord): CliOutputs {
  const outputs: CliOutputs = {}
  const certificate = record.settings && registrationOf(record.settings)?.certificate
  if (record.trackId !== undefined && record.result) {
    outputs.trackId = record.trackId
    outputs.uniqueTesterCount = record.result.uniqueTesterCount
    outputs.groups = record.result.groups
    const files = record.settings && registrationOf(record.settings)?.artifactFiles
    if (files && files.length > 0) outputs.artifactPaths = files.map(file => file.path)
  }
  if (certificate) outputs.certificateSha256 = certificate.sha256
  return outputs
}

// What a dotenv value may hold unquoted in every reader (GitLab, Bitrise envman, dotenv): a track
// id from Amazon holding a newline or a quote would otherwise set other variables. The comma
// separates the paths of ARTIFACT_PATHS.
const PLAIN_VALUE = /^[A-Za-z0-9._:/@+,-]*$/
/** A path ARTIFACT_PATHS can list: plain, and without the comma that separates them. */
const PLAIN_PATH = /^[A-Za-z0-9._:/@+-]+$/
const VARIABLE_NAME = /^[A-Z][A-Z0-9_]*$/

/** Whether a line is one dotenvOf writes: a variable name, "=", a plain value. */
export function isDotenvLine(line: string): boolean {
  const equals = line.indexOf('=')
  return (
    equals > 0 &&
    VARIABLE_NAME.test(line.slice(0, equals)) &&
    PLAIN_VALUE.test(line.slice(equals + 1))
  )
}

/**
 * TRACK_ID, UNIQUE_TESTER_COUNT, CERTIFICATE_SHA256 and ARTIFACT_PATHS (comma-separated) as a
 * dotenv file, for what is known. Throws when a value could not be written safely.
 */
export function dotenvOf(outputs: CliOutputs): string {
  const entries: [string, string | number | undefined][] = [
    ['TRACK_ID', outputs.trackId],
    ['UNIQUE_TESTER_COUNT', outputs.uniqueTesterCount],
    ['CERTIFICATE_SHA256', outputs.certificateSha256]
  ]
  const paths = outputs.artifactPaths ?? []
  const unsafe = paths.find(path => !PLAIN_PATH.test(path))
  if (unsafe !== undefined) throw new UnsafePathError()
  if (paths.length > 0) entries.push(['ARTIFACT_PATHS', paths.join(',')])
  let text = ''
  for (const [name, value] of entries) {
    if (value === undefined) continue
    if (!PLAIN_VALUE.test(String(value))) {
      throw new UnsafeOutputError(name)
    }
    text += `${name}=${value}\n`
  }
  return text
}

/** A value from Amazon that a dotenv file cannot hold as it is. */
export class UnsafeOutputError extends ActionError {
  override name = 'UnsafeOutputError'

  constructor(readonly variable: string) {
    // Amazon's answer is what cannot be written, so the failure is Amazon's, not the file's.
    super(
      'amazon',
      `${variable} is not written to the --output-env file: Amazon's value holds characters a ` +
        'dotenv file cannot carry safely (only letters, digits and . _ : / @ + - are written)',
      'Read the value from --json instead; if Amazon keeps answering such values, open an issue.'
    )
  }
}

/** An artifact path that a dotenv line cannot hold as it is. */
export class UnsafePathError extends ActionError {
  override name = 'UnsafePathError'

  constructor(readonly variable = 'ARTIFACT_PATHS') {
    // The run is done; only its output file cannot hold the path the user's build has.
    super(
      'output',
      `${variable} is not written to the --output-env file: an artifact path holds characters a ` +
        'dotenv file cannot carry safely (only letters, digits and . _ : / @ + - are written, and a ' +
        'comma separates the paths)',
      'Rename the artifact (e.g. app-release.apk), or read artifactPaths from --json instead.'
    )
  }
}
