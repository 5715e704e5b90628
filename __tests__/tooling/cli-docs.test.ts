// The snippets in the docs must work as written: every YAML block parses, and every
// appstore-devtest command line in them is one the CLI accepts.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { parseCommandLine } from '../../src/cli/args.js'

const root = new URL('../../', import.meta.url)
/** Each document, with how many CLI command lines it shows at least. */
const documents = [
  { path: 'docs/other-ci.md', minimumCommands: 5 },
  { path: 'docs/getting-started.md', minimumCommands: 0 },
  { path: 'README.md', minimumCommands: 0 }
].map(document => ({ ...document, text: readFileSync(new URL(document.path, root), 'utf8') }))

function codeBlocks(markdown: string, language: string): string[] {
  const fence = new RegExp('^```' + language + '\\n([\\s\\S]*?)^```', 'gm')
  return [...markdown.matchAll(fence)].map(match => match[1] ?? '')
}

/** Every string in a parsed YAML document. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

/** The arguments after appstore-devtest, split as a POSIX shell would split these simple lines. */
function cliArguments(script: string): string[][] {
  const joined = script.replace(/\\\n\s*/g, ' ')
  return [...joined.matchAll(/appstore-devtest(?:@\S+)? ([^\n>|]*)/g)].map(match => {
    const words: string[] = []
    for (const word of (match[1] ?? '').matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g))
      words.push(word[1] ?? word[2] ?? word[3] ?? '')
    return words
  })
}

describe.each(documents)('$path', ({ text, minimumCommands }) => {
  const yamlBlocks = codeBlocks(text, 'yaml')
  const commands = [
    ...yamlBlocks.flatMap(block => strings(parse(block)).flatMap(cliArguments)),
    ...codeBlocks(text, 'sh').flatMap(cliArguments)
  ]

  it('has YAML snippets that parse', () => {
    expect(yamlBlocks.length).toBeGreaterThan(0)
    for (const block of yamlBlocks) expect(() => parse(block) as unknown).not.toThrow()
  })

  it('has command lines the CLI accepts, each naming the app', () => {
    expect(commands.length).toBeGreaterThanOrEqual(minimumCommands)
    for (const args of commands) {
      const command = parseCommandLine(args, {})
      expect(command).toMatchObject({ kind: 'run' })
      if (command.kind === 'run') expect(command.inputs['app-id']).not.toBe('')
    }
  })
})
