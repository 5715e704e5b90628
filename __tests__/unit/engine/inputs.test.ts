import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError, type ShownProblem } from '../../../src/shared/errors.js'
import { WORKFLOW_WORDS } from '../../../src/action/words.js'
import { DEFAULTS, validateInputs, type Inputs } from '../../../src/engine/inputs.js'
import { registrationOf } from '../../../src/engine/settings.js'

const fixtures = new URL('../../fixtures/', import.meta.url).pathname
const PEM = readFileSync(join(fixtures, 'certs/ec-p384.pem'), 'utf8')
const APP = 'amzn1.devportal.mobileapp.0123456789abcdef0123456789abcdef'

function inputs(overrides: Partial<Inputs> = {}): Inputs {
  return {
    'client-id': 'amzn1.application-oa2-client.0123456789abcdef',
    'client-secret': 'amzn1.oa2-cs.v1.secret',
    'app-id': APP,
    'package-name': 'com.example.app',
    certificate: PEM,
    'certificate-file': '',
    apk: '',
    testers: 'ada@example.com',
    'testers-file': '',
    'tester-group': '',
    'track-id': '',
    'dry-run': '',
    'api-url': '',
    'token-url': '',
    'api-version': '',
    'max-attempts': '',
    'request-timeout': '',
    ...overrides
  }
}

async function problems(overrides: Partial<Inputs>, workspace = fixtures): Promise<ShownProblem[]> {
  const error = await validateInputs(inputs(overrides), workspace).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(InputError)
  return (error as InputError).problemsIn(WORKFLOW_WORDS)
}

describe('validateInputs', () => {
  it('turns valid inputs into settings, with the defaults applied', async () => {
    const settings = await validateInputs(inputs(), fixtures)
    expect(settings).toMatchObject({
      dryRun: false,
      credentials: {
        clientId: 'amzn1.application-oa2-client.0123456789abcdef',
        clientSecret: 'amzn1.oa2-cs.v1.secret'
      },
      appId: APP,
      target: {
        kind: 'register',
        registration: { packageName: 'com.example.app', certificate: { keyType: 'EC P-384' } }
      },
      testers: {
        groups: [{ name: 'DevTest', testers: [{ email: 'ada@example.com' }] }],
        uniqueTesterCount: 1
      },
      amazon: {
        apiUrl: DEFAULTS['api-url'],
        tokenUrl: DEFAULTS['token-url'],
        apiVersion: 'v1',
        maxAttempts: 4,
        timeoutMs: 30_000
      }
    })
  })

  it('reads certificate-file and testers-file relative to the workspace', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'inputs-'))
    writeFileSync(join(workspace, 'testers.csv'), 'email,group\nada@example.com,QA\n')
    writeFileSync(join(workspace, 'cert.der'), readFileSync(join(fixtures, 'certs/ec-p384.der')))
    const settings = await validateInputs(
      inputs({
        certificate: '',
        'certificate-file': 'cert.der',
        testers: '',
        'testers-file': 'testers.csv',
        'tester-group': 'Beta'
      }),
      workspace
    )
    expect(registrationOf(settings)?.certificate.keyType).toBe('EC P-384')
    expect(settings.testers.groups.map(g => g.name)).toEqual(['QA'])
  })

  it('puts testers without a group into tester-group', async () => {
    const settings = await validateInputs(inputs({ 'tester-group': 'QA' }), fixtures)
    expect(settings.testers.groups[0]?.name).toBe('QA')
  })

  it('reports every problem at once, each naming its input and the fix', async () => {
    const found = await problems({
      'client-id': 'my-client',
      'client-secret': '',
      'app-id': 'com.example.app',
      'package-name': 'example',
      certificate: 'nonsense!',
      testers: 'ada@example.com\nbroken',
      'dry-run': 'yes',
      'api-url': 'http://developer.amazon.com/api/appstore',
      'token-url': 'not a url',
      'api-version': '1',
      'max-attempts': '0',
      'request-timeout': 'forever'
    })
    expect(found.map(p => p.input)).toEqual([
      'dry-run',
      'client-id',
      'client-secret',
      'app-id',
      'certificate',
      'package-name',
      'testers',
      'api-url',
      'token-url',
      'api-version',
      'max-attempts',
      'request-timeout'
    ])
    const byInput = Object.fromEntries(found.map(p => [p.input, p]))
    expect(byInput['dry-run']?.message).toBe('"yes" is not a boolean; use true or false')
    expect(byInput['client-id']?.message).toMatch(/amzn1\.application-oa2-client/)
    expect(byInput['client-secret']?.message).toMatch(/is required .*unless this is a dry run/)
    expect(byInput['app-id']?.message).toMatch(/"com\.example\.app" is not an Appstore app ID/)
    expect(byInput.testers).toMatchObject({ where: 'line 2' })
    expect(byInput['api-url']?.message).toMatch(/must use https/)
    expect(byInput['max-attempts']?.message).toBe('"0" must be a whole number from 1 to 10')
    expect(byInput['request-timeout']?.message).toBe(
      '"forever" must be a number of seconds from 1 to 600'
    )
  })

  it('formats all problems into one message that says nothing was sent', async () => {
    const error = await validateInputs(inputs({ 'app-id': '', testers: '' }), fixtures).catch(
      (e: Error) => e
    )
    expect((error as InputError).messageIn(WORKFLOW_WORDS)).toBe(
      '2 problems with the inputs, nothing was sent to Amazon:\n' +
        "- app-id: is required: copy it from the app's page in the Developer Console (amzn1.devportal.mobileapp.…)\n" +
        '- testers: is required: list the tester emails in testers (one per line) or point testers-file at a .json, .yaml, .csv or .txt file'
    )
  })

  it.each([
    [
      { 'certificate-file': 'certs/ec-p384.pem' },
      'certificate',
      /is set together with .*; give exactly one/
    ],
    [{ certificate: '' }, 'certificate', /is required to register the app/],
    [{ 'testers-file': 'x.txt' }, 'testers', /is set together with .*; give exactly one/],
    [{ testers: '' }, 'testers', /is required/],
    [
      { certificate: '', 'certificate-file': 'missing.pem' },
      'certificate-file',
      /missing\.pem does not exist; give a path relative to the workspace/
    ],
    [{ testers: '', 'testers-file': 'certs' }, 'testers-file', /certs is a directory/],
    [{ 'package-name': '' }, 'package-name', /is required to register the app/],
    [{ 'client-id': '' }, 'client-id', /is required/],
    [{ 'client-secret': 'has space' }, 'client-secret', /white space/],
    [{ 'client-secret': 'amzn1.oa2-cs.v1."quoted"' }, 'client-secret', /never has/],
    [{ 'client-secret': 'amzn1.oa2-cs.v1.\u0001ctl' }, 'client-secret', /never has/],
    [{ 'client-secret': '1' }, 'client-secret', /is only 1 character long, far shorter/],
    [
      { 'api-url': 'https://user:pw@example.com' },
      'api-url',
      /must not hold a user name or password/
    ],
    [{ 'token-url': 'https://api.amazon.com/auth/o2/token?x=1' }, 'token-url', /query or fragment/],
    [{ 'api-url': 'ftp://example.com' }, 'api-url', /must use https/],
    [{ 'max-attempts': '2.5' }, 'max-attempts', /whole number/],
    [{ 'max-attempts': '11' }, 'max-attempts', /from 1 to 10/],
    [{ 'request-timeout': '601' }, 'request-timeout', /from 1 to 600/],
    [{ 'track-id': 'dev test' }, 'track-id', /"dev test" is not a track ID/],
    [{ 'track-id': '..' }, 'track-id', /"\.\." is not a track ID/],
    [{ 'track-id': '.' }, 'track-id', /is not a track ID/],
    [{ 'track-id': 'a/../b' }, 'track-id', /is not a track ID/],
    [{ 'tester-group': 'QA\u0085::warning::x' }, 'tester-group', /without control characters/],
    [{ testers: 'a@example.com\n'.repeat(80_000) }, 'testers', /is longer than 1 MB/],
    [{ 'tester-group': 'QA\nBeta' }, 'tester-group', /one group name on one line/]
  ] as [Partial<Inputs>, string, RegExp][])(
    '%j is a problem with %s',
    async (overrides, input, message) => {
      const found = await problems(overrides)
      expect(found).toEqual([
        expect.objectContaining({ input, message: expect.stringMatching(message) })
      ])
    }
  )

  it('allows http only for loopback hosts, which tests use', async () => {
    for (const host of ['127.0.0.1:8080', 'localhost', '[::1]:9000', '127.1.2.3']) {
      const settings = await validateInputs(inputs({ 'api-url': `http://${host}/api` }), fixtures)
      expect(settings.amazon.apiUrl).toBe(`http://${host}/api`)
    }
    expect(await problems({ 'api-url': 'http://10.0.0.1/api' })).toHaveLength(1)
  })

  it('needs no credentials on a dry run', async () => {
    const settings = await validateInputs(
      inputs({ 'client-id': '', 'client-secret': '', 'dry-run': 'true' }),
      fixtures
    )
    expect(settings.dryRun).toBe(true)
    expect(settings.credentials).toBeUndefined()
  })

  it('with track-id, skips registration but still checks the certificate given', async () => {
    const warnings: string[] = []
    const settings = await validateInputs(inputs({ 'track-id': 'devtest' }), fixtures, warnings)
    expect(settings.target).toMatchObject({
      kind: 'existing-track',
      trackId: 'devtest',
      checked: { packageName: 'com.example.app', certificate: { keyType: 'EC P-384' } }
    })
    expect(warnings).toEqual([])
    await validateInputs(
      inputs({ 'track-id': 'devtest', certificate: '', 'package-name': '' }),
      fixtures,
      warnings
    )
    expect(warnings).toEqual([])
  })

  it('collects the certificate warnings with the others', async () => {
    const warnings: string[] = []
    await validateInputs(
      inputs({
        certificate: '',
        'certificate-file': 'certs/rsa-2048.pem',
        testers: 'a@example.com\nA@example.com'
      }),
      fixtures,
      warnings
    )
    expect(warnings).toEqual([
      expect.stringMatching(/listed twice/),
      expect.stringMatching(/^The certificate's key is RSA 2048/)
    ])
  })

  it('passes on the tester warnings', async () => {
    const warnings: string[] = []
    await validateInputs(inputs({ testers: 'a@example.com\nA@example.com' }), fixtures, warnings)
    expect(warnings).toEqual([expect.stringMatching(/listed twice/)])
  })
})
