import {
  closeSync,
  constants,
  fstatSync,
  ftruncateSync,
  openSync,
  readSync,
  statSync,
  type Stats
} from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { PATTERN_CHARACTER, splitArtifactList } from './artifact-list.js'
import type { Inputs } from './inputs.js'

/** Why the --output-env path cannot be written, in words that follow its path. */
export class OutputEnvError extends Error {
  override name = 'OutputEnvError'
}

const ARTIFACT_NAME = /\.(apk|aab)$/i

/**
 * Opens the --output-env file before the run and empties it, so a path that cannot be written
 * is bad input found before anything is sent, and a failed run never leaves an earlier run's
 * values. Only a regular file reached without a symbolic link, and never what the run reads: a
 * committed devtest.env that links elsewhere, or a mistyped flag naming the APK or the tester
 * list, must not make the run overwrite it. Every check after the open is made on the opened
 * descriptor, so a path swapped in the meantime cannot slip through; O_NONBLOCK keeps a FIFO
 * from blocking the open.
 */
export function openOutputEnv(path: string, cwd: string, inputs: Inputs): number {
  const fullPath = resolve(cwd, path)
  if (ARTIFACT_NAME.test(fullPath)) {
    throw new OutputEnvError('names an APK; name a new file, such as devtest.env')
  }
  let fd: number
  try {
    fd = openSync(
      fullPath,
      constants.O_RDWR | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK,
      0o644
    )
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO'
    throw new OutputEnvError(
      code === 'ELOOP'
        ? 'is a symbolic link; name a file'
        : code === 'EISDIR'
          ? 'is a directory; name a file'
          : code === 'ENXIO'
            ? 'is not a regular file (a pipe, socket or device); name a file'
            : `cannot be written (${code})`
    )
  }
  try {
    const stats = fstatSync(fd)
    if (!stats.isFile()) {
      throw new OutputEnvError('is not a regular file (a pipe, socket or device); name a file')
    }
    const input = inputNaming(stats, cwd, inputs)
    if (input) {
      throw new OutputEnvError(`is the ${input} input; name a new file, such as devtest.env`)
    }
    // An APK reached through a pattern has no name to tell it by, but every one starts so.
    if (startsWithZipEntry(fd)) {
      throw new OutputEnvError(
        'holds a ZIP archive (an APK?); name a new file, such as devtest.env'
      )
    }
    ftruncateSync(fd, 0)
    return fd
  } catch (error) {
    closeSync(fd)
    if (error instanceof OutputEnvError) throw error
    throw new OutputEnvError(
      `cannot be written (${(error as NodeJS.ErrnoException).code ?? 'EIO'})`
    )
  }
}

/** A ZIP archive's first local file header, "PK\x03\x04": how every APK and AAB starts. */
function startsWithZipEntry(fd: number): boolean {
  const head = Buffer.alloc(4)
  return readSync(fd, head, 0, 4, 0) === 4 && head.readUInt32LE(0) === 0x04034b50
}

/** The input whose file is this one (the same device and inode), if any. */
function inputNaming(file: Stats, cwd: string, inputs: Inputs): string | undefined {
  const named: [string, string][] = [
    ['testers-file', inputs['testers-file']],
    ['certificate-file', inputs['certificate-file']],
    ...splitArtifactList(inputs.apk)
      .filter(item => !PATTERN_CHARACTER.test(item))
      .map((item): [string, string] => ['apk', item])
  ]
  for (const [input, path] of named) {
    if (path.trim() === '') continue
    const stats = statOrUndefined(() =>
      statSync(isAbsolute(path.trim()) ? path.trim() : resolve(cwd, path.trim()))
    )
    if (stats && stats.dev === file.dev && stats.ino === file.ino) return input
  }
  return undefined
}

function statOrUndefined(stat: () => Stats): Stats | undefined {
  try {
    return stat()
  } catch {
    return undefined
  }
}
