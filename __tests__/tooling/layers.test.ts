// The layers of src/, and the rule that imports only go down them. From the top:
//
//   src/index.ts, src/cli.ts   the two entry points: they only wire a front door to the process
//   (src/cli-bin.cjs is the CLI's bin around src/cli.ts: it turns on Node's compile cache first)
//   action/, cli/              the two front doors (GitHub's runner, the command line)
//   engine/                    the step: inputs into typed settings, plan, run, failure model
//   amazon/                    the protocol: client, HTTP, retry, known errors, track id
//   testers/, signing/         tester lists; certificates, artifacts and the apk/ readers
//   shared/                    problems, bounded input files, printable text, masking
//
// A file may import a file of its own folder or of any folder below its own, never one above it,
// and never a folder beside it on the same layer (the two doors know nothing of each other; nor
// do testers/ and signing/). Nothing imports an entry point. A new folder under src/ fails here
// until it is given a layer. amazon/ sits above testers/ because the client sends tester groups
// and keeps to their limits.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const src = fileURLToPath(new URL('../../src/', import.meta.url))

const ENTRY_POINTS = ['index.ts', 'cli.ts', 'cli-bin.cjs']
const LAYERS: Record<string, number> = {
  action: 1,
  cli: 1,
  engine: 2,
  amazon: 3,
  testers: 4,
  signing: 4,
  shared: 5
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.(ts|cjs|mjs|js)$/.test(entry.name)
        ? [relative(src, join(dir, entry.name))]
        : []
  )
}

/** The relative specifiers a file imports: static, dynamic, re-exports and require(). */
function importsOf(text: string): string[] {
  const pattern =
    /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g
  return [...text.matchAll(pattern)].map(match => match[1])
}

const folderOf = (file: string): string => (file.includes('/') ? file.split('/')[0] : '')

/** Why file may not import target, or undefined when it may. */
function layerViolation(file: string, target: string): string | undefined {
  const from = folderOf(file)
  const to = folderOf(target)
  if (ENTRY_POINTS.includes(target)) return `${file} imports the entry point ${target}`
  if (from === '' || from === to) return undefined
  if (LAYERS[to] > LAYERS[from]) return undefined
  return LAYERS[to] === LAYERS[from]
    ? `${file} imports ${target}: ${from}/ and ${to}/ are on the same layer`
    : `${file} imports ${target}, a layer above it: ${to}/ is above ${from}/`
}

describe('the layers of src/', () => {
  const files = sourceFiles(src)

  it('places every file in an entry point or a folder with a layer', () => {
    const unplaced = files.filter(
      file => !ENTRY_POINTS.includes(file) && !(folderOf(file) in LAYERS)
    )
    expect(unplaced).toEqual([])
  })

  it('imports only downward', () => {
    const violations = files.flatMap(file =>
      importsOf(readFileSync(join(src, file), 'utf8')).flatMap(specifier => {
        const target = normalize(join(dirname(file), specifier)).replace(/\.js$/, '.ts')
        return layerViolation(file, target) ?? []
      })
    )
    expect(violations).toEqual([])
  })

  it('tells a file above from one beside or below', () => {
    expect(layerViolation('engine/run.ts', 'amazon/client.ts')).toBeUndefined()
    expect(layerViolation('signing/apk/zip.ts', 'shared/input-file.ts')).toBeUndefined()
    expect(layerViolation('shared/mask.ts', 'engine/plan.ts')).toMatch(/a layer above it/)
    expect(layerViolation('cli/main.ts', 'action/report.ts')).toMatch(/same layer/)
    expect(layerViolation('action/main.ts', 'cli.ts')).toMatch(/entry point/)
  })
})
