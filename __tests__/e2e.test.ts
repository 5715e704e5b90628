// The bundled action as users run it: dist/index.js on Node 24, started the way the GitHub runner
// starts it (script/run-action.mjs), against the local fake Amazon. Every case asserts what was
// sent, how many attempts were made, how long it took, the outputs and the exit code, and that
// no secret, token or tester email leaked.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { X509Certificate } from 'node:crypto'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeAmazon, type FakeAmazon, type Fault, type Route } from '../fake-amazon/server.mjs'
import { padApk } from '../script/pad-apk.mjs'
import { runAction, type RunResult } from '../script/run-action.mjs'
import { startConnectProxy } from './helpers/connect-proxy.js'

const APP = 'amzn1.devportal.mobileapp.0123456789abcdef0123456789abcdef'
const TESTERS =
  'QA:\n  - Ada Lovelace <ada@example.com>\n  - bob@example.com\nBeta:\n  - carol@example.org'
const EMAILS = ['ada@example.com', 'bob@example.com', 'carol@example.org']
let fake: FakeAmazon

beforeAll(async () => {
  fake = await startFakeAmazon({ apps: { [APP]: { trackId: 'devtest-e2e' } } })
})
afterAll(async () => fake.close())
beforeEach(() => fake.reset())

async function run(
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
  amazon: FakeAmazon = fake,
  workspace = new URL('./fixtures/', import.meta.url).pathname
): Promise<RunResult> {
  const result = await runAction({
    env,
    workspace,
    timeoutMs: 60_000,
    inputs: {
      'client-id': amazon.clientId,
      'client-secret': amazon.clientSecret,
      'app-id': APP,
      'package-name': 'com.example.app',
      'certificate-file': 'certs/ec-p384.pem',
      testers: TESTERS,
      'api-url': amazon.apiUrl,
      'token-url': amazon.tokenUrl,
      ...inputs
    }
  })
  expectNoLeaks(result, amazon)
  expect(result.timedOut).toBe(false)
  expect(result.stderr).not.toMatch(/DeprecationWarning|ExperimentalWarning/)
  return result
}

/** Neither the client secret, nor any access token, nor a full tester email reaches the user. */
function expectNoLeaks(result: RunResult, amazon: FakeAmazon): void {
  const stdout = result.stdout.replace(/^::add-mask::.*$/gm, '')
  const everything = [stdout, result.stderr, result.summary, JSON.stringify(result.outputs)].join(
    '\n'
  )
  expect(everything).not.toContain(amazon.clientSecret)
  for (const token of amazon.tokens.keys()) expect(everything).not.toContain(token)
  for (const email of EMAILS) expect(everything.toLowerCase()).not.toContain(email)
}

/** A second fake that serves https with the test certificate, which NODE_EXTRA_CA_CERTS trusts. */
const TLS = new URL('./fixtures/tls/', import.meta.url).pathname
const TRUST_TEST_CA = { NODE_EXTRA_CA_CERTS: `${TLS}cert.pem` }
function startSecureFake(trackId = 'devtest'): Promise<FakeAmazon> {
  return startFakeAmazon({
    apps: { [APP]: { trackId } },
    tls: { key: readFileSync(`${TLS}key.pem`), cert: readFileSync(`${TLS}cert.pem`) }
  })
}

function errorLines(result: RunResult): string[] {
  return result.stdout
    .split('\n')
    .filter(line => line.startsWith('::error::'))
    .map(line => decodeURIComponent(line))
}

const attempts = (route: Route) => fake.requestsTo(route).length
const routes = () => fake.requests.map(r => `${r.route} ${r.status ?? 'no answer'}`)

function expectFailure(result: RunResult, message: RegExp): string {
  expect(result.exitCode).toBe(1)
  const errors = errorLines(result)
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(message)
  expect(result.outputs.trackId).toBeUndefined()
  expect(result.summary).toContain('❌ Amazon Appstore DevTest: failed')
  expect(result.stdout).not.toMatch(/^\s+at .*(index\.js|\.ts):\d+/m)
  return errors[0] ?? ''
}

function expectSuccess(result: RunResult): void {
  expect(errorLines(result)).toEqual([])
  expect(result.exitCode).toBe(0)
  expect(result.outputs).toMatchObject({
    trackId: 'devtest-e2e',
    uniqueTesterCount: '3',
    groups: '["QA","Beta"]'
  })
}

describe('a clean run', () => {
  it('makes 3 requests over 2 connections and sets the outputs from Amazon', async () => {
    const result = await run()
    expectSuccess(result)
    expect(routes()).toEqual(['token 200', 'register 200', 'testers 200'])
    expect(fake.connectionCount).toBe(2)
    expect(result.outputs['certificate-sha256']).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
    expect(JSON.parse(fake.requestsTo('testers')[0]?.body ?? '')).toEqual({
      groups: [
        {
          name: 'QA',
          testers: [
            { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' },
            { email: 'bob@example.com' }
          ]
        },
        { name: 'Beta', testers: [{ email: 'carol@example.org' }] }
      ]
    })
    expect(fake.requests[0]?.headers['user-agent']).toMatch(
      /^appstore-devtest-action\/\d+\.\d+\.\d+$/
    )
    expect(result.summary).toContain('✅ Amazon Appstore DevTest: testers added')
  })

  it('a dry run sends nothing and needs no credentials', async () => {
    const result = await run({ 'dry-run': 'true', 'client-id': '', 'client-secret': '' })
    expect(result.exitCode).toBe(0)
    expect(fake.requests).toEqual([])
    expect(result.summary).toContain('dry run (nothing sent)')
    expect(Object.keys(result.outputs)).toEqual(['certificate-sha256'])
  })
})

describe('over https, as Amazon serves', () => {
  it('trusts the server through NODE_EXTRA_CA_CERTS and still uses 2 connections', async () => {
    const secure = await startSecureFake('devtest-tls')
    try {
      const result = await run({}, TRUST_TEST_CA, secure)
      expect(secure.apiUrl).toMatch(/^https:\/\/127\.0\.0\.1:/)
      expect(errorLines(result)).toEqual([])
      expect(result.exitCode).toBe(0)
      expect(result.outputs).toMatchObject({ trackId: 'devtest-tls', uniqueTesterCount: '3' })
      expect(secure.requests.map(r => r.route)).toEqual(['token', 'register', 'testers'])
      expect(secure.connectionCount).toBe(2)
    } finally {
      await secure.close()
    }
  })

  it('refuses a server it cannot trust at once, and says how to trust a proxy', async () => {
    const secure = await startSecureFake()
    try {
      const result = await run({}, {}, secure)
      const error = expectFailure(
        result,
        /^::error::Getting an access token: The server's TLS certificate is not trusted\. Details: self[- ]signed certificate/
      )
      expect(error).toContain('NODE_EXTRA_CA_CERTS')
      expect(result.stdout).not.toContain('retrying')
      expect(secure.requests).toEqual([])
    } finally {
      await secure.close()
    }
  })
})

describe('behind a proxy', () => {
  it('tunnels every request through HTTPS_PROXY with its credentials, without warnings', async () => {
    const secure = await startSecureFake('devtest-proxy')
    const port = new URL(secure.url).port
    const proxy = await startConnectProxy(Number(port))
    try {
      const host = `https://fake-amazon.test:${port}`
      const result = await run(
        { 'api-url': `${host}/api/appstore`, 'token-url': `${host}/auth/o2/token` },
        { ...TRUST_TEST_CA, HTTPS_PROXY: `http://proxy-user:proxy-pass@127.0.0.1:${proxy.port}` },
        secure
      )
      expect(errorLines(result)).toEqual([])
      expect(result.exitCode).toBe(0)
      expect(result.outputs.trackId).toBe('devtest-proxy')
      expect(secure.requests.map(r => r.route)).toEqual(['token', 'register', 'testers'])
      expect(proxy.tunnels.length).toBeGreaterThanOrEqual(2)
      for (const tunnel of proxy.tunnels) {
        expect(tunnel.target).toBe(`fake-amazon.test:${port}`)
        expect(tunnel.headers['proxy-authorization']).toBe(
          `Basic ${Buffer.from('proxy-user:proxy-pass').toString('base64')}`
        )
      }
    } finally {
      await proxy.close()
      await secure.close()
    }
  })
})

describe('reading the signed artifact', () => {
  it('registers with the package and signer of the APK when given only apk and testers', async () => {
    const result = await run({
      'package-name': '',
      'certificate-file': '',
      apk: 'apk/all-schemes.apk'
    })
    expectSuccess(result)
    const body = JSON.parse(fake.requestsTo('register')[0]?.body ?? '{}') as {
      packageName: string
      certificate: string
    }
    expect(body.packageName).toBe('com.example.devtest')
    const signer = new X509Certificate(
      readFileSync(new URL('./fixtures/apk/ec.pem', import.meta.url))
    )
    expect(new X509Certificate(body.certificate).fingerprint256).toBe(signer.fingerprint256)
    expect(body.certificate).toMatch(
      /^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----\n$/
    )
    expect(result.outputs['certificate-sha256']).toBe(signer.fingerprint256)
    expect(result.stdout).toMatch(
      /^Read apk\/all-schemes\.apk \(\d+\.\d kB\): package and v3 signer certificate\.$/m
    )
  })

  it('refuses an APK signed by another key than the certificate given, before any request', async () => {
    const result = await run({
      apk: 'apk/rsa-all-schemes.apk',
      'package-name': 'com.example.devtest'
    })
    const error = expectFailure(result, /1 problem with the inputs/)
    expect(error).toContain(
      '- certificate-file: is not the certificate apk/rsa-all-schemes.apk is signed with'
    )
    expect(fake.requests).toEqual([])
  })

  it('warns, and still registers, when the APK signer is RSA', async () => {
    const result = await run({
      'package-name': '',
      'certificate-file': '',
      apk: 'apk/rsa-all-schemes.apk'
    })
    expectSuccess(result)
    expect(result.stdout).toMatch(
      /::warning::The certificate's key is RSA 2048; Appstore DevTest supports ECDSA/
    )
  })
})

describe('finding and reading large artifacts by path and pattern', () => {
  // A workspace laid out like a Gradle build, with APKs made from the committed fixtures: two
  // padded to 1.1 GB and 2.3 GB (sparse, so they take no disk), per-ABI splits of one signer,
  // and an RSA-signed one. Deleted after.
  const FIXTURES = new URL('./fixtures/apk/', import.meta.url).pathname
  const RELEASE = 'app/build/outputs/apk/release'
  let workspace: string
  const EC = new X509Certificate(readFileSync(`${FIXTURES}ec.pem`)).fingerprint256
  const RSA = new X509Certificate(readFileSync(`${FIXTURES}rsa.pem`)).fingerprint256

  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'devtest-artifacts-'))
    for (const dir of [RELEASE, 'splits/arm64', 'splits/x86', 'other', 'empty']) {
      mkdirSync(join(workspace, dir), { recursive: true })
    }
    padApk(
      `${FIXTURES}all-schemes.apk`,
      join(workspace, RELEASE, 'app-release-1.4.2-signed.apk'),
      1_100_000_000
    )
    padApk(`${FIXTURES}v2-only.apk`, join(workspace, 'other/app-huge.apk'), 2_300_000_000)
    copyFileSync(
      `${FIXTURES}all-schemes.apk`,
      join(workspace, 'splits/arm64/app-arm64-release.apk')
    )
    copyFileSync(`${FIXTURES}v2-only.apk`, join(workspace, 'splits/x86/app-x86-release.apk'))
    copyFileSync(`${FIXTURES}rsa-all-schemes.apk`, join(workspace, 'other/app-rsa-release.apk'))
    execFileSync('mkfifo', [join(workspace, 'other/pipe.apk')])
  })
  afterAll(() => rmSync(workspace, { recursive: true, force: true }))

  const artifactRun = (apk: string, more: Record<string, string> = {}) =>
    run({ 'package-name': '', 'certificate-file': '', apk, ...more }, {}, fake, workspace)

  function registered(): { packageName: string; sha256: string } {
    const body = JSON.parse(fake.requestsTo('register')[0]?.body ?? '{}') as {
      packageName: string
      certificate: string
    }
    return {
      packageName: body.packageName,
      sha256: new X509Certificate(body.certificate).fingerprint256
    }
  }

  it('a 1.1 GB signed APK found by a pattern with a version number', async () => {
    const result = await artifactRun('app/build/outputs/**/*-release*.apk')
    expectSuccess(result)
    expect(registered()).toEqual({ packageName: 'com.example.devtest', sha256: EC })
    expect(result.outputs['certificate-sha256']).toBe(EC)
    expect(result.stdout).toContain(
      `Read ${RELEASE}/app-release-1.4.2-signed.apk (1.1 GB): package and v3 signer certificate.`
    )
    expect(result.summary).toContain(
      `<th>Artifact read</th><td>${RELEASE}/app-release-1.4.2-signed.apk (1.1 GB)</td>`
    )
  })

  it('an APK over 2 GiB, by absolute path', async () => {
    const result = await artifactRun(join(workspace, 'other/app-huge.apk'))
    expectSuccess(result)
    expect(registered()).toEqual({ packageName: 'com.example.devtest', sha256: EC })
    expect(result.stdout).toContain('Read other/app-huge.apk (2.3 GB): package and v2 signer')
  })

  it('per-ABI splits of one app and signer: read all, register once, log which agreed', async () => {
    const result = await artifactRun('splits/*/app-*-release.apk')
    expectSuccess(result)
    expect(routes()).toEqual(['token 200', 'register 200', 'testers 200'])
    expect(registered()).toEqual({ packageName: 'com.example.devtest', sha256: EC })
    expect(result.stdout).toContain('Read splits/arm64/app-arm64-release.apk (')
    expect(result.stdout).toContain('Read splits/x86/app-x86-release.apk (')
    expect(result.stdout).toContain(
      'The 2 artifacts agree on the package and the signer certificate.'
    )
    expect(result.summary.match(/<th>Artifact read<\/th>/g)).toHaveLength(2)
  })

  it('several paths in one value, comma- or newline-separated, as signing steps output them', async () => {
    const result = await artifactRun(
      `splits/arm64/app-arm64-release.apk,${RELEASE}/app-release-1.4.2-signed.apk\nsplits/x86/app-x86-release.apk`
    )
    expectSuccess(result)
    expect(fake.requestsTo('register')).toHaveLength(1)
    expect(result.stdout).toContain('The 3 artifacts agree')
  })

  it.each([
    [
      'artifacts that disagree',
      'splits/**/*.apk, other/app-rsa-release.apk',
      new RegExp(
        `- apk: names 3 artifacts that are not one app signed by one key; .*other/app-rsa-release\\.apk: com\\.example\\.devtest, signer SHA-256 ${RSA}; splits/arm64/app-arm64-release\\.apk: com\\.example\\.devtest, signer SHA-256 ${EC}`
      )
    ],
    [
      'no match',
      'app/build/outputs/**/*-universal.apk',
      /- apk: no file matches app\/build\/outputs\/\*\*\/\*-universal\.apk \(searched .*\/app\/build\/outputs\); \.apk\/\.aab files nearby: app\/build\/outputs\/apk\/release\/app-release-1\.4\.2-signed\.apk; check the pattern/
    ],
    [
      'a missing path',
      `${RELEASE}/app-release.apk`,
      /- apk: app\/build\/outputs\/apk\/release\/app-release\.apk does not exist \(looked in .*\); \.apk\/\.aab files nearby: app\/build\/outputs\/apk\/release\/app-release-1\.4\.2-signed\.apk; give the path/
    ],
    [
      'a directory',
      'splits',
      /- apk: splits is a directory; the artifacts in it: splits\/arm64\/app-arm64-release\.apk, splits\/x86\/app-x86-release\.apk; name the signed file, or give a pattern such as splits\/\*\*\/\*\.apk/
    ],
    ['a FIFO', 'other/pipe.apk', /- apk: other\/pipe\.apk is a FIFO, not a regular file/],
    [
      'a pattern over nothing built yet',
      'empty/*.apk',
      /- apk: no file matches empty\/\*\.apk \(searched .*\/empty\); \.apk\/\.aab files nearby: /
    ]
  ])('%s: one error, before any request', async (_, apk, message) => {
    const result = await artifactRun(apk)
    const error = expectFailure(result, /^::error::1 problem with the inputs, nothing was sent/)
    expect(error).toMatch(message)
    expect(fake.requests).toEqual([])
  })
})

describe('transient faults are retried within max-attempts', () => {
  it('connection reset', async () => {
    fake.fault('register', { reset: true })
    const result = await run()
    expectSuccess(result)
    expect(attempts('register')).toBe(2)
    expect(result.stdout).toMatch(
      /::warning::Registering the app for DevTest: attempt 1 of 4 failed \(.*(socket hang up|ECONNRESET).*\); retrying in/
    )
  })

  it('request timeout', async () => {
    fake.fault('register', { hang: true })
    const result = await run({ 'request-timeout': '1' })
    expectSuccess(result)
    expect(attempts('register')).toBe(2)
    expect(result.stdout).toContain('attempt 1 of 4 failed (no complete answer within 1 s)')
    expect(result.durationMs).toBeGreaterThanOrEqual(1000)
    expect(result.durationMs).toBeLessThan(30_000)
  })

  it('429 with Retry-After in seconds', async () => {
    fake.fault('testers', {
      status: 429,
      headers: { 'Retry-After': '1' },
      body: { message: 'Rate exceeded' }
    })
    const result = await run()
    expectSuccess(result)
    expect(attempts('testers')).toBe(2)
    const [first, second] = fake.requestsTo('testers')
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950)
    expect(result.stdout).toContain('failed (HTTP 429: Rate exceeded); retrying in 1.0 s.')
  })

  it('429 with Retry-After as an HTTP-date', async () => {
    // The date is made when the 429 is sent: the child's start-up, however slow, does not eat
    // into it. HTTP-dates have whole seconds, so 2.5 s ahead is at least 1.5 s after the answer.
    fake.fault('token', {
      status: 429,
      headers: () => ({ 'Retry-After': new Date(Date.now() + 2500).toUTCString() })
    })
    const result = await run()
    expectSuccess(result)
    expect(attempts('token')).toBe(2)
    const [first, second] = fake.requestsTo('token')
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(1400)
  })

  it('500, 502, 503 and 504, then success', async () => {
    fake.fault('token', { status: 500 })
    fake.fault(
      'register',
      { status: 502, body: '<html><head><title>502 Bad Gateway</title></head></html>' },
      { status: 503 }
    )
    fake.fault('testers', { status: 504, body: '' })
    const result = await run()
    expectSuccess(result)
    expect(routes()).toEqual([
      'token 500',
      'token 200',
      'register 502',
      'register 503',
      'register 200',
      'testers 504',
      'testers 200'
    ])
    expect(result.stdout).toContain('failed (HTTP 502: 502 Bad Gateway)')
  })

  it('the same fault until max-attempts fails the step', async () => {
    fake.fault(
      'register',
      ...Array.from({ length: 3 }, (): Fault => ({
        status: 503,
        body: { message: 'Service Unavailable' }
      }))
    )
    const result = await run({ 'max-attempts': '3' })
    const error = expectFailure(result, /Amazon kept failing with temporary errors/)
    expect(error).toContain('HTTP 503: Service Unavailable (3 attempts)')
    expect(error).toContain('re-run the job')
    expect(attempts('register')).toBe(3)
    expect(attempts('testers')).toBe(0)
  })

  it('a slow server cannot hold the run: every attempt has a deadline', async () => {
    // Without deadlines two attempts would take 2 minutes; with them, a few seconds. The bound
    // sits far from both, so a busy machine cannot turn it red.
    fake.fault('token', { delayMs: 60_000 }, { delayMs: 60_000 })
    const result = await run({ 'request-timeout': '1', 'max-attempts': '2' })
    expectFailure(
      result,
      /Getting an access token: Amazon kept failing with temporary errors.*no complete answer within 1 s \(2 attempts\)/
    )
    expect(attempts('token')).toBe(2)
    expect(result.durationMs).toBeLessThan(30_000)
  })
})

describe('final errors are not retried and say what to do', () => {
  it("400 carries Amazon's message", async () => {
    fake.fault('register', {
      status: 400,
      body: {
        errors: [{ errorCode: 'InvalidPackage', errorMessage: 'packageName does not match' }]
      }
    })
    const failed = await run()
    const error = expectFailure(
      failed,
      /Amazon rejected the DevTest registration \(400 Bad Request\)/
    )
    expect(error).toContain('InvalidPackage: packageName does not match')
    expect(error).toContain('Check that package-name')
    expect(attempts('register')).toBe(1)
  })

  it('404 names app-id', async () => {
    const result = await run({
      'app-id': 'amzn1.devportal.mobileapp.00000000000000000000000000000000'
    })
    expectFailure(result, /Amazon does not know the app \(404 Not Found\)[\s\S]*Check app-id/)
    expect(routes()).toEqual(['token 200', 'register 404'])
  })

  it('403 fetches a new token once and repeats the call', async () => {
    fake.fault('testers', { status: 403, body: { message: 'Request is not authorized.' } })
    const result = await run()
    expectSuccess(result)
    expect(routes()).toEqual([
      'token 200',
      'register 200',
      'testers 403',
      'token 200',
      'testers 200'
    ])
    const [first, second] = fake.requestsTo('testers')
    expect(first?.headers.authorization).not.toBe(second?.headers.authorization)
  })

  it('a second 403 explains the security profile must be attached', async () => {
    const forbidden: Fault = { status: 403, body: { message: 'Request is not authorized.' } }
    fake.fault('register', forbidden, forbidden)
    const result = await run()
    expectFailure(
      result,
      /403 Forbidden[\s\S]*Attach the security profile to the App Submission API/
    )
    expect(routes()).toEqual(['token 200', 'register 403', 'token 200', 'register 403'])
  })

  it.each([
    [
      'invalid_client',
      401,
      /rejected the client credentials[\s\S]*Check the client-id and client-secret secrets/
    ],
    [
      'invalid_scope',
      400,
      /refused the scope appstore::apps:readwrite[\s\S]*Attach the security profile/
    ],
    [
      'unsupported_grant_type',
      400,
      /did not accept a client-credentials request[\s\S]*Check token-url/
    ],
    ['invalid_request', 400, /did not accept a client-credentials request[\s\S]*Check token-url/]
  ])('LWA %s', async (code, status, message) => {
    fake.fault('token', { status, body: { error: code, error_description: 'from LWA' } })
    const result = await run()
    const error = expectFailure(result, message)
    expect(error).toContain(`${code}: from LWA`)
    expect(routes()).toEqual([`token ${status}`])
  })

  it('a wrong client secret is refused by LWA itself', async () => {
    const result = await run({ 'client-secret': 'amzn1.oa2-cs.v1.not-the-secret' })
    expectFailure(result, /invalid_client: Client authentication failed/)
    expect(result.stdout).toContain('::add-mask::amzn1.oa2-cs.v1.not-the-secret')
    expect(result.stdout.replace(/^::add-mask::.*$/gm, '') + result.summary).not.toContain(
      'not-the-secret'
    )
  })

  it('an HTML error page', async () => {
    fake.fault('register', {
      status: 502,
      body: '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>cloudfront</body></html>'
    })
    const result = await run({ 'max-attempts': '1' })
    expectFailure(result, /HTTP 502: 502 Bad Gateway \(1 attempt\)/)
  })

  it('an empty error body', async () => {
    fake.fault('testers', { status: 400, body: '' })
    const result = await run()
    expectFailure(
      result,
      /Amazon rejected the tester list \(400 Bad Request\)\. Amazon said: HTTP 400, empty body/
    )
  })

  it('a 200 without trackId', async () => {
    fake.fault('register', { status: 200, body: { status: 'ok' } })
    const result = await run()
    expectFailure(
      result,
      /Registering the app for DevTest: Amazon answered 200 without the expected data/
    )
    expect(attempts('testers')).toBe(0)
  })

  it('a 200 without uniqueTesterCount', async () => {
    fake.fault('testers', { status: 200, body: { groups: ['QA', 'Beta'] } })
    const result = await run()
    expectFailure(result, /Adding testers: Amazon answered 200 without the expected data/)
    expect(result.outputs.uniqueTesterCount).toBeUndefined()
  })
})

describe('bad input is caught before any request', () => {
  it.each([
    [{ 'client-id': '' }, 'client-id'],
    [{ 'client-id': 'AKIA-not-lwa' }, 'client-id'],
    [{ 'client-secret': '' }, 'client-secret'],
    [{ 'app-id': '' }, 'app-id'],
    [{ 'app-id': 'B01234567' }, 'app-id'],
    [{ 'package-name': '' }, 'package-name'],
    [{ 'package-name': '1app' }, 'package-name'],
    [{ 'certificate-file': '' }, 'certificate'],
    [{ certificate: 'abc' }, 'certificate'],
    [{ 'certificate-file': 'certs/missing.pem' }, 'certificate-file'],
    [{ 'certificate-file': 'certs' }, 'certificate-file'],
    [{ 'certificate-file': '', apk: 'apk/unsigned.apk' }, 'apk'],
    [{ 'certificate-file': '', apk: 'apk/corrupt-signing-block.apk' }, 'apk'],
    [{ 'certificate-file': '', apk: 'apk/missing.aab' }, 'apk'],
    [{ 'certificate-file': '', apk: 'apk/no-package.apk' }, 'apk'],
    [{ apk: 'apk/v2-only.apk', 'package-name': 'com.example.other' }, 'package-name'],
    [{ testers: '' }, 'testers'],
    [{ testers: 'nobody' }, 'testers'],
    [{ 'testers-file': 'testers.txt' }, 'testers'],
    [{ testers: '', 'testers-file': 'missing.yaml' }, 'testers-file'],
    [{ testers: 'QA:\n  -' }, 'testers'],
    [{ 'tester-group': 'QA\nBeta' }, 'tester-group'],
    [{ 'track-id': 'has space' }, 'track-id'],
    [{ 'dry-run': 'maybe' }, 'dry-run'],
    [{ 'api-url': 'http://developer.amazon.com/api/appstore' }, 'api-url'],
    [{ 'token-url': 'api.amazon.com/auth/o2/token' }, 'token-url'],
    [{ 'api-version': 'latest' }, 'api-version'],
    [{ 'max-attempts': '0' }, 'max-attempts'],
    [{ 'request-timeout': '-1' }, 'request-timeout']
  ])('%j names %s', async (inputs, name) => {
    const result = await run(inputs)
    const error = expectFailure(result, /problems? with the inputs, nothing was sent to Amazon/)
    expect(error).toMatch(new RegExp(`\\n- ${name}[ :(]`))
    expect(fake.requests).toEqual([])
  })

  it('lists every problem in one error', async () => {
    const result = await run({
      'app-id': 'x',
      'package-name': 'y',
      testers: 'z',
      'max-attempts': 'w'
    })
    const error = expectFailure(result, /^::error::4 problems with the inputs/)
    expect(
      error
        .split('\n- ')
        .slice(1)
        .map(line => line.split(/[ :(]/)[0])
    ).toEqual(['app-id', 'package-name', 'testers', 'max-attempts'])
    expect(fake.requests).toEqual([])
  })
})
