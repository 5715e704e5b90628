// The published package as users meet it: `npm pack` of the repository as it is (package.json is
// published unchanged), installed into an empty project without the registry by the npm of each
// runtime (the machine's Node and Node 24), then run through the project's .bin link. It must need
// nothing but itself and bring nothing but the appstore-devtest command.
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { node24, root } from '../support/run-action.mjs'

const fixtures = new URL('../fixtures/', import.meta.url).pathname
const APP = 'amzn1.devportal.mobileapp.0123456789abcdef0123456789abcdef'
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string
}

/** npm's own script, to run it on a chosen Node (the `npm` on PATH would pick its own). */
const npmCli = join(
  dirname(realpathSync(execFileSync('which', ['npm'], { encoding: 'utf8' }).trim())),
  'npm-cli.js'
)

interface PackedFile {
  path: string
}
const work = mkdtempSync(join(tmpdir(), 'devtest-packed-'))
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore']
  })
) as [{ filename: string; files: PackedFile[]; unpackedSize: number }]
const tarball = join(work, packed.filename)
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Bytes under a directory, links not followed. */
function sizeOf(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false })
  if (stat === undefined || !stat.isDirectory()) return stat?.size ?? 0
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0)
}

describe('npm pack', () => {
  it('holds the CLI, its chunks, its licenses and its docs: not the action, not the sources', () => {
    const paths = packed.files.map(file => file.path).sort()
    const cliChunks = readdirSync(join(root, 'dist'))
      .filter(name => /^\d+\.cli\.cjs$/.test(name))
      .map(name => `dist/${name}`)
    expect(cliChunks.length).toBeGreaterThan(0)
    expect(paths).toEqual(
      [
        'LICENSE',
        'README.md',
        'package.json',
        'docs/other-ci.md',
        'dist/cli.cjs',
        'dist/cli-bundle.cjs',
        'dist/cli.js',
        'dist/cli-licenses.txt',
        'dist/package.json',
        'dist/undici/index.cjs',
        'dist/undici/licenses.txt',
        ...cliChunks
      ].sort()
    )
  })

  it('publishes package.json with no dependencies and no install scripts', () => {
    const published = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >
    expect(published.dependencies).toBeUndefined()
    expect(published.optionalDependencies).toBeUndefined()
    expect(published.peerDependencies).toBeUndefined()
    expect(published.bundleDependencies).toBeUndefined()
    expect(published.bin).toEqual({ 'appstore-devtest': 'dist/cli.cjs' })
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) {
      expect(published.scripts?.[hook]).toBeUndefined()
    }
  })
})

const runtimes = [...new Set([process.execPath, node24])].map(node => ({
  node,
  version: execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
}))

describe.each(runtimes)('the packed tarball installed by npm on Node $version', ({ node }) => {
  const project = join(work, `project-${runtimes.findIndex(r => r.node === node)}`)
  mkdirSync(project)
  writeFileSync(join(project, 'package.json'), '{"name":"user-project","private":true}\n')
  writeFileSync(join(project, 'testers.yaml'), 'QA:\n  - ada@example.com\n')
  // This Node first on PATH: npm and the bin's `#!/usr/bin/env node` both run on it.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}`
  }
  delete env.NODE_OPTIONS
  execFileSync(
    node,
    [npmCli, 'install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball],
    { cwd: project, env, stdio: 'ignore' }
  )
  const modules = join(project, 'node_modules')

  /** The installed bin, run as npx and npm scripts run it. */
  const run = (args: string[], cwd = project, extraEnv: Record<string, string> = {}) =>
    execFileSync(join(modules, '.bin', 'appstore-devtest'), args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...env, ...extraEnv }
    })

  it('adds one package, no dependency, one .bin entry, about 2 MB', () => {
    expect(readdirSync(modules).sort()).toEqual(['.bin', '.package-lock.json', 'appstore-devtest'])
    expect(readdirSync(join(modules, '.bin'))).toEqual(['appstore-devtest'])
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dependencies?: object }>
    }
    expect(Object.keys(lock.packages).sort()).toEqual(['', 'node_modules/appstore-devtest'])
    expect(lock.packages['node_modules/appstore-devtest']?.dependencies).toBeUndefined()
    const size = sizeOf(modules)
    expect(size).toBeGreaterThan(1_000_000)
    expect(size).toBeLessThan(3_000_000)
  })

  it('prints its version on this Node', () => {
    expect(run(['--version']).trim()).toBe(`appstore-devtest ${pkg.version}`)
    expect(execFileSync('node', ['-p', 'process.execPath'], { env, encoding: 'utf8' }).trim()).toBe(
      node
    )
  })

  it('dry-runs a signed APK with --json', () => {
    const result = JSON.parse(
      run(
        [
          '--dry-run',
          '--json',
          '--app-id',
          APP,
          '--apk',
          join(fixtures, 'apk', 'all-schemes.apk'),
          '--testers',
          'ada@example.com'
        ],
        fixtures
      )
    ) as { ok: boolean; dryRun: boolean; exitCode: number; outputs: Record<string, string> }
    expect(result).toMatchObject({ ok: true, dryRun: true, exitCode: 0 })
    expect(Object.values(result.outputs)).toContain(
      'A3:2A:09:A2:80:DB:39:BE:91:C7:CD:66:78:FA:9B:9C:8A:C0:61:FE:14:F5:2E:18:F6:A1:B1:BB:7D:4A:59:E7'
    )
  })

  it('loads its chunks (the YAML parser) beside the bundle through the .bin link', () => {
    // With the link kept as the main module's path, the chunks are still found.
    const result = JSON.parse(
      run(
        [
          '--dry-run',
          '--json',
          '--app-id',
          APP,
          '--track-id',
          'devtest',
          '--testers-file',
          'testers.yaml'
        ],
        project,
        { NODE_OPTIONS: '--preserve-symlinks-main' }
      )
    ) as unknown
    expect(result).toMatchObject({ ok: true, dryRun: true, exitCode: 0 })
  })
})
