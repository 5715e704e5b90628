// The policy's shape and defaults apart from the retry loop: the run's overall deadline and the
// plan are worked out from them in every run, the loop is loaded only when a request is due.

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number
  /** Backoff before the second attempt; it doubles for every further one. */
  baseDelayMs: number
  /** Backoff never grows past this. */
  maxDelayMs: number
  /** A Retry-After longer than this is cut to it, so a server cannot park the job for hours. */
  maxRetryAfterMs: number
}

export const DEFAULT_BACKOFF = { baseDelayMs: 1000, maxDelayMs: 16_000, maxRetryAfterMs: 60_000 }
