import { describe, expect, it } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { ArtifactError, readArtifact } from '../../../../src/signing/apk/artifact.js'
import { fireOsSigner, signerAt } from '../../../../src/signing/apk/fire-os-signer.js'
import { parseCertificateBytes } from '../../../../src/signing/certificate.js'
import {
  artifactOf,
  fixturePath,
  fixtureZip,
  makeZip,
  openArtifact,
  v3BlockOf,
  withSigningBlock
} from '../../../support/apk-files.js'

// What `apksigner verify --print-certs --min-sdk-version 30 --max-sdk-version 30 <file>` printed
// for each fixture (apksigner 31.0.2 from Debian; the v3.1 file also with apksigner built from
// apksig's sources, which reads v3.1), colon-separated as this step shows it.
const colons = (hex: string): string => hex.toUpperCase().match(/../g)?.join(':') ?? ''
const APKSIGNER_AT_30: Record<string, string> = {
  'v1-only.apk': 'a32a09a280db39be91c7cd6678fa9b9c8ac061fe14f52e18f6a1b1bb7d4a59e7',
  'v2-only.apk': 'a32a09a280db39be91c7cd6678fa9b9c8ac061fe14f52e18f6a1b1bb7d4a59e7',
  'v3-only.apk': 'a32a09a280db39be91c7cd6678fa9b9c8ac061fe14f52e18f6a1b1bb7d4a59e7',
  'all-schemes.apk': 'a32a09a280db39be91c7cd6678fa9b9c8ac061fe14f52e18f6a1b1bb7d4a59e7',
  'rsa-all-schemes.apk': '27720a97d358f679509c4d51235090e4965c5a616dd81245cf0cb3fe7885b027',
  // Signer #1 of two (Android requires both to verify; the first is registered).
  'two-signers.apk': 'a32a09a280db39be91c7cd6678fa9b9c8ac061fe14f52e18f6a1b1bb7d4a59e7',
  // Rotation into v3 (apksigner rotate + sign --lineage): v1/v2 keep the old key.
  'rotated.apk': 'a32a09a280db39be91c7cd6678fa9b9c8ac061fe14f52e18f6a1b1bb7d4a59e7',
  // Rotation into v3.1 (--rotation-min-sdk-version 33): API 30 sees the original key.
  'v31-rotated.apk': '199b31ac2f4310f80b7998c47c2a449ece7cd7746b4ad6c56fe892897bedcedc',
  // v3 signers for API 24–28 (old key) and 29+ (new key, with the lineage).
  'v3-ranges.apk': 'e0d6494d3b2ac52945843b08c2876f43676501717e6ef7ffa6309b8636fee18a',
  // A certificate with a redundant long-form length, stored as such by v1 and by v2.
  'noncanonical-v1.apk': 'b91946deb3d92d428d7b877d6d3edfbdc85246adb01dd18425dfd50bdfc8f318',
  'noncanonical-v2.apk': 'b91946deb3d92d428d7b877d6d3edfbdc85246adb01dd18425dfd50bdfc8f318',
  // v1 only, with the manifest and the signature block declared as compression method 21.
  'method21.apk': 'e0d6494d3b2ac52945843b08c2876f43676501717e6ef7ffa6309b8636fee18a'
}
// apksigner at API 25 (--min-sdk-version 25 --max-sdk-version 25) where it differs from API 30.
const ROT_OLD = colons('199b31ac2f4310f80b7998c47c2a449ece7cd7746b4ad6c56fe892897bedcedc')
const ROT_NEW = colons('e0d6494d3b2ac52945843b08c2876f43676501717e6ef7ffa6309b8636fee18a')
const EC_OLD = colons('a894d76425988754ca3d96e4f8232b840a171fb99f594c5361394d147f25f703')
const EC = colons('a32a09a280db39be91c7cd6678fa9b9c8ac061fe14f52e18f6a1b1bb7d4a59e7')

async function readArtifactZipEntry(name: string, entry: string): Promise<Buffer> {
  return (await fixtureZip(name)).read(entry)
}

async function read(name: string) {
  const artifact = await readArtifact(await openArtifact(fixturePath(name)), name)
  return { ...artifact, sha256: parseCertificateBytes(artifact.certificate).sha256 }
}

describe('the certificate a Fire OS 8 device (API 30) verifies', () => {
  it.each(Object.entries(APKSIGNER_AT_30))(
    '%s: the fingerprint apksigner prints for API 30',
    async (name, expected) => {
      expect((await read(name)).sha256).toBe(colons(expected))
    }
  )

  it('v3.1 rotation: registers the v3 (original) key, and the log says what Android 13+ sees', async () => {
    const artifact = await read('v31-rotated.apk')
    expect(artifact.scheme).toBe('v3')
    expect(artifact.sha256).toBe(ROT_OLD)
    expect(artifact.warnings).toEqual([])
    expect(artifact.notes).toEqual([
      `The APK's v3.1 block (key rotation for Android 13, API 33, and later) names another key: CN=Fixture rot-new, O=Example (SHA-256 ${ROT_NEW}); Android 13+ devices see that one. Fire OS (API 25–30) ignores v3.1 and verifies CN=Fixture rot-old, O=Example (SHA-256 ${ROT_OLD}), so that one is registered.`
    ])
  })

  it('a corrupt v3.1 block: Fire OS ignores it, so the v3 key is registered and a note says so', async () => {
    const bytes = readFileSync(fixturePath('v31-rotated.apk'))
    // The pair's ID (0x1b93ad61), then the value: its signer list's length, made to lie.
    const id = bytes.indexOf(Buffer.from([0x61, 0xad, 0x93, 0x1b]))
    expect(id).toBeGreaterThan(0)
    bytes.writeUInt32LE(0xfffffff0, id + 4)
    const artifact = await readArtifact(await artifactOf(bytes, 'app.apk'), 'app.apk')
    expect(parseCertificateBytes(artifact.certificate).sha256).toBe(ROT_OLD)
    expect(artifact.notes).toEqual([
      "The APK's v3.1 block (read by Android 13, API 33, and later) is corrupt (the file has a truncated or corrupt v3.1 signature block), so devices from Android 13 on refuse the APK; Fire OS (API 25–30) ignores v3.1."
    ])
  })

  it('a v3 signer for API 33+ without a certificate keeps no Fire OS device from the one for 24–32', async () => {
    const manifest = await readArtifactZipEntry('v2-only.apk', 'AndroidManifest.xml')
    const ec = Buffer.from(new X509Certificate(readFileSync(fixturePath('ec.pem'))).raw)
    const bytes = withSigningBlock(makeZip([{ name: 'AndroidManifest.xml', data: manifest }]), [
      v3BlockOf([
        { certificates: [], minSdk: 33, maxSdk: 0x7fffffff },
        { certificates: [ec], minSdk: 24, maxSdk: 32 }
      ])
    ])
    const artifact = await readArtifact(await artifactOf(bytes, 'app.apk'), 'app.apk')
    expect(parseCertificateBytes(artifact.certificate).sha256).toBe(EC)
  })

  it('rotation into v3 with v1/v2 on the old key: a warning names both and the levels of each', async () => {
    const artifact = await read('rotated.apk')
    expect(artifact.sha256).toBe(EC)
    expect(artifact.warnings).toEqual([
      `Fire OS devices do not all verify one certificate: API 25–27 (Fire OS 6) verify the v2 signer CN=DevTest Fixture EC old, O=Example (SHA-256 ${EC_OLD}); API 28–30 (Fire OS 7, Fire OS 8) the v3 signer CN=DevTest Fixture EC, O=Example (SHA-256 ${EC}), which is registered. DevTest then needs both certificates registered (it takes up to three): register the other one too, or sign every scheme with one key.`
    ])
  })

  it('v3 signers whose ranges split API 28–30: the one covering 30, and a warning for 25–28', async () => {
    // apksigner prints the last v3 signer for every level from 28 (ApkVerifier takes
    // v3Signers.get(size - 1)); Android (and apksig's V3SchemeVerifier) use the one whose range
    // covers the device's level, which is the old key at 28.
    const artifact = await read('v3-ranges.apk')
    expect(artifact.sha256).toBe(ROT_NEW)
    expect(artifact.warnings).toHaveLength(1)
    expect(artifact.warnings[0]).toContain(
      `API 25–28 (Fire OS 6, Fire OS 7) verify the v2 signer CN=Fixture rot-old, O=Example (SHA-256 ${ROT_OLD}); API 29–30 (Fire OS 8) the v3 signer CN=Fixture rot-new`
    )
  })

  it('a v1 signature whose .SF says X-Android-APK-Signed: 2, without the v2 block: refused, as Android does', async () => {
    // apksigner: "JAR signature META-INF/ROT-OLD.SF indicates the APK is signed using APK
    // Signature Scheme v2 but no such signature was found. Signature stripped?"
    const error = await read('stripped.apk').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ArtifactError)
    expect((error as Error).message).toBe(
      'is refused by Fire OS 8 (API 30): its JAR signature says X-Android-APK-Signed: 2 (signed with v2), but it has no v2 signature (stripped); re-sign it with apksigner'
    )
  })

  it('the non-canonical certificate: hashed and sent as stored, not as OpenSSL re-encodes it', async () => {
    const stored = readFileSync(fixturePath('noncanonical.der'))
    for (const name of ['noncanonical-v1.apk', 'noncanonical-v2.apk']) {
      const artifact = await readArtifact(await openArtifact(fixturePath(name)), name)
      expect(artifact.certificate.equals(stored)).toBe(true)
      const certificate = parseCertificateBytes(artifact.certificate)
      const pemBody = certificate.pem.replace(/-----[A-Z ]+-----|\n/g, '')
      expect(Buffer.from(pemBody, 'base64').equals(stored)).toBe(true)
    }
  })
})

describe('signerAt: the rules by level', () => {
  const cert = (n: number): Buffer => Buffer.from([0x30, 0x01, n])
  const v3 = [{ certificates: [cert(3)], minSdk: 28, maxSdk: 29 }]

  it('v3 applies from API 28; below, v2; v3 present but not covering a level is refused there', () => {
    const signatures = { v3, v2: [{ certificates: [cert(2)] }] }
    expect(signerAt(27, signatures)).toEqual({ scheme: 'v2', certificate: cert(2) })
    expect(signerAt(28, signatures)).toEqual({ scheme: 'v3', certificate: cert(3) })
    expect(signerAt(30, signatures)).toEqual({
      refused: 'its v3 signers cover API 28–29, not 30'
    })
    expect(fireOsSigner(signatures)).toEqual({
      refused:
        'is refused by Fire OS 8 (API 30): its v3 signers cover API 28–29, not 30; re-sign it with apksigner'
    })
  })

  it('two v3 signers covering one level: Android refuses the APK there, it does not take the first', () => {
    const overlapping = {
      v3: [
        { certificates: [cert(3)], minSdk: 24, maxSdk: 0x7fffffff },
        { certificates: [cert(4)], minSdk: 29, maxSdk: 0x7fffffff }
      ]
    }
    expect(signerAt(28, overlapping)).toEqual({ scheme: 'v3', certificate: cert(3) })
    expect(signerAt(30, overlapping)).toEqual({
      refused: '2 of its v3 signers cover API 30, where Android takes one'
    })
    expect(fireOsSigner(overlapping)).toEqual({
      refused:
        'is refused by Fire OS 8 (API 30): 2 of its v3 signers cover API 30, where Android takes one; re-sign it with apksigner'
    })
  })

  it('a long subject is cut, so a warning still names both fingerprints and the fix', () => {
    const der = (name: string): Buffer =>
      Buffer.from(new X509Certificate(readFileSync(fixturePath(name))).raw)
    const long = der('long-subject.pem')
    const result = fireOsSigner({
      v3: [{ certificates: [long], minSdk: 28, maxSdk: 0x7fffffff }],
      v2: [{ certificates: [der('ec.pem')] }]
    })
    expect('warnings' in result && result.warnings).toHaveLength(1)
    const [warning = ''] = 'warnings' in result ? result.warnings : []
    expect(new X509Certificate(long).subject.length).toBeGreaterThan(1500)
    // What the log keeps of it: signed-artifacts.ts cuts a warning at 1000 characters.
    expect(warning.length).toBeLessThan(1000)
    expect(warning).toContain(`(SHA-256 ${EC})`)
    expect(warning).toContain(
      `CN=Fixture long subject, OU=Organisational unit 01, OU=Organisational unit 02`
    )
    expect(warning).toContain(`(SHA-256 ${parseCertificateBytes(long).sha256})`)
    expect(warning).toMatch(/or sign every scheme with one key\.$/)
  })

  it('a v3 signer without a certificate matters only where it applies, as Android skips the others', () => {
    const signatures = {
      v3: [
        { certificates: [], minSdk: 33, maxSdk: 0x7fffffff },
        { certificates: [cert(3)], minSdk: 24, maxSdk: 32 }
      ]
    }
    expect(signerAt(30, signatures)).toEqual({ scheme: 'v3', certificate: cert(3) })
    expect(signerAt(33, signatures)).toEqual({
      refused: 'its v3 signer for API 33 has no certificate'
    })
  })

  it('SDK versions as Android reads them: a maxSdk of -1 covers nothing, a minSdk of -1 everything', () => {
    // 0xffffffff in the block, read as Java's getInt() reads it.
    const signatures = {
      v3: [
        { certificates: [cert(3)], minSdk: 24, maxSdk: -1 },
        { certificates: [cert(4)], minSdk: -1, maxSdk: 0x7fffffff }
      ]
    }
    expect(signerAt(30, signatures)).toEqual({ scheme: 'v3', certificate: cert(4) })
    expect(fireOsSigner(signatures, 28)).toEqual({
      scheme: 'v3',
      certificate: cert(4),
      warnings: []
    })
  })

  it('stripping protection: v2 saying v3 counts from API 28, a .SF saying 3 from 28 and 2 from 24', () => {
    const v2 = [{ certificates: [cert(2)], alsoSignedWith: [3] }]
    expect(signerAt(27, { v2 })).toEqual({ scheme: 'v2', certificate: cert(2) })
    expect(signerAt(28, { v2 })).toMatchObject({ refused: expect.stringMatching(/v3/) })
    const v1 = { certificate: cert(1), signedWith: [3] }
    expect(signerAt(27, { v1 })).toEqual({ scheme: 'v1', certificate: cert(1) })
    expect(signerAt(28, { v1 })).toMatchObject({ refused: expect.stringMatching(/stripped/) })
    expect(signerAt(25, { v1: { ...v1, signedWith: [2] } })).toMatchObject({
      refused: expect.stringMatching(/X-Android-APK-Signed: 2/)
    })
  })

  it("levels below the app's minSdkVersion are not checked: they never install it", () => {
    const rotated = {
      v3: [{ certificates: [cert(3)], minSdk: 24, maxSdk: 0x7fffffff }],
      v2: [{ certificates: [cert(2)] }]
    }
    expect(fireOsSigner(rotated, 24)).toMatchObject({
      scheme: 'v3',
      warnings: [
        expect.stringMatching(/^Fire OS devices do not all verify one certificate: API 25–27/)
      ]
    })
    expect(fireOsSigner(rotated, 28)).toEqual({ scheme: 'v3', certificate: cert(3), warnings: [] })
    expect(fireOsSigner(rotated, 31)).toEqual({
      scheme: 'v3',
      certificate: cert(3),
      warnings: [
        "The app's minSdkVersion is 31: no Fire OS device (API 25–30) can install it, so testers cannot either."
      ]
    })
  })
})
