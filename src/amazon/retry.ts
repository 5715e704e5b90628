/**
 * The retry policy for transient failures: a bounded number of attempts, exponential backoff
 * with jitter between them, and the server's Retry-After honoured up to a cap.
 */

import type { RetryPolicy } from './retry-policy.js'

export { DEFAULT_BACKOFF, type RetryPolicy } from './retry-policy.js'

/** A failure worth another attempt: a network error, a timeout, 429 or a 5xx gateway status. */
export class TransientFailure extends Error {
  override name = 'TransientFailure'

  constructor(
    message: string,
    /** What the server asked for with Retry-After, in milliseconds. */
    readonly retryAfterMs?: number
  ) {
    super(message)
  }
}

/** Thrown when every attempt failed transiently; carries the last failure. */
export class RetriesExhausted extends Error {
  override name = 'RetriesExhausted'

  constructor(
    readonly attempts: number,
    readonly lastFailure: TransientFailure
  ) {
    super(`${lastFailure.message} (${attempts} attempt${attempts === 1 ? '' : 's'})`)
  }
}

/**
 * Thrown when the run's deadline leaves no time for another attempt or for the wait before it;
 * carries the last failure, if there was one.
 */
export class DeadlineReached extends Error {
  override name = 'DeadlineReached'

  constructor(
    readonly attempts: number,
    readonly lastFailure?: TransientFailure
  ) {
    super(
      lastFailure
        ? `${lastFailure.message} (${attempts} attempt${attempts === 1 ? '' : 's'}; no time left for another)`
        : 'no time left for the request'
    )
  }
}

export interface RetryHooks {
  onRetry?: (failure: TransientFailure, attempt: number, delayMs: number) => void
  /** Time left before the run's deadline: no attempt starts and no wait ends past it. */
  remainingMs?: () => number
  sleep?: (ms: number) => Promise<void>
  random?: () => number
}

export const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

/** "Equal jitter": half the exponential delay is fixed, the other half random. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
  return Math.round(exponential / 2 + random() * (exponential / 2))
}

/** Retry-After as delta-seconds or an HTTP-date, in milliseconds from now; undefined if unusable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined
  const text = value.trim()
  if (/^\d+$/.test(text)) return Number(text) * 1000
  // An HTTP-date names its weekday and month; without letters Date.parse guesses, so refuse.
  if (!/[A-Za-z]/.test(text)) return undefined
  const date = Date.parse(text)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}

/**
 * Runs operation until it succeeds, throws something other than TransientFailure, has been
 * tried policy.maxAttempts times, or would run past the deadline hooks.remainingMs tells.
 */
export async function withRetry<T>(
  operation: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  hooks: RetryHooks = {}
): Promise<T> {
  const wait = hooks.sleep ?? sleep
  const remaining = hooks.remainingMs ?? (() => Infinity)
  for (let attempt = 1; ; attempt++) {
    if (attempt === 1 && remaining() <= 0) throw new DeadlineReached(0)
    try {
      return await operation(attempt)
    } catch (error) {
      if (!(error instanceof TransientFailure)) throw error
      if (remaining() <= 0) throw new DeadlineReached(attempt, error)
      if (attempt >= policy.maxAttempts) throw new RetriesExhausted(attempt, error)
      const delay =
        error.retryAfterMs !== undefined
          ? Math.min(error.retryAfterMs, policy.maxRetryAfterMs)
          : backoffDelay(attempt, policy, hooks.random)
      // Waiting past the deadline would only end in failure later: end now, saying why.
      if (delay >= remaining()) throw new DeadlineReached(attempt, error)
      hooks.onRetry?.(error, attempt, delay)
      await wait(delay)
    }
  }
}
