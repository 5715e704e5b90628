import type { ActionInputName } from './action-yml.js'
import { fixIn, type Fix, type InputWords, type Worded } from './input-words.js'

/**
 * Errors the user is meant to read. Anything else that escapes is a bug, and main.ts reports it
 * as one; these carry a message and a fix and are printed without a stack trace.
 */

/** One thing wrong with the inputs: which input, where in it, what is wrong and how to fix it. */
export interface InputProblem {
  input: ActionInputName
  /** "line 4" for tester lists and certificate files; absent when the whole input is meant. */
  where?: string
  /** Worded over the door's words wherever it names an input or says how to set one. */
  message: Worded
}

/** A problem as a front door shows it: its message in that door's words. */
export type ShownProblem = Omit<InputProblem, 'message'> & { message: string }

/**
 * How many problems (or warnings) are spelt out; the rest are counted. A list of 20,000 bad lines
 * must not become a 2 MB annotation: the first ones show what is wrong, the count how much.
 */
export const MAX_LISTED = 20

/** A listed line: the input as the door names it (app-id, --app-id), where in it, the message. */
function formatProblem(problem: ShownProblem, words: InputWords): string {
  const where = problem.where ? ` (${problem.where})` : ''
  return `${words.name(problem.input)}${where}: ${problem.message}`
}

/** "and 3 more problems", or nothing when everything was listed. */
export function andMore(unlisted: number, noun: string): string | undefined {
  if (unlisted <= 0) return undefined
  return `… and ${unlisted} more ${unlisted === 1 ? noun : `${noun}s`}`
}

/**
 * Every problem found in the inputs, thrown once so the user sees them all in one run. Its own
 * message is the headline; the list is in a front door's words (messageIn), rendered only here.
 */
export class InputError extends Error {
  /** The problems spelt out: the first MAX_LISTED. */
  readonly problems: readonly InputProblem[]
  /** All problems found, listed or not. */
  readonly total: number

  constructor(problems: readonly InputProblem[], total = problems.length) {
    super(
      `${total === 1 ? '1 problem' : `${total} problems`} with the inputs, nothing was sent to Amazon`
    )
    this.name = 'InputError'
    this.problems = problems
    this.total = total
  }

  /** The listed problems, each message in a front door's words. */
  problemsIn(words: InputWords): ShownProblem[] {
    return this.problems.map(problem => ({ ...problem, message: fixIn(problem.message, words) }))
  }

  /** The headline and one line per problem, in a front door's words. */
  messageIn(words: InputWords): string {
    const more = andMore(this.total - this.problems.length, 'problem')
    return (
      `${this.message}:\n` +
      this.problemsIn(words)
        .map(problem => `- ${formatProblem(problem, words)}`)
        .join('\n') +
      (more ? `\n- ${more}` : '')
    )
  }
}

/**
 * A failure with a known cause: what happened, and what the user should do about it. Its kind is
 * set where it is thrown: 'amazon' for a failure on the way to or at Amazon, 'output' when the run
 * is done and only writing its result failed.
 */
export class ActionError extends Error {
  constructor(
    readonly failureKind: 'amazon' | 'output',
    message: string,
    /** The fix, in the words of whichever front door reports it. */
    readonly fix: Fix
  ) {
    super(message)
    this.name = 'ActionError'
  }

  /** The fix in a front door's words. */
  hintIn(words: InputWords): string {
    return fixIn(this.fix, words)
  }
}

/**
 * Collects input problems while validation carries on, so all of them are reported at once.
 * Only the first MAX_LISTED are kept in full; the rest are counted, so memory and the message
 * stay bounded however many problems a hostile list holds.
 */
export class ProblemList {
  private readonly kept: InputProblem[] = []
  private count = 0

  add(input: ActionInputName, message: Worded, where?: string): void {
    this.count++
    if (this.kept.length < MAX_LISTED)
      this.kept.push(where ? { input, where, message } : { input, message })
  }

  /** Takes over another list's problems, listed and counted. */
  addAll(other: ProblemList): void {
    for (const problem of other.kept) this.add(problem.input, problem.message, problem.where)
    this.count += other.count - other.kept.length
  }

  /** The problems spelt out, in the order found. */
  get listed(): readonly InputProblem[] {
    return this.kept
  }

  /** Every problem found, listed or not. */
  get size(): number {
    return this.count
  }

  throwIfAny(): void {
    if (this.count > 0) throw new InputError([...this.kept], this.count)
  }
}
