// The checks every format shares: an entry's address and name, the problems and warnings
// collected while reading, and the grouping, de-duplication and limits at the end.
import type { ParseOptions, ParseResult, Tester, TesterGroup } from './model.js'
import { MAX_GROUPS, MAX_TESTERS_PER_APP } from './model.js'
import { ProblemList, andMore } from '../shared/errors.js'
import { maskEmail, nameExcerpt, untrustedText } from '../shared/mask.js'
import { hasControl } from '../shared/printable.js'

// Pragmatic address check: one @, no spaces or brackets, a dotted domain of valid labels. Every
// part is anchored and separated by "@" or ".", so it runs in linear time.
export const EMAIL =
  /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/
export const MAX_EMAIL_LENGTH = 254
/** Longer than any "First Last <email>"; longer lines are refused before any other check. */
export const MAX_ENTRY_LENGTH = 1000
/**
 * A group name's length. Amazon states no limit, but a name is sent in every request and shown
 * in the summary: a megabyte of key in a hostile file is refused here, not sent.
 */
export const MAX_GROUP_NAME_LENGTH = 256
export const TESTER_KEYS = new Set(['email', 'firstName', 'lastName'])
export const HOW_TO_WRITE = 'write one tester as "email" or "First Last <email>", one per line'
/** How many duplicates or unknown columns a warning names; the rest are counted. */
export const NAMED_IN_WARNING = 5

/** One tester as read, before grouping: where it was read is kept for the messages. */
export interface Entry {
  group: string
  tester: Tester
  where: string
}

/**
 * Why a written address is not one, without repeating what was written: a file named as a
 * tester list may be anything (a credential store, /proc/self/environ), so only an address-like
 * token is shown, masked and cut short; anything else is described, never quoted.
 */
export function notAnAddress(text: string): string {
  // Split where no address goes on (quotes, commas, brackets, colons as in JSON or a URL), so
  // that at most the address itself is quoted, never a name or a key beside it.
  const tokens = text.split(/[\s"',;:{}[\]<>()]+/).filter(part => part !== '')
  const token = tokens.find(part => part.includes('@'))
  if (token === undefined) return `is not an email address (there is no "@"); ${HOW_TO_WRITE}`
  if (tokens.length > 1 && EMAIL.test(token)) {
    return `has text beside the address "${untrustedText(token, 60)}"; ${HOW_TO_WRITE}`
  }
  // Quoted only when shaped like an address (its start and its domain shown, the rest masked):
  // "password=@Xk9…" or "a@b.com=Hunter2" hold a secret where a domain would be.
  if (ADDRESS_SHAPE.test(token)) {
    return `"${untrustedText(token, 60)}" is not an email address; ${HOW_TO_WRITE}`
  }
  return `is not an email address (the text around its "@" is not an address); ${HOW_TO_WRITE}`
}

/**
 * Something before an "@" and nothing, or a dotted name of domain characters, after it: an
 * address with a typo in it (ada@, ada@example..com), which is worth showing, masked.
 */
export const ADDRESS_SHAPE = /^[^@]+@([A-Za-z0-9-]*\.[A-Za-z0-9.-]*)?$/

/** "First Last <email>" → name and address; undefined when the text has no <…> at its end. */
export function splitNamed(text: string): { name: string; email: string } | undefined {
  // By hand: the obvious /^(.*?)\s*<([^<>]*)>$/ backtracks quadratically on long lines.
  if (!text.endsWith('>')) return undefined
  const open = text.lastIndexOf('<')
  if (open < 0) return undefined
  return { name: text.slice(0, open).trim(), email: text.slice(open + 1, -1).trim() }
}

export class Collector {
  readonly entries: Entry[] = []
  readonly problems = new ProblemList()
  readonly warnings: string[] = []

  constructor(readonly options: ParseOptions) {}

  problem(message: string, where?: string): void {
    this.problems.add(this.options.input, message, where)
  }

  add(group: string, tester: Tester, where: string): void {
    const { email } = tester
    if (email.length > MAX_EMAIL_LENGTH || hasControl(email) || !EMAIL.test(email)) {
      this.problem(notAnAddress(email), where)
      return
    }
    this.entries.push({ group, tester, where })
  }

  /**
   * A tester written as text: "email" or "First Last <email>". A line that holds several
   * addresses separated by commas or semicolons (a common slip) is read as that many testers.
   */
  addText(group: string, text: string, where: string): void {
    if (text.length > MAX_ENTRY_LENGTH) {
      this.problem(`is longer than ${MAX_ENTRY_LENGTH} characters; ${HOW_TO_WRITE}`, where)
      return
    }
    const ats = text.split('@').length - 1
    if (ats > 1 && /[,;]/.test(text)) {
      for (const part of text.split(/[,;]/)) {
        if (part.trim() !== '') this.addOne(group, part.trim(), where)
      }
      return
    }
    this.addOne(group, text, where)
  }

  private addOne(group: string, text: string, where: string): void {
    const named = splitNamed(text)
    if (!named) {
      this.add(group, { email: text }, where)
      return
    }
    const [firstName, ...rest] = named.name.split(/\s+/).filter(Boolean)
    const tester: Tester = { email: named.email }
    if (firstName) tester.firstName = firstName
    if (rest.length > 0) tester.lastName = rest.join(' ')
    this.add(group, tester, where)
  }

  groupName(value: unknown, where: string): string | undefined {
    const name = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : ''
    if (name === '') {
      this.problem('a tester group has no name; give every group a non-empty name', where)
      return undefined
    }
    if (hasControl(name)) {
      this.problem(
        'a tester group name holds a line break or another control character; write each ' +
          'group name on one line',
        where
      )
      return undefined
    }
    if (name.length > MAX_GROUP_NAME_LENGTH) {
      this.problem(
        `a tester group name is longer than ${MAX_GROUP_NAME_LENGTH} characters; give each ` +
          'group a short name, such as QA',
        where
      )
      return undefined
    }
    return name
  }
}

/** A group name as messages show it: masked like any tester text, on one line, short. */
export const groupLabel = (name: string): string => `"${untrustedText(name, 60)}"`

/** A group named in a problem: a file's key may be anything, so quoted only when a plain word. */
export const groupNamed = (name: string): string => {
  const excerpt = nameExcerpt(name)
  return excerpt ? `group ${excerpt}` : 'the group on this line'
}

/** A CSV header cell in a message: quoted only when a plain word. */
export const quoted = (cell: string): string => {
  const excerpt = nameExcerpt(cell)
  return excerpt ? ` (${excerpt})` : ''
}

export function finish(collector: Collector): ParseResult {
  const groups = new Map<string, TesterGroup>()
  const seen = new Map<string, string>() // group + lower-case email → where it was first read
  const duplicates: string[] = []
  let duplicateCount = 0
  for (const { group, tester, where } of collector.entries) {
    const key = `${group}\n${tester.email.toLowerCase()}`
    const first = seen.get(key)
    if (first !== undefined) {
      duplicateCount++
      if (duplicates.length < NAMED_IN_WARNING)
        duplicates.push(
          `${maskEmail(tester.email)} in group ${groupLabel(group)} (${first} and ${where})`
        )
      continue
    }
    seen.set(key, where)
    let entry = groups.get(group)
    if (!entry) {
      entry = { name: group, testers: [] }
      groups.set(group, entry)
    }
    entry.testers.push(tester)
  }
  // One warning for all duplicates: 20,000 repeated lines must not make 20,000 warnings.
  if (duplicateCount === 1) {
    collector.warnings.push(
      `${duplicates[0]?.replace(' in group ', ' is listed twice in group ')}; the duplicate was removed.`
    )
  } else if (duplicateCount > 1) {
    const more = andMore(duplicateCount - duplicates.length, 'duplicate')
    collector.warnings.push(
      `${duplicateCount} testers are listed twice in the same group; the duplicates were ` +
        `removed: ${duplicates.join('; ')}${more ? ` ${more}` : ''}.`
    )
  }
  const unique = new Set(collector.entries.map(entry => entry.tester.email.toLowerCase()))
  if (collector.problems.size === 0 && unique.size === 0) {
    collector.problem('lists no testers; give at least one tester email')
  }
  if (unique.size > MAX_TESTERS_PER_APP) {
    collector.problem(
      `lists ${unique.size} unique testers; Amazon allows at most ${MAX_TESTERS_PER_APP} ` +
        'DevTest testers per app, so remove some'
    )
  }
  if (groups.size > MAX_GROUPS) {
    collector.problem(
      `lists ${groups.size} groups; at most ${MAX_GROUPS} are sent (an app has at most ` +
        `${MAX_TESTERS_PER_APP} testers): check that group names are names, not testers`
    )
  }
  return {
    testers: { groups: [...groups.values()], uniqueTesterCount: unique.size },
    problems: collector.problems,
    warnings: collector.warnings
  }
}
