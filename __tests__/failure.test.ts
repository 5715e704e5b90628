import { describe, expect, it } from '@jest/globals'
import { AmazonError } from '../src/amazon-errors.js'
import { InputError } from '../src/errors.js'
import { describeFailure } from '../src/failure.js'

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
      hint: expect.stringContaining('Check app-id')
    })
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
