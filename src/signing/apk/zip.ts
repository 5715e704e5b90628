// An APK or bundle's ZIP archive read as Android reads it: raw entry names, a duplicate refused,
// every method but STORED inflated, the entry count bounded, the directory read in windows. Over
// 250 lines because yauzl's reader needs an adapter over the caller's handle and Android's rules
// sit on top of it; each rule is a short function.
import type { InputHandle } from '../../shared/input-file.js'
import { Readable } from 'node:stream'
import type { Entry, ZipFile } from 'yauzl'
import { ArtifactError } from './byte-reader.js'

/**
 * Most entries an archive may list. Fire OS 6–8 (Android 7.1–11) read APKs with a libziparchive
 * that has no ZIP64 and so holds at most 65,535 entries; a real APK or bundle has thousands. The
 * bound is checked against the end record's count before the directory is walked, so a directory
 * of a million names costs nothing.
 */
export const MAX_ENTRIES = 65_535
/** Entries an artifact reader asks for are a manifest and a signature block or two. */
const MAX_KEPT = 256
/**
 * Reads are served from windows of this size: yauzl asks for every central directory header in
 * two small reads, which would be two system calls per entry; a window holds hundreds of them.
 */
const READ_WINDOW = 1024 * 1024
/** The names kept to find duplicates: a real APK's take a megabyte or two. */
const MAX_NAME_BYTES = 32 * 1024 * 1024

/** The entries of a ZIP archive that were asked for, each readable on demand. */
export interface ZipArchive {
  names: string[]
  /** The entry's bytes, refused when it inflates to more than maxBytes (a ZIP bomb stops there). */
  read(name: string, maxBytes: number): Promise<Buffer>
  /** The first bytes of an entry (up to 64 kB), for a header section of a larger text. */
  readStart(name: string): Promise<Buffer>
  close(): void
}

/**
 * Opens a ZIP archive with yauzl, which reads the end record (ZIP64 too) and the central
 * directory with positioned reads, never the whole file. It reads through the caller's file
 * handle (yauzl.fromFd would close the descriptor itself when done, under the caller's feet).
 * Names are the raw bytes of the central directory, as Android's libziparchive compares them
 * (latin1, one character per byte): an Info-ZIP Unicode Path extra field renames nothing, since
 * Android ignores it. A name listed twice is refused, as Android refuses such an APK. Only
 * entries whose names pass keep are remembered.
 */
export async function openZip(
  file: { handle: InputHandle; size: number },
  keep: (name: string) => boolean
): Promise<ZipArchive> {
  const { default: yauzl } = await import('yauzl')
  const { handle } = file
  let window: { start: number; bytes: Buffer } | undefined
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
      const served = (): number => {
        const bytes = window?.bytes ?? Buffer.alloc(0)
        const from = position - (window?.start ?? 0)
        const count = Math.max(0, Math.min(length, bytes.length - from))
        return bytes.copy(buffer, offset, from, from + count)
      }
      if (
        window &&
        position >= window.start &&
        position + length <= window.start + window.bytes.length
      ) {
        // Served from memory, the callback still comes later: yauzl reads the next entry from
        // inside it, which would otherwise recurse once per entry.
        queueMicrotask(() => callback(null, served()))
        return
      }
      // A ZIP64 locator can point anywhere, past the end of the file or of what a number holds:
      // said so, instead of Node's RangeError quoting the position.
      if (!Number.isSafeInteger(position) || position < 0 || position + length > file.size) {
        queueMicrotask(() => callback(new Error('a record points past the end of the file')))
        return
      }
      const size = Math.max(length, Math.min(READ_WINDOW, file.size - position))
      const bytes = Buffer.alloc(Math.max(0, size))
      handle.read(bytes, 0, bytes.length, position).then(
        ({ bytesRead }) => {
          window = { start: position, bytes: bytes.subarray(0, bytesRead) }
          callback(null, served())
        },
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
      { lazyEntries: true, autoClose: false, decodeStrings: false },
      (error, opened) =>
        error
          ? reject(new ArtifactError(`is not a ZIP archive (${reason(error)})`))
          : resolve(opened)
    )
  )
  const entries = new Map<string, Entry>()
  try {
    if (zip.entryCount > MAX_ENTRIES) {
      throw new ArtifactError(
        `lists ${zip.entryCount} ZIP entries, more than the ${MAX_ENTRIES} Android's APK reader ` +
          'takes; the file is corrupt or not an Android artifact'
      )
    }
    const seen = new Set<string>()
    let nameBytes = 0
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: Entry) => {
        const name = rawName(entry)
        if (seen.has(name)) {
          // Named when it is one this step reads (the manifest, a signature block); any other
          // name is only the file's content.
          const which = keep(name) ? name : `number ${seen.size + 1}`
          reject(
            new ArtifactError(
              `lists the entry ${which} twice; Android refuses an APK with a duplicate entry, ` +
                'so rebuild it'
            )
          )
          return
        }
        seen.add(name)
        nameBytes += name.length
        if (nameBytes > MAX_NAME_BYTES) {
          reject(new ArtifactError(`has entry names of more than ${MAX_NAME_BYTES} bytes in all`))
          return
        }
        if (keep(name)) {
          if (entries.size === MAX_KEPT) {
            reject(new ArtifactError(`has more than ${MAX_KEPT} manifest or signature entries`))
            return
          }
          entries.set(name, entry)
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
    readStart: name => readEntryStart(zip, entries.get(name), name),
    close: () => zip.close()
  }
}

/** With decodeStrings off, yauzl gives the name's bytes (its typings say string). */
function rawName(entry: Entry): string {
  const name = entry.fileName as unknown
  return Buffer.isBuffer(name) ? name.toString('latin1') : String(name)
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

/**
 * An entry's bytes, read raw and inflated unless stored: Android's reader treats every method
 * other than STORED (0) as DEFLATED, so a manifest that declares method 21 still installs.
 */
async function readEntry(
  zip: ZipFile,
  entry: Entry | undefined,
  name: string,
  maxBytes: number
): Promise<Buffer> {
  if (!entry) throw new ArtifactError(`has no ${name}`)
  const tooLarge = (how = 'inflates to'): ArtifactError =>
    new ArtifactError(
      `has a ${name} that ${how} more than ${maxBytes} bytes; such an entry takes a few kB, ` +
        'so the file is corrupt or not an Android artifact'
    )
  const corrupt = (why: string): ArtifactError =>
    new ArtifactError(`has a corrupt entry ${name} (${why})`)
  // The declared size first, then the compressed size: deflate can spend gigabytes of empty
  // blocks on no output, which would be read to the end. Inflating stops at the cap whatever
  // the header says.
  if (entry.uncompressedSize > maxBytes) throw tooLarge()
  if (entry.compressedSize > maxBytes + 65536) throw tooLarge('takes')
  const raw = await readRaw(zip, entry, entry.compressedSize, corrupt)
  let bytes = raw
  if (entry.compressionMethod !== 0) {
    const { inflateRawSync } = await import('node:zlib')
    try {
      bytes = inflateRawSync(raw, { maxOutputLength: maxBytes })
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge()
      throw corrupt('invalid deflate data')
    }
  }
  if (bytes.length > maxBytes) throw tooLarge()
  if (bytes.length !== entry.uncompressedSize)
    throw corrupt(`it holds ${bytes.length} bytes, not the ${entry.uncompressedSize} declared`)
  return bytes
}

/** Up to end bytes of an entry's data as stored. */
function readRaw(
  zip: ZipFile,
  entry: Entry,
  end: number,
  corrupt: (why: string) => ArtifactError
): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) =>
    zip.openReadStream(entry, { decodeFileData: false, start: 0, end }, (error, stream) => {
      if (error) return reject(corrupt(reason(error)))
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => resolve(Buffer.concat(chunks)))
      stream.on('error', (e: Error) => reject(corrupt(reason(e))))
    })
  )
}

/** What readStart reads: 16 kB as stored inflate to at most 17 MB, of which 64 kB are kept. */
const START_RAW_BYTES = 16 * 1024
const START_BYTES = 64 * 1024

async function readEntryStart(
  zip: ZipFile,
  entry: Entry | undefined,
  name: string
): Promise<Buffer> {
  if (!entry) throw new ArtifactError(`has no ${name}`)
  const corrupt = (why: string): ArtifactError =>
    new ArtifactError(`has a corrupt entry ${name} (${why})`)
  const raw = await readRaw(zip, entry, Math.min(entry.compressedSize, START_RAW_BYTES), corrupt)
  if (entry.compressionMethod === 0) return raw.subarray(0, START_BYTES)
  const { constants, inflateRawSync } = await import('node:zlib')
  try {
    // A sync flush at the end: the input is cut short on purpose, so inflate what is there.
    return inflateRawSync(raw, {
      finishFlush: constants.Z_SYNC_FLUSH,
      maxOutputLength: 1100 * START_RAW_BYTES
    }).subarray(0, START_BYTES)
  } catch {
    throw corrupt('invalid deflate data')
  }
}

/**
 * yauzl's description of what is wrong, without the name or bytes it may quote from the file
 * after a colon ("invalid characters in fileName: …"): the archive's content stays out of logs.
 */
function reason(error: Error): string {
  return (error.message.split(':')[0] ?? '').replace(/[^\x20-\x7e]/g, '?').slice(0, 120)
}
