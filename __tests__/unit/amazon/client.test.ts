import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  ERROR_SHAPES,
  startFakeAmazon,
  type ErrorShape,
  type FakeAmazon
} from '../../../fake-amazon/server.mjs'
import { AmazonClient, LWA_SCOPE, type AmazonClientOptions } from '../../../src/amazon/client.js'
import { AmazonError } from '../../../src/amazon/errors.js'
import { parseCertificateText } from '../../../src/signing/certificate.js'
import type { TesterGroup } from '../../../src/testers/testers.js'
import { WORKFLOW_WORDS } from '../../../src/action/words.js'

const APP = 'amzn1.devportal.mobileapp.0123456789abcdef0123456789abcdef'
const OTHER_APP = 'amzn1.devportal.mobileapp.ffffffffffffffffffffffffffffffff'
const PEM = parseCertificateText(
  readFileSync(new URL('../../fixtures/certs/ec-p384.pem', import.meta.url), 'utf8')
).pem
const GROUPS: TesterGroup[] = [
  {
    name: 'QA',
    testers: [
      { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' },
      { email: 'bob@example.com' }
    ]
  },
  { name: 'Beta', testers: [{ email: 'ADA@example.com' }] }
]

let fake: FakeAmazon
let log: { lines: string[]; secrets: string[] }
let waits: number[]
const clients: AmazonClient[] = []

function client(overrides: Partial<AmazonClientOptions> = {}): AmazonClient {
  const created = new AmazonClient({
    tokenUrl: fake.tokenUrl,
    apiUrl: fake.apiUrl,
    apiVersion: 'v1',
    clientId: fake.clientId,
    clientSecret: fake.clientSecret,
    retry: { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 50 },
    timeoutMs: 2000,
    userAgent: 'appstore-devtest-action/test',
    log: {
      info: m => log.lines.push(`info: ${m}`),
      warning: m => log.lines.push(`warning: ${m}`),
      debug: m => log.lines.push(`debug: ${m}`),
      secret: s => log.secrets.push(s)
    },
    sleep: async ms => void waits.push(ms),
    ...overrides
  })
  clients.push(created)
  return created
}

async function failure(promise: Promise<unknown>): Promise<AmazonError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(AmazonError)
  return error as AmazonError
}

beforeAll(async () => {
  fake = await startFakeAmazon({ apps: { [APP]: { trackId: 'devtest-7f3a' }, [OTHER_APP]: {} } })
})
afterAll(async () => {
  await fake.close()
})
beforeEach(() => {
  for (const c of clients.splice(0)) c.dispose()
  fake.reset()
  log = { lines: [], secrets: [] }
  waits = []
})

describe('the happy path', () => {
  it('sends the documented requests and returns what Amazon answered', async () => {
    const amazon = client()
    const trackId = await amazon.register(APP, 'com.example.app', PEM)
    const result = await amazon.addTesters(APP, trackId, GROUPS)
    expect(trackId).toBe('devtest-7f3a')
    expect(result).toEqual({ groups: ['QA', 'Beta'], uniqueTesterCount: 2 })

    const [token, register, testers] = fake.requests
    expect(fake.requests.map(r => r.route)).toEqual(['token', 'register', 'testers'])
    expect(token?.headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(Object.fromEntries(new URLSearchParams(token?.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: fake.clientId,
      client_secret: fake.clientSecret,
      scope: LWA_SCOPE
    })
    const accessToken = [...fake.tokens.keys()][0]
    expect(register?.path).toBe(`/api/appstore/v1/applications/${APP}/devtest/register`)
    expect(register?.headers.authorization).toBe(`Bearer ${accessToken}`)
    expect(register?.headers['content-type']).toBe('application/json')
    expect(JSON.parse(register?.body ?? '')).toEqual({
      packageName: 'com.example.app',
      certificate: PEM
    })
    expect(testers?.path).toBe(`/api/appstore/v1/applications/${APP}/tracks/devtest-7f3a/testers`)
    expect(JSON.parse(testers?.body ?? '')).toEqual({ groups: GROUPS })
    for (const request of fake.requests)
      expect(request.headers['user-agent']).toBe('appstore-devtest-action/test')
    expect(log.secrets).toEqual([accessToken])
  })

  it('uses one keep-alive connection for both API calls', async () => {
    const amazon = client()
    await amazon.addTesters(APP, await amazon.register(APP, 'com.example.app', PEM), GROUPS)
    expect(fake.requests).toHaveLength(3)
    expect(fake.connectionCount).toBe(2)
    expect(fake.requestsTo('register')[0]?.connection).toBe(
      fake.requestsTo('testers')[0]?.connection
    )
  })

  it("keeps the base URL's path and encodes every segment", async () => {
    const amazon = client({ apiUrl: `${fake.apiUrl}/` })
    const error = await failure(amazon.addTesters(APP, 'odd/track id', GROUPS))
    expect(fake.requestsTo('testers')[0]?.path).toBe(
      `/api/appstore/v1/applications/${APP}/tracks/odd%2Ftrack%20id/testers`
    )
    expect(error.kind).toBe('trackNotFound')
  })

  it('never logs the client secret or the token', async () => {
    const amazon = client()
    await amazon.addTesters(APP, await amazon.register(APP, 'com.example.app', PEM), GROUPS)
    const text = log.lines.join('\n')
    expect(text).not.toContain(fake.clientSecret)
    for (const token of fake.tokens.keys()) expect(text).not.toContain(token)
    expect(text).not.toContain('ada@example.com')
  })
})

describe('transient failures', () => {
  it('retries 500, 502, 503 and 504, then succeeds', async () => {
    fake.fault('register', { status: 500 }, { status: 502 }, { status: 503 })
    fake.fault('testers', { status: 504 })
    const amazon = client()
    await amazon.addTesters(APP, await amazon.register(APP, 'com.example.app', PEM), GROUPS)
    expect(fake.requestsTo('register').map(r => r.status)).toEqual([500, 502, 503, 200])
    expect(fake.requestsTo('testers').map(r => r.status)).toEqual([504, 200])
    expect(waits).toHaveLength(4)
    expect(log.lines.filter(l => l.startsWith('warning:'))).toHaveLength(4)
    expect(log.lines).toContain(
      `warning: Registering the app for DevTest: attempt 1 of 4 failed (HTTP 500); retrying in ${(waits[0] / 1000).toFixed(1)} s.`
    )
  })

  it('honours Retry-After on 429', async () => {
    fake.fault('token', { status: 429, headers: { 'Retry-After': '0' } })
    fake.fault('register', {
      status: 429,
      headers: { 'Retry-After': '30' },
      body: { message: 'Rate exceeded' }
    })
    const amazon = client()
    expect(await amazon.register(APP, 'com.example.app', PEM)).toBe('devtest-7f3a')
    expect(waits).toEqual([0, 50]) // 30 s asked for, cut to the cap
    expect(log.lines.join('\n')).toContain('(HTTP 429: Rate exceeded)')
  })

  it('retries a reset connection and a request that times out', async () => {
    fake.fault('register', { reset: true }, { hang: true })
    const amazon = client({ timeoutMs: 300 })
    expect(await amazon.register(APP, 'com.example.app', PEM)).toBe('devtest-7f3a')
    expect(fake.requestsTo('register')).toHaveLength(3)
    expect(log.lines.join('\n')).toMatch(
      /attempt 2 of 4 failed \(no complete answer within 0\.3 s\)/
    )
  })

  it('gives up after max-attempts with an error that says so', async () => {
    fake.fault(
      'register',
      ...Array.from({ length: 3 }, () => ({
        status: 503,
        body: '<html><title>503 Service Unavailable</title></html>'
      }))
    )
    const error = await failure(
      client({
        retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1 }
      }).register(APP, 'com.example.app', PEM)
    )
    expect(fake.requestsTo('register')).toHaveLength(3)
    expect(error.kind).toBe('transient')
    expect(error.message).toBe(
      'Registering the app for DevTest: Amazon kept failing with temporary errors. Details: HTTP 503: 503 Service Unavailable (3 attempts)'
    )
    expect(error.hintIn(WORKFLOW_WORDS)).toMatch(/re-run the job/)
  })
})

describe("Amazon's words, in every error shape", () => {
  const said: Record<ErrorShape, string> = {
    nested: 'HTTP 400, required_data_absent: If-Match header is required',
    flat: 'HTTP 400, required_data_absent: If-Match header is required',
    message: 'HTTP 400, If-Match header is required',
    gateway: 'HTTP 400, If-Match header is required',
    lwa: 'HTTP 400, required_data_absent: If-Match header is required',
    html: 'HTTP 400, 400 If-Match header is required',
    empty: 'HTTP 400, empty body',
    emptyObject: 'HTTP 400, no message in the answer'
  }
  it.each(ERROR_SHAPES)('quotes the most specific sentence of a %s body', async shape => {
    fake.fault('register', {
      status: 400,
      shape,
      errorCode: 'required_data_absent',
      errorMessage: 'If-Match header is required'
    })
    const error = await failure(client().register(APP, 'com.example.app', PEM))
    expect(error.kind).toBe('registerRejected')
    expect(error.message).toBe(
      `Registering the app for DevTest: Amazon rejected the DevTest registration (400 Bad Request). Amazon said: ${said[shape]}`
    )
  })

  it('reads a 500 with the body {} as a transient failure that says so', async () => {
    fake.fault('testers', { status: 500, shape: 'emptyObject' }, { status: 500, body: {} })
    const error = await failure(
      client({
        retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1 }
      }).addTesters(APP, 'devtest', GROUPS)
    )
    expect(error.kind).toBe('transient')
    expect(error.message).toMatch(/Details: HTTP 500 \(2 attempts\)$/)
  })

  it('refuses an answer over 1 MB: a final error for a 200, a transient one for a 502', async () => {
    fake.fault('register', {
      status: 200,
      body: { trackId: 'x', pad: 'y'.repeat(2 * 1024 * 1024) }
    })
    const big = await failure(client().register(APP, 'com.example.app', PEM))
    expect(big.kind).toBe('answerTooLarge')
    expect(big.message).toContain('HTTP 200 with an answer over 1 MB')
    fake.fault('register', { status: 502, body: 'z'.repeat(3 * 1024 * 1024) })
    expect(await client().register(APP, 'com.example.app', PEM)).toBe('devtest-7f3a')
    expect(fake.requestsTo('register').map(r => r.status)).toEqual([200, 502, 200])
  })

  it('refuses a returned trackId that is not a plain name, before it reaches a URL', async () => {
    for (const trackId of ['..', '.', 'a/b', 'x\n::error::y']) {
      fake.reset()
      fake.fault('register', { status: 200, body: { trackId } })
      const error = await failure(client().register(APP, 'com.example.app', PEM))
      expect(error.kind).toBe('unexpectedResponse')
      expect(error.message).toMatch(/that is not a track name/)
      expect(error.message).not.toContain('\n')
    }
  })
})

describe('errors that are not retried', () => {
  it("400 carries Amazon's message and the fix", async () => {
    const error = await failure(client().register(APP, 'com.example.app', 'not a certificate'))
    expect(fake.requestsTo('register')).toHaveLength(1)
    expect(error.kind).toBe('registerRejected')
    expect(error.status).toBe(400)
    expect(error.message).toContain(
      'Amazon said: HTTP 400, invalid_input: certificate is invalid or absent'
    )
    expect(error.hintIn(WORKFLOW_WORDS)).toMatch(/package-name/)
  })

  it('404 says the app-id is wrong or not visible', async () => {
    const error = await failure(
      client().register('amzn1.devportal.mobileapp.0000', 'com.example.app', PEM)
    )
    expect(fake.requestsTo('register')).toHaveLength(1)
    expect(error.kind).toBe('appNotFound')
    expect(error.hintIn(WORKFLOW_WORDS)).toMatch(/app-id/)
  })

  it('400 with an empty body still explains itself', async () => {
    fake.fault('testers', { status: 400, body: '' })
    const error = await failure(client().addTesters(APP, 'devtest-7f3a', GROUPS))
    expect(error.message).toContain('HTTP 400, empty body')
    expect(error.kind).toBe('testersRejected')
  })

  it("an unexpected status falls back to Amazon's words", async () => {
    fake.fault('register', { status: 418, body: { message: 'teapot' } })
    const error = await failure(client().register(APP, 'com.example.app', PEM))
    expect(error.kind).toBe('unexpectedStatus')
    expect(error.message).toContain('HTTP 418, teapot')
  })
})

describe('403 and tokens', () => {
  it('fetches a new token once when the first is refused', async () => {
    const amazon = client()
    await amazon.register(APP, 'com.example.app', PEM)
    fake.expireTokens()
    expect(await amazon.addTesters(APP, 'devtest-7f3a', GROUPS)).toEqual({
      groups: ['QA', 'Beta'],
      uniqueTesterCount: 2
    })
    expect(fake.requests.map(r => `${r.route} ${r.status}`)).toEqual([
      'token 200',
      'register 200',
      'testers 403',
      'token 200',
      'testers 200'
    ])
    expect(log.secrets).toHaveLength(2)
    const [first, second] = fake.requestsTo('testers')
    expect(first?.headers.authorization).not.toBe(second?.headers.authorization)
  })

  it('a second 403 explains the security profile must be attached to the API', async () => {
    fake.fault(
      'register',
      { status: 403, body: { message: 'Request is not authorized.' } },
      { status: 403, body: { message: 'Request is not authorized.' } }
    )
    const error = await failure(client().register(APP, 'com.example.app', PEM))
    expect(fake.requests.map(r => r.route)).toEqual(['token', 'register', 'token', 'register'])
    expect(error.kind).toBe('notAuthorized')
    expect(error.hintIn(WORKFLOW_WORDS)).toMatch(
      /security profile is not attached to the App Submission API/
    )
    expect(error.hintIn(WORKFLOW_WORDS)).toMatch(/another developer account/)
    expect(error.hintIn(WORKFLOW_WORDS)).toMatch(/api-url or api-version/)
  })

  it.each([
    ['invalid_client', 401, 'lwaInvalidClient', /client-id and client-secret/],
    ['invalid_scope', 400, 'lwaInvalidScope', /Attach the security profile/],
    ['unsupported_grant_type', 400, 'lwaWrongEndpoint', /token-url/],
    ['invalid_request', 400, 'lwaMalformedRequest', /no quotes, spaces or line breaks/],
    ['server_error', 400, 'lwaOther', /client-id, client-secret and token-url/]
  ])('LWA %s is explained', async (code, status, kind, hint) => {
    fake.fault('token', { status, body: { error: code, error_description: 'described' } })
    const error = await failure(client().register(APP, 'com.example.app', PEM))
    expect(fake.requests.map(r => r.route)).toEqual(['token'])
    expect(error.kind).toBe(kind)
    expect(error.message).toContain(`${code}: described`)
    expect(error.hintIn(WORKFLOW_WORDS)).toMatch(hint)
  })

  it('a wrong client secret is refused by the fake as invalid_client', async () => {
    const error = await failure(
      client({ clientSecret: 'wrong' }).register(APP, 'com.example.app', PEM)
    )
    expect(error.kind).toBe('lwaInvalidClient')
    expect(error.status).toBe(401)
  })
})

describe('a 200 without a usable body', () => {
  it.each([
    ['token', { status: 200, body: '' }],
    ['token', { status: 200, body: { token_type: 'bearer' } }],
    ['register', { status: 200, body: '<html>ok</html>' }],
    ['register', { status: 200, body: { trackId: '' } }],
    ['testers', { status: 200, body: { groups: ['QA'] } }],
    ['testers', { status: 200, body: { uniqueTesterCount: 2 } }],
    ['testers', { status: 200, body: { groups: ['QA'], uniqueTesterCount: '2' } }]
  ] as const)('%s answering %j is an error, not a crash', async (route, fault) => {
    fake.fault(route, { ...fault })
    const amazon = client()
    const error = await failure(
      amazon
        .register(APP, 'com.example.app', PEM)
        .then(track => amazon.addTesters(APP, track, GROUPS))
    )
    expect(error.kind).toBe('unexpectedResponse')
    expect(error.status).toBe(200)
  })
})

describe('what a lying or echoing server answers never reaches a message', () => {
  it('a token answer that is not JSON is not quoted: it may hold a token', async () => {
    fake.fault('token', {
      status: 200,
      body: 'access_token=Atc|leaked-token-value&expires_in=3600'
    })
    const error = await failure(client().register(APP, 'com.example.app', PEM))
    expect(error.kind).toBe('unexpectedResponse')
    expect(error.message).not.toContain('leaked-token-value')
    expect(error.message).toMatch(/without an access_token in a JSON object/)
  })

  it('an error that echoes the client secret or a token has them redacted before it is cut', async () => {
    const secret = 'amzn1.oa2-cs.v1.fake-secret-0123456789'
    fake.fault('token', {
      status: 401,
      body: {
        error: 'invalid_client',
        error_description: `${'x'.repeat(100)} client_secret=${secret}&client_id=…`
      }
    })
    const error = await failure(client().register(APP, 'com.example.app', PEM))
    expect(error.message).toContain('client_secret=***')
    expect(error.message).not.toContain('fake-secret')
  })

  it('a token that cannot be sent in a header is an unexpected answer, not an outage', async () => {
    fake.fault('token', { status: 200, body: { access_token: 'Atc|bad\ntoken' } })
    const error = await failure(client().register(APP, 'com.example.app', PEM))
    expect(error.kind).toBe('unexpectedResponse')
    expect(error.message).toMatch(/cannot be sent in a header/)
    expect(fake.requestsTo('register')).toHaveLength(0)
  })

  it.each([
    [{ groups: [], uniqueTesterCount: 0 }],
    [{ groups: ['QA'], uniqueTesterCount: 0 }],
    [{ groups: ['QA'], uniqueTesterCount: 1e21 }],
    [{ groups: ['QA'], uniqueTesterCount: 51 }]
  ])('a 200 that reports %j did not add the testers', async body => {
    fake.fault('testers', { status: 200, body })
    const error = await failure(client().addTesters(APP, 'devtest-7f3a', GROUPS))
    expect(error.kind).toBe('unexpectedResponse')
  })
})
