import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { getInputs } from '../../../src/action/inputs.js'

const APP = 'amzn1.devportal.mobileapp.0123456789abcdef0123456789abcdef'

describe('getInputs', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })

  it('reads INPUT_* variables and masks the client secret before anything else', () => {
    process.env['INPUT_CLIENT-SECRET'] = 'amzn1.oa2-cs.v1.very-secret'
    process.env['INPUT_APP-ID'] = `  ${APP}  `
    process.env['INPUT_TESTERS'] = 'a@example.com\nb@example.com'
    const chunks: string[] = []
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      chunks.push(String(chunk))
      return true
    })
    const read = getInputs()
    write.mockRestore()
    const printed = chunks.join('')
    expect(printed).toBe('::add-mask::amzn1.oa2-cs.v1.very-secret\n')
    expect(read['app-id']).toBe(APP)
    expect(read.testers).toBe('a@example.com\nb@example.com')
    expect(read['track-id']).toBe('')
  })
})
