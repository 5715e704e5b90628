import type { InputHandle } from '../../shared/input-file.js'
import { Readable } from 'node:stream'
import type { Entry, ZipFile } from 'yauzl'
import { ArtifactError } from './byte-reader.js'

/** More entries than any real APK or bundle holds; the walk through the directory stops there. */
const MAX_ENTRIES = 1_000_000
/** Entries an artifact reader asks for are a manifest and a signature block or two. */
const MAX_KEPT = 256

/** The entries of a ZIP archive that were asked for, each readable on demand. */
export interface ZipArchive {
  names: string[]
  /** The entry's bytes, refused when it inflates to more than maxBytes (a ZIP bomb stops there). */
  read(name: string, maxBytes: number): Promise<Buffer>
  close(): void
}

/**
 * Opens a ZIP archive with yauzl, which reads the end record (ZIP64 too) and the central
 * directory with positioned reads, never the whole file. It reads through the caller's file
 * handle (yauzl.fromFd would close the descriptor itself when done, under the caller's feet).
 * Only entries whose names pass keep are remembered, so a directory of a million names costs no
 * memory.
 */
export async function openZip(
  file: { handle: InputHandle; size: number },
  keep: (name: string) => boolean
): Promise<ZipArchive> {
  const { default: yauzl } = await import('yauzl')
  const { handle } = file
  class HandleReader extends yauzl.RandomAccessReader {
    override _readStreamForRange(start: number, end: number): Readable {
      return rangeStream(handle, start, end)
    }

    override read(
      buffer: Buffer,
      offset: number,
      length: number,
      position: number,
      callback: (error: Error | null, bytesRead?: number) => void
    ): void {
      handle.read(buffer, offset, length, position).then(
        ({ bytesRead }) => callback(null, bytesRead),
        (error: Error) => callback(error)
      )
    }

    override close(callback: (error: Error | null) => void): void {
      callback(null) // the handle belongs to the caller
    }
  }
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.fromRandomAccessReader(
      new HandleReader(),
      file.size,
      { lazyEntries: true, autoClose: false },
      (error, opened) =>
        error
          ? reject(new ArtifactError(`is not a ZIP archive (${reason(error)})`))
          : resolve(opened)
    )
  )
  const entries = new Map<string, Entry>()
  try {
    await new Promise<void>((resolve, reject) => {
      let seen = 0
      zip.on('entry', (entry: Entry) => {
        if (keep(entry.fileName)) {
          if (entries.size === MAX_KEPT) {
            reject(new ArtifactError(`has more than ${MAX_KEPT} manifest or signature entries`))
            return
          }
          entries.set(entry.fileName, entry)
        }
        if (++seen >= MAX_ENTRIES) {
          reject(new ArtifactError(`has more than ${MAX_ENTRIES} ZIP entries`))
          return
        }
        zip.readEntry()
      })
      zip.on('end', () => resolve())
      zip.on('error', (error: Error) =>
        reject(new ArtifactError(`is a corrupt ZIP archive (${reason(error)})`))
      )
      zip.readEntry()
    })
  } catch (error) {
    zip.close()
    throw error
  }
  return {
    names: [...entries.keys()],
    read: (name, maxBytes) => readEntry(zip, entries.get(name), name, maxBytes),
    close: () => zip.close()
  }
}

/**
 * Bytes start to end of the file as a stream, read by position. Not handle.createReadStream:
 * destroying that stream (as yauzl does) closes the handle, autoClose or not.
 */
function rangeStream(handle: InputHandle, start: number, end: number): Readable {
  let position = start
  return new Readable({
    highWaterMark: 64 * 1024,
    read(size) {
      const length = Math.min(size, end - position)
      if (length <= 0) {
        this.push(null)
        return
      }
      const buffer = Buffer.alloc(length)
      handle.read(buffer, 0, length, position).then(
        ({ bytesRead }) => {
          if (bytesRead === 0) return this.destroy(new Error('unexpected end of file'))
          position += bytesRead
          this.push(buffer.subarray(0, bytesRead))
        },
        (error: Error) => this.destroy(error)
      )
    }
  })
}

function readEntry(
  zip: ZipFile,
  entry: Entry | undefined,
  name: string,
  maxBytes: number
): Promise<Buffer> {
  if (!entry) return Promise.reject(new ArtifactError(`has no ${name}`))
  const tooLarge = (how = 'inflates to'): ArtifactError =>
    new ArtifactError(
      `has a ${name} that ${how} more than ${maxBytes} bytes; such an entry takes a few kB, ` +
        'so the file is corrupt or not an Android artifact'
    )
  // The declared size first; yauzl then holds the stream to it (validateEntrySizes), and the
  // count below holds it to the cap even so. The compressed size too: deflate can spend
  // gigabytes of empty blocks on no output, which would be read to the end.
  if (entry.uncompressedSize > maxBytes) return Promise.reject(tooLarge())
  if (entry.compressedSize > maxBytes + 65536) return Promise.reject(tooLarge('takes'))
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(new ArtifactError(`has a corrupt entry ${name} (${reason(error)})`))
      const chunks: Buffer[] = []
      let total = 0
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length
        if (total > maxBytes) {
          stream.destroy()
          reject(tooLarge())
          return
        }
        chunks.push(chunk)
      })
      stream.on('end', () => resolve(Buffer.concat(chunks)))
      stream.on('error', (e: Error) =>
        reject(new ArtifactError(`has a corrupt entry ${name} (${reason(e)})`))
      )
    })
  )
}

/**
 * yauzl's description of what is wrong, without the name or bytes it may quote from the file
 * after a colon ("invalid characters in fileName: …"): the archive's content stays out of logs.
 */
function reason(error: Error): string {
  return (error.message.split(':')[0] ?? '').replace(/[^\x20-\x7e]/g, '?').slice(0, 120)
}
