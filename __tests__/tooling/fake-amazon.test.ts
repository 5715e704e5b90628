// The fake must be as strict as the documented API, or the client tests prove nothing: every
// request shape the API reference rules out is refused here.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { startFakeAmazon, SCOPE, type FakeAmazon } from '../../fake-amazon/server.mjs'

const APP = 'amzn1.devportal.mobileapp.0123456789abcdef0123456789abcdef'
const PEM = readFileSync(new URL('../fixtures/certs/ec-p384.pem', import.meta.url), 'utf8')
let fake: FakeAmazon

beforeAll(async () => {
  fake = await startFakeAmazon({ apps: { [APP]: { packageName: 'com.example.app' } } })
})
afterAll(async () => fake.close())
beforeEach(() => fake.reset())

async function post(path: string, body: string, headers: Record<string, string>) {
  const response = await fetch(`${fake.url}${path}`, { method: 'POST', body, headers })
  const text = await response.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, json, text }
}

function tokenForm(overrides: Record<string, string | undefined> = {}): string {
  const fields: Record<string, string | undefined> = {
    grant_type: 'client_credentials',
    client_id: fake.clientId,
    client_secret: fake.clientSecret,
    scope: SCOPE,
    ...overrides
  }
  const form = new URLSearchParams()
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) form.set(key, value)
  return form.toString()
}

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' }

async function token(): Promise<string> {
  const { json } = await post('/auth/o2/token', tokenForm(), FORM)
  return (json as { access_token: string }).access_token
}

async function api(path: string, body: unknown, headers: Record<string, string> = {}) {
  return post(
    `/api/appstore/v1/applications/${path}`,
    typeof body === 'string' ? body : JSON.stringify(body),
    {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${await token()}`,
      ...headers
    }
  )
}

describe('token endpoint', () => {
  it('issues a bearer token for the right client credentials', async () => {
    const { status, json } = await post('/auth/o2/token', tokenForm(), FORM)
    expect(status).toBe(200)
    expect(json).toEqual({
      access_token: expect.stringMatching(/^Atc\|/),
      scope: SCOPE,
      token_type: 'bearer',
      expires_in: 3600
    })
  })

  it.each([
    [
      'a JSON body',
      () => JSON.stringify({ grant_type: 'client_credentials' }),
      { 'Content-Type': 'application/json' },
      400,
      'invalid_request'
    ],
    [
      'another grant',
      () => tokenForm({ grant_type: 'authorization_code' }),
      FORM,
      400,
      'unsupported_grant_type'
    ],
    ['another scope', () => tokenForm({ scope: 'profile' }), FORM, 400, 'invalid_scope'],
    ['no scope', () => tokenForm({ scope: undefined }), FORM, 400, 'invalid_request'],
    ['a wrong secret', () => tokenForm({ client_secret: 'nope' }), FORM, 401, 'invalid_client'],
    [
      'a wrong client id',
      () => tokenForm({ client_id: 'amzn1.application-oa2-client.x' }),
      FORM,
      401,
      'invalid_client'
    ]
  ])('refuses %s', async (_, body, headers, status, error) => {
    const response = await post('/auth/o2/token', body(), headers)
    expect(response.status).toBe(status)
    expect(response.json).toMatchObject({ error })
  })
})

describe('register', () => {
  it('registers a package and PEM certificate and returns the track', async () => {
    const response = await api(`${APP}/devtest/register`, {
      packageName: 'com.example.app',
      certificate: PEM
    })
    expect(response).toMatchObject({ status: 200, json: { trackId: 'devtest' } })
  })

  it.each([
    ['no token', { Authorization: '' }, { packageName: 'com.example.app', certificate: PEM }, 403],
    [
      'an unknown token',
      { Authorization: 'Bearer Atc|forged' },
      { packageName: 'com.example.app', certificate: PEM },
      403
    ],
    [
      'a form body',
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      { packageName: 'com.example.app', certificate: PEM },
      415
    ],
    ['a missing certificate', {}, { packageName: 'com.example.app' }, 400],
    [
      'base64 DER instead of PEM',
      {},
      { packageName: 'com.example.app', certificate: PEM.replace(/-----[^-]+-----|\n/g, '') },
      400
    ],
    ['an extra property', {}, { packageName: 'com.example.app', certificate: PEM, extra: 1 }, 400],
    ['another package', {}, { packageName: 'com.example.other', certificate: PEM }, 400]
  ])('refuses %s', async (_, headers, body, status) => {
    expect((await api(`${APP}/devtest/register`, body, headers)).status).toBe(status)
  })

  it('registers an app again unless told to refuse repeats, then answers 409', async () => {
    const body = { packageName: 'com.example.app', certificate: PEM }
    expect((await api(`${APP}/devtest/register`, body)).status).toBe(200)
    expect((await api(`${APP}/devtest/register`, body)).status).toBe(200)
    fake.refuseRepeatRegistration = true
    try {
      fake.reset()
      expect((await api(`${APP}/devtest/register`, body)).status).toBe(200)
      expect(await api(`${APP}/devtest/register`, body)).toMatchObject({
        status: 409,
        json: { errors: [{ errorCode: 'conflict' }] }
      })
    } finally {
      fake.refuseRepeatRegistration = false
    }
  })

  it('with refuseRepeatRegistration, refuses an app an earlier run registered at once', async () => {
    const app = fake.apps.get(APP)
    if (!app) throw new Error('the fake has no app')
    app.registered = true
    fake.refuseRepeatRegistration = true
    try {
      const body = { packageName: 'com.example.app', certificate: PEM }
      expect((await api(`${APP}/devtest/register`, body)).status).toBe(409)
      expect(fake.registrations.size).toBe(0)
    } finally {
      app.registered = false
      fake.refuseRepeatRegistration = false
    }
  })

  it('refuses an expired token with the documented 403 message', async () => {
    const bearer = await token()
    fake.expireTokens()
    const response = await post(`/api/appstore/v1/applications/${APP}/devtest/register`, '{}', {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${bearer}`
    })
    expect(response).toMatchObject({ status: 403, json: { Message: 'Request is not authorized.' } })
  })

  it('answers 404 for an unknown app and HTML for an unknown path', async () => {
    const unknown = await api('amzn1.devportal.mobileapp.0000/devtest/register', {
      packageName: 'com.example.app',
      certificate: PEM
    })
    expect(unknown.status).toBe(404)
    const path = await api(`${APP}/devtest/unregister`, {})
    expect(path.status).toBe(404)
    expect(path.text).toContain('<title>404 Not Found</title>')
  })
})

describe('testers', () => {
  const body = {
    groups: [
      {
        name: 'QA',
        testers: [{ email: 'a@example.com', firstName: 'A' }, { email: 'B@example.com' }]
      },
      { name: 'Beta', testers: [{ email: 'b@example.com' }] }
    ]
  }

  it('adds groups and counts unique testers case-insensitively', async () => {
    const response = await api(`${APP}/tracks/devtest/testers`, body)
    expect(response).toMatchObject({
      status: 200,
      json: { groups: ['QA', 'Beta'], uniqueTesterCount: 2 }
    })
  })

  it.each([
    ['no groups', { groups: [] }],
    ['a group without testers', { groups: [{ name: 'QA', testers: [] }] }],
    ['a tester without email', { groups: [{ name: 'QA', testers: [{ firstName: 'A' }] }] }],
    [
      'an unknown tester field',
      { groups: [{ name: 'QA', testers: [{ email: 'a@example.com', phone: '1' }] }] }
    ],
    ['a bare list', [{ name: 'QA', testers: [{ email: 'a@example.com' }] }]]
  ])('refuses %s', async (_, payload) => {
    expect((await api(`${APP}/tracks/devtest/testers`, payload)).status).toBe(400)
  })

  it('answers 404 for an unknown track', async () => {
    expect((await api(`${APP}/tracks/other/testers`, body)).status).toBe(404)
  })
})

describe('scripted faults', () => {
  it('answers queued faults in order, then serves normally, and records everything', async () => {
    fake.fault(
      'token',
      { status: 503, headers: { 'Retry-After': '2' }, body: '<html><title>503</title></html>' },
      { status: 429 }
    )
    const first = await fetch(fake.tokenUrl, { method: 'POST', body: tokenForm(), headers: FORM })
    expect(first.status).toBe(503)
    expect(first.headers.get('retry-after')).toBe('2')
    await first.text()
    expect((await post('/auth/o2/token', tokenForm(), FORM)).status).toBe(429)
    expect((await post('/auth/o2/token', tokenForm(), FORM)).status).toBe(200)
    expect(fake.requestsTo('token').map(r => r.status)).toEqual([503, 429, 200])
  })

  it('drops the connection on a reset fault', async () => {
    fake.fault('token', { reset: true })
    await expect(post('/auth/o2/token', tokenForm(), FORM)).rejects.toThrow()
  })

  it('answers late on a delay fault', async () => {
    fake.fault('token', { delayMs: 150 })
    const started = Date.now()
    expect((await post('/auth/o2/token', tokenForm(), FORM)).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
  })
})
