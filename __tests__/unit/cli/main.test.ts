import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../../../src/cli/main.js'

const APP = 'amzn1.devportal.mobileapp.0123456789abcdef0123456789abcdef'
const fixtures = new URL('../../fixtures/', import.meta.url).pathname

async function cli(args: string[], env: Record<string, string> = {}) {
  let stdout = ''
  let stderr = ''
  const exitCode = await runCli(args, env, {
    stdout: text => (stdout += text),
    stderr: text => (stderr += text),
    colour: false,
    cwd: () => fixtures
  })
  return { exitCode, stdout, stderr }
}

const dryRun = ['--dry-run', '--app-id', APP, '--package-name', 'com.example.app']

describe('runCli', () => {
  it('on a dry run, logs the plan on stderr and prints nothing on stdout without --json', async () => {
    const result = await cli([
      ...dryRun,
      '--certificate-file',
      'certs/ec-p384.pem',
      '--testers',
      'ada@example.com'
    ])
    expect(result).toMatchObject({ exitCode: 0, stdout: '' })
    expect(result.stderr).toContain('Group "DevTest": 1 tester — a•••@example.com')
  })

  it('keeps JSON valid and inert when a value holds control characters', async () => {
    const result = await cli([
      ...dryRun,
      '--certificate-file',
      'certs/ec-p384.pem',
      '--tester-group',
      'QA\u009b2J',
      '--testers',
      'ada@example.com\nADA@example.com',
      '--json'
    ])
    // A group name with a control character is refused before anything is sent.
    expect(result.exitCode).toBe(2)
    expect(result.stdout).not.toMatch(/[\u007f-\u009f]/)
    const json = JSON.parse(result.stdout) as { error: { message: string } }
    expect(json.error.message).toMatch(/- --tester-group: must be one group name on one line/)
    expect(result.stderr).not.toMatch(/[\u007f-\u009f]/)
  })

  it('redacts a secret from the JSON as from the log', async () => {
    const secret = 'amzn1.oa2-cs.v1.abc def'
    const result = await cli([...dryRun, '--testers', 'x', '--json'], {
      AMAZON_CLIENT_SECRET: secret
    })
    expect(result.exitCode).toBe(2)
    expect(result.stdout + result.stderr).not.toContain(secret)
    // A dry run refused for its input is a dry run still.
    expect(JSON.parse(result.stdout)).toMatchObject({ dryRun: true, error: { kind: 'input' } })
  })

  it('refuses an --output-env path it cannot write, before anything else, also in JSON', async () => {
    const result = await cli([...dryRun, '--output-env', 'certs/ec-p384.pem/x.env', '--json'])
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toMatch(
      /^error: --output-env: certs\/ec-p384\.pem\/x\.env cannot be written \(ENOTDIR\)/
    )
    expect(JSON.parse(result.stdout)).toEqual({
      ok: false,
      dryRun: true,
      exitCode: 2,
      outputs: {},
      warnings: [],
      error: { kind: 'input', message: expect.stringContaining('cannot be written') }
    })
    expect(readFileSync(`${fixtures}certs/ec-p384.pem`, 'utf8')).toMatch(/^-----BEGIN/)
  })

  it('refuses an --output-env that is a symbolic link before anything is read or sent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'output-env-'))
    writeFileSync(join(dir, 'precious.txt'), 'keep me\n')
    symlinkSync(join(dir, 'precious.txt'), join(dir, 'devtest.env'))
    const result = await cli([
      ...dryRun,
      '--certificate-file',
      'certs/ec-p384.pem',
      '--testers',
      'ada@example.com',
      '--output-env',
      join(dir, 'devtest.env')
    ])
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toContain('devtest.env is a symbolic link; name a file; nothing was sent')
    expect(readFileSync(join(dir, 'precious.txt'), 'utf8')).toBe('keep me\n')
  })

  it("refuses a project's own dotenv file as --output-env, and leaves it as it was", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'output-env-'))
    const project = 'DATABASE_URL=postgres://app:secret1@db/app\nRAILS_ENV=production\n'
    writeFileSync(join(dir, '.env'), project)
    const result = await cli([
      ...dryRun,
      '--certificate-file',
      'certs/ec-p384.pem',
      '--testers',
      'ada@example.com',
      '--output-env',
      join(dir, '.env')
    ])
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toMatch(
      /^error: --output-env: .*\.env holds something other than an earlier --output-env file; name a new file, such as devtest\.env; nothing was sent to Amazon\.$/m
    )
    expect(readFileSync(join(dir, '.env'), 'utf8')).toBe(project)
  })

  it('refuses a flag given twice and an empty --output-env, instead of dropping a value', async () => {
    const result = await cli([
      ...dryRun,
      '--testers',
      'ada@example.com',
      '--testers',
      'bob@example.com',
      '--output-env',
      ''
    ])
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toContain('--testers is given twice; give it once')
    expect(result.stderr).toContain('--output-env needs a file name')
  })
})
