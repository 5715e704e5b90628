import { describe, expect, it } from '@jest/globals'
import { ACTION_INPUTS } from '../../../src/shared/action-yml.js'
import { helpText, inCommandLineWords, parseCommandLine } from '../../../src/cli/args.js'
import { dotenvOf } from '../../../src/cli/output.js'
import { INPUT_NAMES } from '../../../src/engine/inputs.js'

const APP = 'amzn1.devportal.mobileapp.0123456789abcdef0123456789abcdef'
const ENV = {
  AMAZON_CLIENT_ID: 'amzn1.application-oa2-client.0123',
  AMAZON_CLIENT_SECRET: 'amzn1.oa2-cs.v1.secret'
}

describe('parseCommandLine', () => {
  it("maps flags to the action's inputs, every other input empty, credentials from the environment", () => {
    const command = parseCommandLine(
      ['--app-id', APP, '--testers-file=testers.yaml', '--dry-run', '--json'],
      ENV
    )
    expect(command).toEqual({
      kind: 'run',
      inputs: Object.fromEntries(
        INPUT_NAMES.map(name => [
          name,
          {
            'app-id': APP,
            'testers-file': 'testers.yaml',
            'dry-run': 'true',
            'client-id': ENV.AMAZON_CLIENT_ID,
            'client-secret': ENV.AMAZON_CLIENT_SECRET
          }[name as string] ?? ''
        ])
      ),
      json: true,
      debug: false,
      warnings: []
    })
  })

  it('keeps a multi-line value whole', () => {
    const command = parseCommandLine(['--testers', 'a@example.com\nb@example.com'], ENV)
    expect(command.kind === 'run' && command.inputs.testers).toBe('a@example.com\nb@example.com')
  })

  it('takes credentials given as flags over the environment, with a warning', () => {
    const command = parseCommandLine(['--client-secret', 'amzn1.oa2-cs.v1.flag'], ENV)
    expect(command).toMatchObject({
      kind: 'run',
      inputs: { 'client-id': ENV.AMAZON_CLIENT_ID, 'client-secret': 'amzn1.oa2-cs.v1.flag' },
      warnings: [
        expect.stringMatching(/^--client-secret on the command line lands in shell history/)
      ]
    })
  })

  it('reads --output-env and --debug', () => {
    expect(parseCommandLine(['--output-env', 'out.env', '--debug'], {})).toMatchObject({
      kind: 'run',
      outputEnv: 'out.env',
      debug: true
    })
  })

  it('lists every problem with the command line at once', () => {
    expect(parseCommandLine(['stray', '--no-such', '--app-id', '--dry-run=yes'], ENV)).toEqual({
      kind: 'usage',
      problems: [
        'unexpected value (argument 1); every value follows its flag',
        'unknown flag --no-such',
        '--app-id needs a value (the next argument is the flag --dry-run=yes; write --app-id=<value> for a value that starts with --)'
      ],
      json: false
    })
  })

  it('points a mistyped flag at the one it most likely meant', () => {
    const problems = (argv: string[]) =>
      (parseCommandLine(argv, ENV) as { problems: string[] }).problems
    expect(problems(['--testers-fle', 'x'])).toContain(
      'unknown flag --testers-fle; did you mean --testers-file?'
    )
    expect(problems(['--dryrun'])).toEqual(['unknown flag --dryrun; did you mean --dry-run?'])
    expect(problems(['--app_id', 'x'])).toContain('unknown flag --app_id; did you mean --app-id?')
    expect(problems(['--pakcage-name', 'x'])).toContain(
      'unknown flag --pakcage-name; did you mean --package-name?'
    )
    // Too far from every flag, or a credential, which is never suggested as a flag.
    expect(problems(['--zzz'])).toEqual(['unknown flag --zzz'])
    expect(problems(['--client_secret', 'x'])).toContain('unknown flag --client_secret')
  })

  it('says a boolean flag takes no value when one follows it, as the demo and the action take one', () => {
    expect(parseCommandLine(['--dry-run', 'true'], ENV)).toEqual({
      kind: 'usage',
      problems: ['--dry-run takes no value: drop the value after it (--dry-run alone turns it on)'],
      json: false
    })
  })

  it('never quotes a stray value: it may be a secret after a mistyped flag, or a tester', () => {
    const secret = 'amzn1.oa2-cs.v1.0123456789abcdef0123456789abcdef'
    const { problems } = parseCommandLine(
      ['--client_secret', secret, '--testers', 'ada@example.com', 'grace.hopper@example.org'],
      ENV
    ) as { problems: string[] }
    expect(problems).toEqual([
      'unknown flag --client_secret',
      'unexpected value after --client_secret; every value follows its flag (quote a value that holds spaces)',
      'unexpected value after --testers; every value follows its flag (quote a value that holds spaces)'
    ])
  })

  it('reports a value-less flag and a boolean flag given a value', () => {
    expect(parseCommandLine(['--dry-run=yes', '--apk'], ENV)).toEqual({
      kind: 'usage',
      problems: ['--dry-run takes no value', '--apk needs a value'],
      json: false
    })
  })

  it('takes a value that starts with dashes but is no flag, such as a PEM', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----'
    const command = parseCommandLine(['--certificate', pem], ENV)
    expect(command.kind === 'run' && command.inputs.certificate).toBe(pem)
  })

  it('answers --help even beside mistakes, and --version', () => {
    expect(parseCommandLine(['--bogus', '-h'], {})).toEqual({ kind: 'help' })
    expect(parseCommandLine(['--version'], {})).toEqual({ kind: 'version' })
  })
})

describe('helpText', () => {
  const help = helpText()

  it('lists every input of action.yml as a flag, with its description and default', () => {
    for (const name of INPUT_NAMES) {
      expect(help).toMatch(new RegExp(`^ {2}--${name}\\b`, 'm'))
      const spec: { description: string; default?: string } = ACTION_INPUTS[name]
      const lastWords = inCommandLineWords(spec.description).split(/\s+/).slice(-3).join(' ')
      expect(help.replace(/\s+/g, ' ')).toContain(lastWords)
    }
    expect(help).toContain('Default: DevTest.')
    expect(help).toMatch(/^ {2}--dry-run {2,}Check every input/m)
  })

  it("says the descriptions in the command line's words: flags, and no workflow-only advice", () => {
    const text = help.replace(/\s+/g, ' ')
    expect(text).not.toMatch(/with: values|Pass it from a secret|the runner prints/)
    expect(text).toContain('Give this or --testers-file.')
    expect(text).toContain('Required unless --dry-run is given.')
    expect(text).toContain('In CI, pass it from a secret variable')
  })

  it('names the credential variables, the exit codes, and fits 100 columns', () => {
    expect(help.replace(/\s+/g, ' ')).toContain(
      'Better set AMAZON_CLIENT_SECRET in the environment.'
    )
    expect(help.replace(/\s+/g, ' ')).toContain(
      'Exit codes: 0 done; 1 the run failed (Amazon, the network, writing the result, or a bug); ' +
        '2 bad input (nothing was sent).'
    )
    for (const line of help.split('\n')) expect(line.length).toBeLessThanOrEqual(100)
  })

  it('names every variable --output-env writes', () => {
    const written = dotenvOf({
      trackId: 'devtest',
      uniqueTesterCount: 2,
      groups: ['QA'],
      certificateSha256: 'AB:CD',
      artifactPaths: ['app.apk', 'app-arm64.apk']
    })
    const variables = written
      .trimEnd()
      .split('\n')
      .map(line => line.split('=')[0] ?? '')
    expect(variables).toEqual([
      'TRACK_ID',
      'UNIQUE_TESTER_COUNT',
      'CERTIFICATE_SHA256',
      'ARTIFACT_PATHS'
    ])
    const outputEnvHelp = /^ {2}--output-env <file>([\s\S]*?)^ {2}--/m.exec(help)?.[1] ?? ''
    for (const variable of variables) expect(outputEnvHelp).toContain(variable)
  })
})
