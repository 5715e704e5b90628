import { describe, expect, it } from '@jest/globals'
import { WORKFLOW_WORDS } from '../../../src/action/words.js'
import { X509Certificate } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { InputError } from '../../../src/shared/errors.js'
import { ProblemList, type ShownProblem } from '../../../src/shared/errors.js'
import { readRegistration, type RegistrationInputs } from '../../../src/signing/registration.js'

const workspace = new URL('../../fixtures/', import.meta.url).pathname
const fingerprint = (name: string): string =>
  new X509Certificate(readFileSync(join(workspace, 'apk', name))).fingerprint256
const EC = fingerprint('ec.pem')
const RSA = fingerprint('rsa.pem')

async function read(overrides: Partial<RegistrationInputs>, skip = false, inWorkspace = workspace) {
  const problems = new ProblemList()
  const registration = await readRegistration(
    { 'package-name': '', certificate: '', 'certificate-file': '', apk: '', ...overrides },
    inWorkspace,
    problems,
    { skipRegistration: skip }
  )
  let found: readonly ShownProblem[] = []
  try {
    problems.throwIfAny()
  } catch (error) {
    found = (error as InputError).problemsIn(WORKFLOW_WORDS)
  }
  return { registration, problems: found }
}

describe('readRegistration with apk', () => {
  it('takes the package and the signer certificate from a signed APK alone', async () => {
    const { registration, problems } = await read({ apk: 'apk/all-schemes.apk' })
    expect(problems).toEqual([])
    expect(registration?.packageName).toBe('com.example.devtest')
    expect(registration?.certificate.sha256).toBe(EC)
    expect(registration?.certificate.pem).toMatch(/^-----BEGIN CERTIFICATE-----\n/)
    expect(registration?.artifacts).toEqual([
      {
        path: 'apk/all-schemes.apk',
        size: statSync(join(workspace, 'apk/all-schemes.apk')).size,
        scheme: 'v3',
        notes: []
      }
    ])
  })

  it('reads the package of an app bundle from its protobuf manifest', async () => {
    const { registration, problems } = await read({ apk: 'apk/app.aab' })
    expect(problems).toEqual([])
    expect(registration).toMatchObject({
      packageName: 'com.example.devtest',
      artifacts: [{ path: 'apk/app.aab', scheme: 'v1' }]
    })
    expect(registration?.certificate.sha256).toBe(EC)
  })

  it('accepts a certificate and package that match the artifact', async () => {
    const { registration, problems } = await read({
      apk: 'apk/v2-only.apk',
      'certificate-file': 'apk/ec.pem',
      'package-name': 'com.example.devtest'
    })
    expect(problems).toEqual([])
    expect(registration?.certificate.sha256).toBe(EC)
  })

  it('refuses a certificate of another signer, naming both and their fingerprints', async () => {
    const { registration, problems } = await read({
      apk: 'apk/v3-only.apk',
      'certificate-file': 'apk/rsa.pem'
    })
    expect(registration).toBeUndefined()
    expect(problems).toEqual([
      {
        input: 'certificate-file',
        message:
          'is not the certificate apk/v3-only.apk is signed with: certificate-file gives ' +
          `CN=Upload Key RSA, O=Example (SHA-256 ${RSA}), the artifact's signer is ` +
          `CN=DevTest Fixture EC, O=Example (SHA-256 ${EC}); remove certificate-file to use the ` +
          "artifact's certificate, or sign with this one"
      }
    ])
  })

  it('refuses another package name, naming both', async () => {
    const { problems } = await read({ apk: 'apk/v1-only.apk', 'package-name': 'com.example.other' })
    expect(problems).toEqual([
      {
        input: 'package-name',
        message: expect.stringContaining(
          '"com.example.other" differs from the package of apk/v1-only.apk, "com.example.devtest"'
        )
      }
    ])
  })

  it('takes an RSA signer without error (main.ts warns that DevTest wants ECDSA)', async () => {
    const { registration, problems } = await read({ apk: 'apk/rsa-all-schemes.apk' })
    expect(problems).toEqual([])
    expect(registration?.certificate).toMatchObject({ sha256: RSA, isEllipticCurve: false })
  })

  it.each([
    [
      'apk/missing.apk',
      /^apk\/missing\.apk does not exist \(looked in .*\/apk\); \.apk\/\.aab files nearby: apk\/all-schemes\.apk, /
    ],
    ['apk/unsigned.apk', /^apk\/unsigned\.apk is not signed/],
    [
      'apk/corrupt-signing-block.apk',
      /^apk\/corrupt-signing-block\.apk has a truncated or corrupt APK Signing Block$/
    ],
    ['certs/ec-p384.pem', /^certs\/ec-p384\.pem is neither an \.apk nor an \.aab file$/]
  ])('%s is one clear problem on apk, with no other noise', async (apk, message) => {
    const { registration, problems } = await read({ apk })
    expect(registration).toBeUndefined()
    expect(problems).toEqual([{ input: 'apk', message: expect.stringMatching(message) }])
  })

  it('reports a file that is not a ZIP', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apk-'))
    try {
      writeFileSync(join(dir, 'app.apk'), 'PK but not really a zip')
      const { problems } = await read({ apk: 'app.apk' }, false, dir)
      expect(problems).toEqual([
        { input: 'apk', message: expect.stringMatching(/^app\.apk is not a ZIP archive/) }
      ])
    } finally {
      rmSync(dir, { recursive: true })
    }
  })

  it('with track-id, still reads and checks the artifact, and needs nothing', async () => {
    const { registration, problems } = await read({ apk: 'apk/all-schemes.apk' }, true)
    expect(problems).toEqual([])
    expect(registration?.packageName).toBe('com.example.devtest')
    expect(registration?.certificate.sha256).toBe(EC)
    expect(await read({}, true)).toEqual({ registration: undefined, problems: [] })
    const mismatch = await read(
      { apk: 'apk/all-schemes.apk', 'package-name': 'com.other.app' },
      true
    )
    expect(mismatch.problems).toEqual([expect.objectContaining({ input: 'package-name' })])
  })

  it('without apk, still needs a package name and a certificate', async () => {
    const { problems } = await read({})
    expect(problems.map(p => p.input)).toEqual(['certificate', 'package-name'])
    expect(problems[0]?.message).toMatch(/or apk \(the signed APK or AAB\)/)
  })
})
