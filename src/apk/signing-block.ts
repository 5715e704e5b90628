import { ArtifactError, ByteReader } from './byte-reader.js'

// Hand-written: the APK Signing Block and the v2/v3 signer structures are Android-specific and no
// maintained npm library reads them. Format: source.android.com/docs/security/features/apksigning.

export const V2_BLOCK_ID = 0x7109871a
export const V3_BLOCK_ID = 0xf05368c0
export const V31_BLOCK_ID = 0x1b93ad61
const PROOF_OF_ROTATION_ID = 0x3ba06f8c
const MAGIC = Buffer.from('APK Sig Block 42', 'latin1')
const EOCD_SIGNATURE = 0x06054b50
const EOCD_SIZE = 22

/** One signer of an APK Signature Scheme v2/v3 block. */
export interface SchemeSigner {
  /** DER certificates; the first is the signer's own. */
  certificates: Buffer[]
  /** v3 only: the SDK range this signer applies to. */
  minSdk?: number
  maxSdk?: number
  /** v3 only: certificates of the rotation lineage, oldest first, when the key was rotated. */
  lineage?: Buffer[]
}

/** The ZIP central directory's offset, from the End of Central Directory record. */
export function centralDirectoryOffset(zip: Buffer): number {
  const earliest = Math.max(0, zip.length - EOCD_SIZE - 0xffff)
  for (let at = zip.length - EOCD_SIZE; at >= earliest; at--) {
    if (zip.readUInt32LE(at) !== EOCD_SIGNATURE) continue
    if (at + EOCD_SIZE + zip.readUInt16LE(at + 20) !== zip.length) continue
    return zip.readUInt32LE(at + 16)
  }
  throw new ArtifactError('is not a ZIP archive (no end of central directory record)')
}

/**
 * The ID → value pairs of the APK Signing Block, which sits right before the central directory;
 * undefined when there is none (the APK is unsigned or signed with v1 only).
 */
export function readSigningBlock(zip: Buffer): Map<number, Buffer> | undefined {
  const cdOffset = centralDirectoryOffset(zip)
  if (cdOffset < 32 || cdOffset > zip.length) return undefined
  if (!zip.subarray(cdOffset - 16, cdOffset).equals(MAGIC)) return undefined
  const what = 'APK Signing Block'
  const sizeInFooter = new ByteReader(zip.subarray(cdOffset - 24, cdOffset - 16), what).uint64()
  const start = cdOffset - sizeInFooter - 8
  if (sizeInFooter < 24 || start < 0) throw new ArtifactError(`has a truncated or corrupt ${what}`)
  const block = new ByteReader(zip.subarray(start, cdOffset), what)
  if (block.uint64() !== sizeInFooter)
    throw new ArtifactError(`has a corrupt ${what} (its two sizes differ)`)
  const pairs = new ByteReader(block.take(block.remaining - 24), what)
  const values = new Map<number, Buffer>()
  while (pairs.remaining > 0) {
    const pair = new ByteReader(pairs.take(pairs.uint64()), what)
    values.set(pair.uint32(), pair.rest())
  }
  return values
}

/** Signers of a v2 block (ID 0x7109871a). */
export function readV2Signers(value: Buffer): SchemeSigner[] {
  return new ByteReader(value, 'v2 signature block').sequence().map(signer => {
    const signedData = signer.lengthPrefixed()
    signedData.sequence() // digests
    return { certificates: signedData.sequence().map(c => c.rest()) }
  })
}

/** Signers of a v3 or v3.1 block (IDs 0xf05368c0, 0x1b93ad61), with their rotation lineage. */
export function readV3Signers(value: Buffer, name = 'v3'): SchemeSigner[] {
  return new ByteReader(value, `${name} signature block`).sequence().map(signer => {
    const signedData = signer.lengthPrefixed()
    signedData.sequence() // digests
    const certificates = signedData.sequence().map(c => c.rest())
    const minSdk = signedData.uint32()
    const maxSdk = signedData.uint32()
    let lineage: Buffer[] | undefined
    for (const attribute of signedData.sequence()) {
      if (attribute.uint32() === PROOF_OF_ROTATION_ID) lineage = readLineage(attribute)
    }
    return lineage ? { certificates, minSdk, maxSdk, lineage } : { certificates, minSdk, maxSdk }
  })
}

/** Proof-of-rotation: a version, then one length-prefixed node per certificate, oldest first. */
function readLineage(attribute: ByteReader): Buffer[] {
  attribute.uint32() // version
  const certificates: Buffer[] = []
  while (attribute.remaining > 0) {
    const node = attribute.lengthPrefixed('v3 rotation lineage')
    certificates.push(node.lengthPrefixed().lengthPrefixed().rest())
  }
  return certificates
}
