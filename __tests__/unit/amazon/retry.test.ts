import { describe, expect, it } from '@jest/globals'
import {
  backoffDelay,
  parseRetryAfter,
  RetriesExhausted,
  TransientFailure,
  withRetry,
  type RetryPolicy
} from '../../../src/amazon/retry.js'

const policy: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 5000,
  maxRetryAfterMs: 30_000
}

function recorder() {
  const waits: number[] = []
  return { waits, sleep: async (ms: number) => void waits.push(ms) }
}

describe('backoffDelay', () => {
  it('doubles per attempt with half of it random, and stops growing at the cap', () => {
    expect([1, 2, 3, 4, 5].map(n => backoffDelay(n, policy, () => 0))).toEqual([
      500, 1000, 2000, 2500, 2500
    ])
    expect([1, 2, 3, 4, 5].map(n => backoffDelay(n, policy, () => 1))).toEqual([
      1000, 2000, 4000, 5000, 5000
    ])
  })
})

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z')

  it('reads delta-seconds and HTTP-dates', () => {
    expect(parseRetryAfter('7', now)).toBe(7000)
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:03 GMT', now)).toBe(3000)
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0)
  })

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined()
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter('-5', now)).toBeUndefined()
  })
})

describe('withRetry', () => {
  it('returns the first success and does not wait before it', async () => {
    const { waits, sleep } = recorder()
    let calls = 0
    const result = await withRetry(async () => ++calls, policy, { sleep })
    expect(result).toBe(1)
    expect(waits).toEqual([])
  })

  it('retries transient failures with backoff, then succeeds', async () => {
    const { waits, sleep } = recorder()
    const retries: number[] = []
    const result = await withRetry(
      async attempt => {
        if (attempt < 3) throw new TransientFailure(`HTTP 503 #${attempt}`)
        return 'ok'
      },
      policy,
      { sleep, random: () => 1, onRetry: (_, attempt) => retries.push(attempt) }
    )
    expect(result).toBe('ok')
    expect(waits).toEqual([1000, 2000])
    expect(retries).toEqual([1, 2])
  })

  it('honours Retry-After, up to the cap', async () => {
    const { waits, sleep } = recorder()
    let attempt = 0
    await withRetry(
      async () => {
        attempt++
        if (attempt === 1) throw new TransientFailure('HTTP 429', 2000)
        if (attempt === 2) throw new TransientFailure('HTTP 429', 3_600_000)
        return 'ok'
      },
      policy,
      { sleep }
    )
    expect(waits).toEqual([2000, 30_000])
  })

  it('gives up after maxAttempts with the last failure', async () => {
    const { waits, sleep } = recorder()
    let calls = 0
    const promise = withRetry(
      async () => {
        calls++
        throw new TransientFailure(`HTTP 502 #${calls}`)
      },
      policy,
      { sleep }
    )
    await expect(promise).rejects.toThrow(RetriesExhausted)
    await expect(promise).rejects.toThrow('HTTP 502 #4 (4 attempts)')
    expect(calls).toBe(4)
    expect(waits).toHaveLength(3)
  })

  it('does not retry other errors', async () => {
    const { waits, sleep } = recorder()
    let calls = 0
    await expect(
      withRetry(
        async () => {
          calls++
          throw new Error('HTTP 400')
        },
        policy,
        { sleep }
      )
    ).rejects.toThrow('HTTP 400')
    expect(calls).toBe(1)
    expect(waits).toEqual([])
  })

  it('makes exactly one attempt when maxAttempts is 1', async () => {
    let calls = 0
    await expect(
      withRetry(
        async () => {
          calls++
          throw new TransientFailure('reset')
        },
        { ...policy, maxAttempts: 1 }
      )
    ).rejects.toThrow('reset (1 attempt)')
    expect(calls).toBe(1)
  })
})
