// The bundled CLI as users run it: dist/cli.js as a child process with flags and AMAZON_CLIENT_*
// variables, against the local fake Amazon, on Node 24 and on the Node running the tests (20 on
// the build machines: the CLI's floor). Every case checks the exit code, what was sent, and that
// no secret, token or tester email reached stdout, stderr or the --output-env file.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeAmazon, type FakeAmazon, type Fault } from '../../fake-amazon/server.mjs'
import { node24, root, runBounded } from '../support/run-action.mjs'
import { binPath, runCli, type CliRunOptions, type CliRunResult } from '../support/run-cli.mjs'
import { ACTION_VERSION } from '../../src/shared/version.js'
import { startConnectProxy } from '../support/connect-proxy.js'
import { APP, EMAILS, expectCleanEnd, expectNoLeaks, FIXTURES, runInputs } from '../support/e2e.js'

const fixtures = FIXTURES
let fake: FakeAmazon

beforeAll(async () => {
  fake = await startFakeAmazon({ apps: { [APP]: { trackId: 'devtest-cli' } } })
})
afterAll(async () => fake.close())
beforeEach(() => fake.reset())

/**
 * The runtimes the CLI must work on: Node 24 (the action's), the Node running the tests (20 when
 * jest is started with the machine's own node), and any named in CLI_E2E_NODE.
 */
const runtimes = [
  ...new Set([node24, process.execPath, ...(process.env.CLI_E2E_NODE ?? '').split(':')])
]
  .filter(Boolean)
  .map(node => ({ node }))

describe.each(runtimes)('dist/cli.js on $node', ({ node }) => {
  function flags(overrides: Record<string, string | undefined> = {}): string[] {
    const all: Record<string, string | undefined> = { ...runInputs(fake), ...overrides }
    return Object.entries(all).flatMap(([name, value]) =>
      value === undefined ? [] : value === '' ? [`--${name}`] : [`--${name}`, value]
    )
  }

  const credentials = () => ({
    AMAZON_CLIENT_ID: fake.clientId,
    AMAZON_CLIENT_SECRET: fake.clientSecret
  })

  async function cli(
    args: string[],
    options: CliRunOptions & { outputEnv?: string } = {}
  ): Promise<CliRunResult> {
    const result = await runCli({
      node,
      cwd: fixtures,
      timeoutMs: 60_000,
      env: credentials(),
      ...options,
      args
    })
    const envFile = options.outputEnv ? readFileSync(options.outputEnv, 'utf8') : ''
    expectNoLeaks([result.stdout, result.stderr, envFile].join('\n'), fake)
    expectCleanEnd(result)
    // A stack trace only with --debug.
    if (!args.includes('--debug')) expect(result.stderr).not.toMatch(/^\s+at .*:\d+/m)
    return result
  }

  const routes = () => fake.requests.map(r => `${r.route} ${r.status ?? 'no answer'}`)
  const outputEnvFile = () => join(mkdtempSync(join(tmpdir(), 'cli-env-')), 'devtest.env')

  describe('exit code 0', () => {
    it('registers and adds testers: log on stderr, JSON on stdout, dotenv file', async () => {
      const outputEnv = outputEnvFile()
      const result = await cli([...flags(), '--json', '--output-env', outputEnv], { outputEnv })
      expect(result.exitCode).toBe(0)
      expect(routes()).toEqual(['token 200', 'register 200', 'testers 200'])
      expect(fake.requests[0]?.headers['user-agent']).toMatch(/^appstore-devtest-action\/\d+/)
      const json = JSON.parse(result.stdout) as Record<string, unknown>
      expect(json).toEqual({
        ok: true,
        dryRun: false,
        exitCode: 0,
        outputs: {
          trackId: 'devtest-cli',
          uniqueTesterCount: 3,
          groups: ['QA', 'Beta'],
          certificateSha256: expect.stringMatching(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
        },
        warnings: []
      })
      const fingerprint = (json.outputs as Record<string, string>)['certificateSha256']
      expect(readFileSync(outputEnv, 'utf8')).toBe(
        `APPSTORE_DEVTEST_VERSION=${ACTION_VERSION}\nTRACK_ID=devtest-cli\nUNIQUE_TESTER_COUNT=3\nCERTIFICATE_SHA256=${fingerprint}\n`
      )
      // Headings where the action opens groups; no workflow commands, no colour off a TTY.
      expect(result.stderr).toContain('▸ Checking the inputs\n')
      expect(result.stderr).toContain('▸ Registering the app for DevTest\n')
      expect(result.stderr).toContain('▸ Adding testers to track "devtest-cli"\n')
      expect(result.stderr).toContain('Group "QA": 2 testers — a•••@example.com, b•••@example.com')
      expect(result.stderr).not.toContain('::')
      expect(result.stderr).not.toContain('\x1b[')
    })

    it('with --track-id, adds testers without registering', async () => {
      const result = await cli([
        ...flags({ 'track-id': 'devtest-cli', 'certificate-file': undefined }),
        '--json'
      ])
      expect(result.exitCode).toBe(0)
      expect(routes()).toEqual(['token 200', 'testers 200'])
      expect(JSON.parse(result.stdout)).toMatchObject({
        outputs: { trackId: 'devtest-cli', uniqueTesterCount: 3 }
      })
    })

    it('a dry run sends nothing, needs no credentials, and loads no network module', async () => {
      const outputEnv = outputEnvFile()
      const result = await cli([...flags(), '--dry-run', '--json', '--output-env', outputEnv], {
        env: {},
        moduleList: true,
        outputEnv
      })
      expect(result.exitCode).toBe(0)
      expect(fake.requests).toEqual([])
      expect(result.stderr).toContain('Dry run: the inputs are valid; nothing was sent to Amazon.')
      expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, dryRun: true, exitCode: 0 })
      expect(readFileSync(outputEnv, 'utf8')).toMatch(
        /^APPSTORE_DEVTEST_VERSION=[\d.]+\nCERTIFICATE_SHA256=[0-9A-F:]+\n$/
      )
      // Over pipes, as a CI job reads it: the CLI writes them without Node's net-based streams.
      const loaded = (result.modules ?? []).filter(m =>
        /^NativeModule (http|https|tls|net|child_process)$/.test(m)
      )
      expect(result.modules?.length).toBeGreaterThan(0)
      expect(loaded).toEqual([])
    })

    it('--help lists every input of action.yml as a flag, and exits 0', async () => {
      const result = await cli(['--help'])
      expect(result.exitCode).toBe(0)
      const action = readFileSync(join(root, 'action.yml'), 'utf8')
      const inputSection = action.slice(action.indexOf('\ninputs:'), action.indexOf('\noutputs:'))
      const inputs = [...inputSection.matchAll(/^ {2}([a-z-]+):$/gm)].map(m => m[1])
      expect(inputs.length).toBeGreaterThan(10)
      for (const input of inputs)
        expect(result.stdout).toMatch(new RegExp(`^ {2}--${input}\\b`, 'm'))
      expect(result.stdout).toMatch(/^ {2}--dry-run {2,}/m)
      expect(result.stdout).toContain('AMAZON_CLIENT_SECRET')
      expect(result.stdout).toContain('--output-env <file>')
      expect(result.stderr).toBe('')
    })

    it('--version prints the version of package.json', async () => {
      const result = await cli(['--version'])
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
        version: string
      }
      expect(result).toMatchObject({ exitCode: 0, stdout: `appstore-devtest ${pkg.version}\n` })
    })

    it('reaches Amazon over https through HTTPS_PROXY, trusting NODE_EXTRA_CA_CERTS', async () => {
      const tls = new URL('../fixtures/tls/', import.meta.url).pathname
      const secure = await startFakeAmazon({
        apps: { [APP]: { trackId: 'devtest-proxy' } },
        tls: { key: readFileSync(`${tls}key.pem`), cert: readFileSync(`${tls}cert.pem`) }
      })
      const port = new URL(secure.url).port
      const proxy = await startConnectProxy(Number(port))
      try {
        const host = `https://fake-amazon.test:${port}`
        const result = await cli(
          [
            ...flags({ 'api-url': `${host}/api/appstore`, 'token-url': `${host}/auth/o2/token` }),
            '--json'
          ],
          {
            env: {
              AMAZON_CLIENT_ID: secure.clientId,
              AMAZON_CLIENT_SECRET: secure.clientSecret,
              NODE_EXTRA_CA_CERTS: `${tls}cert.pem`,
              HTTPS_PROXY: `http://127.0.0.1:${proxy.port}`
            }
          }
        )
        expect(result.exitCode).toBe(0)
        expect(JSON.parse(result.stdout)).toMatchObject({ outputs: { trackId: 'devtest-proxy' } })
        expect(secure.requests.map(r => r.route)).toEqual(['token', 'register', 'testers'])
        expect(proxy.tunnels.length).toBeGreaterThanOrEqual(2)
        expect(result.stdout + result.stderr).not.toContain(secure.clientSecret)
      } finally {
        await proxy.close()
        await secure.close()
      }
    })

    it('warns that a secret given as a flag lands in shell history, and redacts it', async () => {
      const result = await cli(
        [...flags(), '--client-id', fake.clientId, '--client-secret', fake.clientSecret],
        { env: {} }
      )
      expect(result.exitCode).toBe(0)
      expect(result.stderr).toMatch(
        /^warning: --client-id and --client-secret on the command line land in shell history/m
      )
    })
  })

  describe('exit code 2: bad input, nothing sent', () => {
    it.each([
      [{ 'app-id': 'B0123' }, 'app-id'],
      [{ testers: 'nobody' }, 'testers'],
      [{ 'certificate-file': 'certs/missing.pem' }, 'certificate-file'],
      [{ 'max-attempts': '0' }, 'max-attempts']
    ])('%j names --%s', async (overrides, input) => {
      const result = await cli([...flags(overrides), '--json'])
      expect(result.exitCode).toBe(2)
      expect(fake.requests).toEqual([])
      expect(result.stderr).toMatch(
        /^error: 1 problem with the inputs, nothing was sent to Amazon:/m
      )
      expect(result.stderr).toMatch(new RegExp(`^ +- --${input}[ :(]`, 'm'))
      expect(JSON.parse(result.stdout)).toMatchObject({
        ok: false,
        exitCode: 2,
        error: { kind: 'input', message: expect.stringContaining(`- --${input}`) }
      })
    })

    it("words every input problem's fix in flags and variables, never a workflow's", async () => {
      const result = await cli(
        [
          ...flags({
            'certificate-file': undefined,
            'package-name': undefined,
            testers: 'ada@example.com',
            'testers-file': 'testers.txt',
            'api-url': 'https://user:pw@example.com/api',
            'token-url': 'http://example.com/token'
          }),
          '--json'
        ],
        { env: {} }
      )
      expect(result.exitCode).toBe(2)
      expect(fake.requests).toEqual([])
      const lines = [
        '- AMAZON_CLIENT_ID: is required',
        '- --certificate: is required to register the app: set --certificate (PEM text, e.g. ' +
          'from a secret), --certificate-file (a path in the current directory) or --apk (the signed APK or AAB)',
        "- --package-name: is required to register the app: give the app's package name, e.g. " +
          'com.example.app, or point --apk at the signed APK',
        '- --testers: is set together with --testers-file; give exactly one of them',
        '- --api-url: must not hold a user name or password; credentials go in AMAZON_CLIENT_ID ' +
          'and AMAZON_CLIENT_SECRET',
        '- --token-url: must use https (got http://); leave it out for https://'
      ]
      const { message } = (JSON.parse(result.stdout) as { error: { message: string } }).error
      for (const line of lines) {
        expect(result.stderr).toContain(line)
        expect(message).toContain(line)
      }
      expect(result.stderr + result.stdout).not.toMatch(/\$\{\{|with:|leave it empty|^ +- [a-z]/m)
    })

    it('names --testers-file for a missing tester list, --apk for an unsigned one, and words --track-id for the command line', async () => {
      const result = await cli(
        flags({
          testers: undefined,
          'certificate-file': undefined,
          'package-name': undefined,
          apk: 'apk/unsigned.apk',
          'track-id': 'not a track'
        })
      )
      expect(result.exitCode).toBe(2)
      expect(result.stderr).toContain(
        '- --testers: is required: list the tester emails in --testers (one per line) or point ' +
          '--testers-file at a .json, .yaml, .csv or .txt file'
      )
      expect(result.stderr).toContain('- --track-id: "not a track" is not a track ID')
      expect(result.stderr).toContain(
        'give the track ID an earlier run printed, or leave it out to register the app'
      )
      expect(result.stderr).toMatch(
        /^ +- --apk: apk\/unsigned\.apk is not signed: .*; point --apk at the output of the signing step$/m
      )
      expect(result.stderr).not.toMatch(/\$\{\{|with:|^ +- [a-z]/m)
    })

    it('says a missing file is relative to the current directory, not a workspace', async () => {
      const result = await cli(
        flags({ 'certificate-file': 'certs/missing.pem', apk: 'apk/missing.apk' })
      )
      expect(result.exitCode).toBe(2)
      expect(result.stderr).toMatch(
        /^ +- --certificate-file: .*certs\/missing\.pem does not exist; give a path relative to the current directory \(.*\)$/m
      )
      expect(result.stderr).toMatch(
        /^ +- --apk: apk\/missing\.apk does not exist .*; give the path of the signed file, relative to the current directory \(.*\) or absolute, /m
      )
      expect(result.stderr).not.toContain('workspace')
    })

    it('an APK whose signer certificate has a key that does not decode: one line, exit 2', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'devtest-cli-key-'))
      try {
        const apk = readFileSync(join(root, '__tests__/fixtures/apk/v2-only.apk'))
        // The stored certificate's EC point spoiled (04 → 07): it parses, its key does not.
        apk[apk.indexOf(Buffer.from([0x03, 0x62, 0x00, 0x04])) + 3] = 0x07
        writeFileSync(join(dir, 'app.apk'), apk)
        const result = await cli(
          flags({
            apk: join(dir, 'app.apk'),
            'package-name': undefined,
            'certificate-file': undefined
          })
        )
        expect(result.exitCode).toBe(2)
        expect(fake.requests).toEqual([])
        expect(result.stderr).toMatch(
          /^ +- --apk: .*app\.apk has a signer certificate that has a public key that does not decode .*$/m
        )
        expect(result.stderr).not.toMatch(/Unexpected error|This is a bug/)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })

    it('missing credentials name the environment variables', async () => {
      const result = await cli(flags(), { env: {} })
      expect(result.exitCode).toBe(2)
      expect(fake.requests).toEqual([])
      expect(result.stderr).toContain(
        'Set AMAZON_CLIENT_ID and AMAZON_CLIENT_SECRET in the environment'
      )
      // The command line's words, not a workflow's.
      expect(result.stderr).not.toMatch(/\$\{\{|secrets\.|dry-run: true/)
    })

    it('unknown flags and missing values, all at once', async () => {
      const result = await cli(['--json', '--app-id', APP, '--bogus', 'x', '--apk'])
      expect(result.exitCode).toBe(2)
      expect(JSON.parse(result.stdout)).toMatchObject({
        ok: false,
        exitCode: 2,
        error: { kind: 'input', message: expect.stringContaining('- unknown flag --bogus') }
      })
      expect(result.stderr).toContain('error: 3 problems with the command line:')
      expect(result.stderr).toContain('- unknown flag --bogus')
      expect(result.stderr).toContain('- unexpected value after --bogus')
      expect(result.stderr).toContain('- --apk needs a value')
    })

    it('an --output-env file that cannot be written', async () => {
      const result = await cli([...flags(), '--output-env', '/nonexistent-dir/devtest.env'])
      expect(result.exitCode).toBe(2)
      expect(fake.requests).toEqual([])
      expect(result.stderr).toContain(
        '--output-env: /nonexistent-dir/devtest.env cannot be written'
      )
    })
  })

  describe('exit code 1: Amazon or the network failed', () => {
    it('a wrong secret: what failed and what to do, the secret redacted', async () => {
      const wrong = 'amzn1.oa2-cs.v1.not-the-secret'
      const result = await cli([...flags(), '--json'], {
        env: { AMAZON_CLIENT_ID: fake.clientId, AMAZON_CLIENT_SECRET: wrong }
      })
      expect(result.exitCode).toBe(1)
      expect(routes()).toEqual(['token 401'])
      expect(result.stderr).toMatch(
        /^error: Getting an access token: Login with Amazon rejected the client credentials\. Amazon said: HTTP 401, invalid_client/m
      )
      expect(result.stderr).toContain('Check AMAZON_CLIENT_ID and AMAZON_CLIENT_SECRET')
      expect(JSON.parse(result.stdout)).toMatchObject({
        ok: false,
        exitCode: 1,
        error: { kind: 'amazon', hint: expect.stringContaining('AMAZON_CLIENT_SECRET') }
      })
      expect(result.stdout + result.stderr).not.toContain('not-the-secret')
    })

    it("a registration refused as a repeat: the fix in the command line's words", async () => {
      fake.refuseRepeatRegistration = true
      try {
        await cli(flags())
        fake.requests = []
        const result = await cli(flags())
        expect(result.exitCode).toBe(1)
        expect(routes()).toEqual(['token 200', 'register 409'])
        expect(result.stderr).toContain('pass --track-id "$DEVTEST_TRACK_ID"')
        expect(result.stderr).not.toMatch(/\$\{\{|this step|job summary/)
      } finally {
        fake.refuseRepeatRegistration = false
      }
    })

    it('an --output-env file that cannot be written after the run: the run is done, say so', async () => {
      const outputEnv = outputEnvFile()
      const quote = (arg: string) => `'${arg.replace(/'/g, "'\\''")}'`
      // Asynchronously: the fake answers from this process.
      const run = await runBounded(
        'sh',
        [
          '-c',
          `ulimit -f 0; exec ${[node, binPath, ...flags(), '--json', '--output-env', outputEnv]
            .map(quote)
            .join(' ')}`
        ],
        {
          cwd: fixtures,
          env: { ...process.env, ...credentials() },
          stdio: ['ignore', 'pipe', 'pipe']
        },
        120_000
      )
      expect(run.exitCode).toBe(1)
      expect(routes()).toEqual(['token 200', 'register 200', 'testers 200'])
      expect(run.stderr).toContain('could not be written (EFBIG)')
      expect(run.stderr).toContain('Amazon added the testers to track "devtest-cli"')
      expect(run.stderr).not.toContain('This is a bug')
      expect(JSON.parse(run.stdout)).toMatchObject({
        ok: false,
        exitCode: 1,
        outputs: { trackId: 'devtest-cli' },
        error: { kind: 'output', hint: expect.stringContaining('do not run it again') }
      })
    })

    it('temporary errors until max-attempts, and a stack trace only with --debug', async () => {
      const unavailable: Fault = { status: 503, body: { message: 'Service Unavailable' } }
      fake.fault('register', unavailable, unavailable)
      const outputEnv = outputEnvFile()
      writeFileSync(outputEnv, 'TRACK_ID=from-an-earlier-run\n')
      const result = await cli(
        [...flags({ 'max-attempts': '2' }), '--debug', '--output-env', outputEnv],
        { outputEnv }
      )
      expect(result.exitCode).toBe(1)
      expect(routes()).toEqual(['token 200', 'register 503', 'register 503'])
      expect(result.stderr).toMatch(/^warning: Registering the app for DevTest: attempt 1 of 2/m)
      expect(result.stderr).toMatch(/^error: .*Amazon kept failing with temporary errors/m)
      expect(result.stderr).toMatch(/^debug: Registering the app for DevTest: POST /m)
      expect(result.stderr).toMatch(/^ +at .*cli\.c?js:\d+/m)
      // A failed run leaves what is known (the certificate was read), never an earlier run's.
      expect(readFileSync(outputEnv, 'utf8')).toMatch(
        /^APPSTORE_DEVTEST_VERSION=[\d.]+\nCERTIFICATE_SHA256=[0-9A-F:]+\n$/
      )
    })

    it('a track id that is not a plain name is refused before testers are sent, shown escaped', async () => {
      fake.fault('register', { status: 200, body: { trackId: 'devtest\n::EVIL=1\x1b[2J' } })
      fake.fault('testers', { status: 200, body: { groups: ['QA'], uniqueTesterCount: 3 } })
      const outputEnv = outputEnvFile()
      const result = await cli([...flags(), '--output-env', outputEnv], { outputEnv })
      expect(result.exitCode).toBe(1)
      expect(result.stderr).toContain(
        'a trackId "devtest\\n::EVIL=1\\u001b[2J" that is not a track name'
      )
      expect(result.stderr).not.toContain('\x1b')
      expect(routes()).toEqual(['token 200', 'register 200'])
      expect(readFileSync(outputEnv, 'utf8')).toMatch(
        /^APPSTORE_DEVTEST_VERSION=[\d.]+\nCERTIFICATE_SHA256=[0-9A-F:]+\n$/
      )
    })
  })
})

describe('the CLI bundle', () => {
  it('never contains @actions/core, whose import loads the network stack', () => {
    const dist = join(root, 'dist')
    const files = readdirSync(dist).filter(name => /^(\d+\.)?cli(-bundle)?\.(c?js)$/.test(name))
    expect(files).toEqual(expect.arrayContaining(['cli.js', 'cli.cjs', 'cli-bundle.cjs']))
    expect(files.length).toBeGreaterThan(3)
    for (const file of files) {
      // Functions only @actions/core defines.
      expect(readFileSync(join(dist, file), 'utf8')).not.toMatch(/getIDToken|exportVariable/)
    }
  })

  it('runs from the package bin, and a dry run of command-line inputs loads no crypto, no file or stream module', async () => {
    const result = await runCli({
      entry: binPath,
      args: [
        '--dry-run',
        '--app-id',
        APP,
        '--track-id',
        'devtest-cli',
        '--testers',
        EMAILS[0] ?? ''
      ],
      moduleList: true
    })
    expect(result.exitCode).toBe(0)
    expect(result.stderr).toContain('Dry run: the inputs are valid; nothing was sent to Amazon.')
    // What only reading a certificate, a file or the network needs: each is loaded when used.
    const loaded = (result.modules ?? []).filter(m =>
      /^NativeModule (crypto|fs\/promises|stream|http|https|tls|net|child_process)$/.test(m)
    )
    expect(result.modules?.length).toBeGreaterThan(0)
    expect(loaded).toEqual([])
  })

  /** Which of the libraries that only some inputs need the run's loaded files hold. */
  function librariesLoaded(modules: string[] | undefined): string[] {
    const signatures: [string, RegExp][] = [
      ['yaml', /class YAMLMap\b/],
      ['js-yaml', /\bfunction parseEvents\b/],
      ['csv-parse', /class CsvError\b/],
      ['asn1', /\bAsnParser\b/],
      ['http-client', /class HttpClient\b/]
    ]
    const files = (modules ?? []).flatMap(m => (m.startsWith('File ') ? [m.slice(5)] : []))
    expect(files).toContain(join(root, 'dist', 'cli-bundle.cjs'))
    const texts = files.map(file => readFileSync(file, 'utf8'))
    return signatures.flatMap(([name, signature]) =>
      texts.some(text => signature.test(text)) ? [name] : []
    )
  }

  it('loads the YAML parser only for a YAML list, ASN.1 only for a PKCS#7 signature', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'devtest-cli-libraries-'))
    const textList = join(dir, 'testers.txt')
    writeFileSync(textList, `${EMAILS.join('\n')}\n`)
    const dryRun = async (testersFile: string) =>
      runCli({
        entry: binPath,
        cwd: root,
        args: [
          '--dry-run',
          '--app-id',
          APP,
          '--package-name',
          'com.example.devtest',
          '--certificate-file',
          '__tests__/fixtures/certs/ec-p384.pem',
          '--testers-file',
          testersFile
        ],
        moduleList: true
      })
    try {
      const text = await dryRun(textList)
      expect(text.stderr).toContain('Dry run: the inputs are valid')
      expect(librariesLoaded(text.modules)).toEqual([])
      const yaml = await dryRun('script/demo-testers.yaml')
      expect(yaml.stderr).toContain('Dry run: the inputs are valid')
      // js-yaml reads YAML and JSON lists; the yaml package is only the tooling's, never bundled.
      expect(librariesLoaded(yaml.modules)).toEqual(['js-yaml'])
      // The APK Signing Block holds the certificate as DER; only a JAR signature is PKCS#7.
      const apk = async (file: string) =>
        runCli({
          entry: binPath,
          cwd: root,
          args: ['--dry-run', '--app-id', APP, '--apk', file, '--testers', EMAILS[0] ?? ''],
          moduleList: true
        })
      const v2 = await apk('__tests__/fixtures/apk/all-schemes.apk')
      expect(v2.stderr).toContain('Dry run: the inputs are valid')
      expect(librariesLoaded(v2.modules)).toEqual([])
      const v1 = await apk('__tests__/fixtures/apk/v1-only.apk')
      expect(v1.stderr).toContain('Dry run: the inputs are valid')
      expect(librariesLoaded(v1.modules)).toEqual(['asn1'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('reads files, an APK too, without node:fs/promises, which brings readline along', async () => {
    const result = await runCli({
      entry: binPath,
      cwd: root,
      args: [
        '--dry-run',
        '--app-id',
        APP,
        '--apk',
        '__tests__/fixtures/apk/v2-only.apk',
        '--testers-file',
        'script/demo-testers.yaml'
      ],
      moduleList: true
    })
    expect(result.stderr).toContain('Dry run: the inputs are valid')
    expect(result.modules?.length).toBeGreaterThan(0)
    expect(
      (result.modules ?? []).filter(m => /^NativeModule (fs\/promises|readline)$/.test(m))
    ).toEqual([])
  })

  it('on a Node without process.getBuiltinModule (before 20.16), says which Node it needs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'devtest-old-node-'))
    const preload = join(dir, 'old-node.cjs')
    writeFileSync(preload, 'delete process.getBuiltinModule\n')
    const run = spawnSync(node24, ['--require', preload, binPath, '--version'], {
      encoding: 'utf8'
    })
    rmSync(dir, { recursive: true, force: true })
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    // The versions package.json's engines allows, in the docs' words: Node 21 or 22.0 is not
    // "later" than 20.16 here.
    const { engines } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      engines: { node: string }
    }
    expect(run.stderr).toMatch(
      new RegExp(
        '^error: appstore-devtest needs Node 20\\.16 or a later 20, or 22\\.3 or later ' +
          `\\(package\\.json engines: ${engines.node.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\); this is Node 24\\.`
      )
    )
  })

  it('says once that the result was lost when stdout cannot be written, and fails', () => {
    const full = openSync('/dev/full', 'w')
    try {
      const run = spawnSync(
        node24,
        [
          binPath,
          '--dry-run',
          '--app-id',
          APP,
          '--track-id',
          'x',
          '--testers',
          'a@example.com',
          '--json'
        ],
        { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' }
      )
      expect(run.status).toBe(1)
      expect(run.stderr).toContain(
        'error: stdout could not be written (ENOSPC); the result is lost.'
      )
      expect(run.stderr).not.toMatch(/^\s+at /m)
    } finally {
      closeSync(full)
    }
  })

  it('under a file size limit, says the result was lost instead of dying silently', () => {
    const dir = mkdtempSync(join(tmpdir(), 'devtest-ulimit-'))
    const run = spawnSync(
      'sh',
      [
        '-c',
        `ulimit -f 0; exec "${node24}" "${binPath}" --dry-run --json --app-id ${APP} ` +
          `--track-id x --testers a@example.com > "${join(dir, 'out.json')}"`
      ],
      { encoding: 'utf8' }
    )
    rmSync(dir, { recursive: true, force: true })
    expect(run.signal).toBeNull()
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('error: stdout could not be written (EFBIG); the result is lost.')
  })

  it('in a deleted directory, says so in one line for a run; --version needs no directory', () => {
    const inDeletedDirectory = (args: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'devtest-gone-'))
      return spawnSync(
        'sh',
        ['-c', `cd "${dir}" && rmdir "${dir}" && exec "${node24}" "${binPath}" ${args}`],
        { encoding: 'utf8' }
      )
    }
    const version = inDeletedDirectory('--version')
    expect(version.status).toBe(0)
    expect(version.stdout).toMatch(/^appstore-devtest \d+\.\d+\.\d+\n$/)
    const run = inDeletedDirectory(`--dry-run --app-id ${APP} --track-id x --testers a@example.com`)
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      'error: the current directory cannot be read (ENOENT); was it deleted? cd into one.\n'
    )
  })
})
