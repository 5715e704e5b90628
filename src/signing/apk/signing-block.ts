import { ArtifactError, ByteReader, MAX_ITEMS } from './byte-reader.js'
import type { ByteSource } from './byte-source.js'

// Hand-written: the APK Signing Block and the v2/v3 signer structures are Android-specific and no
// maintained npm library reads them. Format: source.android.com/docs/security/features/apksigning.

export const V2_BLOCK_ID = 0x7109871a
export const V3_BLOCK_ID = 0xf05368c0
export const V31_BLOCK_ID = 0x1b93ad61
const PROOF_OF_ROTATION_ID = 0x3ba06f8c
/** v2 signer attribute: the newer scheme (3) the APK was also signed with, against stripping. */
const STRIPPING_PROTECTION_ID = 0xbeeff00d
const MAGIC = Buffer.from('APK Sig Block 42', 'latin1')
const EOCD_SIGNATURE = 0x06054b50
const EOCD_SIZE = 22
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50
const ZIP64_LOCATOR_SIZE = 20
const ZIP64_EOCD_SIGNATURE = 0x06064b50
const ZIP64_EOCD_SIZE = 56
/** Real signing blocks hold a handful of pairs (v2, v3, v3.1, padding, stamps). */
const MAX_PAIRS = 1024
/** A scheme block is a few kB of digests, certificates and signatures; more is not a signature. */
export const MAX_SCHEME_BLOCK_BYTES = 1024 * 1024

/** One signer of an APK Signature Scheme v2/v3 block. */
export interface SchemeSigner {
  /** DER certificates; the first is the signer's own. */
  certificates: Buffer[]
  /** v3 only: the SDK range this signer applies to, as signed 32-bit values. */
  minSdk?: number
  maxSdk?: number
  /** v3 only: certificates of the rotation lineage, oldest first, when the key was rotated. */
  lineage?: Buffer[]
  /** v2 only: the newer schemes this signer says the APK was also signed with (3 = v3). */
  alsoSignedWith?: number[]
}

/**
 * The ZIP central directory's offset, from the End of Central Directory record at the end of the
 * file, or from the ZIP64 record it points to when the offset does not fit in 32 bits. Reads the
 * last 64 kB at most (the record, plus the longest archive comment).
 */
export async function centralDirectoryOffset(source: ByteSource): Promise<number> {
  const tailLength = Math.min(source.size, EOCD_SIZE + 0xffff)
  const tailStart = source.size - tailLength
  const tail = await source.read(tailStart, tailLength, 'end of the ZIP archive')
  for (let at = tail.length - EOCD_SIZE; at >= 0; at--) {
    if (tail.readUInt32LE(at) !== EOCD_SIGNATURE) continue
    if (at + EOCD_SIZE + tail.readUInt16LE(at + 20) !== tail.length) continue
    const offset = tail.readUInt32LE(at + 16)
    const eocdAt = tailStart + at
    const found = offset === 0xffffffff ? await zip64Offset(source, eocdAt) : offset
    if (found > eocdAt) throw new ArtifactError('has a corrupt ZIP end of central directory record')
    return found
  }
  throw new ArtifactError('is not a ZIP archive (no end of central directory record)')
}

async function zip64Offset(source: ByteSource, eocdAt: number): Promise<number> {
  const what = 'ZIP64 end of central directory record'
  const locator = new ByteReader(
    await source.read(eocdAt - ZIP64_LOCATOR_SIZE, ZIP64_LOCATOR_SIZE, what),
    what
  )
  if (locator.uint32() !== ZIP64_LOCATOR_SIGNATURE) throw new ArtifactError(`has no ${what}`)
  locator.uint32() // disk
  const recordAt = locator.uint64()
  const record = new ByteReader(await source.read(recordAt, ZIP64_EOCD_SIZE, what), what)
  if (record.uint32() !== ZIP64_EOCD_SIGNATURE) throw new ArtifactError(`has a corrupt ${what}`)
  record.take(44) // size, versions, disks, entry counts, directory size
  return record.uint64()
}

/**
 * The ID → value pairs of the APK Signing Block, which sits right before the central directory;
 * undefined when there is none (the APK is unsigned or signed with v1 only). Only the values of
 * the wanted IDs are read, the first of each; the others (padding, stamps) are skipped over.
 */
export async function readSigningBlock(
  source: ByteSource,
  wanted: readonly number[]
): Promise<Map<number, Buffer> | undefined> {
  const what = 'APK Signing Block'
  const cdOffset = await centralDirectoryOffset(source)
  if (cdOffset < 32) return undefined
  const footer = await source.read(cdOffset - 24, 24, what)
  if (!footer.subarray(8).equals(MAGIC)) return undefined
  const sizeInFooter = new ByteReader(footer.subarray(0, 8), what).uint64()
  const start = cdOffset - sizeInFooter - 8
  if (sizeInFooter < 24 || start < 0) throw new ArtifactError(`has a truncated or corrupt ${what}`)
  const sizeInHeader = new ByteReader(await source.read(start, 8, what), what).uint64()
  if (sizeInHeader !== sizeInFooter)
    throw new ArtifactError(`has a corrupt ${what} (its two sizes differ)`)
  const values = new Map<number, Buffer>()
  const end = cdOffset - 24
  let position = start + 8
  for (let pairs = 0; position < end; pairs++) {
    if (pairs === MAX_PAIRS)
      throw new ArtifactError(`has a corrupt ${what} (more than ${MAX_PAIRS} entries)`)
    const header = new ByteReader(await source.read(position, 12, what), what)
    const length = header.uint64()
    const id = header.uint32()
    if (length < 4 || length > end - position - 8)
      throw new ArtifactError(`has a truncated or corrupt ${what}`)
    // The first pair of an ID is the one Android reads (ApkSigningBlockUtils stops there); a
    // second v2 block after it, with another certificate, is never verified.
    if (wanted.includes(id) && !values.has(id)) {
      if (length - 4 > MAX_SCHEME_BLOCK_BYTES) {
        throw new ArtifactError(
          `has a corrupt ${what}: a signature block of ${length - 4} bytes, ` +
            `more than the ${MAX_SCHEME_BLOCK_BYTES} bytes a signature can take`
        )
      }
      values.set(id, await source.read(position + 12, length - 4, what))
    }
    position += 8 + length
  }
  return values
}

/** Signers of a v2 block (ID 0x7109871a). */
export function readV2Signers(value: Buffer): SchemeSigner[] {
  return new ByteReader(value, 'v2 signature block').sequence().map(signer => {
    const signedData = signer.lengthPrefixed()
    signedData.sequence() // digests
    const certificates = signedData.sequence().map(c => c.rest())
    const alsoSignedWith: number[] = []
    if (signedData.remaining > 0) {
      for (const attribute of signedData.sequence()) {
        if (attribute.uint32() === STRIPPING_PROTECTION_ID && attribute.remaining >= 4)
          alsoSignedWith.push(attribute.uint32())
      }
    }
    return alsoSignedWith.length > 0 ? { certificates, alsoSignedWith } : { certificates }
  })
}

/** Signers of a v3 or v3.1 block (IDs 0xf05368c0, 0x1b93ad61), with their rotation lineage. */
export function readV3Signers(value: Buffer, name = 'v3'): SchemeSigner[] {
  return new ByteReader(value, `${name} signature block`).sequence().map(signer => {
    const signedData = signer.lengthPrefixed()
    signedData.sequence() // digests
    const certificates = signedData.sequence().map(c => c.rest())
    // Signed, as Android reads them (ByteBuffer.getInt): a maxSdk of 0xffffffff is -1, so that
    // signer applies nowhere, and a minSdk of 0xffffffff covers every level from the first.
    const minSdk = signedData.int32()
    const maxSdk = signedData.int32()
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
    if (certificates.length === MAX_ITEMS)
      throw new ArtifactError(`has a corrupt v3 rotation lineage (more than ${MAX_ITEMS} keys)`)
    const node = attribute.lengthPrefixed('v3 rotation lineage')
    certificates.push(node.lengthPrefixed().lengthPrefixed().rest())
  }
  return certificates
}
