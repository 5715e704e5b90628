// The bundled action as users run it: dist/index.js on Node 24, started the way the GitHub runner
// starts it (__tests__/support/run-action.mjs), against the local fake Amazon. Every case asserts what was
// sent, how many attempts were made, how long it took, the outputs and the exit code, and that
// no secret, token or tester email leaked.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash, X509Certificate } from 'node:crypto'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  startFakeAmazon,
  type FakeAmazon,
  type Fault,
  type Route
} from '../../fake-amazon/server.mjs'
import { padApk } from '../support/pad-apk.mjs'
import { runAction, type RunResult } from '../support/run-action.mjs'
import { startConnectProxy } from '../support/connect-proxy.js'
import { APP, expectCleanEnd, expectNoLeaks, FIXTURES, runInputs } from '../support/e2e.js'

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
  workspace = FIXTURES
): Promise<RunResult> {
  const result = await runAction({
    env,
    workspace,
    timeoutMs: 60_000,
    inputs: {
      'client-id': amazon.clientId,
      'client-secret': amazon.clientSecret,
      ...runInputs(amazon),
      ...inputs
    }
  })
  // The ::add-mask:: commands name the secrets on purpose; the runner hides them.
  const stdout = result.stdout.replace(/^::add-mask::.*$/gm, '')
  expectNoLeaks(
    [stdout, result.stderr, result.summary, JSON.stringify(result.outputs)].join('\n'),
    amazon
  )
  expectCleanEnd(result)
  return result
}

/** A second fake that serves https with the test certificate, which NODE_EXTRA_CA_CERTS trusts. */
const TLS = new URL('../fixtures/tls/', import.meta.url).pathname
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
    expect(result.outputs['certificateSha256']).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
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
    expect(Object.keys(result.outputs)).toEqual(['certificateSha256'])
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
      readFileSync(new URL('../fixtures/apk/ec.pem', import.meta.url))
    )
    expect(new X509Certificate(body.certificate).fingerprint256).toBe(signer.fingerprint256)
    expect(body.certificate).toMatch(
      /^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----\n$/
    )
    expect(result.outputs['certificateSha256']).toBe(signer.fingerprint256)
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
  it('hands the registered build on: artifactPaths and the summary part for testers', async () => {
    const result = await run({ 'package-name': '', 'certificate-file': '', apk: 'apk/v2-only.apk' })
    expectSuccess(result)
    expect(result.outputs.artifactPaths).toBe('apk/v2-only.apk')
    const file = readFileSync(new URL('../fixtures/apk/v2-only.apk', import.meta.url))
    const sha256 = createHash('sha256').update(file).digest('hex')
    expect(result.summary).toContain('For your testers')
    expect(result.summary).toContain(
      `<td>apk/v2-only.apk</td><td>${(file.length / 1000).toFixed(1)} kB</td><td><code>${sha256}</code></td>`
    )
    expect(result.summary).toContain(
      'Fire OS 6 or later, signed in with the Amazon account whose email was added'
    )
  })

  it('artifactPaths for names the next step could misread: refused with a line break, warned of as a pattern', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'devtest-names-'))
    const apk = new URL('../fixtures/apk/v2-only.apk', import.meta.url).pathname
    try {
      // actions/upload-artifact reads each line of its path as a glob pattern.
      copyFileSync(apk, join(workspace, 'app [1].apk'))
      const pattern = await run(
        { 'package-name': '', 'certificate-file': '', apk: 'app [1].apk' },
        {},
        fake,
        workspace
      )
      expectSuccess(pattern)
      expect(pattern.outputs.artifactPaths).toBe('app [1].apk')
      expect(pattern.stdout).toContain(
        '::warning::artifactPaths lists app [1].apk, a name that actions/upload-artifact reads as a pattern (*, ?, [ ], a leading # or !, a space at either end), so it may upload other files or none; rename the file, such as app-release.apk.'
      )
      copyFileSync(apk, join(workspace, 'x\n::error::y.apk'))
      const broken = await run(
        { 'package-name': '', 'certificate-file': '', apk: 'x*.apk' },
        {},
        fake,
        workspace
      )
      expectSuccess(broken)
      expect(broken.outputs.artifactPaths).toBeUndefined()
      expect(broken.stdout).toContain(
        '::warning::artifactPaths is not set: an artifact path holds a line break'
      )
      expect(broken.stdout).not.toMatch(/^::error::y/m)
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })

  it('a dry run names no build for testers and sets no artifactPaths', async () => {
    const result = await run({
      'package-name': '',
      'certificate-file': '',
      apk: 'apk/v2-only.apk',
      'dry-run': 'true'
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.artifactPaths).toBeUndefined()
    expect(result.summary).not.toContain('For your testers')
  })

  it('a rotated key whose v2 keeps the old one: registers the v3 key and warns for API 25–27', async () => {
    const result = await run({ 'package-name': '', 'certificate-file': '', apk: 'apk/rotated.apk' })
    expectSuccess(result)
    expect(result.stdout).toMatch(
      /^::warning::Fire OS devices do not all verify one certificate: API 25–27 \(Fire OS 6\) verify the v2 signer CN=DevTest Fixture EC old/m
    )
  })
})

describe('finding and reading large artifacts by path and pattern', () => {
  // A workspace laid out like a Gradle build, with APKs made from the committed fixtures: two
  // padded to 1.1 GB and 2.3 GB (sparse, so they take no disk), per-ABI splits of one signer,
  // and an RSA-signed one. Deleted after.
  const FIXTURES = new URL('../fixtures/apk/', import.meta.url).pathname
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
    expect(result.outputs['certificateSha256']).toBe(EC)
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
    ['a FIFO', 'other/pipe.apk', /- apk: other\/pipe\.apk is a named pipe \(FIFO\), not a file/],
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
      /403 Forbidden[\s\S]*the security profile is not attached to the App Submission API/
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
    [
      'invalid_request',
      400,
      /could not read the token request[\s\S]*Copy client-id and client-secret again/
    ]
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

describe('hostile input and answers stay bounded, quiet and escaped', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'e2e-hostile-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const file = (name: string, content: string): string => {
    writeFileSync(join(dir, name), content)
    return join(dir, name)
  }
  /** Lines the runner would obey as workflow commands, other than the action's own. */
  const injected = (result: RunResult): string[] =>
    result.stdout.split('\n').filter(line => /^::[a-z-]+( [^:]*)?::(owned|injected)/.test(line))

  it('a testers-file that links to a file of secrets: the error says which line, never what it holds', async () => {
    const secrets = file(
      'environ',
      'GITHUB_TOKEN=ghs_leak0000secret\0HOME=/root\n[remote "origin"]\n\turl = https://x:tok_leak11@github.com/o/r\n'
    )
    symlinkSync(secrets, join(dir, 'testers.txt'))
    const result = await run({ testers: '', 'testers-file': join(dir, 'testers.txt') })
    const error = expectFailure(result, /3 problems with the inputs/)
    expect(error).toContain('testers-file (line 1): is not an email address (there is no "@")')
    const everything = result.stdout + result.stderr + result.summary
    expect(error).toContain(
      'testers-file (line 3): is not an email address (the text around its "@" is not an address)'
    )
    for (const secret of ['ghs_leak0000secret', 'tok_leak', 'HOME=', 'remote', 'origin', 'url ='])
      expect(everything).not.toContain(secret)
    expect(fake.requests).toEqual([])
  })

  it('a FIFO, a device or a huge file is refused at once, by kind and size', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')])
    const huge = file('huge.yaml', '')
    truncateSync(huge, 3 * 1024 * 1024 * 1024)
    for (const [path, problem] of [
      [join(dir, 'pipe.yaml'), /pipe\.yaml is a named pipe \(FIFO\), not a file/],
      ['/dev/zero', /\/dev\/zero is a device, not a file/],
      [huge, /huge\.yaml is 3221225472 bytes; at most 1 MB is read/]
    ] as const) {
      const result = await run({ testers: '', 'testers-file': path })
      expectFailure(result, problem)
    }
    expect(fake.requests).toEqual([])
  })

  it('100,000 bad lines: one bounded error, a bounded summary, nothing sent', async () => {
    const bad = file('bad.txt', 'nope\n'.repeat(100_000))
    const result = await run({ testers: '', 'testers-file': bad })
    const error = expectFailure(result, /^::error::100000 problems with the inputs/)
    expect(error.split('\n- ')).toHaveLength(22) // headline, 20 problems, "and N more"
    expect(error).toContain('- … and 99980 more problems')
    expect(error.length).toBeLessThan(10_000)
    expect(result.summary.length).toBeLessThan(20_000)
    expect(fake.requests).toEqual([])
  })

  it('110,000 duplicate lines: one warning, in the log and in the summary', async () => {
    const duplicates = file('dup.txt', 'zed@b.io\n'.repeat(110_000)) // 990 KB, under the cap
    const result = await run({ testers: '', 'testers-file': duplicates })
    expect(result.exitCode).toBe(0)
    const warnings = result.stdout.split('\n').filter(line => line.startsWith('::warning::'))
    expect(warnings).toEqual([
      expect.stringMatching(/^::warning::109999 testers are listed twice in the same group/)
    ])
    expect(result.summary).toContain('⚠️ Warnings')
    expect(result.summary).toMatch(/<li>109999 testers are listed twice/)
    expect(result.stdout + result.summary).not.toContain('zed@b.io')
  })

  it('a group name with a line break is refused before anything is sent', async () => {
    const result = await run({
      testers: '{"groups": [{"name": "QA\\n::warning::injected", "testers": ["a@example.com"]}]}'
    })
    expectFailure(result, /a tester group name holds a line break/)
    expect(injected(result)).toEqual([])
    expect(fake.requests).toEqual([])
  })

  it.each(['..', '.', 'a/../b'])(
    'track-id %j is refused before anything is sent',
    async trackId => {
      const result = await run({ 'track-id': trackId })
      expectFailure(result, /track-id: .* is not a track ID/)
      expect(fake.requests).toEqual([])
    }
  )

  it.each(['..', 'x\n::add-mask::owned', 'devtest\n::error::owned'])(
    'a trackId %j from Amazon ends the run before the testers are sent, escaped',
    async trackId => {
      fake.fault('register', { status: 200, body: { trackId } })
      const result = await run()
      expectFailure(result, /Amazon answered 200 without the expected data.*not a track name/)
      expect(injected(result)).toEqual([])
      expect(attempts('testers')).toBe(0)
      expect(result.outputs.trackId).toBeUndefined()
    }
  )

  it('group names from Amazon with line breaks are escaped in the log and summary', async () => {
    fake.fault('testers', {
      status: 200,
      body: { groups: ['QA\n::warning::owned', 'Beta\r\n::error::owned'], uniqueTesterCount: 3 }
    })
    const result = await run()
    expect(result.exitCode).toBe(0)
    expect(injected(result)).toEqual([])
    expect(result.stdout).toContain('Amazon added groups "QA\\n::warning::owned"')
    expect(JSON.parse(result.outputs.groups ?? '')).toEqual([
      'QA\n::warning::owned',
      'Beta\r\n::error::owned'
    ])
  })

  it('an error message from Amazon with line breaks cannot write a workflow command', async () => {
    fake.fault('register', {
      status: 400,
      shape: 'flat',
      errorCode: 'x',
      errorMessage: 'bad\n::warning::owned\r\n::add-mask::owned'
    })
    const result = await run()
    expectFailure(result, /x: bad ::warning::owned ::add-mask::owned/)
    expect(injected(result)).toEqual([])
  })

  it('a 50 MB answer is cut at 1 MB and refused, without waiting for the rest', async () => {
    fake.fault('token', { status: 200, body: { access_token: 'x'.repeat(50 * 1024 * 1024) } })
    const result = await run()
    expectFailure(result, /Amazon answered with more than 1 MB.*HTTP 200 with an answer over 1 MB/)
    expect(attempts('token')).toBe(1)
  })

  it('a large error page of unclosed tags is read in linear time', async () => {
    // 840 KB, under the 1 MB cap on answers, so all of it is read.
    fake.fault('register', { status: 502, body: `<html><title${'<title '.repeat(120_000)}` })
    const result = await run({ 'max-attempts': '1' })
    // Within the run's own deadline (request-timeout, 30 s): the old patterns took 105 s.
    expectFailure(result, /HTTP 502 \(1 attempt\)/)
  })
})

describe('tester emails are masked on every path that can name one', () => {
  const PRIVATE = [
    'zed.one@private.example',
    'zed.two@private.example',
    'zed.three@private.example',
    'zed.four@private.example',
    'zed.five@private.example',
    'zed.six@private.example'
  ]
  const fifty = Array.from({ length: 51 }, (_, i) => `zed.n${i}@private.example`)
  it.each([
    ['a typo', { testers: 'Zed <zed.one@private..example>' }],
    ['a comma list with a bad entry', { testers: 'zed.two@private.example, zed.three@' }],
    [
      'a comma list of good ones',
      { testers: 'zed.two@private.example, zed.three@private.example' }
    ],
    [
      'an unknown YAML field',
      { testers: 'QA:\n  - {email: zed.four@private.example, phone: zed.five@private.example}' }
    ],
    ['a JSON row without email', { testers: '[{"mail": "zed.four@private.example"}]' }],
    ['a bad CSV row', { testers: 'email;group\nzed.five@private;QA\nzed.six@private.example;QA' }],
    [
      'an unknown CSV column',
      { testers: 'email,zed.one@private.example\nzed.two@private.example,x' }
    ],
    ['a duplicate', { testers: 'zed.six@private.example\nZED.SIX@private.example' }],
    [
      'a group named like an address',
      { testers: 'zed.one@private.example:\n  - zed.two@private.example' }
    ],
    ['over the limit', { testers: fifty.join('\n') }]
  ])('%s', async (_, inputs: Record<string, string>) => {
    const result = await run(inputs)
    const everything = [
      result.stdout,
      result.stderr,
      result.summary,
      JSON.stringify(result.outputs)
    ].join('\n')
    for (const email of [...PRIVATE, ...fifty]) expect(everything).not.toContain(email)
    for (const local of ['zed.one', 'zed.two', 'zed.three', 'zed.four', 'zed.five', 'zed.six'])
      expect(everything).not.toContain(`${local}@`)
  })
})
