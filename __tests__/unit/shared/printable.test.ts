import { describe, expect, it } from '@jest/globals'
import { hasControl, printable, truncate } from '../../../src/shared/printable.js'

describe('printable', () => {
  it('shows line breaks, escapes, bidi controls and C1 controls as visible escapes', () => {
    expect(printable('a\nb\r\tc')).toBe('a\\nb\\r\\tc')
    expect(printable('x\u001b[31m\u0085\u2028\u202e\ufeff')).toBe(
      'x\\u001b[31m\\u0085\\u2028\\u202e\\ufeff'
    )
    expect(printable('a\u200fb\u200ec\u061cd')).toBe('a\\u200fb\\u200ec\\u061cd')
  })

  it('leaves ordinary text, accents and emoji alone', () => {
    expect(printable('Grüße, 名前 ✅ a•••@example.com')).toBe('Grüße, 名前 ✅ a•••@example.com')
  })

  it('cuts to the length asked for, marking the cut', () => {
    expect(printable('abcdef', 4)).toBe('abc…')
    expect(truncate('abc', 3)).toBe('abc')
  })
})

describe('hasControl', () => {
  it('finds any control character, every time it is asked', () => {
    expect(hasControl('QA')).toBe(false)
    expect(hasControl('Q\nA')).toBe(true)
    expect(hasControl('Q\nA')).toBe(true)
    expect(hasControl('Q\u2029A')).toBe(true)
    expect(hasControl('QA')).toBe(false)
  })
})
