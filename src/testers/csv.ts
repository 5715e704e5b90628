// CSV tester lists (csv-parse), with a header naming the email column.
import type { Tester } from './model.js'
import type { Collector } from './collector.js'
import { NAMED_IN_WARNING, quoted } from './collector.js'
import { CSV_DELIMITERS, DELIMITER_NAMES, csvDelimiter, normaliseHeader } from './format.js'
import { andMore } from '../shared/errors.js'

export async function readCsv(text: string, collector: Collector): Promise<void> {
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
export function mostFrequentDelimiter(header: string): string {
  const count = (delimiter: string): number => header.split(delimiter).length
  return [...CSV_DELIMITERS].sort((a, b) => count(b) - count(a))[0] ?? ','
}

/** An error code such as DUPLICATE_KEY as words: "duplicate key". */
export function readable(code: string): string {
  return code.toLowerCase().replace(/^csv_/, '').replace(/_/g, ' ')
}
