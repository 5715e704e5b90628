import type { Document, Node as YamlNode } from 'yaml'
import { type InputProblem } from './errors.js'
import { maskEmail } from './mask.js'

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
  problems: InputProblem[]
  warnings: string[]
}

/** Amazon's documented limit of DevTest testers per app. */
export const MAX_TESTERS_PER_APP = 50

// Pragmatic address check: one @, no spaces or brackets, a dotted domain of valid labels.
const EMAIL =
  /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/
const NAMED_EMAIL = /^(.*?)\s*<([^<>]*)>$/
const TESTER_KEYS = new Set(['email', 'firstName', 'lastName'])

/** One tester as read, before grouping: where it was read is kept for the messages. */
interface Entry {
  group: string
  tester: Tester
  where: string
}

class Collector {
  readonly entries: Entry[] = []
  readonly problems: InputProblem[] = []

  constructor(readonly options: ParseOptions) {}

  problem(message: string, where?: string): void {
    this.problems.push(
      where ? { input: this.options.input, where, message } : { input: this.options.input, message }
    )
  }

  add(group: string, tester: Tester, where: string): void {
    if (!EMAIL.test(tester.email) || tester.email.length > 254) {
      this.problem(
        `"${tester.email}" is not an email address; write one tester as "email" or "First Last <email>"`,
        where
      )
      return
    }
    this.entries.push({ group, tester, where })
  }

  /** A tester written as text: "email" or "First Last <email>". */
  addText(group: string, text: string, where: string): void {
    const named = NAMED_EMAIL.exec(text)
    if (!named) {
      this.add(group, { email: text }, where)
      return
    }
    const [firstName, ...rest] = (named[1] ?? '').trim().split(/\s+/).filter(Boolean)
    const tester: Tester = { email: (named[2] ?? '').trim() }
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
    return name
  }
}

/** Parses a tester list in any of the supported formats, and checks it. */
export async function parseTesters(raw: string, options: ParseOptions): Promise<ParseResult> {
  // Editors on Windows often save UTF-8 with a byte order mark; it is not part of the first line.
  const text = raw.replace(/^\uFEFF/, '')
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

/** The format of a tester file, from its name. */
export function formatOfFile(path: string): TesterFormat {
  const lower = path.toLowerCase()
  if (lower.endsWith('.json')) return 'json'
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml'
  if (lower.endsWith('.csv')) return 'csv'
  return 'lines'
}

/**
 * The format of an inline list, from its shape: JSON starts with a bracket, CSV with a header
 * naming an email column, YAML has "group:" keys or "- " items; anything else is plain lines.
 */
export function formatOfText(text: string): TesterFormat {
  const lines = text
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '' && !line.startsWith('#'))
  const first = lines[0] ?? ''
  if (first.startsWith('{') || first.startsWith('[')) return 'json'
  if (first.includes(',') && first.split(',').some(cell => normaliseHeader(cell) === 'email')) {
    return 'csv'
  }
  if (lines.some(line => line.endsWith(':') || line.startsWith('- '))) return 'yaml'
  return 'lines'
}

function readLines(text: string, collector: Collector): void {
  text.split(/\r?\n/).forEach((raw, index) => {
    // A "#" starts a comment at the start of a line or after a blank; inside an address it is
    // a legal character.
    const line = raw.replace(/(^|\s)#.*$/, '').trim()
    if (line !== '') collector.addText(collector.options.defaultGroup, line, `line ${index + 1}`)
  })
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
  let rows: { record: string[]; info: { lines: number } }[]
  try {
    rows = parse(text, {
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true
    }) as unknown as typeof rows
  } catch (error) {
    collector.problem(`is not valid CSV: ${(error as Error).message}`)
    return
  }
  const [header, ...records] = rows
  const columns = (header?.record ?? []).map(normaliseHeader)
  const emailColumn = columns.indexOf('email')
  if (emailColumn < 0) {
    collector.problem(
      'the CSV header has no "email" column; start the file with a header such as ' +
        '"email,firstName,lastName,group"',
      'line 1'
    )
    return
  }
  const column = (record: string[], name: string): string => {
    const index = columns.indexOf(name)
    return index < 0 ? '' : (record[index] ?? '').trim()
  }
  for (const { record, info } of records) {
    const where = `line ${info.lines}`
    const group = column(record, 'group') || collector.options.defaultGroup
    const tester: Tester = { email: column(record, 'email') }
    const firstName = column(record, 'firstName')
    const lastName = column(record, 'lastName')
    if (firstName) tester.firstName = firstName
    if (lastName) tester.lastName = lastName
    if (tester.email === '') collector.problem('the email cell is empty', where)
    else collector.add(group, tester, where)
  }
}

/**
 * YAML and JSON share one reader: the yaml package parses both (JSON is YAML 1.2) and keeps the
 * position of every node, so problems name a line in either format.
 */
async function readTree(text: string, collector: Collector): Promise<void> {
  const yaml = await import('yaml')
  const lineCounter = new yaml.LineCounter()
  const document: Document = yaml.parseDocument(text, { lineCounter, uniqueKeys: true })
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const where = error.linePos ? `line ${error.linePos[0].line}` : undefined
      collector.problem(`cannot be parsed: ${error.message.split('\n')[0]}`, where)
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
      const value = node.toJSON() as Record<string, unknown>
      const unknown = Object.keys(value).filter(key => !TESTER_KEYS.has(key))
      if (unknown.length > 0) {
        collector.problem(
          `unknown tester field ${unknown.map(k => `"${k}"`).join(', ')}; a tester has ` +
            '"email" and optionally "firstName" and "lastName"',
          at(node)
        )
        return
      }
      if (typeof value.email !== 'string' || value.email.trim() === '') {
        collector.problem('a tester has no "email"', at(node))
        return
      }
      const tester: Tester = { email: value.email.trim() }
      for (const key of ['firstName', 'lastName'] as const) {
        const name = value[key]
        if (name === undefined || name === null) continue
        if (typeof name !== 'string') collector.problem(`"${key}" must be text`, at(node))
        else if (name.trim() !== '') tester[key] = name.trim()
      }
      collector.add(group, tester, at(node))
    } else {
      collector.problem(
        'a tester must be an email, "First Last <email>" or {email, firstName, lastName}',
        at(node)
      )
    }
  }
  const readTesterList = (group: string, node: unknown, where: string): void => {
    const isEmpty =
      node === null ||
      (isScalar(node) && node.value === null) ||
      (isSeq(node) && node.items.length === 0)
    if (isEmpty) {
      collector.problem(`group "${group}" has no testers; add testers or remove the group`, where)
      return
    }
    if (!isSeq(node)) {
      collector.problem(`group "${group}" must hold a list of testers`, where)
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
    for (const pair of root.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key
      const name = collector.groupName(key, at(pair.key))
      if (name !== undefined) readTesterList(name, pair.value, at(pair.key))
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
  const warnings: string[] = []
  const groups = new Map<string, TesterGroup>()
  const seen = new Map<string, string>() // group + lower-case email → where it was first read
  for (const { group, tester, where } of collector.entries) {
    const key = `${group}\n${tester.email.toLowerCase()}`
    const first = seen.get(key)
    if (first !== undefined) {
      warnings.push(
        `${maskEmail(tester.email)} is listed twice in group "${group}" (${first} and ${where}); ` +
          'the duplicate was removed.'
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
  const unique = new Set(collector.entries.map(entry => entry.tester.email.toLowerCase()))
  if (collector.problems.length === 0 && unique.size === 0) {
    collector.problem('lists no testers; give at least one tester email')
  }
  if (unique.size > MAX_TESTERS_PER_APP) {
    collector.problem(
      `lists ${unique.size} unique testers; Amazon allows at most ${MAX_TESTERS_PER_APP} ` +
        'DevTest testers per app, so remove some'
    )
  }
  return {
    testers: { groups: [...groups.values()], uniqueTesterCount: unique.size },
    problems: collector.problems,
    warnings
  }
}
