import { describe, expect, it } from '@jest/globals'
import { AmazonError } from '../../../src/amazon/errors.js'
import { InputError } from '../../../src/shared/errors.js'
import { describeFailure, missingCredentials } from '../../../src/engine/failure.js'
import { WORKFLOW_WORDS } from '../../../src/action/words.js'
import { COMMAND_LINE_WORDS } from '../../../src/cli/words.js'
import { OutputWriteError } from '../../../src/cli/output-env.js'

describe('describeFailure', () => {
  it("input problems: nothing was sent, each line in the door's words", () => {
    const error = new InputError([
      { input: 'app-id', message: 'is required' },
      { input: 'testers', where: 'line 2', message: w => `is empty; set ${w.name('testers-file')}` }
    ])
    expect(describeFailure(error, WORKFLOW_WORDS)).toEqual({
      kind: 'input',
      message:
        '2 problems with the inputs, nothing was sent to Amazon:\n' +
        '- app-id: is required\n' +
        '- testers (line 2): is empty; set testers-file',
      error
    })
    expect(describeFailure(error, COMMAND_LINE_WORDS)).toEqual({
      kind: 'input',
      message:
        '2 problems with the inputs, nothing was sent to Amazon:\n' +
        '- --app-id: is required\n' +
        '- --testers (line 2): is empty; set --testers-file',
      error
    })
  })

  it('input problems beyond the listed ones are counted', () => {
    const error = new InputError([{ input: 'app-id', message: 'is required' }], 4)
    expect(describeFailure(error, WORKFLOW_WORDS).message).toBe(
      '4 problems with the inputs, nothing was sent to Amazon:\n' +
        '- app-id: is required\n' +
        '- … and 3 more problems'
    )
  })

  it('a known failure at Amazon, with its fix', () => {
    const error = new AmazonError('appNotFound', 404, 'HTTP 404', 'Registering the app for DevTest')
    expect(describeFailure(error, WORKFLOW_WORDS)).toEqual({
      kind: 'amazon',
      message: error.message,
      hint: expect.stringContaining('Check app-id')
    })
  })

  it('a fix worded for the command line where the workflow words do not fit it', () => {
    const error = new AmazonError('conflict', 409, 'HTTP 409', 'Registering the app for DevTest')
    expect(describeFailure(error, WORKFLOW_WORDS)).toEqual({
      kind: 'amazon',
      message: error.message,
      hint: expect.stringContaining('`track-id: ${{ vars.DEVTEST_TRACK_ID }}`')
    })
    expect(describeFailure(error, COMMAND_LINE_WORDS)).toEqual({
      kind: 'amazon',
      message: error.message,
      hint: expect.stringContaining('--track-id "$DEVTEST_TRACK_ID"')
    })
  })

  it('a failure to write the result of a finished run is of its own kind, set where it is thrown', () => {
    const error = new OutputWriteError('out.env', 'ENOSPC', {})
    expect(describeFailure(error, COMMAND_LINE_WORDS)).toEqual({
      kind: 'output',
      message: error.message,
      hint: expect.stringContaining('do not run it again')
    })
  })

  it('names the credentials a refused run lacks, and only those', () => {
    const error = new InputError([
      { input: 'client-secret', message: 'is required' },
      { input: 'app-id', message: 'is required' }
    ])
    const failure = describeFailure(error, WORKFLOW_WORDS)
    expect(missingCredentials(failure, { 'client-id': 'x', 'client-secret': '' })).toEqual([
      'client-secret'
    ])
    expect(missingCredentials(failure, undefined)).toEqual([])
    const other = describeFailure(
      new InputError([{ input: 'app-id', message: 'is required' }]),
      WORKFLOW_WORDS
    )
    expect(missingCredentials(other, { 'client-id': '', 'client-secret': '' })).toEqual([])
  })

  it('anything else is a bug', () => {
    expect(describeFailure(new TypeError('x is undefined'), WORKFLOW_WORDS)).toEqual({
      kind: 'bug',
      message: 'Unexpected error: x is undefined'
    })
    expect(describeFailure('thrown text', WORKFLOW_WORDS)).toEqual({
      kind: 'bug',
      message: 'Unexpected error: thrown text'
    })
  })
})
