// One deadline for all of a run's requests, known before the first is sent: no answer of the
// server (Retry-After, 5xx, 403s asking for a new token) stretches it. Time here is a fake
// clock that the injected sleep advances, so nothing waits for real.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { startFakeAmazon, type FakeAmazon } from '../../../fake-amazon/server.mjs'
import { AmazonClient } from '../../../src/amazon/client.js'
import { AmazonError, KnownErrors } from '../../../src/amazon/errors.js'
import { parseCertificateText } from '../../../src/signing/certificate.js'
import {
  DeadlineReached,
  DEFAULT_BACKOFF,
  TransientFailure,
  withRetry
} from '../../../src/amazon/retry.js'
import { formatDuration, runBudget, RunDeadline } from '../../../src/engine/run-deadline.js'

const APP = 'amzn1.devportal.mobileapp.0123456789abcdef0123456789abcdef'
const PEM = parseCertificateText(
  readFileSync(new URL('../../fixtures/certs/ec-p384.pem', import.meta.url), 'utf8')
).pem

describe('runBudget', () => {
  it('is what an honest slow Amazon needs with the defaults: 8 min 21 s, not 35 min', () => {
    const budget = runBudget({ maxAttempts: 4, timeoutMs: 30_000 }, true)
    // 3 calls × (4 × 30 s + 1 + 2 + 4 s of backoff) + 2 refreshes × 2 × 30 s
    expect(budget).toEqual({ calls: 3, refreshes: 2, totalMs: 3 * 127_000 + 120_000 })
    expect(formatDuration(budget.totalMs)).toBe('8 min 21 s')
  })

  it('follows the inputs: attempts, timeout, backoff cap, and no register call with a track', () => {
    expect(runBudget({ maxAttempts: 1, timeoutMs: 5000 }, false).totalMs).toBe(2 * 5000 + 10_000)
    const ten = runBudget({ maxAttempts: 10, timeoutMs: 1000 }, true)
    // backoff 1+2+4+8 s then the 16 s cap five times
    expect(ten.totalMs).toBe(3 * (10 * 1000 + 15_000 + 5 * 16_000) + 2 * 2 * 1000)
  })
})

describe('withRetry under a deadline', () => {
  it('does not wait for a Retry-After that ends past the deadline, and says so', async () => {
    let now = 0
    const deadline = new RunDeadline(10_000, () => now)
    const waits: number[] = []
    let attempts = 0
    const error = await withRetry(
      async () => {
        attempts++
        now += 1000
        throw new TransientFailure('HTTP 429', 6000)
      },
      { maxAttempts: 10, ...DEFAULT_BACKOFF },
      {
        remainingMs: () => deadline.remainingMs(),
        sleep: async ms => {
          waits.push(ms)
          now += ms
        }
      }
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DeadlineReached)
    expect(attempts).toBe(2)
    expect(waits).toEqual([6000]) // 1 s + 6 s + 1 s = 8 s; a second 6 s wait would end at 14 s
    expect(now).toBeLessThanOrEqual(10_000)
    expect((error as Error).message).toBe('HTTP 429 (2 attempts; no time left for another)')
  })

  it('starts no attempt once the deadline has passed', async () => {
    let called = false
    const error = await withRetry(
      async () => {
        called = true
      },
      { maxAttempts: 3, ...DEFAULT_BACKOFF },
      { remainingMs: () => 0 }
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DeadlineReached)
    expect(called).toBe(false)
  })
})

describe('the client against scripted faults', () => {
  let fake: FakeAmazon
  beforeAll(async () => {
    fake = await startFakeAmazon({ apps: { [APP]: { trackId: 'devtest-7f3a' } } })
  })
  afterAll(async () => fake.close())
  beforeEach(() => fake.reset())

  it('Retry-After, 5xx and token refreshes all count against one deadline', async () => {
    let now = 0
    const waits: number[] = []
    // The token and the registration are answered 503 with Retry-After: 60 three times, then a
    // 403 asks for a new token and the repeat gets the same 503s: within the per-call bounds
    // alone, each of these calls could wait 3 minutes.
    const slow = { status: 503, headers: { 'Retry-After': '60' } }
    fake.fault('token', slow, slow, slow)
    fake.fault('register', slow, slow, slow, { status: 403 }, slow, slow, slow)
    const maxAttempts = 4
    const budget = runBudget({ maxAttempts, timeoutMs: 30_000 }, true)
    const client = new AmazonClient({
      tokenUrl: fake.tokenUrl,
      apiUrl: fake.apiUrl,
      apiVersion: 'v1',
      clientId: fake.clientId,
      clientSecret: fake.clientSecret,
      retry: { maxAttempts, ...DEFAULT_BACKOFF },
      timeoutMs: 30_000,
      userAgent: 'appstore-devtest-action/test',
      log: { info: () => {}, warning: () => {}, debug: () => {}, secret: () => {} },
      sleep: async ms => {
        waits.push(ms)
        now += ms
      },
      deadline: new RunDeadline(budget.totalMs, () => now)
    })
    try {
      const error = await client.register(APP, 'com.example.app', PEM).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(AmazonError)
      const amazon = error as AmazonError
      expect(amazon.kind).toBe('runDeadline')
      expect(amazon.message).toContain(KnownErrors.runDeadline.what)
      expect(amazon.message).toContain('no time left for another')
      // No wait ended past the deadline, and the waits that were made fit in it.
      expect(now).toBeLessThanOrEqual(budget.totalMs)
      expect(waits.every(ms => ms === 60_000)).toBe(true)
      expect(waits.length).toBeLessThanOrEqual(Math.floor(budget.totalMs / 60_000))
    } finally {
      client.dispose()
    }
  })
})
