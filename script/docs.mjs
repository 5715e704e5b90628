// npm run docs: rewrites the inputs and outputs tables of README.md from action.yml, and
// docs/troubleshooting.md from the catalogues of failures in src/ (script/lib/troubleshooting.mjs),
// so neither can disagree with its source. `npm run docs -- --check` (CI) changes nothing and
// fails when a file is not what this would write. Only the text between the marker comments is generated; the result is
// formatted with the repository's Prettier settings, so `prettier --check` and this agree.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { readActionMetadata } from './lib/action-metadata.mjs'
import { renderTroubleshooting, troubleshootingPath } from './lib/troubleshooting.mjs'

export const readmePath = fileURLToPath(new URL('../README.md', import.meta.url))

/** The generated regions: name → [start marker, end marker]. */
export const REGIONS = {
  inputs: [
    '<!-- inputs: generated from action.yml by `npm run docs`; edit action.yml, not this table -->',
    '<!-- end of inputs -->'
  ],
  outputs: [
    '<!-- outputs: generated from action.yml by `npm run docs`; edit action.yml, not this table -->',
    '<!-- end of outputs -->'
  ]
}

/** Plain text as one Markdown table cell: nothing in it becomes markup or a column break. */
export function tableCell(text) {
  return text.replace(/[\\|`*<>]/g, character => `\\${character}`)
}

export function inputsTable(inputs) {
  return table(
    ['input', 'required', 'default', 'description'],
    inputs.map(input => [
      `\`${input.name}\``,
      input.required ? 'yes' : 'no',
      input.default === undefined || input.default === '' ? '' : `\`${input.default}\``,
      tableCell(input.description)
    ])
  )
}

export function outputsTable(outputs) {
  return table(
    ['output', 'description'],
    outputs.map(output => [`\`${output.name}\``, tableCell(output.description)])
  )
}

function table(header, rows) {
  const line = cells => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** README text with each generated region replaced; throws when a marker is missing or doubled. */
export function replaceRegions(readme, tables) {
  let text = readme
  for (const [name, [start, end]] of Object.entries(REGIONS)) {
    const from = text.indexOf(start)
    const to = text.indexOf(end)
    if (from < 0 || to < from || text.indexOf(start, from + 1) >= 0) {
      throw new Error(
        `README.md needs exactly one "${start}" followed by "${end}" where the ${name} table goes`
      )
    }
    text = `${text.slice(0, from + start.length)}\n\n${tables[name]}\n\n${text.slice(to)}`
  }
  return text
}

/** What README.md should hold: the regions regenerated, formatted as Prettier would. */
export async function generateReadme(readme, metadata = readActionMetadata()) {
  const replaced = replaceRegions(readme, {
    inputs: inputsTable(metadata.inputs),
    outputs: outputsTable(metadata.outputs)
  })
  const prettier = await import('prettier')
  const options = (await prettier.resolveConfig(readmePath)) ?? {}
  return prettier.format(replaced, { ...options, filepath: readmePath })
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

/** Each generated file: its path, what it holds now ('' when missing) and what it should hold. */
async function generatedFiles() {
  const readme = readFileSync(readmePath, 'utf8')
  const troubleshooting = fileURLToPath(new URL(`../${troubleshootingPath}`, import.meta.url))
  return [
    {
      path: 'README.md',
      file: readmePath,
      current: readme,
      expected: await generateReadme(readme)
    },
    {
      path: troubleshootingPath,
      file: troubleshooting,
      current: existsSync(troubleshooting) ? readFileSync(troubleshooting, 'utf8') : '',
      expected: await renderTroubleshooting()
    }
  ]
}

async function main() {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } })
  for (const { path, file, current, expected } of await generatedFiles()) {
    const difference = firstDifference(current, expected)
    if (values.check) {
      if (difference) {
        console.error(
          `${path} differs from what \`npm run docs\` writes (first at line ${difference.line}):\n` +
            `  ${path}: ${difference.current ?? '(end of file)'}\n` +
            `  expected:  ${difference.expected ?? '(end of file)'}\n` +
            'Edit action.yml or the catalogues in src/ (not the generated text), run `npm run docs` and commit.'
        )
        process.exitCode = 1
      } else {
        console.log(`${path} matches its sources.`)
      }
    } else if (difference) {
      writeFileSync(file, expected)
      console.log(`${path}: rewritten from its sources.`)
    } else {
      console.log(`${path} is already up to date.`)
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
