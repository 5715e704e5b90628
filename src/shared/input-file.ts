import { close, fstat, open, read, readlinkSync, realpathSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { promisify } from 'node:util'
import type { ActionInputName } from './action-yml.js'
import type { ProblemList } from './errors.js'
import type { InputWords } from './input-words.js'
import { descriptorLink, isSystemFile, openFlags, systemFileKinds } from './platform.js'
import { printable } from './printable.js'

export { isSystemFile }

/**
 * The most a tester list or a certificate file may hold. Real ones are a few kilobytes; the cap
 * keeps /dev/zero, a log file or a build output named by mistake from filling the memory.
 */
export const MAX_INPUT_FILE_BYTES = 1024 * 1024

/** Where a read of a file whose size stat does not know (0, as under /proc) starts. */
const INITIAL_READ_BYTES = 16 * 1024

/**
 * An open file, as the readers use it: reads at a position (or on from the last read, with
 * null), and closing. What fs/promises' FileHandle offers, over a plain descriptor: node:fs is
 * loaded with Node itself, while node:fs/promises brings readline and the REPL's history along,
 * a tenth of the CLI's start-up for the one tester file it reads.
 */
export interface InputHandle {
  readonly fd: number
  read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number | null
  ): Promise<{ bytesRead: number }>
  close(): Promise<void>
}

const openFile = promisify(open)
const fstatFile = promisify(fstat)
const readFile = promisify(read)
const closeFile = promisify(close)

function handleOf(fd: number): InputHandle {
  return {
    fd,
    read: async (buffer, offset, length, position) => ({
      bytesRead: (await readFile(fd, buffer, offset, length, position)).bytesRead
    }),
    close: () => closeFile(fd)
  }
}

/** A regular file opened for random access: read it through handle, never whole. */
export interface OpenedFile {
  handle: InputHandle
  /** The full path it was opened by. */
  path: string
  size: number
}

/** Why an open failed, by its error code; any other code is named as it is. */
const OPEN_FAILURES: Record<string, string> = {
  ENOENT: 'does not exist',
  ENOTDIR: 'does not exist (a part of the path is a file, not a directory)',
  EACCES: 'cannot be read (permission denied)',
  EPERM: 'cannot be read (permission denied)'
}

/** What to do about a file that could not be opened, by InputFileError's code. */
const FIXES: Record<string, (workspace: string, words: InputWords) => string> = {
  ENOENT: (workspace, w) => `; give a path relative to ${w.workspace} (${workspace})`,
  ENOTDIR: (workspace, w) => `; give a path relative to ${w.workspace} (${workspace})`,
  NOT_REGULAR: () => '; name the file itself',
  EISDIR: () => '; name the file itself'
}

/** Why a file named by an input could not be opened as a regular file. */
export class InputFileError extends Error {
  override name = 'InputFileError'

  constructor(
    /** "does not exist", "is a directory", "is a named pipe (FIFO), not a file", … */
    readonly why: string,
    /** ENOENT, EISDIR, … or NOT_REGULAR; the caller picks the fix from it. */
    readonly code: string
  ) {
    super(why)
  }
}

/** What an opened path that is not a regular file is, as a message names it. */
const NOT_A_FILE = { fifo: 'a named pipe (FIFO)', socket: 'a socket', device: 'a device' } as const

/**
 * Opens a file named by an input (relative to the workspace, or absolute), refusing anything
 * that is not a regular file. O_NONBLOCK keeps a FIFO or a device from blocking the open; fstat
 * on the opened descriptor then decides, so a file swapped after a check cannot slip through.
 * The caller closes the handle.
 */
export async function openInputFile(path: string, workspace: string): Promise<OpenedFile> {
  const fullPath = isAbsolute(path) ? path : resolve(workspace, path)
  let handle: InputHandle
  try {
    handle = handleOf(await openFile(fullPath, openFlags(['O_RDONLY', 'O_NONBLOCK'])))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO'
    // A device with nothing behind it (a terminal the process has not got) refuses the open.
    if (code === 'ENXIO' || code === 'ENODEV')
      throw new InputFileError('is a device, not a file', 'NOT_REGULAR')
    throw new InputFileError(OPEN_FAILURES[code] ?? `cannot be opened (${code})`, code)
  }
  try {
    const stats = await fstatFile(handle.fd)
    if (stats.isDirectory()) throw new InputFileError('is a directory', 'EISDIR')
    if (!stats.isFile()) {
      const kind = stats.isFIFO() ? 'fifo' : stats.isSocket() ? 'socket' : 'device'
      throw new InputFileError(`is ${NOT_A_FILE[kind]}, not a file`, 'NOT_REGULAR')
    }
    // A link in a pull request can name /proc/self/environ. No input of this action lives there.
    if (isSystemFile(pathOfDescriptor(handle.fd, fullPath))) {
      throw new InputFileError(
        `is a system file (${systemFileKinds()}), not a file of yours`,
        'NOT_REGULAR'
      )
    }
    return { handle, path: fullPath, size: stats.size }
  } catch (error) {
    await handle.close()
    if (error instanceof InputFileError) throw error
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO'
    throw new InputFileError(`cannot be read (${code})`, code)
  }
}

/**
 * The real path of the file a descriptor has open. On Linux /proc/self/fd names it: the file
 * that was opened, even if the path was swapped for a link to another since, which a realpath of
 * the name would follow instead. Elsewhere (macOS, Windows: platform.ts), the realpath of the
 * name. Synchronous: one readlink, and the CLI's --output-env check runs before anything is
 * awaited.
 */
export function pathOfDescriptor(
  fd: number,
  fullPath: string,
  platform: NodeJS.Platform = process.platform
): string {
  const link = descriptorLink(fd, platform)
  if (link !== undefined) {
    try {
      return readlinkSync(link)
    } catch {
      // /proc not mounted (some containers): the name's realpath, as elsewhere.
    }
  }
  return realpathSync(fullPath)
}

/**
 * Reads a whole small file named by an input (a tester list, a certificate): only a regular
 * file, and only up to MAX_INPUT_FILE_BYTES. Anything else is a problem that names the file,
 * never its content.
 */
export async function readInputFile(
  path: string,
  workspace: string,
  input: ActionInputName,
  problems: ProblemList
): Promise<Buffer | undefined> {
  let file: OpenedFile
  try {
    file = await openInputFile(path, workspace)
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error
    const shown = printable(isAbsolute(path) ? path : resolve(workspace, path), 300)
    const shownWorkspace = printable(workspace, 300)
    const { why, code } = error
    problems.add(input, w => `${shown} ${why}${FIXES[code]?.(shownWorkspace, w) ?? ''}`)
    return undefined
  }
  const shown = printable(file.path, 300)
  try {
    if (file.size > MAX_INPUT_FILE_BYTES) {
      problems.add(input, tooLarge(shown, `${file.size} bytes`))
      return undefined
    }
    const bytes = await readToCap(file.handle, file.size, MAX_INPUT_FILE_BYTES)
    if (bytes === undefined) problems.add(input, tooLarge(shown, 'more than 1 MB'))
    return bytes
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    problems.add(input, `${shown} cannot be read (${code ?? 'unknown error'})`)
    return undefined
  } finally {
    await file.handle.close()
  }
}

/**
 * Reads an open file to its end, or returns undefined once it holds more than cap bytes. The
 * size stat gave is a hint only: a file can grow after the stat, and some report 0 and hold
 * more. The buffer starts at that size (plus one byte, to see growth) and doubles up to the cap,
 * because a megabyte allocated for every 2 KB certificate costs a garbage collection.
 */
export async function readToCap(
  handle: Pick<InputHandle, 'read'>,
  sizeHint: number,
  cap: number
): Promise<Buffer | undefined> {
  let buffer = Buffer.allocUnsafe(Math.min(Math.max(sizeHint + 1, INITIAL_READ_BYTES), cap + 1))
  let length = 0
  for (;;) {
    if (length === buffer.length) {
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, cap + 1))
      buffer.copy(grown, 0, 0, length)
      buffer = grown
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null)
    if (bytesRead === 0) return buffer.subarray(0, length)
    length += bytesRead
    if (length > cap) return undefined
  }
}

function tooLarge(shown: string, size: string): string {
  return (
    `${shown} is ${size}; at most 1 MB is read (a tester list or a certificate is a few ` +
    'kilobytes): check that the input names the right file'
  )
}
