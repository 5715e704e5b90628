import { isAbsolute, relative } from 'node:path'
import { CertificateError, parseStoredCertificate, type Certificate } from './certificate.js'
import type { ProblemList } from '../shared/errors.js'
import { InputFileError, openInputFile } from '../shared/input-file.js'
import { fixIn, type Fix } from '../shared/input-words.js'
import { untrustedText } from '../shared/mask.js'
import { shownPackage } from './package-name.js'

/** One signed artifact read for apk: how to show its path, its size, and how it is signed. */
export interface ArtifactRead {
  /** Relative to the workspace when inside it, control characters escaped. */
  path: string
  size: number
  scheme: string
  /** Which signer was taken and why, when there was a choice. */
  notes: string[]
  /** Fire OS levels that verify another certificate, or refuse the file: warnings. */
  warnings?: string[]
}

/** Where an artifact read is: its full path, and the path the artifactPaths output gives. */
export interface ArtifactLocation {
  fullPath: string
  /** Relative to the workspace when inside it, else absolute; raw, not escaped. */
  path: string
  /** The file as it was read (device, inode, size, modification time): hashed only while so. */
  identity: FileIdentity
}

/** What tells a file from one put in its place or written to since: fstat's fields. */
export interface FileIdentity {
  dev: number
  ino: number
  size: number
  mtimeMs: number
}

/**
 * Finds the files apk names and reads each signed artifact by position, never whole. Several
 * files (splits per ABI or density) must be one app signed by one key: registration is done once
 * for them all.
 */
export async function readSignedArtifacts(
  value: string,
  workspace: string,
  problems: ProblemList
): Promise<
  | {
      packageName: string
      certificate: Certificate
      files: ArtifactRead[]
      located: ArtifactLocation[]
    }
  | undefined
> {
  // Loaded only when apk is given: the file finder, ZIP and PKCS#7 readers stay out of every
  // other run.
  const { findArtifacts } = await import('./artifact-paths.js')
  const search = await findArtifacts(value, workspace)
  for (const problem of search.problems) problems.add('apk', problem)
  if (!('files' in search)) return undefined
  const read: {
    file: ArtifactRead
    packageName: string
    certificate: Certificate
    identity: FileIdentity
  }[] = []
  for (const { fullPath, shown } of search.files) {
    const artifact = await readOneArtifact(fullPath, shown, workspace, problems)
    if (artifact) read.push(artifact)
  }
  if (read.length !== search.files.length) return undefined
  const [first, ...others] = read
  if (!first) return undefined
  const disagree = others.some(
    other =>
      other.packageName !== first.packageName ||
      other.certificate.sha256 !== first.certificate.sha256
  )
  if (disagree) {
    problems.add(
      'apk',
      `names ${read.length} artifacts that are not one app signed by one key; registration needs ` +
        'the same package and signer in every file: ' +
        read
          .map(
            a =>
              `${a.file.path}: ${shownPackage(a.packageName)}, signer SHA-256 ${a.certificate.sha256}`
          )
          .join('; ')
    )
    return undefined
  }
  return {
    packageName: first.packageName,
    certificate: first.certificate,
    files: read.map(a => a.file),
    located: search.files.map(({ fullPath }, index) => {
      const inside = relative(workspace, fullPath)
      const within = inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)
      const identity = read[index]?.identity ?? { dev: -1, ino: -1, size: -1, mtimeMs: -1 }
      return { fullPath, path: within ? inside : fullPath, identity }
    })
  }
}

/**
 * The SHA-256 of an artifact read earlier, as lower-case hex as sha256sum prints it, read 1 MB at
 * a time whatever its size; or why it was not computed. For the job summary, after a run that
 * registered the build: testers compare it with the file they are given. The file is opened as
 * the readers open it (a FIFO or a device put in its place is refused at once, never waited on),
 * and hashed only while it is the file that was read: one replaced or written to since would give
 * the hash of a build nobody checked. Every read waits until the deadline (a time in ms, as
 * Date.now()) at most: a slow disk must not hold the step.
 */
export async function fileSha256(
  location: Pick<ArtifactLocation, 'fullPath' | 'identity'>,
  deadline: number
): Promise<{ sha256: string } | { notComputed: string }> {
  const { openInputFile } = await import('../shared/input-file.js')
  const { fstat } = await import('node:fs')
  const { promisify } = await import('node:util')
  const { createHash } = process.getBuiltinModule('node:crypto')
  const late = { notComputed: 'it could not be read again in time' }
  const changed = { notComputed: 'the file changed after it was read' }
  if (Date.now() >= deadline) return late
  const opening = openInputFile(location.fullPath, '/')
  const opened = await beforeDeadline(opening, deadline).catch(() => undefined)
  if (opened === TIMED_OUT) {
    void opening.then(late => late.handle.close()).catch(() => undefined)
    return late
  }
  if (!opened) return { notComputed: 'it could no longer be opened as a file' }
  const { handle } = opened
  const same = async (): Promise<boolean> => {
    const stats = await promisify(fstat)(handle.fd)
    const { dev, ino, size, mtimeMs } = location.identity
    return (
      stats.dev === dev && stats.ino === ino && stats.size === size && stats.mtimeMs === mtimeMs
    )
  }
  try {
    if (!(await same())) return changed
    const hash = createHash('sha256')
    const buffer = Buffer.alloc(Math.min(HASH_CHUNK, Math.max(1, location.identity.size)))
    for (let position = 0; position < location.identity.size;) {
      const length = Math.min(buffer.length, location.identity.size - position)
      const done = await beforeDeadline(handle.read(buffer, 0, length, position), deadline)
      if (done === TIMED_OUT) return late
      if (done.bytesRead === 0) return changed
      hash.update(buffer.subarray(0, done.bytesRead))
      position += done.bytesRead
    }
    return (await same()) ? { sha256: hash.digest('hex') } : changed
  } catch {
    return { notComputed: 'it could not be read again' }
  } finally {
    // A read still under way when the deadline passed finishes into a buffer nobody reads.
    void handle.close().catch(() => undefined)
  }
}

const HASH_CHUNK = 1024 * 1024
const TIMED_OUT = Symbol('timed out')

/** The promise's value, or TIMED_OUT once the deadline (ms, as Date.now()) has passed. */
async function beforeDeadline<T>(
  promise: Promise<T>,
  deadline: number
): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<typeof TIMED_OUT>(resolve => {
    timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, deadline - Date.now()))
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** What to do about an artifact that could not be opened, by InputFileError's code. */
const toSignedFile: Fix = w => `point ${w.name('apk')} at the signed .apk or .aab`
const OPEN_FIXES: Record<string, Fix> = {
  EACCES: w => `make it readable by ${w.reader}`,
  EPERM: w => `make it readable by ${w.reader}`,
  NOT_REGULAR: toSignedFile,
  EISDIR: toSignedFile,
  ENOENT: toSignedFile
}

async function readOneArtifact(
  fullPath: string,
  shown: string,
  workspace: string,
  problems: ProblemList
): Promise<
  | { file: ArtifactRead; packageName: string; certificate: Certificate; identity: FileIdentity }
  | undefined
> {
  const { ArtifactError, readArtifact } = await import('./apk/artifact.js')
  let opened
  try {
    opened = await openInputFile(fullPath, workspace)
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error
    const fix = OPEN_FIXES[error.code]
    const { why } = error
    problems.add('apk', w => `${shown} ${why}${fix ? `; ${fixIn(fix, w)}` : ''}`)
    return undefined
  }
  try {
    const artifact = await readArtifact(opened, fullPath)
    const { fstat } = await import('node:fs')
    const { promisify } = await import('node:util')
    const stats = await promisify(fstat)(opened.handle.fd)
    return {
      identity: { dev: stats.dev, ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs },
      file: {
        path: shown,
        size: opened.size,
        scheme: artifact.scheme,
        // Notes quote certificate subjects, which are the file's content.
        notes: artifact.notes.map(note => untrustedText(note, 1000)),
        // Set only when there are any: most files have one signer for every Fire OS level.
        ...(artifact.warnings.length > 0 && {
          warnings: artifact.warnings.map(warning => untrustedText(warning, 1000))
        })
      },
      packageName: artifact.packageName,
      certificate: parseStoredCertificate(artifact.certificate)
    }
  } catch (error) {
    if (!(error instanceof ArtifactError) && !(error instanceof CertificateError)) throw error
    const what =
      error instanceof CertificateError
        ? `has a signer certificate that ${error.message}`
        : error.message
    const fix = error instanceof ArtifactError ? error.fix : undefined
    // Entry names quoted in it are the file's content; the fix is ours.
    const shownWhat = `${shown} ${untrustedText(what, 1000)}`
    problems.add('apk', w => (fix ? `${shownWhat}; ${fixIn(fix, w)}` : shownWhat))
    return undefined
  } finally {
    await opened.handle.close()
  }
}
