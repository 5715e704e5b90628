// docs/troubleshooting.md is generated from the catalogues in src/ (npm run docs): the page must
// be what the generator writes, every catalogued input problem must still be a message the code
// writes, and every known Amazon failure must be on the page.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { KnownErrors } from '../../src/amazon/errors.js'
import { COMMON_INPUT_PROBLEMS } from '../../src/engine/input-problems.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const page = readFileSync(join(root, 'docs/troubleshooting.md'), 'utf8')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : [join(dir, entry.name)]
  )
}

describe('docs/troubleshooting.md', () => {
  it('is what npm run docs writes from the catalogues', () => {
    const output = execFileSync(process.execPath, ['script/docs.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8'
    })
    expect(output).toContain('docs/troubleshooting.md: generated parts match their sources.')
  })

  it('lists every known Amazon failure and every catalogued input problem', () => {
    for (const known of Object.values(KnownErrors)) expect(page).toContain(`\`${known.what}\``)
    for (const problem of COMMON_INPUT_PROBLEMS) expect(page).toContain(`\`${problem.symptom}\``)
  })

  it('catalogues only messages the code still writes', () => {
    const code = sources(join(root, 'src'))
      .filter(file => !file.endsWith('input-problems.ts'))
      .map(file => readFileSync(file, 'utf8'))
      .join('\n')
    const gone = COMMON_INPUT_PROBLEMS.filter(problem => !code.includes(problem.said))
    expect(gone).toEqual([])
  })
})
