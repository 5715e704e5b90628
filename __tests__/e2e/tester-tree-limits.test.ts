// A YAML or JSON tester file is refused by its shape within bounded memory: js-yaml's
// parseEvents makes all of a text's events at once, and a 1 MB file of "a," or of "-" lines is
// half a million of them, more than a 64 MB heap holds, so a scan bounds the events before the
// parse (tree-limits.ts); the parse bounds the depth, and the events their number and anchors.
// Each hostile shape is read by the bundled CLI in a child process that reports its own peak
// RSS (process.resourceUsage().maxRSS), and the bound is asserted on that, not on a duration.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as yaml from 'yaml'
import * as jsYaml from 'js-yaml'
import { node24, root, runBounded } from '../support/run-action.mjs'
import { parseTesters } from '../../src/testers/testers.js'
import {
  MAX_ANCHORS,
  MAX_EVENT_BOUND,
  MAX_TREE_DEPTH,
  MAX_TREE_LINES,
  MAX_TREE_TOKENS,
  treeShapeProblem
} from '../../src/testers/tree-limits.js'

const APP = 'amzn1.devportal.mobileapp.0123456789abcdef0123456789abcdef'
/** Under the 1 MiB a tester file may have. */
const SIZE = 1_000_000
/**
 * The child's JavaScript heap is capped (--max-old-space-size), so the collector must run before
 * the heap grows past it, however busy the machine: a run that needs more dies instead of ending
 * with exit code 2 (the old parser did, at 411 MB to 1.1 GB). The peak RSS bound is the backstop:
 * a run takes about 55–110 MB (the most for a text just under the scan's bound on events), and
 * once, with the machine's cores taken by other work, 174 MB (before js-yaml).
 */
const MAX_HEAP_MB = 64
const MAX_RSS_BYTES = 256 * 1024 * 1024

let dir: string
let reportRss: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tree-limits-'))
  reportRss = join(dir, 'report-rss.cjs')
  writeFileSync(
    reportRss,
    "process.on('exit', () => require('fs').writeSync(2, `\\nMAXRSS_KB=${process.resourceUsage().maxRSS}\\n`))\n"
  )
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const SHAPES: [string, string, RegExp][] = [
  [
    'a bracket and a million commas',
    `[${','.repeat(SIZE - 2)}]`,
    /line 1\): holds more than 50,000/
  ],
  ['a million [', '['.repeat(SIZE), /line 1\): nests deeper than 16 levels/],
  ['a million {', '{'.repeat(SIZE), /line 1\): nests deeper than 16 levels/],
  ['half a million "- "', '- '.repeat(SIZE / 2), /line 1\): nests deeper than 16 levels/],
  ['half a million "? "', '? '.repeat(SIZE / 2), /line 1\): nests deeper than 16 levels/],
  // js-yaml refuses a second anchor on one value as it parses, before any limit is counted.
  [
    'anchors',
    `- ${'&a '.repeat(SIZE / 3)}`,
    /line 1\): cannot be parsed \(a value with two anchors\)/
  ],
  [
    'aliases, one a line',
    `- &a x\n${'- *a\n'.repeat(SIZE / 5 - 2)}`,
    /line 101\): uses more than 100 anchors/
  ],
  // Over the scan's bound on events (200,000 "," make up to 400,000), so only the part before
  // the bound is parsed; cut inside the list, it cannot be, and the limit passed is named.
  [
    'a flow list of anchored scalars',
    `[${'&a a,'.repeat(SIZE / 5 - 1)}]`,
    /line 1\): holds more than 50,000/
  ],
  // Shapes the parser alone reads into half a million events, more than the 64 MB heap holds.
  ['a flow list of half a million scalars', `[${'a,'.repeat(SIZE / 2 - 1)}]`, /line 1\): holds/],
  ['half a million "-" lines', '-\n'.repeat(SIZE / 2), /line \d+\): holds more than 50,000/],
  [
    'a flow mapping of 200,000 keys without values',
    `{${'a,'.repeat(SIZE / 5)}}`,
    /line 1\): holds more than 50,000/
  ],
  ['200,000 "a:" lines', 'a:\n'.repeat(SIZE / 5), /line \d+\): holds more than 50,000/],
  // Just under the scan's bound, the most events it lets the parser make: read in full, then
  // refused by their count.
  [
    'a flow mapping of keys just under the bound',
    `{${'a,'.repeat(MAX_EVENT_BOUND / 2 - 10)}}`,
    /line 1\): holds more than 50,000/
  ],
  // Few events and many lines, with an error: js-yaml's snippet of the error keeps two numbers
  // per line, and these peaked at 140–180 MB before the line limit.
  [
    'a syntax error and a million line breaks',
    `a: b: c\n${'\n'.repeat(SIZE - 9)}`,
    /line 100001\): has more than 100,000 lines/
  ],
  [
    'the most events the scan lets through, on 800,000 lines',
    `# €\n{${`a,${'\n'.repeat(8)}`.repeat(99_980)}`,
    /line 100001\): has more than 100,000 lines/
  ]
]

describe.each(SHAPES)('a tester file of %s', (_name, content, problem) => {
  it('is refused with one problem naming the input and line, in bounded memory', async () => {
    const file = join(dir, 'testers.yaml')
    writeFileSync(file, content)
    const cli = join(root, 'dist', 'cli.js')
    const flags = ['--dry-run', '--app-id', APP, '--track-id', 'devtest', '--testers-file', file]
    const result = await runBounded(
      node24,
      [`--max-old-space-size=${MAX_HEAP_MB}`, '--require', reportRss, cli, ...flags],
      { cwd: dir, env: { PATH: process.env.PATH }, stdio: ['ignore', 'pipe', 'pipe'] },
      60_000
    )
    expect(result.timedOut).toBe(false)
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toContain('error: 1 problem with the inputs, nothing was sent')
    expect(result.stderr).toMatch(new RegExp(`- --testers-file \\(${problem.source}`))
    const maxRssKb = Number(/MAXRSS_KB=(\d+)/.exec(result.stderr)?.[1])
    expect(maxRssKb * 1024).toBeLessThan(MAX_RSS_BYTES)
  })
})

describe('treeShapeProblem', () => {
  const check = (text: string) => treeShapeProblem(jsYaml, text)
  const testers = Array.from({ length: 50 }, (_, i) => ({
    email: `tester${i}@example.com`,
    firstName: 'First',
    lastName: 'Last'
  }))
  // Copies: yaml.stringify would write a shared object once and aliases to it.
  const groups = Array.from({ length: 50 }, (_, i) => ({
    name: `Group ${i}`,
    testers: testers.map(tester => ({ ...tester }))
  }))

  it.each([
    ['JSON, pretty-printed', JSON.stringify({ groups }, null, 2)],
    ['JSON, on one line', JSON.stringify({ groups })],
    ['YAML, block style', yaml.stringify({ groups }, { indent: 4 })],
    ['YAML, flow style', yaml.stringify({ groups }, { collectionStyle: 'flow' })]
  ])('lets the largest list Amazon takes through: 50 groups of 50 testers, %s', async (_, text) => {
    expect(check(text)).toBeUndefined()
    const result = await parseTesters(text, {
      format: 'yaml',
      input: 'testers',
      defaultGroup: 'DevTest'
    })
    expect(result.problems.size).toBe(0)
    expect(result.testers.groups).toHaveLength(50)
  })

  it('names the line where a limit is passed', () => {
    const deep = `QA:\n  - a@example.com\n${'  '.repeat(1)}${'- '.repeat(MAX_TREE_DEPTH + 1)}x\n`
    expect(check(deep)).toEqual({
      message: expect.stringMatching(/^nests deeper than 16/),
      where: 'line 3'
    })
    // 16 levels of brackets around a value are let through, 17 are not.
    const nested = MAX_TREE_DEPTH
    expect(check(`${'['.repeat(nested)}a${']'.repeat(nested)}`)).toBeUndefined()
    expect(check(`${'['.repeat(nested + 1)}a${']'.repeat(nested + 1)}`)).toMatchObject({
      message: expect.stringMatching(/^nests deeper than 16/),
      where: 'line 1'
    })
    // Unclosed, with no value at the bottom: one more level.
    expect(check('['.repeat(MAX_TREE_DEPTH + 2))).toMatchObject({ where: 'line 1' })
    expect(check('\n'.repeat(MAX_TREE_LINES - 1))).toBeUndefined()
    expect(check('\n'.repeat(MAX_TREE_LINES))).toEqual({
      message: expect.stringMatching(/^has more than 100,000 lines/),
      where: `line ${MAX_TREE_LINES + 1}`
    })
    expect(check(`# a comment\n\n[${'a,'.repeat(MAX_TREE_TOKENS)}]`)).toMatchObject({
      where: 'line 3'
    })
    const anchored = `QA:\n${'  - &t a@example.com\n'.repeat(MAX_ANCHORS + 1)}`
    expect(check(anchored)).toMatchObject({ where: `line ${MAX_ANCHORS + 2}` })
    expect(check(`QA:\n${'  - &t a@example.com\n'.repeat(MAX_ANCHORS)}`)).toBeUndefined()
  })
})
