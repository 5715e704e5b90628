import { ActionError } from '../shared/errors.js'
import type { Fix, InputWords } from '../shared/input-words.js'

/**
 * What a second registration of the same app returns is not documented (docs/amazon-api.md):
 * a 400 or 409 on a repeat run most likely means "registered already", and the cure is a change
 * to the workflow or the command, spelt out exactly in the front door's words.
 */
const registeredBefore = (w: InputWords): string =>
  'If an earlier run already registered the app, register it once only: save ' +
  `${w.earlierTrack} as ${w.savedTrackHome}, DEVTEST_TRACK_ID, and ${w.passSavedTrack}; ` +
  `${w.thisRun} then only adds testers.`

/** Where the security profile's credentials are shown. */
const WEB_SETTINGS =
  'Developer Console → Apps & Services → API Access → App Submission API → your security ' +
  'profile → Web Settings'

/**
 * The failures Amazon is known to answer with, each with what the user should do, written once:
 * a fix that names inputs is a template over the front door's words (InputWords). The client
 * maps a response to one of these; anything else falls back to Amazon's own message.
 */
export const KnownErrors = {
  lwaInvalidClient: {
    what: 'Login with Amazon rejected the client credentials',
    fix: w => `Check ${w.credentials}: copy both from ${WEB_SETTINGS}.`
  },
  lwaInvalidScope: {
    what: 'Login with Amazon refused the scope appstore::apps:readwrite',
    fix:
      'Attach the security profile to the App Submission API (Developer Console → Apps & ' +
      'Services → API Access → App Submission API), then re-run.'
  },
  lwaWrongEndpoint: {
    what: 'The token endpoint did not accept a client-credentials request',
    fix: w =>
      `Check ${w.name('token-url')}: it must be the Login with Amazon token endpoint, ` +
      'https://api.amazon.com/auth/o2/token (the default).'
  },
  lwaMalformedRequest: {
    what: 'Login with Amazon could not read the token request',
    fix: w =>
      `Copy ${w.name('client-id')} and ${w.name('client-secret')} again, exactly as the ` +
      'security profile shows them (no quotes, spaces or line breaks around them). If ' +
      `${w.name('token-url')} is ${w.given}, leave it ${w.unset} for ` +
      'https://api.amazon.com/auth/o2/token.'
  },
  lwaOther: {
    what: 'Login with Amazon refused the token request',
    fix: w => `Check ${w.list(['client-id', 'client-secret', 'token-url'])}.`
  },
  notAuthorized: {
    what: 'Amazon refused the request even with a fresh access token (403 Forbidden)',
    fix: w =>
      'Known causes: the security profile is not attached to the App Submission API ' +
      '(Developer Console → Apps & Services → API Access → App Submission API → attach the ' +
      `profile ${w.credentialsOwner}); ${w.name('app-id')} belongs to another developer ` +
      `account than the security profile; or ${w.name('api-url')} or ` +
      `${w.name('api-version')} do not name Amazon's API (leave both ${w.unset}).`
  },
  appNotFound: {
    what: 'Amazon does not know the app (404 Not Found)',
    fix: w =>
      `Check ${w.name('app-id')} (amzn1.devportal.mobileapp.…, on the app's page in the ` +
      'Developer Console) and that the app belongs to the account of this security profile.'
  },
  trackNotFound: {
    what: 'Amazon does not know the app or the track (404 Not Found)',
    fix: w =>
      `Check ${w.name('app-id')} and ${w.name('track-id')}; leave ${w.name('track-id')} ` +
      `${w.unset} to register the app and use the track Amazon returns.`
  },
  registerRejected: {
    what: 'Amazon rejected the DevTest registration (400 Bad Request)',
    fix: w =>
      `Check that ${w.name('package-name')} is the app's package and that the certificate is ` +
      'the one the app is signed with (DevTest takes ECDSA certificates, at most 3 per app). ' +
      registeredBefore(w)
  },
  testersRejected: {
    what: 'Amazon rejected the tester list (400 Bad Request)',
    fix: 'Check the tester emails and group names; Amazon allows 50 testers per app.'
  },
  conflict: {
    what: 'Amazon reported a conflict (409)',
    fix: registeredBefore
  },
  answerTooLarge: {
    what: 'Amazon answered with more than 1 MB',
    fix: w =>
      `No answer of this API is that large: check that ${w.name('api-url')} and ` +
      `${w.name('token-url')} point at Amazon (leave both ${w.unset} for the defaults), and ` +
      're-run.'
  },
  unexpectedResponse: {
    what: 'Amazon answered 200 without the expected data',
    fix: w =>
      `Check ${w.name('api-url')} and ${w.name('token-url')} point at Amazon (the defaults ` +
      'do). If they do, re-run; if it persists, Amazon changed the API: open an issue on this ' +
      'action.'
  },
  hostNotFound: {
    what: 'The host name does not exist',
    fix: w =>
      `Check the host in ${w.name('api-url')} and ${w.name('token-url')}, or leave both ` +
      `${w.unset} for Amazon's own endpoints.`
  },
  untrustedCertificate: {
    what: "The server's TLS certificate is not trusted",
    fix: w =>
      `Check ${w.name('api-url')} and ${w.name('token-url')}. Behind a proxy that inspects ` +
      'TLS, give its CA certificate to Node in the NODE_EXTRA_CA_CERTS environment variable.'
  },
  transient: {
    what: 'Amazon kept failing with temporary errors',
    fix: w =>
      `This is usually a passing outage: ${w.rerun}. Raise ${w.name('max-attempts')} or ` +
      `${w.name('request-timeout')} if it happens often.`
  },
  runDeadline: {
    what: "The run's deadline was reached before Amazon answered",
    fix: w =>
      'Every retry and Retry-After wait counts against one deadline (the plan shows it). This is ' +
      `usually a passing outage: ${w.rerun}; raise ${w.name('max-attempts')} or ` +
      `${w.name('request-timeout')} to allow a slower Amazon, or check that ` +
      `${w.name('api-url')}, ${w.name('token-url')} and any HTTPS_PROXY answer.`
  },
  unexpectedStatus: {
    what: 'Amazon answered with an unexpected status',
    fix: w =>
      `Check ${w.name('api-url')} and ${w.name('token-url')}. If they are right, re-run; if ` +
      "it persists, see Amazon's message."
  }
} as const satisfies Record<string, KnownError>

export type KnownErrorName = keyof typeof KnownErrors

export interface KnownError {
  /** What happened, after the call's context: "Registering the app: Amazon …". */
  what: string
  fix: Fix
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

/** Login with Amazon's error codes that say what to fix; any other code is lwaOther. */
const LWA_ERROR_KINDS: Record<string, KnownErrorName> = {
  invalid_client: 'lwaInvalidClient',
  invalid_scope: 'lwaInvalidScope',
  unsupported_grant_type: 'lwaWrongEndpoint',
  invalid_request: 'lwaMalformedRequest'
}

/** The kind of a Login with Amazon refusal, by the error code of its body. */
export function lwaErrorKind(code: unknown): KnownErrorName {
  return (
    (typeof code === 'string' && Object.hasOwn(LWA_ERROR_KINDS, code) && LWA_ERROR_KINDS[code]) ||
    'lwaOther'
  )
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
    // Amazon's own words when it answered; what went wrong on the way when it did not.
    const said = !detail ? '' : `${status !== undefined ? ' Amazon said' : ' Details'}: ${detail}`
    super('amazon', `${context}: ${known.what}.${said}`, known.fix)
    this.name = 'AmazonError'
  }
}
