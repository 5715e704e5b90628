// npm run demo on a fresh clone before npm ci: one sentence saying what to do, not a stack trace
// about the missing yaml package; and a failed demo run says the fix in the demo's flags too.
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root } from '../support/run-action.mjs'

const clone = mkdtempSync(join(tmpdir(), 'devtest-no-modules-'))
afterAll(() => rmSync(clone, { recursive: true, force: true }))

describe('npm run demo without node_modules', () => {
  it('says to run npm ci first', () => {
    for (const path of ['script', 'fake-amazon', 'action.yml', 'package.json']) {
      cpSync(join(root, path), join(clone, path), { recursive: true })
    }
    const run = spawnSync(process.execPath, [join(clone, 'script', 'demo.mjs')], {
      cwd: clone,
      encoding: 'utf8',
      timeout: 30_000
    })
    expect(run.status).toBe(1)
    expect(run.stderr.trim()).toBe(
      'The demo needs the dev dependencies, which are not installed: run npm ci first.'
    )
    expect(run.stdout).toBe('')
  })
})

describe('npm run demo -- --registered', () => {
  it("says the repeat-run fix in the demo's words after the workflow's", () => {
    const run = spawnSync(process.execPath, [join(root, 'script', 'demo.mjs'), '--registered'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000
    })
    expect(run.status).toBe(1)
    // The step's own log is the action's, unchanged.
    expect(run.stdout).toContain('add `track-id: ${{ vars.DEVTEST_TRACK_ID }}` to this step')
    expect(run.stdout).toMatch(
      /^In the demo: If an earlier run already registered the app, register it once only: save the trackId of that run \(under Outputs\) as a shell variable, DEVTEST_TRACK_ID, and run `npm run demo -- --track-id "\$DEVTEST_TRACK_ID"`; the demo then only adds testers\.$/m
    )
    expect(run.stdout.match(/^In the demo: /gm)).toHaveLength(1)
  })
})
