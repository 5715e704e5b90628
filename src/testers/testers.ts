// Tester lists: parseTesters reads one in any supported format (format.ts tells which), with
// a reader per format (lines.ts, csv.ts, tree.ts for YAML and JSON) over the shared checks.
import type { ParseOptions, ParseResult } from './model.js'
import { Collector, finish } from './collector.js'
import { readLines } from './lines.js'
import { readCsv } from './csv.js'
import { readTree } from './tree.js'

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

export * from './model.js'
export { formatOfFile, formatOfText } from './format.js'
