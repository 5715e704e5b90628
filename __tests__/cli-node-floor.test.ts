// The CLI on a Node below its floor (package.json engines): one line naming the versions that
// work, exit code 2, no stack trace. A Node without process.getBuiltinModule (before 20.16, 21,
// 22.0 to 22.2) is stood in for by deleting it before the bundle loads.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { binPath } from '../script/run-cli.mjs'

const engines = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    engines: { node: string }
  }
).engines.node

describe('dist/cli.cjs on a Node without process.getBuiltinModule', () => {
  it('names the Node versions package.json supports and exits 2', () => {
    const work = mkdtempSync(join(tmpdir(), 'cli-node-floor-'))
    try {
      const preload = join(work, 'old-node.cjs')
      writeFileSync(preload, 'delete process.getBuiltinModule\n')
      const run = spawnSync(process.execPath, ['--require', preload, binPath, '--version'], {
        encoding: 'utf8',
        timeout: 60_000
      })
      expect(run.status).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toBe(
        'error: appstore-devtest needs Node 20.16 or a later 20, or 22.3 or later (package.json ' +
          `engines: ${engines}); this is Node ${process.versions.node}.\n`
      )
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  })
})
