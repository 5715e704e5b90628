import { ActionError, InputError } from './errors.js'

/**
 * Why a run failed, for the user: bad input (nothing was sent), a known failure on the way to
 * or at Amazon (with its fix), or a bug. Each front door words the bug report its own way.
 */
export type Failure =
  | { kind: 'input'; message: string; error: InputError }
  | { kind: 'amazon'; message: string; hint: string }
  | { kind: 'bug'; message: string }

export function describeFailure(error: unknown): Failure {
  if (error instanceof InputError) return { kind: 'input', message: error.message, error }
  if (error instanceof ActionError)
    return { kind: 'amazon', message: error.message, hint: error.hint }
  return {
    kind: 'bug',
    message: `Unexpected error: ${error instanceof Error ? error.message : String(error)}`
  }
}
