// The README's inputs block and outputs list are generated from action.yml (script/docs.mjs, over
// script/lib/action-metadata.mjs): what users read in the README must be what the runner applies.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { readActionMetadata } from '../../script/lib/action-metadata.mjs'
import { parse } from 'yaml'
import {
  REGIONS,
  WIDTH,
  firstDifference,
  generateReadme,
  outputsList,
  readmePath,
  replaceRegions,
  usageBlock,
  wrapProse
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

describe('the generated parts', () => {
  it('show every input as actions/checkout does: description, Required, Default, name', () => {
    const block = usageBlock(readActionMetadata(ACTION).inputs, 'owner/repo@v1')
    expect(block.split('\n')).toEqual([
      '```yaml',
      '- uses: owner/repo@v1',
      '  with:',
      '    # A long description folded over lines.',
      '    # Required.',
      "    first: ''",
      '',
      '    # Second | with a pipe and <html>.',
      '    # Default: 4',
      "    second: ''",
      '```'
    ])
  })

  it('wrap descriptions within the width, and the block is YAML naming every input', () => {
    const long = {
      name: 'long',
      description: 'word '.repeat(60).trim(),
      required: false,
      default: undefined
    }
    const block = usageBlock([long])
    const lines = block.split('\n')
    expect(lines.filter(line => line.startsWith('    # '))).toHaveLength(4)
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(WIDTH)
    const inputs = readActionMetadata().inputs
    const yamlText = usageBlock(inputs).replace(/^```yaml\n|```$/g, '')
    const [step] = parse(yamlText) as [{ uses: string; with: Record<string, string> }]
    expect(Object.keys(step.with)).toEqual(inputs.map(input => input.name))
  })

  it('list outputs with markup escaped, and never start a continuation line with a list marker', () => {
    const list = outputsList([
      { name: 'out', description: `${'filler '.repeat(12)}- not a list item, [not](a link)` }
    ])
    expect(list).toContain('\\[not\\](a link)')
    for (const line of list.split('\n').slice(1)) expect(line).toMatch(/^ {2}[^-+#>=\d]/)
    expect(wrapProse('aaa bbb - - ccc 12. ddd eee', 8)).toEqual([
      'aaa bbb - -',
      'ccc 12.',
      'ddd eee'
    ])
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
      'where the inputs go'
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

  it('changes only inside the inputs block when action.yml changes', async () => {
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
    expect(difference?.expected).toBe('    # Changed | text.')
    const lines = readme.split('\n')
    const start = lines.indexOf(REGIONS.inputs[0])
    const end = lines.indexOf(REGIONS.inputs[1])
    expect(difference?.line).toBeGreaterThan(start + 1)
    expect(difference?.line).toBeLessThan(end + 1)
    // Everything after the inputs block is the same text.
    expect(generated.slice(generated.indexOf(REGIONS.inputs[1]))).toBe(
      readme.slice(readme.indexOf(REGIONS.inputs[1]))
    )
  })
})
