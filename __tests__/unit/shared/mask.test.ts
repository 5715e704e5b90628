import { describe, expect, it } from '@jest/globals'
import { maskEmail, maskEmailsIn, nameExcerpt, untrustedText } from '../../../src/shared/mask.js'

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

describe('maskEmailsIn on any text', () => {
  it('masks address-like tokens that are not valid addresses too', () => {
    expect(maskEmailsIn('Ada <ada@example..com>, grace@ and x:t0ken@github.com/o')).toBe(
      'Ada <a•••@example..com>, g•••@ and x:t•••@github.com/o'
    )
  })

  it('masks a domain-like name after an "@" with nothing before it, and leaves the rest alone', () => {
    expect(maskEmailsIn('@home @@ a@@b.io @ x /tmp/my @home/x @scope/pkg v@1.2')).toBe(
      '@home @@ a•••@@••• @ x /tmp/my @home/x @scope/pkg v•••@1.2'
    )
    expect(maskEmailsIn('key @AKIAEXAMPLESECRET.com')).toBe('key @•••')
  })

  it('masks a quoted local part, as in "john doe"@example.com', () => {
    const masked = maskEmailsIn('"s3cr3t"@x.co and "john doe"@example.com')
    expect(masked).toBe('"•••"@x.co and "•••"@example.com')
    expect(maskEmailsIn(`"${masked}" is wrong`)).toBe(`"${masked}" is wrong`)
    // A quote ending an earlier line is not the start of a quoted local part.
    expect(maskEmailsIn('write "email"\n- (line 2): "@AKIA.com" is wrong')).toBe(
      'write "email"\n- (line 2): "@•••" is wrong'
    )
    // An unclosed quote is no local part: the address-like token after it is masked as usual.
    expect(maskEmailsIn('say "hi@example.com')).toBe('say "h•••@example.com')
  })

  it('runs in linear time on long texts with and without "@"', () => {
    const started = performance.now()
    maskEmailsIn('a'.repeat(200_000))
    maskEmailsIn(`${'a'.repeat(100_000)}@`)
    maskEmailsIn('a@'.repeat(50_000))
    maskEmailsIn('@'.repeat(100_000))
    maskEmailsIn(`"${'a'.repeat(60)}${'"@'.repeat(50_000)}`)
    // Milliseconds here; the regular expression this replaces took minutes on the first text
    // (1.9 s on 20,000 characters, growing with the square). The bound sits far from both.
    expect(performance.now() - started).toBeLessThan(5000)
  })
})

describe('untrustedText', () => {
  it('masks, escapes control characters and cuts to an excerpt', () => {
    expect(untrustedText('ada@example.com\n::warning::x')).toBe('a•••@example.com\\n::warning::x')
    expect(untrustedText('x'.repeat(500), 10)).toBe(`${'x'.repeat(9)}…`)
    expect(untrustedText(`${'y'.repeat(100)}ada@example.com`, 20)).not.toContain('ada@')
  })
})

describe('masking, as review attacked it', () => {
  it("masks local parts with ' = / | { } and backquotes, which addresses may hold", () => {
    expect(
      maskEmailsIn("sean.o'brien@example.com, first=last@example.com, {ada}@example.com")
    ).toBe('s•••@example.com, f•••@example.com, {•••@example.com')
  })

  it('quotes a name from a file only when it is a short plain word', () => {
    expect(nameExcerpt('Notes')).toBe('"Notes"')
    expect(nameExcerpt('PATH=/usr/bin')).toBeUndefined()
    expect(nameExcerpt('x'.repeat(30))).toBeUndefined()
  })
})
