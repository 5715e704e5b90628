// action.yml read once, for every tool that shows the action's inputs and outputs: the README
// tables (script/docs.mjs), the demo's flags (script/demo.mjs), the test harness's defaults and
// the module the CLI's flags and help come from (script/generate-action-yml-module.mjs). One
// reader, so no tool restates what action.yml already says.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const actionYmlPath = fileURLToPath(new URL('../../action.yml', import.meta.url))

/**
 * The inputs and outputs of action.yml, in file order. An input is { name, description,
 * required, default } (default: a string, or undefined when there is none); an output is
 * { name, description }. Descriptions are single-line: folded YAML scalars joined by spaces.
 */
export function readActionMetadata(text = readFileSync(actionYmlPath, 'utf8')) {
  const action = parse(text)
  if (!isMapping(action) || !isMapping(action.inputs) || !isMapping(action.outputs)) {
    throw new Error('action.yml must have inputs and outputs mappings')
  }
  const inputs = Object.entries(action.inputs).map(([name, spec]) => ({
    name,
    description: oneLine(describe(spec, `input ${name}`)),
    required: spec.required === true,
    default: spec.default === undefined ? undefined : String(spec.default)
  }))
  const outputs = Object.entries(action.outputs).map(([name, spec]) => ({
    name,
    description: oneLine(describe(spec, `output ${name}`))
  }))
  return {
    name: String(action.name),
    description: oneLine(String(action.description)),
    inputs,
    outputs
  }
}

function describe(spec, what) {
  if (!isMapping(spec) || typeof spec.description !== 'string' || spec.description.trim() === '')
    throw new Error(`action.yml: ${what} has no description`)
  return spec.description
}

function oneLine(text) {
  return text.trim().split(/\s+/).join(' ')
}

function isMapping(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
