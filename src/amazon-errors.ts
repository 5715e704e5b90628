import { ActionError } from './errors.js'
import { maskEmailsIn } from './mask.js'
import { printable } from './printable.js'

/**
 * What a second registration of the same app returns is not documented (docs/amazon-api.md):
 * a 400 or 409 on a repeat run most likely means "registered already", and the cure is a change
 * to the workflow, spelt out here exactly, for each front door.
 */
const REGISTERED_BEFORE =
  'If an earlier run already registered the app, register it once only: save the trackId ' +
  "output of that run (it is in that run's log and job summary) as a repository variable, " +
  'DEVTEST_TRACK_ID, and add `track-id: ${{ vars.DEVTEST_TRACK_ID }}` to this step; the step ' +
  'then only adds testers.'
const REGISTERED_BEFORE_CLI =
  'If an earlier run already registered the app, register it once only: save the track of that ' +
  'run (its log says `Registered; Amazon assigned track "…"`; --json and --output-env give it ' +
  'too) as a CI variable, DEVTEST_TRACK_ID, and pass --track-id "$DEVTEST_TRACK_ID"; the run ' +
  'then only adds testers.'

/**
 * The failures Amazon is known to answer with, each with what the user should do: hint in the
 * workflow's words, cliHint where the command line's differ (variables, not secrets; flags). The
 * client maps a response to one of these; anything else falls back to Amazon's own message.
 */
export const KnownErrors = {
  lwaInvalidClient: {
    what: 'Login with Amazon rejected the client credentials',
    hint:
      'Check the client-id and client-secret secrets: copy both from Developer Console → Apps & ' +
      'Services → API Access → App Submission API → your security profile → Web Settings.',
    cliHint:
      'Check AMAZON_CLIENT_ID and AMAZON_CLIENT_SECRET: copy both from Developer Console → Apps ' +
      '& Services → API Access → App Submission API → your security profile → Web Settings.'
  },
  lwaInvalidScope: {
    what: 'Login with Amazon refused the scope appstore::apps:readwrite',
    hint:
      'Attach the security profile to the App Submission API (Developer Console → Apps & ' +
      'Services → API Access → App Submission API), then re-run.'
  },
  lwaWrongEndpoint: {
    what: 'The token endpoint did not accept a client-credentials request',
    hint:
      'Check token-url: it must be the Login with Amazon token endpoint, ' +
      'https://api.amazon.com/auth/o2/token (the default).',
    cliHint:
      'Check --token-url: it must be the Login with Amazon token endpoint, ' +
      'https://api.amazon.com/auth/o2/token (the default).'
  },
  lwaMalformedRequest: {
    what: 'Login with Amazon could not read the token request',
    hint:
      'Copy client-id and client-secret again, exactly as the security profile shows them ' +
      '(no quotes, spaces or line breaks around them). If token-url is set, leave it empty ' +
      'for https://api.amazon.com/auth/o2/token.',
    cliHint:
      'Copy AMAZON_CLIENT_ID and AMAZON_CLIENT_SECRET again, exactly as the security profile ' +
      'shows them (no quotes, spaces or line breaks around them). If --token-url is given, ' +
      'leave it out for https://api.amazon.com/auth/o2/token.'
  },
  lwaOther: {
    what: 'Login with Amazon refused the token request',
    hint: 'Check the client-id, client-secret and token-url inputs.',
    cliHint: 'Check AMAZON_CLIENT_ID, AMAZON_CLIENT_SECRET and --token-url.'
  },
  notAuthorized: {
    what: 'Amazon refused the request even with a fresh access token (403 Forbidden)',
    hint:
      'Known causes: the security profile is not attached to the App Submission API ' +
      '(Developer Console → Apps & Services → API Access → App Submission API → attach the ' +
      'profile whose client-id and client-secret this workflow uses); app-id belongs to another ' +
      'developer account than the security profile; or api-url or api-version do not name ' +
      "Amazon's API (leave both empty).",
    cliHint:
      'Known causes: the security profile is not attached to the App Submission API ' +
      '(Developer Console → Apps & Services → API Access → App Submission API → attach the ' +
      'profile whose credentials are in AMAZON_CLIENT_ID and AMAZON_CLIENT_SECRET); --app-id ' +
      'belongs to another developer account than the security profile; or --api-url or ' +
      "--api-version do not name Amazon's API (leave both out)."
  },
  appNotFound: {
    what: 'Amazon does not know the app (404 Not Found)',
    hint:
      "Check app-id (amzn1.devportal.mobileapp.…, on the app's page in the Developer Console) and " +
      'that the app belongs to the account of this security profile.',
    cliHint:
      "Check --app-id (amzn1.devportal.mobileapp.…, on the app's page in the Developer Console) " +
      'and that the app belongs to the account of this security profile.'
  },
  trackNotFound: {
    what: 'Amazon does not know the app or the track (404 Not Found)',
    hint:
      'Check app-id and track-id; leave track-id empty to register the app and use the track ' +
      'Amazon returns.',
    cliHint:
      'Check --app-id and --track-id; leave --track-id out (or empty) to register the app and ' +
      'use the track Amazon returns.'
  },
  registerRejected: {
    what: 'Amazon rejected the DevTest registration (400 Bad Request)',
    hint:
      "Check that package-name is the app's package and that the certificate is the one the " +
      'app is signed with (DevTest takes ECDSA certificates, at most 3 per app). ' +
      REGISTERED_BEFORE,
    cliHint:
      "Check that --package-name is the app's package and that the certificate is the one the " +
      'app is signed with (DevTest takes ECDSA certificates, at most 3 per app). ' +
      REGISTERED_BEFORE_CLI
  },
  testersRejected: {
    what: 'Amazon rejected the tester list (400 Bad Request)',
    hint: 'Check the tester emails and group names; Amazon allows 50 testers per app.'
  },
  conflict: {
    what: 'Amazon reported a conflict (409)',
    hint: REGISTERED_BEFORE,
    cliHint: REGISTERED_BEFORE_CLI
  },
  answerTooLarge: {
    what: 'Amazon answered with more than 1 MB',
    hint:
      'No answer of this API is that large: check that api-url and token-url point at Amazon ' +
      '(leave both empty for the defaults), and re-run.',
    cliHint:
      'No answer of this API is that large: check that --api-url and --token-url point at ' +
      'Amazon (leave both out for the defaults), and run it again.'
  },
  unexpectedResponse: {
    what: 'Amazon answered 200 without the expected data',
    hint:
      'Check api-url and token-url point at Amazon (the defaults do). If they do, re-run; if it ' +
      'persists, Amazon changed the API: open an issue on this action.',
    cliHint:
      'Check --api-url and --token-url point at Amazon (the defaults do). If they do, run it ' +
      'again; if it persists, Amazon changed the API: open an issue on appstore-devtest.'
  },
  hostNotFound: {
    what: 'The host name does not exist',
    hint: "Check the host in api-url and token-url, or leave both empty for Amazon's own endpoints.",
    cliHint:
      "Check the host in --api-url and --token-url, or leave both out for Amazon's own endpoints."
  },
  untrustedCertificate: {
    what: "The server's TLS certificate is not trusted",
    hint:
      'Check api-url and token-url. Behind a proxy that inspects TLS, give its CA certificate to ' +
      'Node in the NODE_EXTRA_CA_CERTS environment variable.',
    cliHint:
      'Check --api-url and --token-url. Behind a proxy that inspects TLS, give its CA ' +
      'certificate to Node in the NODE_EXTRA_CA_CERTS environment variable.'
  },
  transient: {
    what: 'Amazon kept failing with temporary errors',
    hint:
      'This is usually a passing outage: re-run the job. Raise max-attempts or request-timeout ' +
      'if it happens often.',
    cliHint:
      'This is usually a passing outage: run it again. Raise --max-attempts or ' +
      '--request-timeout if it happens often.'
  },
  unexpectedStatus: {
    what: 'Amazon answered with an unexpected status',
    hint: "Check api-url and token-url. If they are right, re-run; if it persists, see Amazon's message.",
    cliHint:
      'Check --api-url and --token-url. If they are right, run it again; if it persists, see ' +
      "Amazon's message."
  }
} as const satisfies Record<string, KnownError>

export type KnownErrorName = keyof typeof KnownErrors

interface KnownError {
  what: string
  hint: string
  cliHint?: string
}

/** The client's calls, by which a failure is told apart (a 404 means another thing per call). */
export type Operation = 'token' | 'register' | 'addTesters'

/** Statuses worth another attempt; every other 4xx is final. */
export const TRANSIENT_STATUSES = new Set([429, 500, 502, 503, 504])

/**
 * Connection failures that another attempt cannot cure: the host name does not exist, or the
 * server's TLS certificate is not trusted. Every other network error is retried.
 */
export const FINAL_NETWORK_ERRORS: Record<string, KnownErrorName> = {
  ENOTFOUND: 'hostNotFound',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'untrustedCertificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'untrustedCertificate',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'untrustedCertificate',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'untrustedCertificate',
  CERT_HAS_EXPIRED: 'untrustedCertificate',
  ERR_TLS_CERT_ALTNAME_INVALID: 'untrustedCertificate'
}

/** The kind of a final error status from the DevTest API, by the call that got it. */
export function apiErrorKind(operation: Operation, status: number): KnownErrorName {
  if (status === 404) return operation === 'register' ? 'appNotFound' : 'trackNotFound'
  if (status === 400) return operation === 'register' ? 'registerRejected' : 'testersRejected'
  if (status === 409) return 'conflict'
  return 'unexpectedStatus'
}

/** The kind of a Login with Amazon refusal, by the error code of its body. */
export function lwaErrorKind(code: unknown): KnownErrorName {
  return code === 'invalid_client'
    ? 'lwaInvalidClient'
    : code === 'invalid_scope'
      ? 'lwaInvalidScope'
      : code === 'unsupported_grant_type'
        ? 'lwaWrongEndpoint'
        : code === 'invalid_request'
          ? 'lwaMalformedRequest'
          : 'lwaOther'
}

/**
 * A failure of a known kind. With an HTTP status, the detail is Amazon's own answer; without
 * one (a network error, or retries that ran out), it is what went wrong on the way.
 */
export class AmazonError extends ActionError {
  constructor(
    readonly kind: KnownErrorName,
    readonly status: number | undefined,
    readonly detail: string | undefined,
    context: string
  ) {
    const known: KnownError = KnownErrors[kind]
    const said = !detail
      ? ''
      : status !== undefined
        ? ` Amazon said: ${detail}`
        : ` Details: ${detail}`
    super(`${context}: ${known.what}.${said}`, known.hint, known.cliHint)
    this.name = 'AmazonError'
  }
}

const MAX_MESSAGE_LENGTH = 300
/** How deep an error body is searched for a message, and how many of its errors are quoted. */
const MAX_DEPTH = 4
const MAX_ERRORS_QUOTED = 5

/**
 * Amazon's error message from a body of any shape: the field names of its error bodies are not
 * documented and gateways answer HTML, so every known shape is tried and nothing is assumed
 * (docs/amazon-api.md lists the shapes seen). The most specific sentence wins: the entries of
 * an "errors" list over a generic top-level "Bad Request". Emails are masked and control
 * characters escaped, since it goes to the log.
 */
export function readErrorMessage(body: string): string | undefined {
  const text = body.trim()
  if (text === '') return undefined
  let message: string | undefined
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  if (json !== undefined) message = messageFromJson(json, 0)
  else message = /<[a-z!]/i.test(text.slice(0, 1024)) ? messageFromHtml(text) : text
  if (!message) return undefined
  const oneLine = message.replace(/\s+/g, ' ').trim()
  return oneLine === '' ? undefined : printable(maskEmailsIn(oneLine), MAX_MESSAGE_LENGTH + 1)
}

function messageFromJson(value: unknown, depth: number): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return undefined
  if (Array.isArray(value)) {
    const parts = value
      .slice(0, MAX_ERRORS_QUOTED)
      .map(item => messageFromJson(item, depth + 1))
      .filter(Boolean)
    return parts.length > 0 ? parts.join('; ') : undefined
  }
  const record = value as Record<string, unknown>
  const text = (key: string): string | undefined =>
    typeof record[key] === 'string' && record[key] !== '' ? record[key] : undefined
  // {"message": "Bad Request", "errors": [{"errorCode": …, "errorMessage": …}]}: the list says
  // what is wrong, the top-level message only which status it was.
  const listed = record.errors !== undefined ? messageFromJson(record.errors, depth + 1) : undefined
  if (listed) return listed
  const code = text('errorCode') ?? text('code') ?? text('error')
  const message =
    text('errorMessage') ??
    text('message') ??
    text('Message') ??
    text('error_description') ??
    text('detail')
  if (message) return code && code !== message ? `${code}: ${message}` : message
  return code
}

/**
 * The title of an HTML page, or its text without tags. By hand with indexOf rather than regular
 * expressions: /<title[^>]*>([\s\S]*?)<\/title>/ and tag-stripping patterns backtrack
 * quadratically on a large page with many unclosed tags, and this reads what any gateway sends.
 */
function messageFromHtml(html: string): string | undefined {
  // Lower-casing ASCII letters only keeps every index the same as in html.
  const lower = html.replace(/[A-Z]/g, letter => letter.toLowerCase())
  const titleAt = lower.indexOf('<title')
  if (titleAt >= 0) {
    const open = lower.indexOf('>', titleAt)
    const close = open < 0 ? -1 : lower.indexOf('</title', open)
    const title = close < 0 ? '' : html.slice(open + 1, close).trim()
    if (title) return title
  }
  let text = ''
  let at = 0
  while (at < html.length && text.length <= MAX_MESSAGE_LENGTH * 4) {
    const tag = lower.indexOf('<', at)
    text += ` ${html.slice(at, tag < 0 ? html.length : tag)}`
    if (tag < 0) break
    const skipTo = ['<script', '<style'].find(name => lower.startsWith(name, tag))
    const end = skipTo ? lower.indexOf(`</${skipTo.slice(1)}`, tag) : lower.indexOf('>', tag)
    if (end < 0) break
    at = skipTo ? lower.indexOf('>', end) + 1 || html.length : end + 1
  }
  const stripped = text.trim()
  return stripped === '' ? undefined : stripped
}
