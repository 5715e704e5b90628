import { constants } from 'node:fs'
import { open, readFile, type FileHandle } from 'node:fs/promises'
import { isAbsolute, resolve } from 'node:path'
import type { ProblemList } from './errors.js'

/** Reads a file named by an input, relative to the workspace; a problem if it cannot be read. */
export async function readInputFile(
  path: string,
  workspace: string,
  input: string,
  problems: ProblemList
): Promise<Buffer | undefined> {
  const fullPath = isAbsolute(path) ? path : resolve(workspace, path)
  try {
    return await readFile(fullPath)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EISDIR'
          ? 'is a directory'
          : `cannot be read (${code ?? (error as Error).message})`
    problems.add(input, `${fullPath} ${why}; give a path relative to the workspace (${workspace})`)
    return undefined
  }
}

/** A regular file opened for random access: read it through handle, never whole. */
export interface OpenedFile {
  handle: FileHandle
  /** The full path it was opened by. */
  path: string
  size: number
}

/** Why a file named by an input could not be opened as a regular file. */
export class InputFileError extends Error {
  override name = 'InputFileError'

  constructor(
    /** "does not exist", "is a directory", "is a FIFO, not a regular file", … */
    readonly why: string,
    /** ENOENT, EISDIR, … or NOT_REGULAR; the caller picks the fix from it. */
    readonly code: string
  ) {
    super(why)
  }
}

/**
 * Opens a file named by an input (relative to the workspace, or absolute) for random access,
 * refusing anything that is not a regular file. O_NONBLOCK keeps a FIFO or a device from
 * blocking the open; fstat on the opened descriptor then decides, so a file swapped after a
 * check cannot slip through. The caller closes the handle.
 */
export async function openInputFile(path: string, workspace: string): Promise<OpenedFile> {
  const fullPath = isAbsolute(path) ? path : resolve(workspace, path)
  let handle: FileHandle
  try {
    handle = await open(fullPath, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO'
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'ENOTDIR'
          ? 'does not exist (a part of the path is a file, not a directory)'
          : code === 'EACCES' || code === 'EPERM'
            ? 'cannot be read (permission denied)'
            : `cannot be opened (${code})`
    throw new InputFileError(why, code)
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) {
      const kind = stats.isDirectory()
        ? 'a directory'
        : stats.isFIFO()
          ? 'a FIFO'
          : stats.isSocket()
            ? 'a socket'
            : 'a device'
      throw new InputFileError(
        stats.isDirectory() ? 'is a directory' : `is ${kind}, not a regular file`,
        stats.isDirectory() ? 'EISDIR' : 'NOT_REGULAR'
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
 * A file path or name as it may be printed: control characters (a newline would start a new
 * workflow command) become \n, \t or \xNN escapes, and so do the Unicode line separators.
 */
export function printablePath(path: string): string {
  // eslint-disable-next-line no-control-regex
  return path.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029]/g, char => {
    if (char === '\n') return '\\n'
    if (char === '\r') return '\\r'
    if (char === '\t') return '\\t'
    const code = char.charCodeAt(0)
    return code > 0xff
      ? `\\u${code.toString(16).padStart(4, '0')}`
      : `\\x${code.toString(16).padStart(2, '0')}`
  })
}
