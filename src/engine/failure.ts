import { ActionError, InputError } from '../shared/errors.js'
import type { InputWords } from '../shared/input-words.js'
import type { Inputs } from './inputs.js'

/**
 * Why a run failed, for the user: bad input (nothing was sent), a known failure on the way to
 * or at Amazon, or in writing the result of a finished run (with its fix, in the front door's
 * words), or a bug. The kind is the one the error was thrown with; each front door words the
 * bug report its own way.
 */
export type Failure =
  | { kind: 'input'; message: string; error: InputError }
  | { kind: ActionError['failureKind']; message: string; hint: string }
  | { kind: 'bug'; message: string }

export function describeFailure(error: unknown, words: InputWords): Failure {
  if (error instanceof InputError) return { kind: 'input', message: error.messageIn(words), error }
  if (error instanceof ActionError) {
    return { kind: error.failureKind, message: error.message, hint: error.hintIn(words) }
  }
  return {
    kind: 'bug',
    message: `Unexpected error: ${error instanceof Error ? error.message : String(error)}`
  }
}

/**
 * What the credentials are called outside the step: the secrets of the README's workflow and the
 * CLI's environment variables alike.
 */
export const CREDENTIAL_NAMES = {
  'client-id': 'AMAZON_CLIENT_ID',
  'client-secret': 'AMAZON_CLIENT_SECRET'
} as const

/**
 * The credentials a refused run lacks: each front door says where they come from (secrets in a
 * workflow, variables on a command line).
 */
export function missingCredentials(
  failure: Failure,
  inputs: Pick<Inputs, 'client-id' | 'client-secret'> | undefined
): ('client-id' | 'client-secret')[] {
  if (failure.kind !== 'input' || inputs === undefined) return []
  return (['client-id', 'client-secret'] as const).filter(
    name => inputs[name] === '' && failure.error.problems.some(problem => problem.input === name)
  )
}
