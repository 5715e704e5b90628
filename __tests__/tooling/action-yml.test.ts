// action.yml is what users read and what the runner applies: it must agree with the code.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import type { Inputs } from '../../src/engine/inputs.js'
import { ACTION_VERSION } from '../../src/shared/version.js'

const root = new URL('../../', import.meta.url)
const action = parse(readFileSync(new URL('action.yml', root), 'utf8')) as {
  runs: { using: string; main: string }
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
}

describe('action.yml', () => {
  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('declares exactly the inputs the code reads, each described', () => {
    const expected: Record<keyof Inputs, true> = {
      'client-id': true,
      'client-secret': true,
      'app-id': true,
      'package-name': true,
      certificate: true,
      'certificate-file': true,
      apk: true,
      testers: true,
      'testers-file': true,
      'tester-group': true,
      'track-id': true,
      'dry-run': true,
      'api-url': true,
      'token-url': true,
      'api-version': true,
      'max-attempts': true,
      'request-timeout': true
    }
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(expected).sort())
    for (const spec of Object.values(action.inputs))
      expect(spec.description.length).toBeGreaterThan(20)
  })

  it('declares the outputs users depend on', () => {
    expect(Object.keys(action.outputs)).toEqual([
      'trackId',
      'uniqueTesterCount',
      'groups',
      'certificateSha256',
      'artifactPaths'
    ])
  })

  it('sends the version of package.json in the User-Agent', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
      version: string
    }
    expect(ACTION_VERSION).toBe(pkg.version)
  })
})
