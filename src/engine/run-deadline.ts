import { DEFAULT_BACKOFF } from '../amazon/retry-policy.js'
import type { AmazonConnection, Settings } from './settings.js'

/**
 * One time limit for all the requests of a run, known before the first is sent. Each attempt
 * has its own timeout and each call a bounded number of attempts, but Retry-After waits (up to
 * a minute each) and the repeats after a token refresh multiply those bounds: a hostile endpoint
 * could hold a run for over half an hour. The budget below is what an honest slow Amazon needs:
 * every call's attempts all running to their timeout, with full backoff between them, and both
 * token refreshes. A Retry-After longer than the backoff cap is honoured only while it fits.
 */
export interface RunBudget {
  /** The calls a run makes: token, then register (unless a track is given), then add testers. */
  calls: number
  /** A 401/403 repeats a call after a new token: one refresh per API call at most. */
  refreshes: number
  /** The whole budget, in milliseconds. */
  totalMs: number
}

export function runBudget(
  amazon: Pick<AmazonConnection, 'maxAttempts' | 'timeoutMs'>,
  registers: boolean,
  backoff = DEFAULT_BACKOFF
): RunBudget {
  const { maxAttempts, timeoutMs } = amazon
  const apiCalls = registers ? 2 : 1
  const calls = 1 + apiCalls
  const refreshes = apiCalls
  // Between attempts: the backoff before attempt n is at most min(cap, base × 2^(n-1)).
  let waits = 0
  for (let attempt = 1; attempt < maxAttempts; attempt++) {
    waits += Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** (attempt - 1))
  }
  const perCall = maxAttempts * timeoutMs + waits
  // A refresh is one more token request and one more try of the call, each one attempt long.
  const totalMs = calls * perCall + refreshes * 2 * timeoutMs
  return { calls, refreshes, totalMs }
}

/** The budget of the run these settings describe. */
export function runBudgetOf(settings: Settings): RunBudget {
  return runBudget(settings.amazon, settings.target.kind === 'register')
}

/** "10 min 24 s", "45 s". */
export function formatDuration(ms: number): string {
  const seconds = Math.ceil(ms / 1000)
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  if (minutes === 0) return `${rest} s`
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`
}

/** The plan's line: how long the requests may take at most, and from what. */
export function describeRunBudget(settings: Settings): string {
  const { calls, totalMs } = runBudgetOf(settings)
  const { maxAttempts, timeoutMs } = settings.amazon
  return (
    `Deadline: the requests end within ${formatDuration(totalMs)} (${calls} calls × ` +
    `${maxAttempts} attempt${maxAttempts === 1 ? '' : 's'} × ${timeoutMs / 1000} s, with backoff ` +
    'and token refreshes; a Retry-After past it is not waited for).'
  )
}

/** A point in time the run's requests must end by, on a clock that tests can replace. */
export class RunDeadline {
  readonly atMs: number

  constructor(
    readonly budgetMs: number,
    readonly now: () => number = Date.now
  ) {
    this.atMs = now() + budgetMs
  }

  remainingMs(): number {
    return Math.max(0, this.atMs - this.now())
  }
}
