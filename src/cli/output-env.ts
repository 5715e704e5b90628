import {
  closeSync,
  fstatSync,
  ftruncateSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
  writeSync,
  type Stats
} from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { ARTIFACT_NAME, PATTERN_CHARACTER, splitArtifactList } from '../signing/artifact-list.js'
import { dotenvOf, isDotenvLine, type CliOutputs } from './output.js'
import { ActionError } from '../shared/errors.js'
import { pathOfDescriptor } from '../shared/input-file.js'
import { isSystemFile, openFlags, systemFileKinds } from '../shared/platform.js'
import type { Inputs } from '../engine/inputs.js'
import { ACTION_VERSION } from '../shared/version.js'

/** Why the --output-env path cannot be written, in words that follow its path. */
export class OutputEnvError extends Error {
  override name = 'OutputEnvError'
}

/**
 * The --output-env file could not be written after the run: the run itself is done (Amazon may
 * have registered the app and added the testers), so the fix is the file, not another run.
 */
export class OutputWriteError extends ActionError {
  override name = 'OutputWriteError'

  constructor(shown: string, code: string, outputs: CliOutputs) {
    const done =
      outputs.trackId !== undefined
        ? `: Amazon added the testers to track "${outputs.trackId}"`
        : ''
    super(
      'output',
      `--output-env: ${shown} could not be written (${code})`,
      `The run itself is done${done}, as the log above says; do not run it again for the ` +
        'file. Free space or lift the file size limit, or name another file.'
    )
  }
}

/**
 * The first line of every file this CLI writes, by which a later run knows it may replace the
 * file. A variable, not a comment: GitLab's dotenv report refuses a file with a comment line,
 * and the Bitrise loop in docs/cli.md would pass one to envman as a variable name.
 */
export const OUTPUT_ENV_MARKER = 'APPSTORE_DEVTEST_VERSION'

/** The variables the CLI wrote before the marker was added: such a file is an earlier output. */
const UNMARKED_NAMES = new Set(['TRACK_ID', 'UNIQUE_TESTER_COUNT', 'CERTIFICATE_SHA256'])

/** Writes the outputs to the --output-env file opened by openOutputEnv. */
export function writeOutputEnv(fd: number, outputs: CliOutputs, shown: string): void {
  const text = `${OUTPUT_ENV_MARKER}=${ACTION_VERSION}\n${dotenvOf(outputs)}`
  try {
    writeSync(fd, text)
  } catch (error) {
    throw new OutputWriteError(shown, (error as NodeJS.ErrnoException).code ?? 'EIO', outputs)
  }
}

/** How much of an existing file is read to tell an earlier run's output from anything else. */
const CHECKED_BYTES = 4096

/** Why the open of the --output-env path failed, by its error code, in words after the path. */
const OPEN_FAILURES: Partial<Record<string, string>> = {
  ELOOP: 'is a symbolic link; name a file',
  EISDIR: 'is a directory; name a file',
  ENXIO: 'is not a regular file (a pipe, socket or device); name a file'
}

/**
 * Opens the --output-env file before the run and empties it, so a path that cannot be written
 * is bad input found before anything is sent, and a failed run never leaves an earlier run's
 * values. Only a new file or an earlier run's output (OUTPUT_ENV_MARKER), a regular file reached without a symbolic
 * link inside the working directory, and never a system file: a committed devtest.env that
 * links elsewhere, or a mistyped flag naming the APK, the tester list or the CI configuration,
 * must not make the run overwrite it. Every check after the open is made on the opened
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
    fd = openSync(fullPath, openFlags(['O_RDWR', 'O_CREAT', 'O_NOFOLLOW', 'O_NONBLOCK']), 0o644)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO'
    throw new OutputEnvError(OPEN_FAILURES[code] ?? `cannot be written (${code})`)
  }
  try {
    const stats = fstatSync(fd)
    if (!stats.isFile()) {
      throw new OutputEnvError('is not a regular file (a pipe, socket or device); name a file')
    }
    const opened = pathOfDescriptor(fd, fullPath)
    if (isSystemFile(opened)) {
      throw new OutputEnvError(`is a system file (${systemFileKinds()}); name a file`)
    }
    if (linkedInside(cwd, fullPath, opened)) {
      throw new OutputEnvError(
        'is reached through a symbolic link in the working directory; name the file by its ' +
          'own path'
      )
    }
    const input = inputNaming(stats, cwd, inputs)
    if (input) {
      throw new OutputEnvError(`is the ${input} input; name a new file, such as devtest.env`)
    }
    if (!holdsOnlyDotenv(fd)) {
      throw new OutputEnvError(
        'holds something other than an earlier --output-env file; name a new file, such as ' +
          'devtest.env'
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

/**
 * Whether a path inside the working directory led elsewhere than it reads: a directory link
 * committed to the repository. A path outside it was typed by the user, links and all.
 */
function linkedInside(cwd: string, fullPath: string, opened: string): boolean {
  const below = relative(cwd, fullPath)
  if (below === '' || below.startsWith(`..${sep}`) || isAbsolute(below)) return false
  return opened !== join(realpathSync(cwd), below)
}

/**
 * Whether an existing file is empty or is what this CLI writes: OUTPUT_ENV_MARKER on the first
 * line, then NAME=value lines (or, from before the marker, only the CLI's own variables). A
 * project's dotenv file, an APK or anything else may not be replaced.
 */
function holdsOnlyDotenv(fd: number): boolean {
  const head = Buffer.alloc(CHECKED_BYTES)
  const length = readSync(fd, head, 0, CHECKED_BYTES, 0)
  if (length === 0) return true
  const lines = head.subarray(0, length).toString('latin1').split('\n')
  // A last line cut by the read is judged by what was read of it.
  const dotenv = lines.every(line => line === '' || isDotenvLine(line.slice(0, 300)))
  const marked = lines[0]?.startsWith(`${OUTPUT_ENV_MARKER}=`) === true
  const unmarked = lines.every(line => line === '' || UNMARKED_NAMES.has(line.split('=')[0] ?? ''))
  return dotenv && (marked || unmarked)
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
  for (const [input, given] of named) {
    const path = given.trim()
    if (path === '') continue
    const stats = statOrUndefined(() => statSync(resolve(cwd, path)))
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
