// API reference: docs/amazon-api.md (what is documented by Amazon and what is assumed).
// A local stand-in for Amazon's Login-with-Amazon token endpoint and the App Submission API for
// Testing, as described there. It is a real HTTP server on 127.0.0.1 so the
// action is tested through real sockets, it refuses any request whose shape differs from the
// documented one, and it can be scripted to fail (status codes, Retry-After, resets, delays).
// Plain JavaScript so the demo and the benchmark run it with node alone; types in server.d.mts.
import { X509Certificate, randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import { createServer as createTlsServer } from 'node:https'

export const SCOPE = 'appstore::apps:readwrite'
const PACKAGE_NAME = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/
const TOKEN_FIELDS = ['client_id', 'client_secret', 'grant_type', 'scope']
const TESTER_FIELDS = new Set(['email', 'firstName', 'lastName'])
const MAX_CERTIFICATES = 3

/**
 * Starts the fake. Options: clientId, clientSecret, apps (app id → { packageName?, trackId?,
 * registered? }), tokenLifetime (seconds), port, tls ({ key, cert }: serve https, as Amazon
 * does), refuseRepeatRegistration: answer 409 to the registration of an app registered before,
 * by an earlier request or, with registered: true, by an earlier run. What Amazon answers to a
 * repeat registration is not documented (docs/amazon-api.md); this is the case the step's error
 * must explain, so it can be rehearsed.
 */
export async function startFakeAmazon(options = {}) {
  const fake = new FakeAmazon(options)
  await fake.listen(options.port ?? 0)
  return fake
}

export class FakeAmazon {
  constructor(options) {
    this.clientId =
      options.clientId ?? 'amzn1.application-oa2-client.0123456789abcdef0123456789abcdef'
    this.clientSecret = options.clientSecret ?? 'amzn1.oa2-cs.v1.fake-secret-0123456789'
    this.tokenLifetime = options.tokenLifetime ?? 3600
    this.errorShape = options.errorShape ?? 'nested'
    this.refuseRepeatRegistration = options.refuseRepeatRegistration === true
    this.apps = new Map(
      Object.entries(
        options.apps ?? { 'amzn1.devportal.mobileapp.0123456789abcdef0123456789abcdef': {} }
      )
    )
    this.reset()
    // A client that hangs up mid-request makes the body read throw: that ends this exchange only.
    const handler = (request, response) =>
      this.handle(request, response).catch(() => response.destroy())
    this.protocol = options.tls ? 'https' : 'http'
    this.server = options.tls ? createTlsServer(options.tls, handler) : createServer(handler)
    this.server.keepAliveTimeout = 5000
    // Over TLS the request's socket is the TLS one, which 'secureConnection' hands out.
    this.server.on(options.tls ? 'secureConnection' : 'connection', socket => {
      this.connectionCount++
      socket.fakeAmazonId = this.connectionCount
    })
  }

  /** An error of the API itself, in the shape chosen for this fake (errorShape). */
  apiError(status, errorCode, errorMessage) {
    return errorBody(status, this.errorShape, errorCode, errorMessage)
  }

  /** Forgets requests, tokens, registrations and pending faults. */
  reset() {
    this.cancelDelays()
    this.requests = []
    this.connectionCount = 0
    this.tokens = new Map() // token → expiry (ms since epoch)
    this.registrations = new Map() // app id → { trackId, certificates: Set<pem>, packageName }
    this.testers = new Map() // `${appId}/${trackId}` → groups as received
    this.faults = { token: [], register: [], testers: [] }
  }

  listen(port) {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(port, '127.0.0.1', () => {
        const { port: actual } = this.server.address()
        this.url = `${this.protocol}://127.0.0.1:${actual}`
        this.tokenUrl = `${this.url}/auth/o2/token`
        this.apiUrl = `${this.url}/api/appstore`
        resolve()
      })
    })
  }

  close() {
    this.cancelDelays()
    this.server.closeAllConnections()
    return new Promise(resolve => this.server.close(() => resolve()))
  }

  /**
   * Queues faults for a route ('token', 'register' or 'testers'); each answers one request, in
   * order, before normal service resumes. A fault is { status, body?, headers? }, { reset: true }
   * (drop the connection), { hang: true } (never answer) or { delayMs } (answer late, normally
   * or with the fault's status). headers may be a function, called when the answer is sent.
   * { status, shape, errorCode?, errorMessage? } answers an error body in one of ERROR_SHAPES.
   */
  fault(route, ...faults) {
    this.faults[route].push(...faults)
  }

  /** Ends the waits of delay faults still pending, so a closed fake leaves no timer behind. */
  cancelDelays() {
    for (const [timer, resolve] of this.delays ?? []) {
      clearTimeout(timer)
      resolve()
    }
    this.delays = new Map()
  }

  /** Makes every token issued so far expire, as an hour-long job would see. */
  expireTokens() {
    for (const token of this.tokens.keys()) this.tokens.set(token, 0)
  }

  requestsTo(route) {
    return this.requests.filter(request => request.route === route)
  }

  async handle(request, response) {
    const chunks = []
    for await (const chunk of request) chunks.push(chunk)
    const body = Buffer.concat(chunks).toString('utf8')
    const route = routeOf(request.method, request.url)
    const record = {
      route: route?.name ?? 'unknown',
      method: request.method,
      path: request.url,
      headers: request.headers,
      body,
      connection: request.socket.fakeAmazonId,
      at: Date.now()
    }
    this.requests.push(record)
    const fault = route ? this.faults[route.name].shift() : undefined
    if (fault?.delayMs) {
      await new Promise(resolve => {
        const timer = setTimeout(() => {
          this.delays.delete(timer)
          resolve()
        }, fault.delayMs)
        this.delays.set(timer, resolve)
      })
    }
    if (fault?.hang) return
    if (fault?.reset) {
      request.socket.destroy()
      return
    }
    let answer
    if (fault?.status) {
      // Headers may be computed when the answer is sent, e.g. a Retry-After date from then.
      const headers = typeof fault.headers === 'function' ? fault.headers() : fault.headers
      answer = fault.shape
        ? errorBody(fault.status, fault.shape, fault.errorCode, fault.errorMessage)
        : { status: fault.status, body: fault.body ?? '' }
      answer.headers = headers
    } else if (!route) answer = html(404, 'Not Found')
    else answer = this.serve(route, request, body)
    record.status = answer.status
    if (response.destroyed) return
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body)
    response.writeHead(answer.status, {
      'Content-Type':
        typeof answer.body === 'string' ? 'text/html; charset=utf-8' : 'application/json',
      'Content-Length': Buffer.byteLength(text),
      ...answer.headers
    })
    response.end(text)
  }

  serve(route, request, body) {
    if (route.name === 'token') return this.token(request, body)
    const denied = this.authorize(request)
    if (denied) return denied
    if (!String(request.headers['content-type']).startsWith('application/json')) {
      return json(415, { message: 'Unsupported Media Type: send application/json' })
    }
    let payload
    try {
      payload = JSON.parse(body)
    } catch {
      return this.apiError(400, 'invalid_input', 'Request body is not valid JSON')
    }
    if (route.version !== 'v1') return html(404, 'Not Found')
    if (!this.apps.has(route.appId)) return json(404, { message: 'Resource not found' })
    return route.name === 'register'
      ? this.register(route.appId, payload)
      : this.addTesters(route.appId, route.trackId, payload)
  }

  token(request, body) {
    if (!String(request.headers['content-type']).startsWith('application/x-www-form-urlencoded')) {
      return lwaError(
        400,
        'invalid_request',
        'The Content-Type is not supported by the authorization server'
      )
    }
    const form = new URLSearchParams(body)
    const keys = [...form.keys()].sort()
    if (keys.join() !== TOKEN_FIELDS.join() || keys.some(key => form.getAll(key).length !== 1)) {
      return lwaError(
        400,
        'invalid_request',
        'The request is missing a required parameter or has an unknown one'
      )
    }
    if (form.get('grant_type') !== 'client_credentials') {
      return lwaError(
        400,
        'unsupported_grant_type',
        'The authorization grant type is not supported by the authorization server'
      )
    }
    if (form.get('scope') !== SCOPE) {
      return lwaError(400, 'invalid_scope', 'The request has an invalid parameter : scope')
    }
    if (
      form.get('client_id') !== this.clientId ||
      form.get('client_secret') !== this.clientSecret
    ) {
      return lwaError(401, 'invalid_client', 'Client authentication failed')
    }
    const token = `Atc|${randomBytes(24).toString('base64url')}`
    this.tokens.set(token, Date.now() + this.tokenLifetime * 1000)
    return json(200, {
      access_token: token,
      scope: SCOPE,
      token_type: 'bearer',
      expires_in: this.tokenLifetime
    })
  }

  authorize(request) {
    const match = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')
    const expiry = match ? this.tokens.get(match[1]) : undefined
    if (expiry === undefined || expiry < Date.now())
      return errorBody(403, 'gateway', 'not_authorized', 'Request is not authorized.')
    return undefined
  }

  register(appId, payload) {
    const problems = []
    if (!isPlainObject(payload)) problems.push('body must be a JSON object')
    else {
      const extra = Object.keys(payload).filter(
        key => key !== 'packageName' && key !== 'certificate'
      )
      if (extra.length > 0) problems.push(`unknown properties: ${extra.join(', ')}`)
      if (typeof payload.packageName !== 'string' || !PACKAGE_NAME.test(payload.packageName)) {
        problems.push('packageName is invalid or absent')
      }
      if (typeof payload.certificate !== 'string' || !isPemCertificate(payload.certificate)) {
        problems.push('certificate is invalid or absent')
      }
    }
    if (problems.length > 0) return this.apiError(400, 'invalid_input', problems.join('; '))
    const app = this.apps.get(appId)
    if (app.packageName && app.packageName !== payload.packageName) {
      return this.apiError(
        400,
        'invalid_input',
        `packageName does not match the app (${app.packageName})`
      )
    }
    if (this.refuseRepeatRegistration && (app.registered || this.registrations.has(appId))) {
      return this.apiError(409, 'conflict', 'The app is already registered for DevTest')
    }
    const registration = this.registrations.get(appId) ?? {
      trackId: app.trackId ?? 'devtest',
      certificates: new Set(),
      packageName: payload.packageName
    }
    registration.certificates.add(payload.certificate)
    if (registration.certificates.size > MAX_CERTIFICATES) {
      registration.certificates.delete(payload.certificate)
      return this.apiError(
        400,
        'limit_exceeded',
        'At most 3 certificates can be registered per app'
      )
    }
    this.registrations.set(appId, registration)
    return json(200, { trackId: registration.trackId })
  }

  addTesters(appId, trackId, payload) {
    const registration = this.registrations.get(appId)
    const knownTrack = this.apps.get(appId).trackId ?? 'devtest'
    if (registration?.trackId !== trackId && knownTrack !== trackId) {
      return json(404, { message: 'Resource not found' })
    }
    const problems = []
    const groups = isPlainObject(payload) ? payload.groups : undefined
    if (!isPlainObject(payload) || Object.keys(payload).join() !== 'groups') {
      problems.push('body must be {"groups": [...]}')
    } else if (!Array.isArray(groups) || groups.length === 0) {
      problems.push('groups is invalid or absent')
    } else {
      groups.forEach((group, g) => {
        if (!isPlainObject(group) || Object.keys(group).sort().join() !== 'name,testers') {
          problems.push(`groups[${g}] must have exactly name and testers`)
          return
        }
        if (typeof group.name !== 'string' || group.name.trim() === '')
          problems.push(`groups[${g}].name is invalid`)
        if (!Array.isArray(group.testers) || group.testers.length === 0) {
          problems.push(`groups[${g}].testers is invalid or absent`)
          return
        }
        group.testers.forEach((tester, t) => {
          const where = `groups[${g}].testers[${t}]`
          if (!isPlainObject(tester)) return problems.push(`${where} must be an object`)
          const extra = Object.keys(tester).filter(key => !TESTER_FIELDS.has(key))
          if (extra.length > 0)
            problems.push(`${where} has unknown properties: ${extra.join(', ')}`)
          if (typeof tester.email !== 'string' || !EMAIL.test(tester.email))
            problems.push(`${where}.email is invalid`)
          for (const key of ['firstName', 'lastName']) {
            if (key in tester && typeof tester[key] !== 'string')
              problems.push(`${where}.${key} must be a string`)
          }
        })
      })
    }
    if (problems.length > 0) return this.apiError(400, 'invalid_input', problems.join('; '))
    this.testers.set(`${appId}/${trackId}`, groups)
    const unique = new Set(
      groups.flatMap(group => group.testers.map(tester => tester.email.toLowerCase()))
    )
    return json(200, { groups: groups.map(group => group.name), uniqueTesterCount: unique.size })
  }
}

function routeOf(method, url) {
  if (method !== 'POST') return undefined
  const path = new URL(url, 'http://fake').pathname
  if (path === '/auth/o2/token') return { name: 'token' }
  const segments = path.split('/').map(segment => decodeURIComponent(segment))
  // ['', 'api', 'appstore', version, 'applications', appId, ...]
  if (segments[1] !== 'api' || segments[2] !== 'appstore' || segments[4] !== 'applications')
    return undefined
  const [version, , appId, ...rest] = segments.slice(3)
  if (rest.length === 2 && rest[0] === 'devtest' && rest[1] === 'register')
    return { name: 'register', version, appId }
  if (rest.length === 3 && rest[0] === 'tracks' && rest[2] === 'testers') {
    return { name: 'testers', version, appId, trackId: rest[1] }
  }
  return undefined
}

function isPemCertificate(text) {
  if (!/^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----\n?$/.test(text))
    return false
  try {
    new X509Certificate(text)
    return true
  } catch {
    return false
  }
}

function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function json(status, body) {
  return { status, body }
}

function html(status, title) {
  return {
    status,
    body: `<html><head><title>${status} ${title}</title></head><body><h1>${title}</h1></body></html>`
  }
}

/**
 * The error body shapes Amazon's endpoints have been seen answering (docs/amazon-api.md), by
 * name: a fault or the fake's own errors choose one, so every shape is tested.
 */
export const ERROR_SHAPES = [
  'nested',
  'flat',
  'message',
  'gateway',
  'lwa',
  'html',
  'empty',
  'emptyObject'
]

function errorBody(status, shape, errorCode = 'error', errorMessage = 'Something went wrong') {
  switch (shape) {
    case 'nested': // App Submission API: a generic message, the specific one in errors[]
      return json(status, {
        httpCode: status,
        message: STATUS_TEXT[status] ?? 'Error',
        errors: [{ errorCode, errorMessage }]
      })
    case 'flat':
      return json(status, { errorCode, errorMessage })
    case 'message':
      return json(status, { message: errorMessage })
    case 'gateway': // API Gateway, capital M
      return json(status, { Message: errorMessage })
    case 'lwa':
      return json(status, { error: errorCode, error_description: errorMessage })
    case 'html':
      return html(status, errorMessage)
    case 'empty':
      return { status, body: '' }
    case 'emptyObject':
      return json(status, {})
    default:
      throw new Error(`unknown error shape ${shape}`)
  }
}

const STATUS_TEXT = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  500: 'Internal Server Error'
}

function lwaError(status, error, description) {
  return json(status, { error, error_description: description })
}

// node fake-amazon/server.mjs [--port N] [--app-id ID] [--package-name NAME] [--track-id ID]:
// the fake alone, for running the action by hand (CONTRIBUTING.md) and in CI's runner matrix
// (.github/workflows/ci.yml: --outputs-file, --stop-after). Prints the URLs and credentials the
// step needs, logs each request, and stops on Ctrl-C, SIGTERM or after --stop-after seconds. Modules are
// loaded here, not at the top, because only this way of running the file needs them.
if (process.argv[1]?.endsWith('server.mjs')) {
  const { realpathSync } = await import('node:fs')
  const { fileURLToPath } = await import('node:url')
  const started = realpathSync(process.argv[1])
  const self = fileURLToPath(import.meta.url)
  // Windows' paths ignore case (a drive letter may come either way): so does this comparison.
  const same =
    process.platform === 'win32' ? started.toLowerCase() === self.toLowerCase() : started === self
  if (same) await runStandalone()
}

async function runStandalone() {
  const { parseArgs } = await import('node:util')
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '0' },
        'app-id': { type: 'string' },
        'package-name': { type: 'string' },
        'track-id': { type: 'string' },
        'refuse-repeat-registration': { type: 'boolean' },
        'outputs-file': { type: 'string' },
        'stop-after': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    }))
  } catch (error) {
    console.error(`${error.message}. Try --help.`)
    process.exitCode = 2
    return
  }
  if (values.help) {
    console.log(
      'Usage: node fake-amazon/server.mjs [--port N] [--app-id ID] [--package-name NAME] [--track-id ID]\n' +
        '         [--refuse-repeat-registration] [--outputs-file FILE] [--stop-after SECONDS]\n' +
        "Serves a fake of Amazon's token endpoint and App Submission API on 127.0.0.1 (port 0: any\n" +
        'free port). --package-name makes registration refuse other packages; --track-id is the\n' +
        'track registration returns (default devtest). --refuse-repeat-registration answers 409\n' +
        'to every registration after the first, as Amazon may on repeat runs. --outputs-file\n' +
        'appends the inputs as name=value lines (for $GITHUB_OUTPUT) once listening;\n' +
        '--stop-after stops it after that many seconds.'
    )
    return
  }
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a port number, 0 to 65535 (got "${values.port}").`)
    process.exitCode = 2
    return
  }
  const stopAfter = values['stop-after'] === undefined ? undefined : Number(values['stop-after'])
  if (stopAfter !== undefined && !(Number.isInteger(stopAfter) && stopAfter > 0)) {
    console.error(`--stop-after must be a whole number of seconds (got "${values['stop-after']}").`)
    process.exitCode = 2
    return
  }
  const app = {}
  if (values['package-name']) app.packageName = values['package-name']
  if (values['track-id']) app.trackId = values['track-id']
  const fake = await startFakeAmazon({
    port,
    refuseRepeatRegistration: values['refuse-repeat-registration'],
    apps: {
      [values['app-id'] ?? 'amzn1.devportal.mobileapp.0123456789abcdef0123456789abcdef']: app
    }
  })
  fake.server.on('request', (request, response) =>
    response.on('close', () =>
      console.log(`${request.method} ${request.url} → ${response.statusCode}`)
    )
  )
  console.log(
    [
      `Fake Amazon on ${fake.url} (Ctrl-C stops it). Inputs for the step:`,
      `  api-url:       ${fake.apiUrl}`,
      `  token-url:     ${fake.tokenUrl}`,
      `  client-id:     ${fake.clientId}`,
      `  client-secret: ${fake.clientSecret}`,
      `  app-id:        ${[...fake.apps.keys()][0]}`,
      'The same for the CLI (dist/cli.cjs), from the repository:',
      `  AMAZON_CLIENT_ID=${fake.clientId} AMAZON_CLIENT_SECRET=${fake.clientSecret} \\`,
      `  npx appstore-devtest --api-url ${fake.apiUrl} --token-url ${fake.tokenUrl} \\`,
      `    --app-id ${[...fake.apps.keys()][0]} --apk … --testers-file …`,
      'Requests:'
    ].join('\n')
  )
  if (values['outputs-file']) {
    const { appendFileSync } = await import('node:fs')
    const inputs = {
      'api-url': fake.apiUrl,
      'token-url': fake.tokenUrl,
      'client-id': fake.clientId,
      'client-secret': fake.clientSecret,
      'app-id': [...fake.apps.keys()][0]
    }
    // One write, so a reader polling for the file never sees half of it.
    appendFileSync(
      values['outputs-file'],
      Object.entries(inputs)
        .map(([name, value]) => `${name}=${value}\n`)
        .join('')
    )
  }
  let timer
  const stop = async reason => {
    clearTimeout(timer)
    console.log(`${reason}: stopping.`)
    await fake.close()
  }
  if (stopAfter !== undefined)
    timer = setTimeout(() => stop(`${stopAfter} s passed`), stopAfter * 1000)
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
