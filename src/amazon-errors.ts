import { ActionError } from './errors.js'
import { maskEmailsIn } from './mask.js'

/**
 * The failures Amazon is known to answer with, each with what the user should do. The client
 * maps a response to one of these; anything else falls back to Amazon's own message.
 */
export const KnownErrors = {
  lwaInvalidClient: {
    what: 'Login with Amazon rejected the client credentials',
    hint:
      'Check the client-id and client-secret secrets: copy both from Developer Console → Apps & ' +
      'Services → API Access → App Submission API → your security profile → Web Settings.'
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
      'https://api.amazon.com/auth/o2/token (the default).'
  },
  lwaOther: {
    what: 'Login with Amazon refused the token request',
    hint: 'Check the client-id, client-secret and token-url inputs.'
  },
  notAuthorized: {
    what: 'Amazon refused the request even with a fresh access token (403 Forbidden)',
    hint:
      'Attach the security profile to the App Submission API: Developer Console → Apps & ' +
      'Services → API Access → App Submission API → attach the profile whose client-id and ' +
      'client-secret this workflow uses.'
  },
  appNotFound: {
    what: 'Amazon does not know the app (404 Not Found)',
    hint:
      "Check app-id (amzn1.devportal.mobileapp.…, on the app's page in the Developer Console) and " +
      'that the app belongs to the account of this security profile.'
  },
  trackNotFound: {
    what: 'Amazon does not know the app or the track (404 Not Found)',
    hint:
      'Check app-id and track-id; leave track-id empty to register the app and use the track ' +
      'Amazon returns.'
  },
  registerRejected: {
    what: 'Amazon rejected the DevTest registration (400 Bad Request)',
    hint:
      "Check that package-name is the app's package and that the certificate is the one the " +
      'app is signed with (DevTest takes ECDSA certificates, at most 3 per app). If the app is ' +
      'already registered with this certificate, set track-id to only add testers.'
  },
  testersRejected: {
    what: 'Amazon rejected the tester list (400 Bad Request)',
    hint: 'Check the tester emails and group names; Amazon allows 50 testers per app.'
  },
  conflict: {
    what: 'Amazon reported a conflict (409)',
    hint:
      'The app may already be registered with this certificate: set track-id to the track it ' +
      'has to only add testers.'
  },
  unexpectedResponse: {
    what: 'Amazon answered 200 without the expected data',
    hint:
      'Check api-url and token-url point at Amazon (the defaults do). If they do, re-run; if it ' +
      'persists, Amazon changed the API: open an issue on this action.'
  },
  hostNotFound: {
    what: 'The host name does not exist',
    hint: "Check the host in api-url and token-url, or leave both empty for Amazon's own endpoints."
  },
  untrustedCertificate: {
    what: "The server's TLS certificate is not trusted",
    hint:
      'Check api-url and token-url. Behind a proxy that inspects TLS, give its CA certificate to ' +
      'Node in the NODE_EXTRA_CA_CERTS environment variable.'
  },
  transient: {
    what: 'Amazon kept failing with temporary errors',
    hint:
      'This is usually a passing outage: re-run the job. Raise max-attempts or request-timeout ' +
      'if it happens often.'
  },
  unexpectedStatus: {
    what: 'Amazon answered with an unexpected status',
    hint: "Check api-url and token-url. If they are right, re-run; if it persists, see Amazon's message."
  }
} as const satisfies Record<string, { what: string; hint: string }>

export type KnownErrorName = keyof typeof KnownErrors

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
      : code === 'unsupported_grant_type' || code === 'invalid_request'
        ? 'lwaWrongEndpoint'
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
    const known = KnownErrors[kind]
    const said = !detail
      ? ''
      : status !== undefined
        ? ` Amazon said: ${detail}`
        : ` Details: ${detail}`
    super(`${context}: ${known.what}.${said}`, known.hint)
    this.name = 'AmazonError'
  }
}

const MAX_MESSAGE_LENGTH = 300

/**
 * Amazon's error message from a body of any shape: the field names of its error bodies are not
 * documented and gateways answer HTML, so every known shape is tried and nothing is assumed.
 * Emails in the message are masked, since it goes to the log.
 */
export function readErrorMessage(body: string): string | undefined {
  const text = body.trim()
  if (text === '') return undefined
  let message: string | undefined
  try {
    message = messageFromJson(JSON.parse(text))
  } catch {
    message = /<[a-z!]/i.test(text) ? messageFromHtml(text) : text
  }
  if (!message) return undefined
  const oneLine = message.replace(/\s+/g, ' ').trim()
  const short =
    oneLine.length > MAX_MESSAGE_LENGTH ? `${oneLine.slice(0, MAX_MESSAGE_LENGTH)}…` : oneLine
  return maskEmailsIn(short)
}

function messageFromJson(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value !== 'object' || value === null) return undefined
  if (Array.isArray(value)) {
    const parts = value.map(messageFromJson).filter(Boolean)
    return parts.length > 0 ? parts.join('; ') : undefined
  }
  const record = value as Record<string, unknown>
  const text = (key: string): string | undefined =>
    typeof record[key] === 'string' && record[key] !== '' ? record[key] : undefined
  const code = text('code') ?? text('errorCode') ?? text('error')
  const message =
    text('message') ??
    text('Message') ??
    text('errorMessage') ??
    text('error_description') ??
    text('detail')
  if (message) return code && code !== message ? `${code}: ${message}` : message
  if (record.errors !== undefined) return messageFromJson(record.errors)
  return code
}

function messageFromHtml(html: string): string | undefined {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.trim()
  if (title) return title
  const stripped = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .trim()
  return stripped === '' ? undefined : stripped
}
