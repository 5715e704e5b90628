// The two ways to run the action by hand that the README and CONTRIBUTING.md promise:
// `npm run demo -- --<input> …` (script/demo.mjs) and the fake alone (node fake-amazon/server.mjs).
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const demo = fileURLToPath(new URL('../../script/demo.mjs', import.meta.url))
const fakeServer = fileURLToPath(new URL('../../fake-amazon/server.mjs', import.meta.url))
const fixtures = fileURLToPath(new URL('../fixtures/apk/', import.meta.url))
const PEM = readFileSync(new URL('../fixtures/certs/ec-p384.pem', import.meta.url), 'utf8')

interface Finished {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Runs node on a script; killed after a wide bound so a hang fails instead of stalling. */
function runNode(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Finished> {
  // npm sets INIT_CWD for the jest run itself; each case says where its paths start.
  const inherited = { ...process.env }
  delete inherited.INIT_CWD
  const child = spawn(process.execPath, args, { cwd, env: { ...inherited, ...env } })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stderr += chunk))
  const killer = setTimeout(() => child.kill('SIGKILL'), 120_000)
  return new Promise(resolve =>
    child.on('close', (code, signal) => {
      clearTimeout(killer)
      resolve({ code, signal, stdout, stderr })
    })
  )
}

describe('npm run demo with flags', () => {
  it('runs the given APK, a path relative to the current directory, and registers its package', async () => {
    const run = await runNode(
      [demo, '--apk', 'v2-only.apk', '--testers', 'ada@example.com'],
      fixtures
    )
    expect(run.stderr).not.toContain('The demo run failed')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Read v2-only.apk (8.3 kB): package and v2 signer certificate.')
    expect(run.stdout).toContain('Package: com.example.devtest')
    expect(run.stdout).toContain('Amazon added groups "DevTest"; 1 unique tester.')
    expect(run.stdout).toMatch(/register → 200/)
  })

  it('takes paths relative to the directory npm was started from (INIT_CWD)', async () => {
    const run = await runNode([demo, '--apk', 'v3-only.apk', '--dry-run', 'true'], root, {
      INIT_CWD: fixtures
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Read v3-only.apk (8.3 kB): package and v3 signer certificate.')
    expect(run.stdout).toContain('Dry run: the inputs are valid; nothing was sent to Amazon.')
    expect(run.stdout).toContain('0 requests over 0 connections')
  })

  it('takes --dry-run alone, as the CLI does, as well as --dry-run true', async () => {
    for (const args of [['--dry-run'], ['--dry-run', 'true']]) {
      const run = await runNode([demo, ...args, '--apk', 'v2-only.apk'], fixtures)
      expect(run.code).toBe(0)
      expect(run.stdout).toContain('0 requests over 0 connections')
    }
  })

  it('fails when the step fails', async () => {
    const run = await runNode([demo, '--apk', 'unsigned.apk'], fixtures)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('apk:')
    expect(run.stderr).toContain('The demo run failed.')
  })

  it('rehearses a repeat run: --registered fails on the 409 and says to set track-id', async () => {
    const refused = await runNode([demo, '--registered'], root)
    expect(refused.code).toBe(1)
    expect(refused.stdout).toContain('Amazon reported a conflict (409)')
    expect(refused.stdout).toContain('track-id: ${{ vars.DEVTEST_TRACK_ID }}')
    expect(refused.stdout).toMatch(/register → 409/)
    expect(refused.stdout).not.toMatch(/testers → /)
    const repeat = await runNode([demo, '--registered', '--track-id', 'devtest'], root)
    expect(repeat.code).toBe(0)
    expect(repeat.stdout).not.toMatch(/register → /)
    expect(repeat.stdout).toMatch(/tracks\/devtest\/testers → 200/)
  })

  it('refuses an unknown flag and the endpoints, before starting anything', async () => {
    const unknown = await runNode([demo, '--apks', 'x.apk'], root)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("Unknown option '--apks'")
    expect(unknown.stderr).toContain('--testers-file')
    const endpoint = await runNode([demo, '--api-url', 'https://example.com'], root)
    expect(endpoint.code).toBe(2)
    expect(endpoint.stderr).toContain('--api-url cannot be given')
  })
})

describe('node fake-amazon/server.mjs', () => {
  /** Starts the fake alone, as CONTRIBUTING.md shows; waits for the inputs it prints. */
  async function startStandalone(args: string[]) {
    const child = spawn(process.execPath, [fakeServer, '--port', '0', ...args], { cwd: root })
    let stdout = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    const closed = new Promise<[number | null, NodeJS.Signals | null]>(resolve =>
      child.on('close', (code, signal) => {
        clearTimeout(killer)
        resolve([code, signal])
      })
    )
    const printed = async (text: string) => {
      while (!stdout.includes(text)) await new Promise(resolve => setTimeout(resolve, 50))
    }
    await printed('Requests:')
    const field = (name: string): string => new RegExp(`${name}:\\s+(\\S+)`).exec(stdout)?.[1] ?? ''
    const token = async () => {
      const response = await fetch(field('token-url'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: field('client-id'),
          client_secret: field('client-secret'),
          scope: 'appstore::apps:readwrite'
        })
      })
      return { status: response.status, json: (await response.json()) as { access_token: string } }
    }
    const stop = async () => {
      child.kill('SIGTERM')
      return closed
    }
    return { field, token, printed, stop, stdout: () => stdout }
  }

  it('prints what the step needs, answers on it, and stops cleanly on SIGTERM', async () => {
    const fake = await startStandalone([])
    expect(fake.field('api-url')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/appstore$/)
    expect(fake.field('app-id')).toMatch(/^amzn1\.devportal\.mobileapp\./)
    expect(fake.stdout()).toContain(
      `npx appstore-devtest --api-url ${fake.field('api-url')} --token-url ${fake.field('token-url')}`
    )
    expect((await fake.token()).status).toBe(200)
    await fake.printed('POST /auth/o2/token → 200')
    const [code, signal] = await fake.stop()
    expect(signal).toBeNull()
    expect(code).toBe(0)
    expect(fake.stdout()).toContain('SIGTERM: stopping.')
  })

  it('with --refuse-repeat-registration, registers once and answers 409 after', async () => {
    const fake = await startStandalone(['--refuse-repeat-registration'])
    try {
      const { json } = await fake.token()
      const register = () =>
        fetch(`${fake.field('api-url')}/v1/applications/${fake.field('app-id')}/devtest/register`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${json.access_token}`
          },
          body: JSON.stringify({ packageName: 'com.example.app', certificate: PEM })
        }).then(response => response.status)
      expect(await register()).toBe(200)
      expect(await register()).toBe(409)
    } finally {
      await fake.stop()
    }
  })

  it('with --outputs-file, appends the inputs as name=value lines; --stop-after ends it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-outputs-'))
    try {
      const outputs = join(dir, 'outputs')
      writeFileSync(outputs, 'earlier=kept\n')
      const run = await runNode(
        [fakeServer, '--outputs-file', outputs, '--stop-after', '1', '--track-id', 'devtest-ci'],
        root
      )
      expect(run.code).toBe(0)
      expect(run.stdout).toContain('1 s passed: stopping.')
      const lines = readFileSync(outputs, 'utf8').split('\n')
      expect(lines[0]).toBe('earlier=kept')
      expect(lines.slice(1).map(line => line.split('=')[0])).toEqual([
        'api-url',
        'token-url',
        'client-id',
        'client-secret',
        'app-id',
        ''
      ])
      expect(lines[1]).toMatch(/^api-url=http:\/\/127\.0\.0\.1:\d+\/api\/appstore$/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('rejects a --stop-after that is not a whole number of seconds', async () => {
    const run = await runNode([fakeServer, '--stop-after', '0.5'], root)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--stop-after must be a whole number of seconds')
  })

  it('rejects a port that is not one', async () => {
    const run = await runNode([fakeServer, '--port', '70000'], root)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--port must be a port number')
  })
})
