import { X509Certificate } from 'node:crypto'
import type { InputHandle } from '../input-file.js'
import { binaryManifestPackage } from './binary-xml.js'
import { ArtifactError } from './byte-reader.js'
import { protoManifestPackage } from './proto-manifest.js'
import {
  readSigningBlock,
  readV2Signers,
  readV3Signers,
  V2_BLOCK_ID,
  V31_BLOCK_ID,
  V3_BLOCK_ID,
  type SchemeSigner
} from './signing-block.js'
import { fileSource, type ByteSource } from './byte-source.js'
import { openZip, type ZipArchive } from './zip.js'

export { ArtifactError }

export type SigningScheme = 'v3.1' | 'v3' | 'v2' | 'v1'

/** What a signed APK or AAB says about itself. */
export interface Artifact {
  kind: 'apk' | 'aab'
  packageName: string
  /** DER of the signer certificate taken: the current one. */
  certificate: Buffer
  scheme: SigningScheme
  /** Which signer was taken and why, when there was a choice; for the log. */
  notes: string[]
}

const JAR_SIGNATURE_BLOCK = /^META-INF\/[^/]+\.(RSA|EC|DSA)$/i
const APK_MANIFEST = 'AndroidManifest.xml'
const AAB_MANIFEST = 'base/manifest/AndroidManifest.xml'
/** Caps on what an entry may inflate to: real manifests and signature blocks take kilobytes. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024
const MAX_JAR_SIGNATURE_BYTES = 1024 * 1024

/** An artifact opened for reading: its descriptor and size (see openInputFile). */
export interface ArtifactFile {
  handle: InputHandle
  size: number
}

/**
 * Reads the signer certificate and the package name of a signed .apk or .aab. The newest signing
 * scheme present wins: v3.1, v3, v2 (all in the APK Signing Block), then v1 JAR signing, which is
 * the only one an .aab has. Reads by position only what it needs (the end records, the central
 * directory, the signing block, the manifest and a signature entry), whatever the file's size.
 */
export async function readArtifact(file: ArtifactFile, fileName: string): Promise<Artifact> {
  const lower = fileName.toLowerCase()
  const kind = lower.endsWith('.apk') ? 'apk' : lower.endsWith('.aab') ? 'aab' : undefined
  if (!kind) throw new ArtifactError('is neither an .apk nor an .aab file')
  const manifest = kind === 'apk' ? APK_MANIFEST : AAB_MANIFEST
  const zip = await openZip(file, name => name === manifest || JAR_SIGNATURE_BLOCK.test(name))
  try {
    return await readOpenArtifact(fileSource(file.handle, file.size), zip, kind, manifest)
  } finally {
    zip.close()
  }
}

async function readOpenArtifact(
  source: ByteSource,
  zip: ZipArchive,
  kind: Artifact['kind'],
  manifest: string
): Promise<Artifact> {
  const notes: string[] = []
  const signer =
    (kind === 'apk' ? await schemeSigner(source, notes) : undefined) ??
    (await jarSigner(zip, notes))
  if (!signer) {
    throw new ArtifactError(
      kind === 'apk'
        ? 'is not signed: it has no APK Signing Block and no META-INF/*.RSA, *.EC or *.DSA; point apk at the output of the signing step'
        : 'is not signed: it has no META-INF/*.RSA, *.EC or *.DSA; sign the bundle (jarsigner) and point apk at the signed file'
    )
  }
  const manifestBytes = await zip.read(manifest, MAX_MANIFEST_BYTES)
  const packageName =
    kind === 'apk' ? binaryManifestPackage(manifestBytes) : protoManifestPackage(manifestBytes)
  if (!packageName)
    throw new ArtifactError('has an AndroidManifest.xml without a package attribute')
  return { kind, packageName, notes, ...signer }
}

async function schemeSigner(
  source: ByteSource,
  notes: string[]
): Promise<Pick<Artifact, 'certificate' | 'scheme'> | undefined> {
  const block = await readSigningBlock(source, [V31_BLOCK_ID, V3_BLOCK_ID, V2_BLOCK_ID])
  if (!block) return undefined
  const schemes: [SigningScheme, number, (value: Buffer) => SchemeSigner[]][] = [
    ['v3.1', V31_BLOCK_ID, value => readV3Signers(value, 'v3.1')],
    ['v3', V3_BLOCK_ID, value => readV3Signers(value)],
    ['v2', V2_BLOCK_ID, readV2Signers]
  ]
  for (const [scheme, id, read] of schemes) {
    const value = block.get(id)
    if (!value) continue
    const signers = read(value)
    const chosen = chooseSigner(signers, scheme, notes)
    const certificate = chosen?.certificates[0]
    if (!certificate)
      throw new ArtifactError(`has a ${scheme} signature block without a signer certificate`)
    return { certificate, scheme }
  }
  return undefined
}

/** v3 signers cover SDK ranges: the one for the newest platform is current. v2 has no order. */
function chooseSigner(
  signers: SchemeSigner[],
  scheme: SigningScheme,
  notes: string[]
): SchemeSigner | undefined {
  const sorted = [...signers].sort((a, b) => (b.maxSdk ?? 0) - (a.maxSdk ?? 0))
  const chosen = sorted[0]
  if (!chosen) return undefined
  if (signers.length > 1) {
    const names = signers.map(s => describe(s.certificates[0]))
    notes.push(
      scheme === 'v2'
        ? `The APK has ${signers.length} v2 signers (${names.join('; ')}); took the first.`
        : `The APK has ${signers.length} ${scheme} signers for different SDK ranges; took the one for SDK ${chosen.minSdk}–${chosen.maxSdk}: ${describe(chosen.certificates[0])}.`
    )
  }
  if (chosen.lineage && chosen.lineage.length > 1) {
    notes.push(
      `The ${scheme} signer rotated its key: lineage of ${chosen.lineage.length} certificates, ` +
        `oldest ${describe(chosen.lineage[0])}; took the current signer ${describe(chosen.certificates[0])}.`
    )
  }
  return chosen
}

async function jarSigner(
  zip: ZipArchive,
  notes: string[]
): Promise<Pick<Artifact, 'certificate' | 'scheme'> | undefined> {
  const blocks = zip.names.filter(name => JAR_SIGNATURE_BLOCK.test(name)).sort()
  const first = blocks[0]
  if (!first) return undefined
  // Loaded here, not imported: the ASN.1 modules that read PKCS#7 are large, and only a v1
  // signature needs them (npm run bench).
  const { jarSignerCertificates } = await import('./jar-signature.js')
  const certificates = jarSignerCertificates(await zip.read(first, MAX_JAR_SIGNATURE_BYTES), first)
  if (blocks.length > 1 || certificates.length > 1) {
    notes.push(
      `The JAR signature has ${Math.max(blocks.length, certificates.length)} signers; took ${first} (${describe(certificates[0])}).`
    )
  }
  return { certificate: certificates[0], scheme: 'v1' }
}

function describe(der: Buffer | undefined): string {
  if (!der) return 'no certificate'
  try {
    return new X509Certificate(der).subject.split('\n').join(', ')
  } catch {
    return 'an unreadable certificate'
  }
}
