// The DevTest API client: the token, the registration and the tester list, each call through the
// same retry, token refresh and error mapping. API reference: docs/amazon-api.md (what is
// documented by Amazon and what is assumed). Over 250 lines because the three calls share that
// machinery as private methods of one class; the failure catalogue, the error-body reader, HTTP
// and retry are modules of their own.
import {
  AmazonError,
  apiErrorKind,
  FINAL_NETWORK_ERRORS,
  lwaErrorKind,
  TRANSIENT_STATUSES,
  type KnownErrorName,
  type Operation
} from './errors.js'
import { readErrorMessage } from './error-body.js'
import { HttpTransport, RequestFailure, type HttpResponse } from './http.js'
import {
  DeadlineReached,
  parseRetryAfter,
  RetriesExhausted,
  TransientFailure,
  withRetry,
  type RetryPolicy
} from './retry.js'
import { printable } from '../shared/printable.js'
import { MAX_TESTERS_PER_APP, type TesterGroup } from '../testers/testers.js'
import { isTrackId, TRACK_ID_RULE } from './track-id.js'

export const LWA_SCOPE = 'appstore::apps:readwrite'

/** What an HTTP header may carry: visible ASCII, as a bearer token is. */
const HEADER_SAFE_TOKEN = /^[\x21-\x7e]{1,8192}$/

export interface AmazonClientOptions {
  tokenUrl: string
  apiUrl: string
  apiVersion: string
  clientId: string
  clientSecret: string
  retry: RetryPolicy
  timeoutMs: number
  userAgent: string
  log: ClientLog
  sleep?: (ms: number) => Promise<void>
  /** The run's deadline (run-deadline.ts): attempts are cut to it and no wait passes it. */
  deadline?: { remainingMs(): number }
}

/** What the client tells the user; main.ts wires it to @actions/core. */
export interface ClientLog {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
  /** Called with every secret as soon as it is known, so the runner masks it. */
  secret(value: string): void
}

export interface AddTestersResult {
  groups: string[]
  uniqueTesterCount: number
}

const OPERATION_NAMES: Record<Operation, string> = {
  token: 'Getting an access token',
  register: 'Registering the app for DevTest',
  addTesters: 'Adding testers'
}

/**
 * Amazon's App Submission API for Testing: a Login-with-Amazon token, then the two DevTest
 * calls. One transport for LWA and one for the API, so the two API calls share a keep-alive
 * connection to their host.
 */
export class AmazonClient {
  private readonly tokenTransport: HttpTransport
  private readonly apiTransport: HttpTransport
  private accessToken: string | undefined
  /** The client secret and every token received: redacted from anything quoted. */
  private readonly secrets = new Set<string>()

  // The client secret is masked by getInputs(), as soon as it is read.
  constructor(private readonly options: AmazonClientOptions) {
    this.secrets.add(options.clientSecret)
    this.tokenTransport = new HttpTransport(options.userAgent, options.timeoutMs)
    this.apiTransport = new HttpTransport(options.userAgent, options.timeoutMs)
  }

  /** Registers the app and certificate for DevTest; returns the track Amazon assigned. */
  async register(appId: string, packageName: string, certificatePem: string): Promise<string> {
    const response = await this.callApi(
      'register',
      ['applications', appId, 'devtest', 'register'],
      { packageName, certificate: certificatePem }
    )
    const trackId = readJson(response.body)?.trackId
    if (typeof trackId !== 'string' || trackId === '') {
      throw this.error('unexpectedResponse', 'register', response)
    }
    if (!isTrackId(trackId)) {
      throw new AmazonError(
        'unexpectedResponse',
        response.status,
        `HTTP ${response.status}, a trackId "${printable(trackId, 60)}" that is not a track name (${TRACK_ID_RULE})`,
        OPERATION_NAMES.register
      )
    }
    return trackId
  }

  /** Adds the groups to the track; returns what Amazon reports it added. */
  async addTesters(
    appId: string,
    trackId: string,
    groups: TesterGroup[]
  ): Promise<AddTestersResult> {
    const response = await this.callApi(
      'addTesters',
      ['applications', appId, 'tracks', trackId, 'testers'],
      { groups }
    )
    const body = readJson(response.body)
    const count = body?.uniqueTesterCount
    const added = body?.groups
    // A 200 that reports no group or no tester, or more testers than an app may have, did not
    // do what was asked: it must not end the step green.
    if (
      typeof count !== 'number' ||
      !Number.isSafeInteger(count) ||
      count < 1 ||
      count > MAX_TESTERS_PER_APP ||
      !Array.isArray(added) ||
      added.length === 0 ||
      !added.every(name => typeof name === 'string')
    ) {
      throw this.error('unexpectedResponse', 'addTesters', response)
    }
    return { groups: added, uniqueTesterCount: count }
  }

  dispose(): void {
    this.tokenTransport.dispose()
    this.apiTransport.dispose()
  }

  private async token(): Promise<string> {
    if (this.accessToken) return this.accessToken
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.options.clientId,
      client_secret: this.options.clientSecret,
      scope: LWA_SCOPE
    })
    const response = await this.send(
      'token',
      this.tokenTransport,
      this.options.tokenUrl,
      form.toString(),
      {
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json'
      }
    )
    if (response.status !== 200) throw this.lwaError(response)
    // A 200 from the token endpoint may hold a token in a shape not understood here: it is never
    // quoted, since only a token read as one can be masked.
    const token = readJson(response.body)?.access_token
    if (typeof token !== 'string' || token === '') {
      throw new AmazonError(
        'unexpectedResponse',
        200,
        'HTTP 200 without an access_token in a JSON object (the answer is not shown: it may hold a token)',
        OPERATION_NAMES.token
      )
    }
    this.options.log.secret(token)
    this.secrets.add(token)
    if (!HEADER_SAFE_TOKEN.test(token)) {
      throw new AmazonError(
        'unexpectedResponse',
        200,
        'HTTP 200 with an access_token that cannot be sent in a header',
        OPERATION_NAMES.token
      )
    }
    this.accessToken = token
    return token
  }

  /**
   * One API call. A 403 most often means the token expired, so it is repeated once with a new
   * token; a second 403 means the security profile may not use the API at all.
   */
  private async callApi(
    operation: Operation,
    segments: string[],
    body: unknown
  ): Promise<HttpResponse> {
    const url = this.apiUrl(segments)
    const json = JSON.stringify(body)
    const post = async (): Promise<HttpResponse> =>
      this.send(operation, this.apiTransport, url, json, {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Authorization: `Bearer ${await this.token()}`
      })
    let response = await post()
    if (response.status === 401 || response.status === 403) {
      this.options.log.info(
        `Amazon answered ${response.status}; fetching a new access token and trying once more.`
      )
      this.accessToken = undefined
      response = await post()
      if (response.status === 401 || response.status === 403) {
        throw this.error('notAuthorized', operation, response)
      }
    }
    if (response.status === 200) return response
    throw this.error(apiErrorKind(operation, response.status), operation, response)
  }

  /**
   * The base URL's own path is kept; every segment is encoded, so an id cannot change the path.
   * encodeURIComponent keeps "." and "..", which the URL parser then collapses: those, and empty
   * segments, are refused here whatever validation let through.
   */
  private apiUrl(segments: string[]): string {
    if (segments.some(segment => segment === '' || segment === '.' || segment === '..')) {
      throw new Error(`refusing an empty or dot segment in the API path`)
    }
    const base = this.options.apiUrl.replace(/\/+$/, '')
    return [base, this.options.apiVersion, ...segments]
      .map((s, i) => (i === 0 ? s : encodeURIComponent(s)))
      .join('/')
  }

  /** Sends with retries for transient failures only; the response may still be an error. */
  private async send(
    operation: Operation,
    transport: HttpTransport,
    url: string,
    body: string,
    headers: Record<string, string>
  ): Promise<HttpResponse> {
    const { log } = this.options
    try {
      return await withRetry(
        async attempt => {
          log.debug(`${OPERATION_NAMES[operation]}: POST ${url} (attempt ${attempt})`)
          let response: HttpResponse
          try {
            response = await transport.post(url, body, headers, this.attemptTimeoutMs())
          } catch (error) {
            if (!(error instanceof RequestFailure)) throw error
            const final = error.code ? FINAL_NETWORK_ERRORS[error.code] : undefined
            if (final)
              throw new AmazonError(final, undefined, error.message, OPERATION_NAMES[operation])
            throw new TransientFailure(error.message)
          }
          log.debug(`${OPERATION_NAMES[operation]}: HTTP ${response.status}`)
          if (response.tooLarge) {
            const what = `HTTP ${response.status} with an answer over 1 MB`
            if (TRANSIENT_STATUSES.has(response.status)) throw new TransientFailure(what)
            throw new AmazonError(
              'answerTooLarge',
              response.status,
              what,
              OPERATION_NAMES[operation]
            )
          }
          if (TRANSIENT_STATUSES.has(response.status)) {
            const retryAfter = header(response, 'retry-after')
            throw new TransientFailure(
              `HTTP ${response.status}${this.describeBody(response.body)}`,
              parseRetryAfter(retryAfter)
            )
          }
          return response
        },
        this.options.retry,
        {
          sleep: this.options.sleep,
          remainingMs: () => this.options.deadline?.remainingMs() ?? Infinity,
          onRetry: (failure, attempt, delayMs) =>
            log.warning(
              `${OPERATION_NAMES[operation]}: attempt ${attempt} of ${this.options.retry.maxAttempts} ` +
                `failed (${failure.message}); retrying in ${(delayMs / 1000).toFixed(1)} s.`
            )
        }
      )
    } catch (error) {
      if (error instanceof RetriesExhausted) {
        throw new AmazonError('transient', undefined, error.message, OPERATION_NAMES[operation])
      }
      if (error instanceof DeadlineReached) {
        throw new AmazonError('runDeadline', undefined, error.message, OPERATION_NAMES[operation])
      }
      throw error
    }
  }

  /** An attempt's timeout, cut to what is left of the run's deadline. */
  private attemptTimeoutMs(): number {
    const left = this.options.deadline?.remainingMs() ?? Infinity
    return Math.max(1, Math.min(this.options.timeoutMs, left))
  }

  /**
   * Amazon's message, with the client secret and every token redacted first: a server that
   * echoes the request would otherwise print them, and once a message is cut to length the
   * runner's exact-match masking no longer recognises what is left.
   */
  private readMessage(body: string): string | undefined {
    let text = body
    for (const secret of this.secrets) {
      if (secret.length < 4) continue
      for (const form of new Set([secret, encodeURIComponent(secret)]))
        text = text.split(form).join('***')
    }
    return readErrorMessage(text)
  }

  private describeBody(body: string): string {
    const said = this.readMessage(body)
    return said ? `: ${said}` : ''
  }

  private lwaError(response: HttpResponse): AmazonError {
    return this.error(lwaErrorKind(readJson(response.body)?.error), 'token', response)
  }

  private error(kind: KnownErrorName, operation: Operation, response: HttpResponse): AmazonError {
    const said = this.readMessage(response.body)
    const nothing = response.body.trim() === '' ? 'empty body' : 'no message in the answer'
    const message = `HTTP ${response.status}, ${said ?? nothing}`
    return new AmazonError(kind, response.status, message, OPERATION_NAMES[operation])
  }
}

function header(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name]
  return Array.isArray(value) ? value[0] : value
}

function readJson(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}
