/**
 * Tester emails are personal data and workflow logs are often public, so everything the action
 * prints shows them as a•••@example.com: enough to recognise a tester, not enough to mail one.
 * Masking works on anything shaped like local@domain, valid address or not, so a typo, a comma
 * list or a credential in a URL (user:token@host) is masked too.
 */
import { printable } from './printable.js'

/** Characters that end the local part of an address-like token when walking left from "@". */
// RFC 5322 allows ' = / | { } ` and more in a local part, so only what cannot be in one stops.
const LOCAL_STOP = new Set([...' \t\r\n\f\v<>()[],;:"\\@', '\u00a0'])
const DOMAIN_CHAR = /[A-Za-z0-9.-]/
/** A name with a dot before a letter, as a domain has (example.com), unlike a version (1.2). */
const DOTTED_NAME = /\.[A-Za-z]/

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  if (at <= 0) return '•••'
  return `${email[0]}•••${email.slice(at)}`
}

/**
 * Masks every local@domain-like token inside a free text. Hand-written rather than a regular
 * expression: an unanchored pattern with a repeated class before "@" backtracks quadratically on
 * long texts without one, and this runs on whatever a file or a server sent. Each character is
 * visited a bounded number of times.
 */
export function maskEmailsIn(text: string): string {
  let result = ''
  let copiedUpTo = 0
  let at = text.indexOf('@')
  while (at !== -1) {
    const quoted = quotedLocalPartStart(text, at, copiedUpTo)
    let start = quoted ?? at
    if (quoted === undefined)
      while (start > copiedUpTo && !LOCAL_STOP.has(text[start - 1] ?? ' ')) start--
    let end = at + 1
    while (end < text.length && DOMAIN_CHAR.test(text[end] ?? '')) end++
    if (quoted !== undefined) {
      // Shown as "•••"@domain: masking it again gives the same text.
      result += `${text.slice(copiedUpTo, quoted)}"•••"${text.slice(at, end)}`
      copiedUpTo = end
    } else if (start < at) {
      result += `${text.slice(copiedUpTo, start)}${text[start]}•••${text.slice(at, end)}`
      copiedUpTo = end
    } else if (DOTTED_NAME.test(text.slice(at + 1, end))) {
      // Nothing before the "@" of a domain-like name: an address whose local part was lost, or a
      // key that only looks like one; shown as neither. "@home" in a path or "@scope/pkg" stays.
      result += `${text.slice(copiedUpTo, at)}@•••`
      copiedUpTo = end
    }
    at = text.indexOf('@', Math.max(end, at + 1))
  }
  return result + text.slice(copiedUpTo)
}

/** The longest local part an address may have (RFC 5321), plus its two quotes. */
const MAX_QUOTED_LOCAL_PART = 66

/** What a quoted local part cannot hold: a line break, or the brackets around an address. */
const QUOTED_STOP = new Set([...'\r\n<>'])

/**
 * Where a quoted local part ("john doe"@example.com) that ends right before the "@" at `at`
 * starts, if there is one on the same line. The search back is bounded, so the scan stays linear.
 */
function quotedLocalPartStart(text: string, at: number, floor: number): number | undefined {
  if (text[at - 1] !== '"') return undefined
  const limit = Math.max(floor, at - MAX_QUOTED_LOCAL_PART)
  for (let i = at - 2; i >= limit; i--) {
    const c = text[i] ?? ''
    if (c === '"') return i
    if (QUOTED_STOP.has(c)) return undefined
  }
  return undefined
}

/**
 * The one way to show untrusted text (a tester list's entries, an app ID, a path, a name read
 * from a file): every address-like token masked, control characters escaped, and cut to a short
 * excerpt. Problems, warnings, log lines and summary cells that quote such text go through here.
 */
export function untrustedText(text: string, maxLength = 80): string {
  return printable(maskEmailsIn(text), maxLength)
}

/**
 * Letters and digits of any script, spaces, dots, underscores and hyphens. Built on first use, not
 * written as a literal: V8 checks a literal's syntax while it compiles the module, and the Unicode
 * classes cost that check 2.4 M instructions (~0.7 ms) at every start, also of runs that never
 * quote a name.
 */
let plainWordPattern: RegExp | undefined
const plainWord = (): RegExp => (plainWordPattern ??= new RegExp('^[\\p{L}\\p{N} ._-]+$', 'u'))

/**
 * A name read from a file (a column header, a field or group name) as a problem may quote it:
 * a short plain word, masked like any tester text. Anything longer or with other characters
 * ("AWS_SECRET=…", "PATH=/usr/bin:…") may be a file's content and is not quoted: undefined.
 */
export function nameExcerpt(name: string): string | undefined {
  const text = name.trim()
  if (text.length > 24 || !plainWord().test(text)) return undefined
  return `"${untrustedText(text, 24)}"`
}
