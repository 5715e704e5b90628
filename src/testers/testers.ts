import type { Document, Node as YamlNode, YAMLMap } from 'yaml'
import { andMore, ProblemList } from '../shared/errors.js'
import { maskEmail, nameExcerpt, testerText } from '../shared/mask.js'
import { hasControl } from '../shared/printable.js'

export interface Tester {
  email: string
  firstName?: string
  lastName?: string
}

export interface TesterGroup {
  name: string
  testers: Tester[]
}

export interface TesterList {
  groups: TesterGroup[]
  /** Distinct emails across all groups, compared case-insensitively: what Amazon's limit counts. */
  uniqueTesterCount: number
}

export type TesterFormat = 'lines' | 'yaml' | 'json' | 'csv'

export interface ParseOptions {
  format: TesterFormat
  /** The input the text came from, named in every problem. */
  input: string
  /** Group for testers given without one. */
  defaultGroup: string
}

export interface ParseResult {
  testers: TesterList
  problems: ProblemList
  warnings: string[]
}

/** Amazon's documented limit of DevTest testers per app. */
export const MAX_TESTERS_PER_APP = 50

/**
 * The most groups a list may name. Amazon documents no limit; every group holds at least one of
 * the app's 50 testers, so a list of more groups than that is one gone wrong (a tester per
 * group, a column read as group names), and it is refused before it becomes a huge request.
 */
export const MAX_GROUPS = 50

// Pragmatic address check: one @, no spaces or brackets, a dotted domain of valid labels. Every
// part is anchored and separated by "@" or ".", so it runs in linear time.
const EMAIL =
  /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/
const MAX_EMAIL_LENGTH = 254
/** Longer than any "First Last <email>"; longer lines are refused before any other check. */
const MAX_ENTRY_LENGTH = 1000
const TESTER_KEYS = new Set(['email', 'firstName', 'lastName'])
const HOW_TO_WRITE = 'write one tester as "email" or "First Last <email>", one per line'
/** How many duplicates or unknown columns a warning names; the rest are counted. */
const NAMED_IN_WARNING = 5

/** One tester as read, before grouping: where it was read is kept for the messages. */
interface Entry {
  group: string
  tester: Tester
  where: string
}

/**
 * Why a written address is not one, without repeating what was written: a file named as a
 * tester list may be anything (a credential store, /proc/self/environ), so only an address-like
 * token is shown, masked and cut short; anything else is described, never quoted.
 */
function notAnAddress(text: string): string {
  // Split where no address goes on (quotes, commas, brackets, colons as in JSON or a URL), so
  // that at most the address itself is quoted, never a name or a key beside it.
  const tokens = text.split(/[\s"',;:{}[\]<>()]+/).filter(part => part !== '')
  const token = tokens.find(part => part.includes('@'))
  if (token === undefined) return `is not an email address (there is no "@"); ${HOW_TO_WRITE}`
  if (tokens.length > 1 && EMAIL.test(token)) {
    return `has text beside the address "${testerText(token, 60)}"; ${HOW_TO_WRITE}`
  }
  // Quoted only when shaped like an address (its start and its domain shown, the rest masked):
  // "password=@Xk9…" or "a@b.com=Hunter2" hold a secret where a domain would be.
  if (ADDRESS_SHAPE.test(token)) {
    return `"${testerText(token, 60)}" is not an email address; ${HOW_TO_WRITE}`
  }
  return `is not an email address (the text around its "@" is not an address); ${HOW_TO_WRITE}`
}

/**
 * Something before an "@" and nothing, or a dotted name of domain characters, after it: an
 * address with a typo in it (ada@, ada@example..com), which is worth showing, masked.
 */
const ADDRESS_SHAPE = /^[^@]+@([A-Za-z0-9-]*\.[A-Za-z0-9.-]*)?$/

/** "First Last <email>" → name and address; undefined when the text has no <…> at its end. */
function splitNamed(text: string): { name: string; email: string } | undefined {
  // By hand: the obvious /^(.*?)\s*<([^<>]*)>$/ backtracks quadratically on long lines.
  if (!text.endsWith('>')) return undefined
  const open = text.lastIndexOf('<')
  if (open < 0) return undefined
  return { name: text.slice(0, open).trim(), email: text.slice(open + 1, -1).trim() }
}

class Collector {
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
    return name
  }
}

/** A group name as messages show it: masked like any tester text, on one line, short. */
const groupLabel = (name: string): string => `"${testerText(name, 60)}"`

/** A group named in a problem: a file's key may be anything, so quoted only when a plain word. */
const groupNamed = (name: string): string => {
  const excerpt = nameExcerpt(name)
  return excerpt ? `group ${excerpt}` : 'the group on this line'
}

/** A CSV header cell in a message: quoted only when a plain word. */
const quoted = (cell: string): string => {
  const excerpt = nameExcerpt(cell)
  return excerpt ? ` (${excerpt})` : ''
}

/** Parses a tester list in any of the supported formats, and checks it. */
export async function parseTesters(raw: string, options: ParseOptions): Promise<ParseResult> {
  // Editors on Windows often save UTF-8 with a byte order mark; it is not part of the first line.
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw
  const collector = new Collector(options)
  switch (options.format) {
    case 'lines':
      readLines(text, collector)
      break
    case 'csv':
      await readCsv(text, collector)
      break
    case 'yaml':
    case 'json':
      await readTree(text, collector)
      break
  }
  return finish(collector)
}

/**
 * The format of a tester file: from its name, and otherwise, as for an inline list, from its
 * shape. A CI system's file variable (GitLab's type File) is a path without an extension.
 */
export function formatOfFile(path: string, text: string): TesterFormat {
  const lower = path.toLowerCase()
  if (lower.endsWith('.json')) return 'json'
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml'
  if (lower.endsWith('.csv')) return 'csv'
  if (lower.endsWith('.txt')) return 'lines'
  return formatOfText(text)
}

/**
 * The format of an inline list, from its shape: JSON starts with a bracket, CSV with a header
 * naming an email column, YAML has "group:" keys or "- " items; anything else is plain lines.
 */
export function formatOfText(text: string): TesterFormat {
  const lines = text
    .split(/\r?\n/)
    .map(line => withoutComment(line).trim())
    .filter(line => line !== '')
  const first = lines[0] ?? ''
  if (first.startsWith('{') || first.startsWith('[')) return 'json'
  if (csvDelimiter(first) !== undefined) return 'csv'
  if (lines.some(line => line.endsWith(':') || line.startsWith('- '))) return 'yaml'
  return 'lines'
}

const CSV_DELIMITERS = [',', ';', '\t'] as const
const DELIMITER_NAMES: Record<string, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' }

/**
 * The delimiter of a CSV header line that names an email column: commas, or the semicolons that
 * Excel writes in many locales, or tabs. Undefined when no delimiter gives an email column.
 */
function csvDelimiter(header: string): string | undefined {
  return CSV_DELIMITERS.find(
    delimiter =>
      header.includes(delimiter) &&
      header.split(delimiter).some(cell => normaliseHeader(cell.replace(/"/g, '')) === 'email')
  )
}

function readLines(text: string, collector: Collector): void {
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = withoutComment(raw).trim()
    if (line !== '') collector.addText(collector.options.defaultGroup, line, `line ${index + 1}`)
  })
}

/**
 * The line without its comment: a "#" starts one at the start of the line or after a blank; inside
 * an address it is a legal character. By hand: /(^|\s)#.*$/ is quadratic on a line of many " #"
 * that ends in a carriage return, which "." does not match.
 */
function withoutComment(line: string): string {
  for (let at = line.indexOf('#'); at !== -1; at = line.indexOf('#', at + 1)) {
    if (at === 0 || /\s/.test(line[at - 1] ?? '')) return line.slice(0, at)
  }
  return line
}

function normaliseHeader(cell: string): string {
  const key = cell
    .trim()
    .toLowerCase()
    .replace(/[^a-z]/g, '')
  const aliases: Record<string, string> = {
    email: 'email',
    emailaddress: 'email',
    firstname: 'firstName',
    givenname: 'firstName',
    lastname: 'lastName',
    surname: 'lastName',
    familyname: 'lastName',
    group: 'group',
    groupname: 'group'
  }
  return aliases[key] ?? ''
}

async function readCsv(text: string, collector: Collector): Promise<void> {
  const { parse } = await import('csv-parse/sync')
  const headerLine = text.split(/\r?\n/, 1)[0] ?? ''
  const delimiter = csvDelimiter(headerLine) ?? mostFrequentDelimiter(headerLine)
  let rows: { record: string[]; info: { lines: number } }[]
  try {
    rows = parse(text, {
      delimiter,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true
    }) as unknown as typeof rows
  } catch (error) {
    // csv-parse quotes the offending field in its message: name the error and the line only.
    const { code, lines } = error as { code?: string; lines?: number }
    collector.problem(
      `is not valid CSV (${readable(code ?? 'unreadable')}); check the quotes on that line`,
      lines ? `line ${lines}` : undefined
    )
    return
  }
  const [header, ...records] = rows
  const cells = header?.record ?? []
  const columns = cells.map(normaliseHeader)
  if (!columns.includes('email')) {
    const seen =
      cells.length > 1
        ? `, read as ${cells.length} columns separated by ${DELIMITER_NAMES[delimiter]}`
        : ''
    collector.problem(
      `the CSV header has no "email" column${seen}; start the file with a header such as ` +
        '"email,firstName,lastName,group" (commas, semicolons or tabs)',
      'line 1'
    )
    return
  }
  // One warning for all unknown columns, naming the first few.
  const unknown = columns.flatMap((column, index) =>
    column === '' && (cells[index] ?? '') !== '' ? [index] : []
  )
  if (unknown.length > 0) {
    const named = unknown
      .slice(0, NAMED_IN_WARNING)
      .map(index => `${index + 1}${quoted(cells[index] ?? '')}`)
    const more = andMore(unknown.length - named.length, 'column')
    collector.warnings.push(
      `${collector.options.input}: the CSV column${unknown.length === 1 ? '' : 's'} ` +
        `${named.join(', ')}${more ? ` ${more}` : ''} ${unknown.length === 1 ? 'is not one' : 'are not ones'} ` +
        'the action reads (email, firstName, lastName, group); ignored.'
    )
  }
  // Looked up once: a header of thousands of columns must not cost that much per row.
  const indexOf = new Map(
    ['email', 'firstName', 'lastName', 'group'].map(n => [n, columns.indexOf(n)])
  )
  const column = (record: string[], name: string): string => {
    const index = indexOf.get(name) ?? -1
    return index < 0 ? '' : (record[index] ?? '').trim()
  }
  for (const { record, info } of records) {
    const where = `line ${info.lines}`
    const group = collector.groupName(
      column(record, 'group') || collector.options.defaultGroup,
      where
    )
    if (group === undefined) continue
    const email = column(record, 'email')
    const firstName = column(record, 'firstName')
    const lastName = column(record, 'lastName')
    if (email === '') collector.problem('the email cell is empty', where)
    else if (firstName === '' && lastName === '') collector.addText(group, email, where)
    else {
      const tester: Tester = { email }
      if (firstName) tester.firstName = firstName
      if (lastName) tester.lastName = lastName
      collector.add(group, tester, where)
    }
  }
}

/** Without an email column, the header is split where it most likely was meant to be. */
function mostFrequentDelimiter(header: string): string {
  const count = (delimiter: string): number => header.split(delimiter).length
  return [...CSV_DELIMITERS].sort((a, b) => count(b) - count(a))[0] ?? ','
}

/** An error code such as DUPLICATE_KEY as words: "duplicate key". */
function readable(code: string): string {
  return code.toLowerCase().replace(/^csv_/, '').replace(/_/g, ' ')
}

/**
 * YAML and JSON share one reader: the yaml package parses both (JSON is YAML 1.2) and keeps the
 * position of every node, so problems name a line in either format.
 */
async function readTree(text: string, collector: Collector): Promise<void> {
  const yaml = await import('yaml')
  const lineCounter = new yaml.LineCounter()
  // uniqueKeys compares every key with every other (quadratic on a file of many groups), and
  // pretty errors copy the offending line into each message: duplicates are found below with a
  // Set, and messages are not quoted anyway.
  const document: Document = yaml.parseDocument(text, {
    lineCounter,
    uniqueKeys: false,
    prettyErrors: false
  })
  if (document.errors.length > 0) {
    // The parser's messages may quote the text; the error code and line say enough.
    for (const error of document.errors) {
      const where = `line ${lineCounter.linePos(error.pos[0]).line}`
      collector.problem(
        `cannot be parsed (${readable(error.code)}); check the indentation and quoting`,
        where
      )
    }
    return
  }
  const at = (node: unknown): string => {
    const offset = (node as YamlNode | undefined)?.range?.[0] ?? 0
    return `line ${lineCounter.linePos(offset).line}`
  }
  const root = document.contents
  const { isMap, isSeq, isScalar } = yaml

  const readTester = (group: string, node: unknown): void => {
    if (isScalar(node) && typeof node.value === 'string') {
      collector.addText(group, node.value.trim(), at(node))
    } else if (isMap(node)) {
      readTesterFields(group, node)
    } else {
      collector.problem(
        'a tester must be an email, "First Last <email>" or {email, firstName, lastName}',
        at(node)
      )
    }
  }
  // Field by field rather than toJSON(): no alias in a hostile file is ever expanded.
  const readTesterFields = (group: string, node: YAMLMap): void => {
    const fields = new Map<string, unknown>()
    const unknownKeys: string[] = []
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '?'
      if (fields.has(key)) {
        collector.problem(`a tester gives "${key}" twice`, at(node))
        return
      }
      if (TESTER_KEYS.has(key)) fields.set(key, pair.value)
      else unknownKeys.push(key)
    }
    if (unknownKeys.length > 0) {
      const named = unknownKeys.slice(0, 3).flatMap(key => nameExcerpt(key) ?? [])
      collector.problem(
        `${named.length > 0 ? `unknown tester field ${named.join(', ')}` : 'an unknown tester field'}; ` +
          'a tester has "email" and optionally "firstName" and "lastName"',
        at(node)
      )
      return
    }
    // undefined: absent or empty; null: not text (a problem is added then).
    const text = (key: string): string | null | undefined => {
      const value = fields.get(key)
      if (value === undefined || value === null) return undefined
      if (isScalar(value) && value.value === null) return undefined
      if (isScalar(value) && typeof value.value === 'string') return value.value.trim() || undefined
      collector.problem(`"${key}" must be text`, at(node))
      return null
    }
    const email = text('email')
    if (email === null) return
    if (email === undefined) {
      collector.problem('a tester has no "email"', at(node))
      return
    }
    const tester: Tester = { email }
    for (const key of ['firstName', 'lastName'] as const) {
      const name = text(key)
      if (name) tester[key] = name
    }
    collector.add(group, tester, at(node))
  }
  const readTesterList = (group: string, node: unknown, where: string): void => {
    const isEmpty =
      node === null ||
      (isScalar(node) && node.value === null) ||
      (isSeq(node) && node.items.length === 0)
    if (isEmpty) {
      collector.problem(
        `${groupNamed(group)} has no testers; add testers or remove the group`,
        where
      )
      return
    }
    // QA: ada@example.com, grace@example.com — one line of testers, as in a plain list.
    if (isScalar(node) && typeof node.value === 'string') {
      readTester(group, node)
      return
    }
    if (!isSeq(node)) {
      collector.problem(`${groupNamed(group)} must hold a list of testers`, where)
      return
    }
    for (const item of node.items) readTester(group, item)
  }
  const readGroupObject = (node: unknown): void => {
    if (!isMap(node)) {
      collector.problem('a group must be {"name": …, "testers": […]}', at(node))
      return
    }
    const name = collector.groupName(node.get('name'), at(node))
    if (name !== undefined) readTesterList(name, node.get('testers', true), at(node))
  }

  if (isMap(root)) {
    const groups = root.get('groups', true)
    if (root.items.length === 1 && isSeq(groups)) {
      // The API's own body: {"groups": [{"name": …, "testers": […]}]}
      for (const item of groups.items) readGroupObject(item)
      return
    }
    // A mapping of group name → testers.
    const seen = new Set<string>()
    for (const pair of root.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key
      const name = collector.groupName(key, at(pair.key))
      if (name === undefined) continue
      if (seen.has(name)) {
        collector.problem(
          'this group is named twice in the mapping; merge the two lists',
          at(pair.key)
        )
        continue
      }
      seen.add(name)
      readTesterList(name, pair.value, at(pair.key))
    }
  } else if (isSeq(root)) {
    const isGroupList = root.items.some(item => isMap(item) && item.has('testers'))
    for (const item of root.items) {
      if (isGroupList) readGroupObject(item)
      else readTester(collector.options.defaultGroup, item)
    }
  } else {
    collector.problem(
      'must be a list of testers, a mapping of group name to testers, or {"groups": […]}'
    )
  }
}

function finish(collector: Collector): ParseResult {
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
