import { describe, expect, it } from '@jest/globals'
import { AmazonError } from '../src/amazon-errors.js'
import { InputError } from '../src/errors.js'
import { describeFailure, missingCredentials } from '../src/failure.js'

describe('describeFailure', () => {
  it('input problems: nothing was sent', () => {
    const error = new InputError([{ input: 'app-id', message: 'is required' }])
    expect(describeFailure(error)).toEqual({ kind: 'input', message: error.message, error })
  })

  it('a known failure at Amazon, with its fix', () => {
    const error = new AmazonError('appNotFound', 404, 'HTTP 404', 'Registering the app for DevTest')
    expect(describeFailure(error)).toEqual({
      kind: 'amazon',
      message: error.message,
      hint: expect.stringContaining('Check app-id'),
      cliHint: expect.stringContaining('Check --app-id')
    })
  })

  it('a fix worded for the command line where the workflow words do not fit it', () => {
    const error = new AmazonError('conflict', 409, 'HTTP 409', 'Registering the app for DevTest')
    expect(describeFailure(error)).toEqual({
      kind: 'amazon',
      message: error.message,
      hint: expect.stringContaining('`track-id: ${{ vars.DEVTEST_TRACK_ID }}`'),
      cliHint: expect.stringContaining('--track-id "$DEVTEST_TRACK_ID"')
    })
  })

  it('names the credentials a refused run lacks, and only those', () => {
    const error = new InputError([
      { input: 'client-secret', message: 'is required' },
      { input: 'app-id', message: 'is required' }
    ])
    const failure = describeFailure(error)
    expect(missingCredentials(failure, { 'client-id': 'x', 'client-secret': '' })).toEqual([
      'client-secret'
    ])
    expect(missingCredentials(failure, undefined)).toEqual([])
    const other = describeFailure(new InputError([{ input: 'app-id', message: 'is required' }]))
    expect(missingCredentials(other, { 'client-id': '', 'client-secret': '' })).toEqual([])
  })

  it('anything else is a bug', () => {
    expect(describeFailure(new TypeError('x is undefined'))).toEqual({
      kind: 'bug',
      message: 'Unexpected error: x is undefined'
    })
    expect(describeFailure('thrown text')).toEqual({
      kind: 'bug',
      message: 'Unexpected error: thrown text'
    })
  })
})
