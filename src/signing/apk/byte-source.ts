import type { InputHandle } from '../../shared/input-file.js'
import { ArtifactError } from './byte-reader.js'

/**
 * Random access to an artifact's bytes: only the pieces asked for are read, so a 2 GB APK costs
 * what a 20 kB one does. Every read is checked against the real size first, so a length field
 * that claims more than the file holds is reported as corrupt instead of being allocated.
 */
export interface ByteSource {
  readonly size: number
  /** Exactly length bytes at position; what names the structure for the error message. */
  read(position: number, length: number, what: string): Promise<Buffer>
}

function checkRange(size: number, position: number, length: number, what: string): void {
  if (
    !Number.isSafeInteger(position) ||
    !Number.isSafeInteger(length) ||
    position < 0 ||
    length < 0 ||
    position + length > size
  ) {
    throw new ArtifactError(`has a truncated or corrupt ${what}`)
  }
}

/** Reads through an open file descriptor, with positioned reads. */
export function fileSource(handle: InputHandle, size: number): ByteSource {
  return {
    size,
    async read(position, length, what) {
      checkRange(size, position, length, what)
      const buffer = Buffer.alloc(length)
      let filled = 0
      while (filled < length) {
        const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled)
        // The file shrank since it was opened: what is missing is truncated.
        if (bytesRead === 0) throw new ArtifactError(`has a truncated ${what}`)
        filled += bytesRead
      }
      return buffer
    }
  }
}

/** The same over bytes in memory, for tests and small pieces already read. */
export function bufferSource(bytes: Buffer): ByteSource {
  return {
    size: bytes.length,
    read(position, length, what) {
      checkRange(bytes.length, position, length, what)
      return Promise.resolve(bytes.subarray(position, position + length))
    }
  }
}
