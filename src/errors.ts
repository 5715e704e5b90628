/**
 * Errors the user is meant to read. Anything else that escapes is a bug, and main.ts reports it
 * as one; these carry a message and a fix and are printed without a stack trace.
 */

/** One thing wrong with the inputs: which input, where in it, what is wrong and how to fix it. */
export interface InputProblem {
  input: string
  /** "line 4" for tester lists and certificate files; absent when the whole input is meant. */
  where?: string
  message: string
}

function formatProblem(problem: InputProblem): string {
  const where = problem.where ? ` (${problem.where})` : ''
  return `${problem.input}${where}: ${problem.message}`
}

/** Every problem found in the inputs, thrown once so the user sees them all in one run. */
export class InputError extends Error {
  readonly problems: readonly InputProblem[]

  constructor(problems: readonly InputProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`
    super(
      `${count} with the inputs, nothing was sent to Amazon:\n` +
        problems.map(p => `- ${formatProblem(p)}`).join('\n')
    )
    this.name = 'InputError'
    this.problems = problems
  }
}

/** A failure with a known cause: what happened, and what the user should do about it. */
export class ActionError extends Error {
  readonly hint: string

  constructor(message: string, hint: string) {
    super(message)
    this.name = 'ActionError'
    this.hint = hint
  }
}

/** Collects input problems while validation carries on, so all of them are reported at once. */
export class ProblemList {
  private readonly problems: InputProblem[] = []

  add(input: string, message: string, where?: string): void {
    this.problems.push(where ? { input, where, message } : { input, message })
  }

  addAll(problems: readonly InputProblem[]): void {
    this.problems.push(...problems)
  }

  get size(): number {
    return this.problems.length
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw new InputError(this.problems)
  }
}
