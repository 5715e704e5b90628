import { describe, expect, it } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { ArtifactError, readArtifact } from '../../src/apk/artifact.js'

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../fixtures/apk/${name}`, import.meta.url))
const fingerprint = (name: string): string => new X509Certificate(fixture(name)).fingerprint256
const EC = fingerprint('ec.pem')
const RSA = fingerprint('rsa.pem')
const EC_OLD = fingerprint('ec-old.pem')

async function read(name: string) {
  const artifact = await readArtifact(fixture(name), name)
  return { ...artifact, sha256: new X509Certificate(artifact.certificate).fingerprint256 }
}

async function failure(bytes: Buffer, name: string): Promise<string> {
  const error = await readArtifact(bytes, name).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ArtifactError)
  return (error as Error).message
}

describe('readArtifact', () => {
  it.each([
    ['v1-only.apk', 'v1'],
    ['v2-only.apk', 'v2'],
    ['v3-only.apk', 'v3'],
    ['all-schemes.apk', 'v3']
  ])('%s: the EC signer via %s, and the manifest package', async (name, scheme) => {
    const artifact = await read(name)
    expect(artifact).toMatchObject({
      kind: 'apk',
      packageName: 'com.example.devtest',
      scheme,
      notes: []
    })
    expect(artifact.sha256).toBe(EC)
  })

  it('an RSA-signed APK gives the RSA certificate', async () => {
    const artifact = await read('rsa-all-schemes.apk')
    expect(artifact.sha256).toBe(RSA)
    expect(artifact.scheme).toBe('v3')
  })

  it('a rotated key: the current v3 signer, and the log says so', async () => {
    const artifact = await read('rotated.apk')
    expect(artifact.scheme).toBe('v3')
    expect(artifact.sha256).toBe(EC)
    expect(artifact.sha256).not.toBe(EC_OLD)
    expect(artifact.notes).toEqual([
      'The v3 signer rotated its key: lineage of 2 certificates, oldest CN=DevTest Fixture EC old, O=Example; took the current signer CN=DevTest Fixture EC, O=Example.'
    ])
  })

  it('two v2 signers: the first, and the log names both', async () => {
    const artifact = await read('two-signers.apk')
    expect(artifact.scheme).toBe('v2')
    expect(artifact.sha256).toBe(EC)
    expect(artifact.notes).toEqual([
      'The APK has 2 v2 signers (CN=DevTest Fixture EC, O=Example; CN=Upload Key RSA, O=Example); took the first.'
    ])
  })

  it('an app bundle: the jarsigner certificate and the protobuf manifest package', async () => {
    const artifact = await read('app.aab')
    expect(artifact).toMatchObject({
      kind: 'aab',
      packageName: 'com.example.devtest',
      scheme: 'v1',
      notes: []
    })
    expect(artifact.sha256).toBe(EC)
  })

  it.each([
    ['unsigned.apk', /is not signed: it has no APK Signing Block/],
    ['unsigned.aab', /is not signed: it has no META-INF/],
    ['corrupt-signing-block.apk', /has a truncated or corrupt APK Signing Block/],
    ['no-package.apk', /^has an AndroidManifest\.xml without a package attribute$/]
  ])('%s is refused', async (name, message) => {
    expect(await failure(fixture(name), name)).toMatch(message)
  })

  it('refuses what is not a ZIP, a truncated file and a wrong extension', async () => {
    expect(await failure(Buffer.from('not a zip at all, just text'), 'app.apk')).toMatch(
      /is not a ZIP archive/
    )
    const apk = fixture('all-schemes.apk')
    expect(await failure(apk.subarray(0, apk.length - 100), 'app.apk')).toMatch(
      /is not a ZIP archive/
    )
    expect(await failure(apk, 'app.zip')).toBe('is neither an .apk nor an .aab file')
  })
})
