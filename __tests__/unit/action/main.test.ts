import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeAmazon, type FakeAmazon } from '../../../fake-amazon/server.mjs'
import { run } from '../../../src/action/main.js'
import { parseOutputFile } from '../../support/run-action.mjs'

const APP = 'amzn1.devportal.mobileapp.0123456789abcdef0123456789abcdef'
const fixtures = new URL('../../fixtures/', import.meta.url).pathname
const savedEnv = { ...process.env }
let fake: FakeAmazon
let dir: string
// @actions/core remembers the summary file it first wrote to, so one file serves every test.
const summaryFile = join(mkdtempSync(join(tmpdir(), 'main-summary-')), 'summary.md')

beforeAll(async () => {
  fake = await startFakeAmazon({ apps: { [APP]: { trackId: 'devtest-7f3a' } } })
})
afterAll(async () => fake.close())

beforeEach(() => {
  fake.reset()
  dir = mkdtempSync(join(tmpdir(), 'main-'))
  writeFileSync(join(dir, 'output'), '')
  writeFileSync(summaryFile, '')
  process.env = {
    ...savedEnv,
    GITHUB_WORKSPACE: fixtures,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: summaryFile
  }
  setInputs({
    'client-id': fake.clientId,
    'client-secret': fake.clientSecret,
    'app-id': APP,
    'package-name': 'com.example.app',
    'certificate-file': 'certs/ec-p384.pem',
    testers:
      'QA:\n  - Ada Lovelace <ada@example.com>\n  - bob@example.com\nBeta:\n  - ada@example.com',
    'api-url': fake.apiUrl,
    'token-url': fake.tokenUrl,
    'max-attempts': '2'
  })
})
afterEach(() => {
  process.env = { ...savedEnv }
  process.exitCode = undefined
})

function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.toUpperCase()}`] = value
}

async function runStep() {
  const chunks: string[] = []
  const write = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    chunks.push(String(chunk))
    return true
  })
  try {
    await run()
  } finally {
    write.mockRestore()
  }
  const stdout = chunks.join('')
  return {
    stdout,
    errors: stdout.split('\n').filter(line => line.startsWith('::error::')),
    exitCode: process.exitCode,
    outputs: parseOutputFile(readFileSync(join(dir, 'output'), 'utf8')),
    summary: readFileSync(summaryFile, 'utf8')
  }
}

function expectNoLeaks(text: string): void {
  const withoutMaskCommands = text.replace(/^::add-mask::.*$/gm, '')
  expect(withoutMaskCommands).not.toContain(fake.clientSecret)
  for (const token of fake.tokens.keys()) expect(withoutMaskCommands).not.toContain(token)
  expect(text).not.toMatch(/ada@example\.com|bob@example\.com/)
}

describe('run', () => {
  it("registers, adds testers and sets the outputs from Amazon's answers", async () => {
    const step = await runStep()
    expect(step.exitCode).toBeUndefined()
    expect(step.errors).toEqual([])
    expect(fake.requests.map(r => `${r.route} ${r.status}`)).toEqual([
      'token 200',
      'register 200',
      'testers 200'
    ])
    expect(step.outputs).toEqual({
      trackId: 'devtest-7f3a',
      uniqueTesterCount: '2',
      groups: '["QA","Beta"]',
      certificateSha256: expect.stringMatching(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
    })
    expect(step.stdout).toContain('::group::Checking the inputs')
    expect(step.stdout).toContain('::group::Registering the app for DevTest')
    expect(step.stdout).toContain('::group::Adding testers to track "devtest-7f3a"')
    expect(step.stdout).toContain('Group "QA": 2 testers — a•••@example.com, b•••@example.com')
    expect(step.summary).toContain('✅ Amazon Appstore DevTest: testers added')
    expect(step.summary).toContain('<th>Track</th><td>devtest-7f3a</td>')
    expect(step.summary).toContain(
      '<tr><td>QA</td><td>2</td><td>a•••@example.com, b•••@example.com</td></tr>'
    )
    expect(step.summary).toContain(step.outputs['certificateSha256'])
    expectNoLeaks(step.stdout + step.summary + JSON.stringify(step.outputs))
    expect(step.stdout).toContain(`::add-mask::${fake.clientSecret}`)
  })

  it('with track-id, adds testers to that track without registering', async () => {
    setInputs({ 'track-id': 'devtest-7f3a', 'certificate-file': '', 'package-name': '' })
    const step = await runStep()
    expect(step.errors).toEqual([])
    expect(fake.requests.map(r => r.route)).toEqual(['token', 'testers'])
    expect(step.outputs.trackId).toBe('devtest-7f3a')
    expect(step.outputs['certificateSha256']).toBeUndefined()
  })

  it('with track-id and a certificate, checks the certificate without sending it, quietly', async () => {
    setInputs({ 'track-id': 'devtest-7f3a' })
    const step = await runStep()
    expect(step.errors).toEqual([])
    expect(fake.requests.map(r => r.route)).toEqual(['token', 'testers'])
    expect(step.stdout).not.toContain('::warning::')
    expect(step.stdout).toContain(
      'Track: devtest-7f3a (given; registration skipped; the certificate above is checked, not sent)'
    )
    expect(step.outputs['certificateSha256']).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
  })

  it('on a dry run, validates and summarises but sends nothing and needs no credentials', async () => {
    setInputs({ 'dry-run': 'true', 'client-id': '', 'client-secret': '' })
    const step = await runStep()
    expect(step.exitCode).toBeUndefined()
    expect(fake.requests).toEqual([])
    expect(step.stdout).toContain('Dry run: the inputs are valid; nothing was sent to Amazon.')
    expect(step.summary).toContain('dry run (nothing sent)')
    expect(step.summary).toContain('<th>Unique testers</th><td>2 (in the request)</td>')
    expect(step.outputs.trackId).toBeUndefined()
    expect(step.outputs.uniqueTesterCount).toBeUndefined()
  })

  it('reports every input problem in one ::error:: and sends nothing', async () => {
    setInputs({
      'app-id': 'wrong',
      testers: 'ada@example.com\nnot-an-email',
      'max-attempts': 'many'
    })
    const step = await runStep()
    expect(step.exitCode).toBe(1)
    expect(fake.requests).toEqual([])
    expect(step.errors).toHaveLength(1)
    const error = decodeURIComponent(step.errors[0] ?? '')
    expect(error).toMatch(/^::error::3 problems with the inputs, nothing was sent to Amazon:\n/)
    expect(error).toContain('- app-id: "wrong" is not an Appstore app ID')
    expect(error).toContain('- testers (line 2): is not an email address (there is no "@")')
    expect(error).toContain('- max-attempts: "many" must be a whole number from 1 to 10')
    expect(step.summary).toContain('❌ Amazon Appstore DevTest: failed')
    expect(step.summary).toContain(
      '<p><strong>3 problems with the inputs, nothing was sent to Amazon:</strong></p>'
    )
    expect(step.summary).toContain('<ul><li>app-id: "wrong" is not an Appstore app ID')
    expect(step.summary).toContain('<li>testers (line 2): is not an email address')
  })

  it('without credentials, says which secrets to pass, or to set dry-run', async () => {
    setInputs({ 'client-id': '', 'client-secret': '' })
    const step = await runStep()
    expect(step.exitCode).toBe(1)
    expect(fake.requests).toEqual([])
    expect(decodeURIComponent(step.errors[0] ?? '')).toBe(
      '::error::2 problems with the inputs, nothing was sent to Amazon:\n' +
        "- client-id: is required (the security profile's client ID), unless this is a dry run\n" +
        "- client-secret: is required (the security profile's client secret), unless this is a dry run\n" +
        "Pass them from the repository's secrets, client-id: ${{ secrets.AMAZON_CLIENT_ID }} and " +
        'client-secret: ${{ secrets.AMAZON_CLIENT_SECRET }}, or set dry-run: true to check ' +
        'everything else without them. If the step already has those lines, the secrets are ' +
        'empty in this run: not created under Settings → Secrets and variables → Actions, or ' +
        'withheld (pull requests from forks and from Dependabot get no Actions secrets).'
    )
    expect(step.summary).toContain('client-id: ${{ secrets.AMAZON_CLIENT_ID }}')
  })

  it('with one credential empty, names that secret alone and why it may be empty', async () => {
    setInputs({ 'client-secret': '' })
    const step = await runStep()
    expect(step.exitCode).toBe(1)
    expect(fake.requests).toEqual([])
    const error = decodeURIComponent(step.errors[0] ?? '')
    expect(error).toContain(
      "Pass it from the repository's secrets, client-secret: ${{ secrets.AMAZON_CLIENT_SECRET }}, " +
        'or set dry-run: true'
    )
    expect(error).toContain('If the step already has that line, the secret is empty in this run')
    expect(error).not.toContain('client-id: ${{')
  })

  it('fails with what happened and what to do, in the log and the summary, without a stack', async () => {
    setInputs({ 'client-secret': 'amzn1.oa2-cs.v1.wrong-secret' })
    const step = await runStep()
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    expect(decodeURIComponent(step.errors[0] ?? '')).toBe(
      '::error::Getting an access token: Login with Amazon rejected the client credentials. Amazon said: HTTP 401, invalid_client: Client authentication failed\n' +
        'Check the client-id and client-secret secrets: copy both from Developer Console → Apps & Services → API Access → App Submission API → your security profile → Web Settings.'
    )
    expect(step.stdout).not.toMatch(/\bat .*\.ts:\d+/)
    expect(step.summary).toContain('Login with Amazon rejected the client credentials')
    expect(step.summary).toContain('Check the client-id and client-secret secrets')
    expect(step.outputs.trackId).toBeUndefined()
    expect(step.outputs['certificateSha256']).toBeDefined()
  })

  it('warns about an RSA certificate and about duplicates, and still runs', async () => {
    setInputs({
      'certificate-file': 'certs/rsa-2048.pem',
      testers: 'ada@example.com\nADA@example.com'
    })
    const step = await runStep()
    expect(step.errors).toEqual([])
    const warnings = step.stdout.split('\n').filter(line => line.startsWith('::warning::'))
    expect(warnings).toEqual([
      '::warning::A•••@example.com is listed twice in group "DevTest" (line 1 and line 2); the duplicate was removed.',
      expect.stringMatching(
        /^::warning::The certificate's key is RSA 2048; Appstore DevTest supports ECDSA/
      )
    ])
  })

  it('lists every warning in the summary too, on success and when validation fails', async () => {
    setInputs({
      'certificate-file': 'certs/rsa-2048.pem',
      testers: 'ada@example.com\nADA@example.com'
    })
    const ok = await runStep()
    expect(ok.summary).toContain('✅ Amazon Appstore DevTest: testers added')
    expect(ok.summary).toMatch(/<h3>⚠️ Warnings<\/h3>\n<ul><li>A•••@example\.com is listed twice/)
    expect(ok.summary).toContain("<li>The certificate's key is RSA 2048")

    setInputs({ 'app-id': 'wrong' })
    const failed = await runStep()
    expect(failed.exitCode).toBe(1)
    expect(failed.stdout.split('\n').filter(line => line.startsWith('::warning::'))).toEqual([
      expect.stringMatching(/^::warning::A•••@example\.com is listed twice/),
      expect.stringMatching(/^::warning::The certificate's key is RSA 2048/)
    ])
    expect(failed.summary).toContain('❌ Amazon Appstore DevTest: failed')
    expect(failed.summary).toMatch(
      /<h3>⚠️ Warnings<\/h3>\n<ul><li>A•••@example\.com is listed twice/
    )
  })

  it('warns, in the log and the summary, when the certificate expires within 90 days', async () => {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-nodes',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-days',
        '30',
        '-subj',
        '/CN=Short lived',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem')
      ],
      { stdio: 'ignore' }
    )
    setInputs({ 'certificate-file': join(dir, 'cert.pem') })
    const step = await runStep()
    expect(step.errors).toEqual([])
    const expiry = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10)
    expect(step.stdout).toMatch(
      new RegExp(`^::warning::The certificate expires on ${expiry}, in 30 days\\.`, 'm')
    )
    expect(step.summary).toContain(`The certificate expires on ${expiry}`)
  })

  it('turns an unexpected error into one ::error:: that asks for a report, stack only in debug', async () => {
    process.env.GITHUB_OUTPUT = join(dir, 'missing', 'output')
    const step = await runStep()
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    expect(decodeURIComponent(step.errors[0] ?? '')).toMatch(
      /^::error::Unexpected error: .*\nThis is a bug in the action/
    )
    expect(step.stdout).not.toMatch(/^::debug::.*at /m)

    process.env.RUNNER_DEBUG = '1'
    const debug = await runStep()
    expect(debug.stdout).toMatch(/^::debug::Error: .*%0A {4}at /m)
  })
})
