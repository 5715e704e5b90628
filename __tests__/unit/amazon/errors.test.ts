import { describe, expect, it } from '@jest/globals'
import { AmazonError, KnownErrors, type KnownErrorName } from '../../../src/amazon/errors.js'
import { COMMAND_LINE_WORDS } from '../../../src/cli/words.js'
import { ACTION_INPUTS } from '../../../src/shared/action-yml.js'
import { WORKFLOW_WORDS } from '../../../src/action/words.js'
import { fixIn } from '../../../src/shared/input-words.js'

describe('AmazonError', () => {
  it('says what failed, what Amazon said and what to do', () => {
    const error = new AmazonError(
      'appNotFound',
      404,
      'HTTP 404, Resource not found',
      'Registering the app for DevTest'
    )
    expect(error.message).toBe(
      'Registering the app for DevTest: Amazon does not know the app (404 Not Found). Amazon said: HTTP 404, Resource not found'
    )
    expect(error.hintIn(WORKFLOW_WORDS)).toBe(fixIn(KnownErrors.appNotFound.fix, WORKFLOW_WORDS))
    expect(error.hintIn(WORKFLOW_WORDS)).toMatch(/app-id/)
  })

  it('says "Details" rather than "Amazon said" when no answer came back', () => {
    const error = new AmazonError(
      'transient',
      undefined,
      'read ECONNRESET (4 attempts)',
      'Adding testers'
    )
    expect(error.message).toBe(
      'Adding testers: Amazon kept failing with temporary errors. Details: read ECONNRESET (4 attempts)'
    )
  })

  it('has a hint that names an input or an action for every known error', () => {
    for (const known of Object.values(KnownErrors)) {
      expect(fixIn(known.fix, WORKFLOW_WORDS)).toMatch(
        /client-id|client-secret|token-url|api-url|app-id|track-id|package-name|security profile|re-run|tester/
      )
    }
  })
})

describe('a fix is written once and worded by the front door', () => {
  // Names with a hyphen only: certificate and testers are words of the sentences too.
  const inputs = Object.keys(ACTION_INPUTS).filter(name => name.includes('-'))
  const bare = (text: string): string[] =>
    inputs.filter(name => new RegExp(`(?<![-\\w])${name}(?![-\\w])`).test(text))

  it.each(Object.keys(KnownErrors) as KnownErrorName[])('%s', name => {
    const { fix } = KnownErrors[name]
    const workflow = fixIn(fix, WORKFLOW_WORDS)
    const commandLine = fixIn(fix, COMMAND_LINE_WORDS)
    // The command line names flags and variables, never a workflow's input, and the reverse.
    expect(bare(commandLine)).toEqual([])
    expect(workflow).not.toMatch(/--[a-z]|AMAZON_CLIENT_/)
    if (typeof fix === 'function') expect(commandLine).not.toBe(workflow)
  })
})
