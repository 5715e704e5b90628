import { describe, expect, it } from '@jest/globals'
import { randomBytes, X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { ArtifactError, readArtifact } from '../../../../src/signing/apk/artifact.js'
import {
  artifactOf,
  fixturePath,
  fixtureZip,
  makeZip,
  openArtifact
} from '../../../support/apk-files.js'

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../../fixtures/apk/${name}`, import.meta.url))
const fingerprint = (name: string): string => new X509Certificate(fixture(name)).fingerprint256
const EC = fingerprint('ec.pem')
const RSA = fingerprint('rsa.pem')
const EC_OLD = fingerprint('ec-old.pem')

async function read(name: string) {
  const artifact = await readArtifact(await openArtifact(fixturePath(name)), name)
  return { ...artifact, sha256: new X509Certificate(artifact.certificate).fingerprint256 }
}

async function failure(bytes: Buffer, name: string): Promise<string> {
  const error = await readArtifact(await artifactOf(bytes, name), name).catch((e: unknown) => e)
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

  it('stops a manifest that inflates past its cap: a 64 MB bomb, honest or lying', async () => {
    const bomb = Buffer.alloc(64 * 1024 * 1024)
    const jar = await (await fixtureZip('app.aab')).read('META-INF/DEVTEST.EC')
    for (const declaredSize of [undefined, 1000]) {
      const aab = makeZip([
        { name: 'META-INF/DEVTEST.EC', data: jar },
        { name: 'base/manifest/AndroidManifest.xml', data: bomb, deflate: true, declaredSize }
      ])
      expect(aab.length).toBeLessThan(1024 * 1024)
      expect(await failure(aab, 'bomb.aab')).toMatch(
        declaredSize === undefined
          ? /^has a base\/manifest\/AndroidManifest\.xml that inflates to more than 4194304 bytes/
          : /^has (a corrupt entry base\/manifest\/AndroidManifest\.xml|a base\/manifest\/AndroidManifest\.xml that inflates to more than)/
      )
    }
  })

  it('refuses a manifest whose compressed data alone passes the cap, without inflating it', async () => {
    // 5 MB that deflate cannot shrink, declared to inflate to 100 bytes.
    const jar = await (await fixtureZip('app.aab')).read('META-INF/DEVTEST.EC')
    const aab = makeZip([
      { name: 'META-INF/DEVTEST.EC', data: jar },
      {
        name: 'base/manifest/AndroidManifest.xml',
        data: randomBytes(5 * 1024 * 1024),
        deflate: true,
        declaredSize: 100
      }
    ])
    expect(await failure(aab, 'big.aab')).toMatch(
      /^has a base\/manifest\/AndroidManifest\.xml that takes more than 4194304 bytes/
    )
  })

  it('stops a JAR signature block bomb at its cap', async () => {
    const apk = makeZip([
      { name: 'META-INF/CERT.RSA', data: Buffer.alloc(64 * 1024 * 1024), deflate: true }
    ])
    expect(await failure(apk, 'bomb.apk')).toMatch(
      /^has a META-INF\/CERT\.RSA that inflates to more than 1048576 bytes/
    )
  })

  it('keeps names from inside the archive out of its messages', async () => {
    const apk = makeZip([{ name: 'evil\n::error::injected/../../x', data: Buffer.from('x') }])
    const message = await failure(apk, 'odd.apk')
    expect(message).not.toContain('\n')
    expect(message).not.toContain('injected')
  })

  it('a manifest whose string offsets point outside it is corrupt, not a crash', async () => {
    const manifest = Buffer.from(
      await (await fixtureZip('v1-only.apk')).read('AndroidManifest.xml')
    )
    manifest.writeUInt32LE(0x7fff0000, 28) // the string pool's stringsStart
    const signature = await (await fixtureZip('v1-only.apk')).read('META-INF/EC.EC')
    const apk = makeZip([
      { name: 'AndroidManifest.xml', data: manifest },
      { name: 'META-INF/EC.EC', data: signature }
    ])
    expect(await failure(apk, 'odd.apk')).toBe('has a corrupt AndroidManifest.xml string pool')
  })
})
