// The published package: npm run pack builds it, npm installs it into an empty project without
// the registry, and its bin runs a dry run. It must need nothing but itself.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root } from '../support/run-action.mjs'

const fixtures = new URL('../fixtures/', import.meta.url).pathname
const APP = 'amzn1.devportal.mobileapp.0123456789abcdef0123456789abcdef'

describe('npm run pack', () => {
  it('makes a package with no dependencies whose appstore-devtest bin runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'devtest-packed-'))
    const tarball = execFileSync('node', [join(root, 'script', 'pack.mjs'), dir], {
      encoding: 'utf8'
    }).trim()
    const project = join(dir, 'project')
    execFileSync('mkdir', [project])
    writeFileSync(join(project, 'package.json'), '{"name":"user-project","private":true}\n')
    writeFileSync(join(project, 'testers.yaml'), 'QA:\n  - ada@example.com\n')
    execFileSync(
      'npm',
      ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball],
      { cwd: project, stdio: 'ignore' }
    )
    const installed = JSON.parse(
      readFileSync(join(project, 'node_modules', 'appstore-devtest', 'package.json'), 'utf8')
    ) as Record<string, unknown>
    expect(installed.bin).toEqual({ 'appstore-devtest': 'dist/cli.cjs' })
    expect(installed.dependencies).toBeUndefined()
    expect(installed.optionalDependencies).toBeUndefined()

    /** A dry run of the installed bin, as npx runs it; its --json result. */
    const dryRun = (args: string[], cwd: string, env: Record<string, string> = {}) =>
      JSON.parse(
        execFileSync(
          join(project, 'node_modules', '.bin', 'appstore-devtest'),
          ['--dry-run', '--json', '--app-id', APP, ...args],
          {
            cwd,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
            env: { ...process.env, ...env }
          }
        )
      ) as unknown
    const done = { ok: true, dryRun: true, exitCode: 0 }
    expect(
      dryRun(
        [
          '--package-name',
          'com.example.app',
          '--certificate-file',
          'certs/ec-p384.pem',
          '--testers',
          'ada@example.com'
        ],
        fixtures
      )
    ).toMatchObject(done)
    // Through npm's .bin link with the link kept as the main module's path, the chunks (here
    // the YAML parser's) are still found beside the bundle.
    expect(
      dryRun(['--track-id', 'devtest', '--testers-file', 'testers.yaml'], project, {
        NODE_OPTIONS: '--preserve-symlinks-main'
      })
    ).toMatchObject(done)
  })
})
