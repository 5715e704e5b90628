import type { InputHandle } from '../../shared/input-file.js'
import { binaryManifestMinSdk, binaryManifestPackage } from './binary-xml.js'
import { ArtifactError } from './byte-reader.js'
import {
  describeCertificate,
  fireOsSigner,
  REGISTERED_LEVEL,
  subjectOf,
  v3SignersAt,
  type Signatures,
  type SigningScheme
} from './fire-os-signer.js'
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

export type { SigningScheme }

/** What a signed APK or AAB says about itself. */
export interface Artifact {
  kind: 'apk' | 'aab'
  packageName: string
  /** DER of the signer certificate taken: the current one. */
  certificate: Buffer
  scheme: SigningScheme
  /** Which signer was taken and why, when there was a choice; for the log. */
  notes: string[]
  /** Fire OS levels that verify another certificate or refuse the APK: worth a warning. */
  warnings: string[]
}

const JAR_SIGNATURE_BLOCK = /^META-INF\/[^/]+\.(RSA|EC|DSA)$/i
const JAR_SIGNATURE_FILE = /^META-INF\/[^/]+\.SF$/i
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
 * Reads the signer certificate and the package name of a signed .apk or .aab. For an APK, the
 * certificate is the one a Fire OS 8 device (API 30) verifies (see fire-os-signer.ts): the v3
 * signer whose SDK range covers 30, else the v2 signer, else v1; v3.1 applies from API 33 only
 * and is ignored. An .aab has v1 JAR signing only. Reads by position only what it needs (the end records, the central
 * directory, the signing block, the manifest and a signature entry), whatever the file's size.
 */
export async function readArtifact(file: ArtifactFile, fileName: string): Promise<Artifact> {
  const lower = fileName.toLowerCase()
  const kind = lower.endsWith('.apk') ? 'apk' : lower.endsWith('.aab') ? 'aab' : undefined
  if (!kind) throw new ArtifactError('is neither an .apk nor an .aab file')
  const manifest = kind === 'apk' ? APK_MANIFEST : AAB_MANIFEST
  const zip = await openZip(
    file,
    name => name === manifest || JAR_SIGNATURE_BLOCK.test(name) || JAR_SIGNATURE_FILE.test(name)
  )
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
  const warnings: string[] = []
  const found =
    kind === 'apk' ? await apkSignatures(source, zip, notes) : await jarSigner(zip, notes)
  if (!found) {
    throw kind === 'apk'
      ? new ArtifactError(
          'is not signed: it has no APK Signing Block and no META-INF/*.RSA, *.EC or *.DSA',
          w => `point ${w.name('apk')} at the output of the signing step`
        )
      : new ArtifactError(
          'is not signed: it has no META-INF/*.RSA, *.EC or *.DSA',
          w => `sign the bundle (jarsigner) and point ${w.name('apk')} at the signed file`
        )
  }
  const manifestBytes = await zip.read(manifest, MAX_MANIFEST_BYTES)
  const packageName =
    kind === 'apk' ? binaryManifestPackage(manifestBytes) : protoManifestPackage(manifestBytes)
  // Levels below the app's minSdkVersion never install it: their signer does not matter.
  const signer =
    'signatures' in found
      ? apkSigner(found, binaryManifestMinSdk(manifestBytes), notes, warnings)
      : found
  if (!packageName)
    throw new ArtifactError('has an AndroidManifest.xml without a package attribute')
  return {
    kind,
    packageName,
    notes,
    warnings,
    certificate: signer.certificate,
    scheme: signer.scheme
  }
}

/** The signatures of an APK: its signing block's v3, v3.1 and v2, and v1 where no v2 is. */
async function apkSignatures(
  source: ByteSource,
  zip: ZipArchive,
  notes: string[]
): Promise<{ signatures: Signatures; v31?: SchemeSigner[] } | undefined> {
  const block = await readSigningBlock(source, [V31_BLOCK_ID, V3_BLOCK_ID, V2_BLOCK_ID])
  const signatures: Signatures = {}
  const v31Value = block?.get(V31_BLOCK_ID)
  const v3Value = block?.get(V3_BLOCK_ID)
  const v2Value = block?.get(V2_BLOCK_ID)
  // A v3 signer for other levels is skipped unread by Android, certificates and all: only the
  // one that applies must have a certificate (signerAt checks it).
  if (v3Value) signatures.v3 = nonEmpty(readV3Signers(v3Value), 'v3', { each: false })
  if (v2Value) signatures.v2 = nonEmpty(readV2Signers(v2Value), 'v2')
  // JAR signing applies only where no v2 signature does (v3 applies from API 28 only).
  if (!signatures.v2) {
    const v1 = await jarSigner(zip, notes)
    if (v1) signatures.v1 = { certificate: v1.certificate, signedWith: v1.signedWith }
  }
  if (!signatures.v3 && !signatures.v2 && !signatures.v1) {
    if (v31Value)
      throw new ArtifactError(
        'has only a v3.1 signature, which Android reads from API 33 only (and refuses without a v3 block); sign it with v3 (apksigner) too'
      )
    return undefined
  }
  if (!v31Value) return { signatures }
  try {
    return { signatures, v31: readV3Signers(v31Value, 'v3.1') }
  } catch (error) {
    if (!(error instanceof ArtifactError)) throw error
    // Fire OS never reads v3.1: a corrupt one keeps no tester from installing the build.
    notes.push(
      `The APK's v3.1 block (read by Android 13, API 33, and later) is corrupt (the file ${error.message}), ` +
        'so devices from Android 13 on refuse the APK; Fire OS (API 25–30) ignores v3.1.'
    )
    return { signatures }
  }
}

/** The certificate a Fire OS 8 device verifies, with warnings for the levels that differ. */
function apkSigner(
  found: { signatures: Signatures; v31?: SchemeSigner[] },
  minSdk: number | undefined,
  notes: string[],
  warnings: string[]
): Pick<Artifact, 'certificate' | 'scheme'> {
  const { signatures, v31 } = found
  const chosen = fireOsSigner(signatures, minSdk)
  if ('refused' in chosen) throw new ArtifactError(chosen.refused)
  if (chosen.scheme === 'v3' && signatures.v3) noteV3(signatures.v3, chosen.certificate, notes)
  if (chosen.scheme === 'v2' && signatures.v2) noteV2(signatures.v2, notes)
  if (v31) noteV31(v31, chosen.certificate, notes)
  warnings.push(...chosen.warnings)
  return { certificate: chosen.certificate, scheme: chosen.scheme }
}

function nonEmpty(
  signers: SchemeSigner[],
  scheme: SigningScheme,
  { each = true } = {}
): SchemeSigner[] {
  if (signers.length === 0 || (each && signers.some(s => !s.certificates[0])))
    throw new ArtifactError(`has a ${scheme} signature block without a signer certificate`)
  return signers
}

/** v3 signers cover SDK ranges: the log says which was taken (the one for API 30). */
function noteV3(signers: SchemeSigner[], certificate: Buffer, notes: string[]): void {
  // The signer for API 30, not the first with the same certificate: another may hold it too.
  const [chosen] = v3SignersAt(REGISTERED_LEVEL, signers)
  if (!chosen?.certificates[0]?.equals(certificate)) return
  if (signers.length > 1) {
    notes.push(
      `The APK has ${signers.length} v3 signers for different SDK ranges; took the one for SDK ${chosen.minSdk}–${chosen.maxSdk}: ${subjectOf(chosen.certificates[0])}.`
    )
  }
  if (chosen.lineage && chosen.lineage.length > 1) {
    notes.push(
      `The v3 signer rotated its key: lineage of ${chosen.lineage.length} certificates, ` +
        `oldest ${subjectOf(chosen.lineage[0])}; took the current signer ${subjectOf(chosen.certificates[0])}.`
    )
  }
}

/** Android requires every v2 signer to verify; the first one's certificate is registered. */
function noteV2(signers: SchemeSigner[], notes: string[]): void {
  if (signers.length < 2) return
  const names = signers.map(s => subjectOf(s.certificates[0]))
  notes.push(`The APK has ${signers.length} v2 signers (${names.join('; ')}); took the first.`)
}

/** A v3.1 block that names another key: Android 13+ verifies it, Fire OS does not. */
function noteV31(signers: SchemeSigner[], registered: Buffer, notes: string[]): void {
  const other = signers
    .map(s => s.certificates[0])
    .find(c => c !== undefined && !c.equals(registered))
  if (!other) return
  // Android reads v3.1 from API 33 only, whatever lower minSdk a signer claims.
  const from = Math.max(33, Math.min(...signers.map(s => s.minSdk ?? 33)))
  notes.push(
    `The APK's v3.1 block (key rotation for Android 13, API 33, and later) names another key: ` +
      `${describeCertificate(other)}; Android ${from === 33 ? '13+' : `API ${from}+`} devices see that one. ` +
      `Fire OS (API 25–30) ignores v3.1 and verifies ${describeCertificate(registered)}, so that one is registered.`
  )
}

async function jarSigner(
  zip: ZipArchive,
  notes: string[]
): Promise<(Pick<Artifact, 'certificate' | 'scheme'> & { signedWith: number[] }) | undefined> {
  const blocks = zip.names.filter(name => JAR_SIGNATURE_BLOCK.test(name)).sort()
  const first = blocks[0]
  if (!first) return undefined
  // Loaded here, not imported: the ASN.1 modules that read PKCS#7 are large, and only a v1
  // signature needs them (npm run bench).
  const { apkSignedSchemes, jarSignerCertificates } = await import('./jar-signature.js')
  const certificates = jarSignerCertificates(await zip.read(first, MAX_JAR_SIGNATURE_BYTES), first)
  if (blocks.length > 1 || certificates.length > 1) {
    notes.push(
      `The JAR signature has ${Math.max(blocks.length, certificates.length)} signers; took ${first} (${subjectOf(certificates[0])}).`
    )
  }
  // The .SF beside the block: its main section declares the newer schemes (stripping protection).
  const signatureFile = first.replace(/\.[^.]+$/, '.SF')
  const sfName = zip.names.find(name => name.toUpperCase() === signatureFile.toUpperCase())
  const signedWith = sfName ? apkSignedSchemes(await zip.readStart(sfName)) : []
  const certificate = certificates[0]
  if (!certificate) return undefined
  return { certificate, scheme: 'v1', signedWith }
}
