import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startFakeAmazon, type FakeAmazon } from '../../../fake-amazon/server.mjs'
import { newRunRecord, runStep, type RunRecord } from '../../../src/engine/run.js'
import { AmazonError } from '../../../src/amazon/errors.js'
import { InputError } from '../../../src/shared/errors.js'
import type { Inputs } from '../../../src/engine/inputs.js'
import type { StepLog } from '../../../src/engine/step-log.js'

const APP = 'amzn1.devportal.mobileapp.0123456789abcdef0123456789abcdef'
const fixtures = new URL('../../fixtures/', import.meta.url).pathname
let fake: FakeAmazon

beforeAll(async () => {
  fake = await startFakeAmazon({ apps: { [APP]: { trackId: 'devtest-engine' } } })
})
afterAll(async () => fake.close())
beforeEach(() => fake.reset())

function inputs(overrides: Partial<Inputs> = {}): Inputs {
  return {
    'client-id': fake.clientId,
    'client-secret': fake.clientSecret,
    'app-id': APP,
    'package-name': 'com.example.app',
    certificate: '',
    'certificate-file': 'certs/ec-p384.pem',
    apk: '',
    testers: 'QA:\n  - ada@example.com\n  - bob@example.com',
    'testers-file': '',
    'tester-group': '',
    'track-id': '',
    'dry-run': '',
    'api-url': fake.apiUrl,
    'token-url': fake.tokenUrl,
    'api-version': '',
    'max-attempts': '1',
    'request-timeout': '',
    ...overrides
  }
}

/** A StepLog that records what the engine says, headings included. */
function recordingLog() {
  const lines: string[] = []
  const secrets: string[] = []
  const log: StepLog = {
    info: message => lines.push(message),
    warning: message => lines.push(`warning: ${message}`),
    debug: () => undefined,
    secret: value => secrets.push(value),
    group: async (title, stage) => {
      lines.push(`[${title}]`)
      return stage()
    }
  }
  return { log, lines, secrets }
}

describe('runStep', () => {
  it('checks, registers and adds testers, each stage under its heading', async () => {
    const { log, lines, secrets } = recordingLog()
    const record: RunRecord = newRunRecord()
    await runStep(inputs(), fixtures, log, record)
    expect(fake.requests.map(r => r.route)).toEqual(['token', 'register', 'testers'])
    expect(lines.filter(line => line.startsWith('['))).toEqual([
      '[Checking the inputs]',
      '[Registering the app for DevTest]',
      '[Adding testers to track "devtest-engine"]'
    ])
    expect(lines).toContain('Group "QA": 2 testers — a•••@example.com, b•••@example.com')
    expect(lines).toContain('Registered; Amazon assigned track "devtest-engine".')
    expect(record).toMatchObject({
      trackId: 'devtest-engine',
      result: { groups: ['QA'], uniqueTesterCount: 2 },
      settings: { dryRun: false, target: { kind: 'register' } }
    })
    // Every access token is handed to the log to be masked.
    expect(secrets).toEqual([...fake.tokens.keys()])
  })

  it('on a dry run, logs the plan and the warnings and sends nothing', async () => {
    const { log, lines } = recordingLog()
    const record: RunRecord = newRunRecord()
    await runStep(
      inputs({
        'dry-run': 'true',
        'client-id': '',
        'client-secret': '',
        'certificate-file': 'certs/rsa-2048.pem'
      }),
      fixtures,
      log,
      record
    )
    expect(fake.requests).toEqual([])
    expect(lines).toContainEqual(expect.stringMatching(/^warning: The certificate's key is RSA/))
    expect(lines.at(-1)).toBe('Dry run: the inputs are valid; nothing was sent to Amazon.')
    expect(record.settings?.dryRun).toBe(true)
    expect(record.trackId).toBeUndefined()
  })

  it('with track-id, adds testers to it without registering', async () => {
    const { log } = recordingLog()
    const record: RunRecord = newRunRecord()
    await runStep(inputs({ 'track-id': 'devtest-engine' }), fixtures, log, record)
    expect(fake.requests.map(r => r.route)).toEqual(['token', 'testers'])
    expect(record.trackId).toBe('devtest-engine')
  })

  it('throws InputError before any request, with nothing recorded', async () => {
    const record: RunRecord = newRunRecord()
    await expect(
      runStep(inputs({ 'app-id': 'x' }), fixtures, recordingLog().log, record)
    ).rejects.toBeInstanceOf(InputError)
    expect(fake.requests).toEqual([])
    expect(record).toEqual({ warnings: [] })
  })

  it('keeps what was done when a later call fails', async () => {
    fake.fault('testers', { status: 400, body: { message: 'bad tester' } })
    const record: RunRecord = newRunRecord()
    await expect(runStep(inputs(), fixtures, recordingLog().log, record)).rejects.toBeInstanceOf(
      AmazonError
    )
    expect(record.trackId).toBe('devtest-engine')
    expect(record.result).toBeUndefined()
  })
})
