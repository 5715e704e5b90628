// npm run docs: rewrites the generated parts of the docs from their sources, so the two cannot
// disagree: the README's inputs and outputs from action.yml, and docs/troubleshooting.md whole
// from the catalogues of failures in src/ (script/lib/troubleshooting.mjs). `npm run docs --
// --check` (CI) changes nothing and fails when a file is not what this would write. In the
// README only the text between each region's marker comments is generated; the results are
// formatted with the repository's Prettier settings, so `prettier --check` and this agree.
// A new generated region is one more entry in TARGETS.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { readActionMetadata } from './lib/action-metadata.mjs'
import { renderTroubleshooting, troubleshootingPath } from './lib/troubleshooting.mjs'

export const readmePath = fileURLToPath(new URL('../README.md', import.meta.url))

/** Where the action is used from in the generated usage block. */
export const ACTION_REF = 'appstore-devtest-action/appstore-devtest-action@v1'

/** Lines of the usage block stay within this many columns: no sideways scrolling on GitHub. */
export const WIDTH = 90

/** The generated regions of README.md: name → [start marker, end marker]. */
export const REGIONS = {
  inputs: [
    '<!-- inputs: generated from action.yml by `npm run docs`; edit action.yml, not this block -->',
    '<!-- end of inputs -->'
  ],
  outputs: [
    '<!-- outputs: generated from action.yml by `npm run docs`; edit action.yml, not this list -->',
    '<!-- end of outputs -->'
  ]
}

/** A word that would open a list, heading or quote at the start of a continuation line. */
const BLOCK_START = /^(?:[-+#>=]|\d+[.)])/

/** Words joined into lines of at most `width` columns (a longer word gets a line of its own). */
export function wrap(text, width, mayStartLine = () => true) {
  const lines = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width && mayStartLine(word)) {
      lines.push(line)
      line = word
    } else {
      line = line === '' ? word : `${line} ${word}`
    }
  }
  if (line !== '') lines.push(line)
  return lines
}

/** wrap() for Markdown prose: no continuation line starts with a word that opens a block. */
export function wrapProse(text, width) {
  return wrap(text, width, word => !BLOCK_START.test(word))
}

/**
 * The inputs as actions/checkout shows its own: a `uses:` step whose `with:` lists every input,
 * each under its description as YAML comments, with its default and whether action.yml
 * requires it. A description never ends the comment early: YAML comments run to the line's end.
 */
export function usageBlock(inputs, ref = ACTION_REF) {
  const indent = '    # '
  const lines = [`- uses: ${ref}`, '  with:']
  inputs.forEach((input, index) => {
    if (index > 0) lines.push('')
    for (const line of wrap(input.description, WIDTH - indent.length)) lines.push(indent + line)
    if (input.required) lines.push(`${indent}Required.`)
    if (input.default !== undefined && input.default !== '')
      lines.push(`${indent}Default: ${input.default}`)
    lines.push(`    ${input.name}: ''`)
  })
  return ['```yaml', ...lines, '```'].join('\n')
}

/** Plain text inside Markdown prose: nothing in it becomes markup. */
export function markdownText(text) {
  return text.replace(/[\\`*_<>[\]|]/g, character => `\\${character}`)
}

/** The outputs as a list: name, then description; a list wraps where a table would not. */
export function outputsList(outputs) {
  return outputs
    .map(output =>
      wrapProse(`- \`${output.name}\`: ${markdownText(output.description)}`, 100).join('\n  ')
    )
    .join('\n')
}

/** The files `npm run docs` writes, each with its regions' generators. */
export const TARGETS = [
  {
    path: readmePath,
    name: 'README.md',
    regions: {
      inputs: metadata => usageBlock(metadata.inputs),
      outputs: metadata => outputsList(metadata.outputs)
    },
    markers: REGIONS
  }
]

/** Text with each generated region replaced; throws when a marker is missing or doubled. */
export function replaceRegions(text, generated, markers = REGIONS, file = 'README.md') {
  let result = text
  for (const [name, [start, end]] of Object.entries(markers)) {
    const from = result.indexOf(start)
    const to = result.indexOf(end)
    if (from < 0 || to < from || result.indexOf(start, from + 1) >= 0) {
      throw new Error(
        `${file} needs exactly one "${start}" followed by "${end}" where the ${name} go`
      )
    }
    result = `${result.slice(0, from + start.length)}\n\n${generated[name]}\n\n${result.slice(to)}`
  }
  return result
}

/** What a target file should hold: its regions regenerated, formatted as Prettier would. */
export async function generate(target, text, metadata = readActionMetadata()) {
  const generated = Object.fromEntries(
    Object.entries(target.regions).map(([name, make]) => [name, make(metadata)])
  )
  const replaced = replaceRegions(text, generated, target.markers, target.name)
  const prettier = await import('prettier')
  const options = (await prettier.resolveConfig(target.path)) ?? {}
  return prettier.format(replaced, { ...options, filepath: target.path })
}

/** What README.md should hold. */
export function generateReadme(readme, metadata = readActionMetadata()) {
  const [target] = TARGETS
  return generate(target, readme, metadata)
}

/** The first line where two texts differ, 1-based, for a message that points somewhere. */
export function firstDifference(a, b) {
  const left = a.split('\n')
  const right = b.split('\n')
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i]) return { line: i + 1, current: left[i], expected: right[i] }
  }
  return undefined
}

/** Each generated file: its name, path, what it holds now ('' when missing) and should hold. */
async function generatedFiles() {
  const metadata = readActionMetadata()
  const files = []
  for (const target of TARGETS) {
    const current = readFileSync(target.path, 'utf8')
    files.push({ ...target, current, expected: await generate(target, current, metadata) })
  }
  const troubleshooting = fileURLToPath(new URL(`../${troubleshootingPath}`, import.meta.url))
  files.push({
    name: troubleshootingPath,
    path: troubleshooting,
    current: existsSync(troubleshooting) ? readFileSync(troubleshooting, 'utf8') : '',
    expected: await renderTroubleshooting()
  })
  return files
}

async function main() {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } })
  for (const { name, path, current, expected } of await generatedFiles()) {
    if (values.check) {
      const difference = firstDifference(current, expected)
      if (difference) {
        console.error(
          `${name} differs from what \`npm run docs\` writes (first at line ${difference.line}):\n` +
            `  ${name}: ${difference.current ?? '(end of file)'}\n` +
            `  expected:  ${difference.expected ?? '(end of file)'}\n` +
            'Edit action.yml or the catalogues in src/ (not the generated text), run `npm run docs` ' +
            `and commit ${name}.`
        )
        process.exitCode = 1
      } else {
        console.log(`${name}: generated parts match their sources.`)
      }
    } else if (current !== expected) {
      writeFileSync(path, expected)
      console.log(`${name}: generated parts rewritten from their sources.`)
    } else {
      console.log(`${name} is already up to date with its sources.`)
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await main()
  } catch (error) {
    console.error(`npm run docs: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  }
}
