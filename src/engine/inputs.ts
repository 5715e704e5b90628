// Validation: the runner's or the command line's input strings into typed Settings, every problem
// collected in one ProblemList and reported at once, before anything is sent. Over 250 lines
// because every input's rule lives here, one short reader each; the readers of whole files
// (registration, tester lists) are in signing/ and testers/.
import {
  ACTION_DEFAULTS,
  ACTION_INPUTS,
  type ActionInputName,
  type ActionInputValues
} from '../shared/action-yml.js'
// Static, though only a run with a certificate uses it: 2.7 kB compiled at every start cost less
// than the chunk file the CLI would open (and its compile-cache entry) in every such run.
import { certificateWarnings } from '../signing/certificate-warnings.js'
import { ProblemList } from '../shared/errors.js'
import { untrustedText } from '../shared/mask.js'
import { hasControl } from '../shared/printable.js'
import { readRegistration } from '../signing/registration.js'
import type { Credentials, Settings, Target } from './settings.js'
import type { ParseResult, TesterList } from '../testers/testers.js'
import { isTrackId, TRACK_ID_RULE } from '../amazon/track-id.js'

/** The action's inputs as the runner passes them, keyed by their names in action.yml. */
/** The step's inputs as given: action.yml's inputs, each a string (empty when not set). */
export type Inputs = ActionInputValues

/** action.yml's defaults, applied here too so an empty input means the same everywhere. */
export const DEFAULTS = ACTION_DEFAULTS satisfies Partial<Inputs>

/** Every input, in action.yml's order. */
export const INPUT_NAMES = Object.keys(ACTION_INPUTS) as readonly ActionInputName[]

const APP_ID = /^amzn1\.devportal\.mobileapp\.[A-Za-z0-9]+$/
const CLIENT_ID = /^amzn1\.application-oa2-client\.[A-Za-z0-9]+$/
// Login with Amazon secrets are long runs of letters, digits and a few marks (amzn1.oa2-cs.v1.…,
// or 64 hex digits). Anything else is a paste gone wrong, and a secret must be redactable: a
// one-character secret would turn every such character of the log into ***, and one with a quote
// or a backslash would not be found again in the JSON that escapes it.
const CLIENT_SECRET_CHARACTERS = /^[\x21\x23-\x5b\x5d-\x7e]+$/
const MIN_CLIENT_SECRET_LENGTH = 16
const API_VERSION = /^v[0-9]+$/
const TRUE_VALUES = ['true', 'True', 'TRUE']
const FALSE_VALUES = ['false', 'False', 'FALSE']
const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/
const MAX_ATTEMPTS_LIMIT = 10
const REQUEST_TIMEOUT_LIMIT = 600

/**
 * Checks every input and reads the certificate and tester list, collecting all problems so the
 * user fixes them in one go. Throws InputError when anything is wrong; nothing has been sent then.
 */
export async function validateInputs(
  raw: Inputs,
  workspace: string,
  /** Warnings are added here as they are found, so a run that fails still shows them. */
  warnings: string[] = []
): Promise<Settings> {
  const inputs = withDefaults(raw)
  const problems = new ProblemList()

  const dryRun = readBoolean(inputs, 'dry-run', problems)
  const credentials = readCredentials(inputs, problems, { dryRun })

  const appId = inputs['app-id']
  if (appId === '') {
    problems.add(
      'app-id',
      "is required: copy it from the app's page in the Developer Console (amzn1.devportal.mobileapp.…)"
    )
  } else if (!APP_ID.test(appId)) {
    problems.add(
      'app-id',
      `"${untrustedText(appId, 60)}" is not an Appstore app ID; it looks like amzn1.devportal.mobileapp.<hex> ` +
        "and is shown on the app's page in the Developer Console"
    )
  }

  if (hasControl(inputs['tester-group'])) {
    problems.add(
      'tester-group',
      'must be one group name on one line without control characters, such as DevTest'
    )
    // Checked once here, not again for every tester that would fall into it.
    inputs['tester-group'] = DEFAULTS['tester-group']
  }

  const trackId = inputs['track-id'] || undefined
  if (trackId !== undefined && !isTrackId(trackId)) {
    const shown = untrustedText(trackId, 60)
    problems.add(
      'track-id',
      w =>
        `"${shown}" is not a track ID (${TRACK_ID_RULE}); give ${w.earlierRunTrack}, or leave ` +
        `it ${w.unset} to register the app`
    )
  }

  const registration = await readRegistration(inputs, workspace, problems, {
    skipRegistration: trackId !== undefined
  })
  const testers = await readTesterList(inputs, workspace, problems, warnings)

  const apiUrl = readUrl(inputs, 'api-url', problems)
  const tokenUrl = readUrl(inputs, 'token-url', problems)
  if (!API_VERSION.test(inputs['api-version'])) {
    problems.add(
      'api-version',
      `"${untrustedText(inputs['api-version'], 60)}" is not an API version such as v1`
    )
  }
  const maxAttempts = readNumber(inputs, 'max-attempts', problems)
  const timeoutSeconds = readNumber(inputs, 'request-timeout', problems)

  const target: Target | undefined =
    trackId !== undefined
      ? registration
        ? { kind: 'existing-track', trackId, checked: registration }
        : { kind: 'existing-track', trackId }
      : registration && { kind: 'register', registration }
  if (registration) {
    warnings.push(...certificateWarnings(registration.certificate, new Date()))
    // Split APKs share one signer, so their Fire OS warnings are the same: each is said once.
    const fromArtifacts = registration.artifacts?.flatMap(artifact => artifact.warnings ?? []) ?? []
    warnings.push(...new Set(fromArtifacts))
  }

  problems.throwIfAny()
  if (testers && target) {
    const common = {
      appId,
      target,
      testers,
      amazon: {
        apiUrl,
        tokenUrl,
        apiVersion: inputs['api-version'],
        maxAttempts,
        timeoutMs: Math.round(timeoutSeconds * 1000)
      }
    }
    if (dryRun) return credentials ? { ...common, dryRun, credentials } : { ...common, dryRun }
    if (credentials) return { ...common, dryRun, credentials }
  }
  // Every reader above returns nothing only after adding a problem, so this is never reached.
  throw new Error('the inputs were refused without a problem to report')
}

function withDefaults(raw: Inputs): Inputs {
  const inputs = { ...raw }
  for (const [name, value] of Object.entries(DEFAULTS) as [keyof Inputs, string][]) {
    if (inputs[name].trim() === '') inputs[name] = value
  }
  for (const name of INPUT_NAMES) {
    // Multi-line inputs keep their inner lines; everything else is one trimmed value.
    if (name !== 'certificate' && name !== 'testers') inputs[name] = inputs[name].trim()
  }
  return inputs
}

function readBoolean(inputs: Inputs, name: 'dry-run', problems: ProblemList): boolean {
  const value = inputs[name]
  if (TRUE_VALUES.includes(value)) return true
  if (!FALSE_VALUES.includes(value))
    problems.add(name, `"${untrustedText(value, 60)}" is not a boolean; use true or false`)
  return false
}

function readCredentials(
  inputs: Inputs,
  problems: ProblemList,
  { dryRun }: { dryRun: boolean }
): Credentials | undefined {
  const clientId = inputs['client-id']
  const clientSecret = inputs['client-secret']
  if (clientId === '' && !dryRun) {
    problems.add(
      'client-id',
      "is required (the security profile's client ID), unless this is a dry run"
    )
  } else if (clientId !== '' && !CLIENT_ID.test(clientId)) {
    problems.add(
      'client-id',
      'is not a Login with Amazon client ID (amzn1.application-oa2-client.…); copy the Client ID ' +
        "from the security profile's Web Settings"
    )
  }
  if (clientSecret === '' && !dryRun) {
    problems.add(
      'client-secret',
      "is required (the security profile's client secret), unless this is a dry run"
    )
  } else if (/\s/.test(clientSecret)) {
    problems.add(
      'client-secret',
      'contains white space; copy the Client Secret again, without line breaks'
    )
  } else if (clientSecret !== '' && !CLIENT_SECRET_CHARACTERS.test(clientSecret)) {
    problems.add(
      'client-secret',
      'holds characters a client secret never has (quotes, backslashes, control or non-ASCII ' +
        'characters); copy the Client Secret again'
    )
  } else if (clientSecret !== '' && clientSecret.length < MIN_CLIENT_SECRET_LENGTH) {
    problems.add(
      'client-secret',
      `is only ${clientSecret.length} character${clientSecret.length === 1 ? '' : 's'} long, ` +
        'far shorter than a client secret; copy the whole Client Secret'
    )
  }
  if (clientId === '' || clientSecret === '') return undefined
  return { clientId, clientSecret }
}

async function readTesterList(
  inputs: Inputs,
  workspace: string,
  problems: ProblemList,
  warnings: string[]
): Promise<TesterList | undefined> {
  const text = inputs.testers
  const file = inputs['testers-file']
  const defaultGroup = inputs['tester-group']
  if (text.trim() !== '' && file !== '') {
    problems.add(
      'testers',
      w => `is set together with ${w.name('testers-file')}; give exactly one of them`
    )
    return undefined
  } else if (text.trim() === '' && file === '') {
    problems.add(
      'testers',
      w =>
        `is required: list the tester emails in ${w.name('testers')} (one per line) or point ` +
        `${w.name('testers-file')} at a .json, .yaml, .csv or .txt file`
    )
    return undefined
  }
  // Loaded only for a list to read: a run refused for a missing input compiles no parser.
  const [{ formatOfFile, formatOfText, parseTesters }, { MAX_INPUT_FILE_BYTES, readInputFile }] =
    await Promise.all([import('../testers/testers.js'), import('../shared/input-file.js')])
  let result: ParseResult
  if (text.trim() !== '') {
    if (text.length > MAX_INPUT_FILE_BYTES) {
      problems.add('testers', 'is longer than 1 MB; a tester list is a few kilobytes')
      return undefined
    }
    result = await parseTesters(text, {
      format: formatOfText(text),
      input: 'testers',
      defaultGroup
    })
  } else {
    const bytes = await readInputFile(file, workspace, 'testers-file', problems)
    if (!bytes) return undefined
    const text = bytes.toString('utf8')
    result = await parseTesters(text, {
      format: formatOfFile(file, text),
      input: 'testers-file',
      defaultGroup
    })
  }
  problems.addAll(result.problems)
  for (const warning of result.warnings) warnings.push(warning)
  return result.testers
}

function readUrl(inputs: Inputs, name: 'api-url' | 'token-url', problems: ProblemList): string {
  const value = inputs[name]
  let url: URL
  try {
    url = new URL(value)
  } catch {
    const shown = untrustedText(value, 100)
    problems.add(name, w => `"${shown}" is not a URL; leave it ${w.unset} for ${DEFAULTS[name]}`)
    return value
  }
  const loopback = LOOPBACK_HOSTS.test(url.hostname)
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    const protocol = url.protocol
    problems.add(
      name,
      w => `must use https (got ${protocol}//); leave it ${w.unset} for ${DEFAULTS[name]}`
    )
  } else if (url.username || url.password) {
    problems.add(
      name,
      w =>
        'must not hold a user name or password; credentials go in ' +
        `${w.name('client-id')} and ${w.name('client-secret')}`
    )
  } else if (url.search || url.hash) {
    problems.add(
      name,
      w => `must not have a query or fragment; leave it ${w.unset} for ${DEFAULTS[name]}`
    )
  }
  return value
}

/** The numeric inputs' ranges; an attempt is counted, a timeout may be a fraction of a second. */
const NUMBER_RULES = {
  'max-attempts': { min: 1, max: MAX_ATTEMPTS_LIMIT, whole: true, kind: 'a whole number' },
  'request-timeout': {
    min: 1,
    max: REQUEST_TIMEOUT_LIMIT,
    whole: false,
    kind: 'a number of seconds'
  }
} as const

function readNumber(
  inputs: Inputs,
  name: keyof typeof NUMBER_RULES,
  problems: ProblemList
): number {
  const { min, max, whole, kind } = NUMBER_RULES[name]
  const value = inputs[name]
  const number = Number(value)
  const valid = /^\d+(\.\d+)?$/.test(value) && (!whole || Number.isInteger(number))
  if (!valid || number < min || number > max) {
    problems.add(name, `"${untrustedText(value, 60)}" must be ${kind} from ${min} to ${max}`)
  }
  return number
}
