// src/shared/action-yml.ts is generated from action.yml at build time, so the CLI parses no YAML at
// start-up. It must be what the generator makes of today's action.yml.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { renderActionYmlModule, TARGET } from '../../script/generate-action-yml-module.mjs'

const root = new URL('../../', import.meta.url)

describe('src/shared/action-yml.ts', () => {
  it('is current: run npm run generate after changing action.yml', async () => {
    const actionYml = readFileSync(new URL('action.yml', root), 'utf8')
    const rendered = await renderActionYmlModule(actionYml)
    expect(readFileSync(TARGET, 'utf8')).toBe(rendered)
  })

  it('carries every input with its description, requiredness and default', async () => {
    const rendered = await renderActionYmlModule(
      'inputs:\n  a-b:\n    description: >-\n      Two\n      lines.\n    required: true\n' +
        "  c:\n    description: C.\n    default: 'false'\noutputs:\n  out:\n    description: O.\n"
    )
    expect(rendered).toContain("'a-b': { description: 'Two lines.', required: true }")
    expect(rendered).toContain("c: { description: 'C.', required: false, default: 'false' }")
    expect(rendered).toContain("out: { description: 'O.' }")
  })
})
