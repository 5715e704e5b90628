import { describe, expect, it } from '@jest/globals'
import { PACKAGE_NAME, shownPackage } from '../../../src/signing/package-name.js'

describe('PACKAGE_NAME', () => {
  it('takes dot-separated words that start with a letter', () => {
    expect(PACKAGE_NAME.test('com.example.app')).toBe(true)
    expect(PACKAGE_NAME.test('com.example_2.app')).toBe(true)
    for (const name of ['app', 'com..app', 'com.1app', '.com.app', 'com.app.', 'com.ex-ample']) {
      expect(PACKAGE_NAME.test(name)).toBe(false)
    }
  })
})

describe('shownPackage', () => {
  it('escapes and shortens a package name read from a file', () => {
    expect(shownPackage('com.example\n::error::x')).toBe('com.example\\n::error::x')
    expect(shownPackage('a'.repeat(200))).toBe(`${'a'.repeat(120)}…`)
  })
})
