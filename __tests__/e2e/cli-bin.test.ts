// The package's bin (src/cli-bin.cjs, copied to dist/cli.cjs): it keeps Node's module compile
// cache only in a folder of its own that no other account can write, since what is in the cache
// is code that Node runs. Run on Node 24, which has module.enableCompileCache (22.1 and later).
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { binPath, runCli } from '../support/run-cli.mjs'

const temporaryFolders: string[] = []
afterEach(() => {
  for (const folder of temporaryFolders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

/** A fresh folder for the child's os.tmpdir(), and where the bin keeps its cache inside it. */
function newTmpdir(): { tmp: string; own: string } {
  const tmp = mkdtempSync(join(tmpdir(), 'cli-bin-'))
  temporaryFolders.push(tmp)
  return { tmp, own: join(tmp, `appstore-devtest-${process.getuid?.() ?? 0}`) }
}

async function runBin(env: Record<string, string>): Promise<void> {
  const run = await runCli({ args: ['--version'], entry: binPath, env })
  expect(run.stderr).toBe('')
  expect(run.exitCode).toBe(0)
  expect(run.stdout).toMatch(/^appstore-devtest \d+\.\d+\.\d+/)
}

const describeOnUnix = process.platform === 'win32' ? describe.skip : describe

describeOnUnix('the bin’s compile cache', () => {
  it('is kept in a folder of its own, open to its owner only, and filled by a run', async () => {
    const { tmp, own } = newTmpdir()
    await runBin({ TMPDIR: tmp })
    expect(statSync(own).mode & 0o777).toBe(0o700)
    const cache = join(own, 'compile-cache')
    // One folder per Node version, holding the bundle's compiled code.
    const [version] = readdirSync(cache)
    expect(readdirSync(join(cache, version ?? '')).length).toBeGreaterThan(0)
    // Node's shared default folder is not used.
    expect(readdirSync(tmp)).toEqual([`appstore-devtest-${process.getuid?.() ?? 0}`])
    await runBin({ TMPDIR: tmp }) // a second run reads it
  })

  it('is not used in a folder that other accounts can write', async () => {
    const { tmp, own } = newTmpdir()
    mkdirSync(own)
    chmodSync(own, 0o777)
    await runBin({ TMPDIR: tmp })
    expect(readdirSync(own)).toEqual([])
  })

  it('is not used through a link, even to a folder of its own', async () => {
    const { tmp, own } = newTmpdir()
    const elsewhere = join(tmp, 'elsewhere')
    mkdirSync(elsewhere, { mode: 0o700 })
    symlinkSync(elsewhere, own)
    await runBin({ TMPDIR: tmp })
    expect(readdirSync(elsewhere)).toEqual([])
  })

  it('is off with NODE_DISABLE_COMPILE_CACHE, and goes where NODE_COMPILE_CACHE says', async () => {
    const { tmp, own } = newTmpdir()
    await runBin({ TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: '1' })
    expect(readdirSync(tmp)).toEqual([])
    const chosen = join(tmp, 'chosen')
    await runBin({ TMPDIR: tmp, NODE_COMPILE_CACHE: chosen })
    expect(readdirSync(chosen).length).toBeGreaterThan(0)
    expect(() => statSync(own)).toThrow()
  })
})
