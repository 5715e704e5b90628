// Nothing the action or the CLI prints steers the runner. The bundled action and CLI run against
// the local fake with hostile names in every place text from outside is printed (tester groups,
// the tester-group input, a certificate subject, an APK file name matched by a pattern, Amazon's
// groups answer and error bodies), and their output is read by a port of the runner's own
// command parsers (support/runner-commands.ts). The only commands found are the action's own.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeAmazon, type FakeAmazon } from '../../fake-amazon/server.mjs'
import { runAction } from '../support/run-action.mjs'
import { runCli } from '../support/run-cli.mjs'
import { inertLog, printable, withoutOldCommands } from '../../src/shared/printable.js'
import { describePlan } from '../../src/engine/plan.js'
import type { Settings } from '../../src/engine/settings.js'
import { runnerCommands, tryParse } from '../support/runner-commands.js'

const APP = 'amzn1.devportal.mobileapp.0123456789abcdef0123456789abcdef'
const FIXTURES = new URL('../fixtures/', import.meta.url).pathname
/** Every older-syntax command that would hurt: stop the parser, forge outputs, fake annotations. */
const HOSTILE = [
  '##[stop-commands]x1',
  '##[set-output name=trackId]forged',
  '##[error]forged',
  '##[add-mask]forged',
  '##[warning file=a.ts]forged'
]
const hostile = (i: number) => HOSTILE[i % HOSTILE.length] ?? ''

/** The commands the action itself writes: workflow commands in the "::" syntax only. */
const OWN_COMMANDS = new Set(['group', 'endgroup', 'add-mask', 'warning', 'error', 'debug'])

function expectOnlyOwnCommands(output: string): void {
  const commands = runnerCommands(output)
  expect(commands.filter(c => c.syntax !== 'v2' || !OWN_COMMANDS.has(c.command.command))).toEqual(
    []
  )
}

let fake: FakeAmazon
let dir: string
let subjectCert: string

beforeAll(async () => {
  fake = await startFakeAmazon({ apps: { [APP]: { trackId: 'devtest-e2e' } } })
  dir = mkdtempSync(join(tmpdir(), 'runner-commands-'))
  // A certificate whose subject carries the older syntax, and an APK whose file name does.
  subjectCert = join(dir, 'cert.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      subjectCert,
      '-days',
      '30',
      '-subj',
      `/CN=x ${HOSTILE[0]} ${HOSTILE[1]}/O=${HOSTILE[2]}`
    ],
    { stdio: 'ignore' }
  )
  mkdirSync(join(dir, 'out'))
  copyFileSync(join(FIXTURES, 'apk/two-signers.apk'), join(dir, 'out', `app ${HOSTILE[0]}x.apk`))
})
afterAll(async () => {
  await fake.close()
  rmSync(dir, { recursive: true, force: true })
})
beforeEach(() => fake.reset())

const TESTERS = [
  `"QA ${hostile(0)}":`,
  '  - ada@example.com',
  `"Beta ${hostile(1)}":`,
  '  - bob@example.com',
  '  - bob@example.com', // a warning that names the group
  `"${hostile(2)} Ops":`,
  '  - carol@example.org'
].join('\n')

/** Inputs the action takes, hostile wherever text from outside is printed. */
function hostileInputs(): Record<string, string> {
  return {
    'client-id': fake.clientId,
    'client-secret': fake.clientSecret,
    'app-id': APP,
    'package-name': 'com.example.app',
    'certificate-file': subjectCert,
    testers: `${TESTERS}\n`,
    'tester-group': `Default ${hostile(3)}`,
    'api-url': fake.apiUrl,
    'token-url': fake.tokenUrl
  }
}

const amazonGroups = () => {
  fake.fault('testers', {
    status: 200,
    body: { groups: HOSTILE.map(h => `G ${h}`), uniqueTesterCount: 3 }
  })
}
const amazonError = () => {
  fake.fault('register', {
    status: 400,
    shape: 'flat',
    errorCode: `x${HOSTILE[0]}`,
    errorMessage: HOSTILE.join(' ')
  })
}

describe('the bundled action, read by the runner', () => {
  async function action(inputs: Record<string, string>) {
    const result = await runAction({ workspace: dir, timeoutMs: 60_000, inputs })
    expect(result.timedOut).toBe(false)
    return result
  }

  it('plan lines, warnings and the group answer: only the action own commands', async () => {
    amazonGroups()
    const result = await action(hostileInputs())
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('Certificate subject: ')
    expect(result.stdout).toContain('Group "QA ##\\[stop-commands]x1"')
    expect(result.stdout).toMatch(/^::warning::.*Beta ##\\\[set-output/m)
    expect(result.stdout).toContain('Amazon added groups "G ##\\[stop-commands]x1"')
    expectOnlyOwnCommands(result.stdout + result.stderr)
    // The output is Amazon's answer, unchanged: it goes to GITHUB_OUTPUT, which is not parsed.
    expect(JSON.parse(result.outputs.groups ?? '[]')).toEqual(HOSTILE.map(h => `G ${h}`))
  })

  it('the tester-group input', async () => {
    const result = await action({ ...hostileInputs(), testers: 'ada@example.com' })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('Group "Default ##\\[add-mask]forged"')
    expectOnlyOwnCommands(result.stdout + result.stderr)
  })

  it('an APK file name matched by a pattern', async () => {
    const result = await action({
      ...hostileInputs(),
      'certificate-file': '',
      'package-name': '',
      apk: 'out/app *x.apk'
    })
    expect(result.stdout).toContain('Read out/app ##\\[stop-commands]x1x.apk')
    expectOnlyOwnCommands(result.stdout + result.stderr)
  })

  it("Amazon's error body, in the ::error:: line and the log", async () => {
    amazonError()
    const result = await action(hostileInputs())
    expect(result.exitCode).toBe(1)
    expectOnlyOwnCommands(result.stdout + result.stderr)
  })
})

describe('the bundled CLI, run inside a job', () => {
  function cliFlags(inputs: Record<string, string>): string[] {
    const flags = Object.entries(inputs).filter(
      ([name, value]) => !name.startsWith('client-') && value !== ''
    )
    return flags.flatMap(([name, value]) => [`--${name}`, value])
  }
  async function cli(inputs: Record<string, string>, json = false) {
    const result = await runCli({
      cwd: dir,
      timeoutMs: 60_000,
      env: { AMAZON_CLIENT_ID: fake.clientId, AMAZON_CLIENT_SECRET: fake.clientSecret },
      args: [...cliFlags(inputs), ...(json ? ['--json'] : [])]
    })
    expect(result.timedOut).toBe(false)
    return result
  }

  it('stderr and --json stdout: no command at all', async () => {
    amazonGroups()
    const result = await cli(hostileInputs(), true)
    expect(result.exitCode).toBe(0)
    expect(result.stderr).toContain('Group "QA ##\\[stop-commands]x1"')
    expect(runnerCommands(result.stderr)).toEqual([])
    expect(runnerCommands(result.stdout)).toEqual([])
    const json = JSON.parse(result.stdout) as { outputs: { groups: string[] } }
    expect(json.outputs.groups).toEqual(HOSTILE.map(h => `G ${h}`))
  })

  it('the tester-group input', async () => {
    const result = await cli({ ...hostileInputs(), testers: 'ada@example.com' })
    expect(result.exitCode).toBe(0)
    expect(result.stderr).toContain('Group "Default ##\\[add-mask]forged"')
    expect(runnerCommands(result.stderr)).toEqual([])
  })

  it('an APK file name matched by a pattern, and an error body', async () => {
    amazonError()
    const result = await cli(
      { ...hostileInputs(), 'certificate-file': '', 'package-name': '', apk: 'out/app *x.apk' },
      true
    )
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toContain('out/app ##\\[stop-commands]x1x.apk')
    expect(runnerCommands(result.stderr)).toEqual([])
    expect(runnerCommands(result.stdout)).toEqual([])
  })
})

describe('the escapes', () => {
  it('signer notes in the plan carry no command', () => {
    const settings = {
      appId: APP,
      target: {
        kind: 'existing-track',
        trackId: 'devtest',
        checked: {
          packageName: 'com.example.app',
          certificate: {
            subject: printable(`CN=${HOSTILE[0]}`),
            keyType: 'EC P-256',
            validFrom: new Date(0),
            validTo: new Date(0),
            sha256: 'AA'
          },
          artifacts: [
            {
              path: `out/app ${HOSTILE[1]}.apk`,
              size: 1000,
              scheme: 'v2',
              notes: HOSTILE.map(h => `The APK has 2 v2 signers (CN=${h}); took the first.`)
            }
          ]
        }
      },
      testers: { groups: [], uniqueTesterCount: 0 },
      amazon: { apiUrl: '', tokenUrl: '', apiVersion: 'v1', maxAttempts: 1, timeoutMs: 1000 }
    } as unknown as Settings
    const lines = describePlan(settings)
    expect(lines.join('\n')).toContain('(CN=##\\[stop-commands]x1)')
    expect(runnerCommands(lines.join('\n'))).toEqual([])
  })

  it('are idempotent and read naturally', () => {
    for (const text of HOSTILE) {
      const once = withoutOldCommands(text)
      expect(withoutOldCommands(once)).toBe(once)
      expect(
        tryParse(once, new Set(['stop-commands', 'set-output', 'error', 'add-mask', 'warning']))
      ).toBeUndefined()
    }
    expect(withoutOldCommands('a ###[b] ##[c')).toBe('a ###\\[b] ##\\[c')
    expect(inertLog('::error::x\n  ::warning::y ##[error]z')).toBe(
      ': :error::x\n  : :warning::y ##\\[error]z'
    )
    expect(runnerCommands(inertLog(`\u00a0::error::x\n\u2003::add-mask::y`))).toEqual([])
  })

  it('the parser port finds what the runner finds', () => {
    const found = runnerCommands(
      'x ##[error]a\n::warning file=a,line=2::b%0Ac\n##[stop-commands]tok\n::error::ignored\n::tok::\n##[add-mask]m'
    )
    expect(found.map(f => [f.syntax, f.command.command, f.command.data])).toEqual([
      ['old', 'error', 'a'],
      ['v2', 'warning', 'b\nc'],
      ['old', 'stop-commands', 'tok'],
      ['v2', 'tok', ''],
      ['old', 'add-mask', 'm']
    ])
    expect(found[1]?.command.properties).toEqual({ file: 'a', line: '2' })
  })
})
