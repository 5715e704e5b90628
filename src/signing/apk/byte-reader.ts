import type { Fix } from '../../shared/input-words.js'

/** Why an APK or AAB could not be read; the caller names the file and the input. */
export class ArtifactError extends Error {
  override name = 'ArtifactError'

  constructor(
    message: string,
    /** What to do, where the cause is the input's (an unsigned build named), not the file's. */
    readonly fix?: Fix
  ) {
    super(message)
  }
}

/**
 * Most items one sequence of a signature scheme may hold (signers, digests, certificates,
 * attributes, lineage keys): real ones hold a few. Without a bound, a block of millions of
 * zero-length items would become millions of objects.
 */
export const MAX_ITEMS = 256

/**
 * Little-endian reads with bounds checks, for the hand-written Android formats: any read past
 * the end is a truncated or corrupt structure, reported as such instead of a RangeError.
 */
export class ByteReader {
  private offset = 0

  constructor(
    private readonly bytes: Buffer,
    /** What is being read, for the error message: "the v2 signer block", … */
    private readonly what: string
  ) {}

  get remaining(): number {
    return this.bytes.length - this.offset
  }

  private need(count: number): void {
    if (count < 0 || count > this.remaining) {
      throw new ArtifactError(`has a truncated or corrupt ${this.what}`)
    }
  }

  uint32(): number {
    this.need(4)
    const value = this.bytes.readUInt32LE(this.offset)
    this.offset += 4
    return value
  }

  /** A signed 32-bit value, as Java's ByteBuffer.getInt() reads it (0xffffffff is -1). */
  int32(): number {
    this.need(4)
    const value = this.bytes.readInt32LE(this.offset)
    this.offset += 4
    return value
  }

  uint64(): number {
    this.need(8)
    const value = this.bytes.readBigUInt64LE(this.offset)
    this.offset += 8
    if (value > BigInt(Number.MAX_SAFE_INTEGER))
      throw new ArtifactError(`has a corrupt ${this.what}`)
    return Number(value)
  }

  take(count: number): Buffer {
    this.need(count)
    const slice = this.bytes.subarray(this.offset, this.offset + count)
    this.offset += count
    return slice
  }

  /** A block preceded by its uint32 length, as the APK signature schemes nest everything. */
  lengthPrefixed(what = this.what): ByteReader {
    return new ByteReader(this.take(this.uint32()), what)
  }

  /** A uint32-length-prefixed sequence of uint32-length-prefixed items. */
  sequence(what = this.what): ByteReader[] {
    const list = this.lengthPrefixed(what)
    const items: ByteReader[] = []
    while (list.remaining > 0) {
      if (items.length === MAX_ITEMS)
        throw new ArtifactError(`has a corrupt ${what} (more than ${MAX_ITEMS} items in a list)`)
      items.push(list.lengthPrefixed(what))
    }
    return items
  }

  rest(): Buffer {
    return this.take(this.remaining)
  }
}
