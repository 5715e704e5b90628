// The README's inputs and outputs tables are generated from action.yml (script/docs.mjs, over
// script/lib/action-metadata.mjs): what users read in the README must be what the runner applies.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { readActionMetadata } from '../../script/lib/action-metadata.mjs'
import {
  REGIONS,
  firstDifference,
  generateReadme,
  inputsTable,
  readmePath,
  replaceRegions,
  tableCell
} from '../../script/docs.mjs'

const ACTION = `
name: Example
description: >-
  Does
  things.
inputs:
  first:
    description: >-
      A long description
      folded over lines.
    required: true
  second:
    description: Second | with a pipe and <html>.
    default: 4
outputs:
  out:
    description: The output.
`

/** Cells of a Markdown table row, split on the pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map(cell => cell.trim())
}

describe('readActionMetadata', () => {
  it('reads inputs and outputs in file order, descriptions on one line, defaults as text', () => {
    const metadata = readActionMetadata(ACTION)
    expect(metadata.description).toBe('Does things.')
    expect(metadata.inputs).toEqual([
      {
        name: 'first',
        description: 'A long description folded over lines.',
        required: true,
        default: undefined
      },
      {
        name: 'second',
        description: 'Second | with a pipe and <html>.',
        required: false,
        default: '4'
      }
    ])
    expect(metadata.outputs).toEqual([{ name: 'out', description: 'The output.' }])
  })

  it('names an input without a description', () => {
    expect(() =>
      readActionMetadata('name: x\ndescription: y\ninputs:\n  bare: {}\noutputs: {}\n')
    ).toThrow('input bare has no description')
  })

  it('reads the repository action.yml', () => {
    const metadata = readActionMetadata()
    expect(metadata.inputs.map(input => input.name)).toContain('apk')
    expect(metadata.inputs.find(input => input.name === 'tester-group')?.default).toBe('DevTest')
  })
})

describe('the tables', () => {
  it('keep a pipe, a tag or a backslash in a description inside its cell', () => {
    const table = inputsTable(readActionMetadata(ACTION).inputs)
    const [header, , , second] = table.split('\n')
    expect(cells(header ?? '')).toEqual(['input', 'required', 'default', 'description'])
    expect(cells(second ?? '')).toEqual([
      '`second`',
      'no',
      '`4`',
      'Second \\| with a pipe and \\<html\\>.'
    ])
    expect(tableCell('a\\nb')).toBe('a\\\\nb')
  })

  it('replace only the text between the markers', () => {
    const [inputsStart, inputsEnd] = REGIONS.inputs
    const [outputsStart, outputsEnd] = REGIONS.outputs
    const readme = `# T\n\n${inputsStart}\nold\n${inputsEnd}\n\nmiddle\n\n${outputsStart}\n${outputsEnd}\nend\n`
    const once = replaceRegions(readme, { inputs: 'IN', outputs: 'OUT' })
    expect(once).toBe(
      `# T\n\n${inputsStart}\n\nIN\n\n${inputsEnd}\n\nmiddle\n\n${outputsStart}\n\nOUT\n\n${outputsEnd}\nend\n`
    )
    expect(replaceRegions(once, { inputs: 'IN', outputs: 'OUT' })).toBe(once)
  })

  it('refuse a README whose markers are missing or doubled', () => {
    const [start, end] = REGIONS.inputs
    const outputs = REGIONS.outputs.join('\n')
    expect(() => replaceRegions(`${outputs}\n`, { inputs: '', outputs: '' })).toThrow(
      'where the inputs table goes'
    )
    expect(() =>
      replaceRegions(`${start}\n${end}\n${start}\n${end}\n${outputs}\n`, {
        inputs: '',
        outputs: ''
      })
    ).toThrow('exactly one')
  })
})

describe('README.md', () => {
  it('is what npm run docs writes from action.yml', async () => {
    const readme = readFileSync(readmePath, 'utf8')
    expect(firstDifference(readme, await generateReadme(readme))).toBeUndefined()
  })

  it('changes only inside the tables when action.yml changes', async () => {
    const readme = readFileSync(readmePath, 'utf8')
    const metadata = readActionMetadata()
    const changed = {
      ...metadata,
      inputs: metadata.inputs.map(input =>
        input.name === 'api-version' ? { ...input, description: 'Changed | text.' } : input
      )
    }
    const generated = await generateReadme(readme, changed)
    const difference = firstDifference(readme, generated)
    expect(difference?.expected).toContain('Changed \\| text.')
    const lines = readme.split('\n')
    const start = lines.indexOf(REGIONS.inputs[0])
    const end = lines.indexOf(REGIONS.inputs[1])
    expect(difference?.line).toBeGreaterThan(start + 1)
    expect(difference?.line).toBeLessThan(end + 1)
    // Everything after the inputs table is the same text.
    expect(generated.slice(generated.indexOf(REGIONS.inputs[1]))).toBe(
      readme.slice(readme.indexOf(REGIONS.inputs[1]))
    )
  })
})
