import { describe, expect, it } from '@jest/globals'
import { maskEmail, maskEmailsIn } from '../src/mask.js'

describe('maskEmail', () => {
  it('keeps the first character and the domain', () => {
    expect(maskEmail('ada.lovelace@example.com')).toBe('a•••@example.com')
    expect(maskEmail('x@example.org')).toBe('x•••@example.org')
  })

  it('hides anything that is not an address entirely', () => {
    expect(maskEmail('nobody')).toBe('•••')
    expect(maskEmail('@example.com')).toBe('•••')
  })
})

describe('maskEmailsIn', () => {
  it('masks every address inside a message', () => {
    expect(maskEmailsIn('Invalid testers: ada@example.com, bob.b@test.example.org.')).toBe(
      'Invalid testers: a•••@example.com, b•••@test.example.org.'
    )
  })
})
