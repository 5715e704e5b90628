// Which format a tester list is in: by its file name, or by its shape.
import type { TesterFormat } from './model.js'

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

export const CSV_DELIMITERS = [',', ';', '\t'] as const
export const DELIMITER_NAMES: Record<string, string> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs'
}

/**
 * The delimiter of a CSV header line that names an email column: commas, or the semicolons that
 * Excel writes in many locales, or tabs. Undefined when no delimiter gives an email column.
 */
export function csvDelimiter(header: string): string | undefined {
  return CSV_DELIMITERS.find(
    delimiter =>
      header.includes(delimiter) &&
      header.split(delimiter).some(cell => normaliseHeader(cell.replace(/"/g, '')) === 'email')
  )
}

/**
 * The line without its comment: a "#" starts one at the start of the line or after a blank; inside
 * an address it is a legal character. By hand: /(^|\s)#.*$/ is quadratic on a line of many " #"
 * that ends in a carriage return, which "." does not match.
 */
export function withoutComment(line: string): string {
  for (let at = line.indexOf('#'); at !== -1; at = line.indexOf('#', at + 1)) {
    if (at === 0 || /\s/.test(line[at - 1] ?? '')) return line.slice(0, at)
  }
  return line
}

export function normaliseHeader(cell: string): string {
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
