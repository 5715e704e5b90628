import { constants, type Stats } from 'node:fs'
import { open } from 'node:fs/promises'
import { isAbsolute, resolve } from 'node:path'
import type { ProblemList } from './errors.js'
import { printable } from './printable.js'

/**
 * The most a tester list or a certificate file may hold. Real ones are a few kilobytes; the cap
 * keeps /dev/zero, a log file or a build output named by mistake from filling the memory.
 */
export const MAX_INPUT_FILE_BYTES = 1024 * 1024

/**
 * Reads a file named by an input, relative to the workspace: only a regular file (a FIFO would
 * block the run forever, a device never ends), and only up to MAX_INPUT_FILE_BYTES. Anything
 * else is a problem that names the file, never its content.
 */
export async function readInputFile(
  path: string,
  workspace: string,
  input: string,
  problems: ProblemList
): Promise<Buffer | undefined> {
  const fullPath = isAbsolute(path) ? path : resolve(workspace, path)
  const shown = printable(fullPath)
  let file
  try {
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
    file = await open(fullPath, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? `does not exist; give a path relative to the workspace (${printable(workspace)})`
        : code === 'EACCES'
          ? 'cannot be read (permission denied)'
          : `cannot be opened (${code ?? 'unknown error'})`
    problems.add(input, `${shown} ${why}`)
    return undefined
  }
  try {
    const stats = await file.stat()
    if (!stats.isFile()) {
      problems.add(input, `${shown} is ${kindOf(stats)}, not a file; name the file itself`)
      return undefined
    }
    if (stats.size > MAX_INPUT_FILE_BYTES) {
      problems.add(input, tooLarge(shown, `${stats.size} bytes`))
      return undefined
    }
    // Files under /proc report a size of 0 and hold more: read to the cap whatever stat says.
    const buffer = Buffer.alloc(MAX_INPUT_FILE_BYTES + 1)
    let length = 0
    for (;;) {
      const { bytesRead } = await file.read(buffer, length, buffer.length - length, null)
      if (bytesRead === 0) break
      length += bytesRead
      if (length > MAX_INPUT_FILE_BYTES) {
        problems.add(input, tooLarge(shown, 'more than 1 MB'))
        return undefined
      }
    }
    return buffer.subarray(0, length)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    problems.add(input, `${shown} cannot be read (${code ?? 'unknown error'})`)
    return undefined
  } finally {
    await file.close()
  }
}

function tooLarge(shown: string, size: string): string {
  return (
    `${shown} is ${size}; at most 1 MB is read (a tester list or a certificate is a few ` +
    'kilobytes): check that the input names the right file'
  )
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory'
  if (stats.isFIFO()) return 'a named pipe (FIFO)'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device'
  if (stats.isSocket()) return 'a socket'
  return 'not a regular file'
}
