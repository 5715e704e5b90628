import * as core from '@actions/core'
import { INPUT_NAMES, type Inputs } from '../engine/inputs.js'

/** Reads every input. The client secret is masked before anything else can print it. */
export function getInputs(): Inputs {
  const inputs = Object.fromEntries(INPUT_NAMES.map(name => [name, core.getInput(name)])) as Record<
    keyof Inputs,
    string
  >
  if (inputs['client-secret']) core.setSecret(inputs['client-secret'])
  return inputs
}
