import { ActionError, InputError } from '../shared/errors.js'
import type { Inputs } from './inputs.js'

/**
 * Why a run failed, for the user: bad input (nothing was sent), a known failure on the way to
 * or at Amazon (with its fix), or a bug. Each front door words the bug report its own way.
 */
export type Failure =
  | { kind: 'input'; message: string; error: InputError }
  | { kind: 'amazon'; message: string; hint: string; cliHint?: string }
  | { kind: 'bug'; message: string }

export function describeFailure(error: unknown): Failure {
  if (error instanceof InputError) return { kind: 'input', message: error.message, error }
  if (error instanceof ActionError) {
    const { message, hint, cliHint } = error
    return { kind: 'amazon', message, hint, ...(cliHint !== undefined && { cliHint }) }
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
