// npm run generate: writes src/shared/action-yml.ts, action.yml's inputs and outputs as a TypeScript
// module. The CLI takes its flags and --help from it, so the two front doors cannot drift, and it
// parses no YAML at start-up. npm run bundle runs this first; a test fails when the file is stale.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { format } from 'prettier'
import { readActionMetadata } from './lib/action-metadata.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const TARGET = join(root, 'src', 'shared', 'action-yml.ts')

/** The module's text for the given action.yml text. */
export async function renderActionYmlModule(actionYml) {
  const metadata = readActionMetadata(actionYml)
  const inputs = Object.fromEntries(
    metadata.inputs.map(({ name, description, required, default: value }) => [
      name,
      { description, required, ...(value !== undefined && { default: value }) }
    ])
  )
  const defaults = Object.fromEntries(
    metadata.inputs
      .filter(input => input.default !== undefined)
      .map(input => [input.name, input.default])
  )
  const outputs = Object.fromEntries(
    metadata.outputs.map(({ name, description }) => [name, { description }])
  )
  const text =
    '// Generated from action.yml by script/generate-action-yml-module.mjs (npm run generate).\n' +
    '// Do not edit: change action.yml and run npm run generate.\n\n' +
    'export interface ActionInputSpec {\n  description: string\n  required: boolean\n  default?: string\n}\n\n' +
    "/** The action's inputs: the CLI's flags. */\n" +
    `export const ACTION_INPUTS = ${JSON.stringify(inputs)} as const satisfies Record<string, ActionInputSpec>\n\n` +
    "/** The inputs' defaults, as the runner applies them: the code applies them to empty values too. */\n" +
    `export const ACTION_DEFAULTS = ${JSON.stringify(defaults)} as const\n\n` +
    "/** The action's outputs. */\n" +
    `export const ACTION_OUTPUTS = ${JSON.stringify(outputs)} as const\n\n` +
    'export type ActionInputName = keyof typeof ACTION_INPUTS\n\n' +
    "/** The inputs' values, as the runner passes them: text, empty when not set. */\n" +
    'export type ActionInputValues = Record<ActionInputName, string>\n'
  const options = JSON.parse(readFileSync(join(root, '.prettierrc.json'), 'utf8'))
  return format(text, { ...options, parser: 'typescript' })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(TARGET, await renderActionYmlModule(readFileSync(join(root, 'action.yml'), 'utf8')))
}
