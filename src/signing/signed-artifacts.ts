import { isAbsolute, relative } from 'node:path'
import { CertificateError, parseCertificateBytes, type Certificate } from './certificate.js'
import type { ProblemList } from '../shared/errors.js'
import { InputFileError, openInputFile } from '../shared/input-file.js'
import { untrustedText } from '../shared/mask.js'

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
}

/** A package name as it may be printed: one read from an artifact is the file's content. */
export function shownPackage(name: string): string {
  return untrustedText(name, 121)
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
  const read: { file: ArtifactRead; packageName: string; certificate: Certificate }[] = []
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
    located: search.files.map(({ fullPath }) => {
      const inside = relative(workspace, fullPath)
      const within = inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)
      return { fullPath, path: within ? inside : fullPath }
    })
  }
}

/**
 * The SHA-256 of a file, read as a stream (1 MB at a time, whatever its size), as lower-case hex
 * as sha256sum prints it; undefined when it can no longer be read, or not before the deadline
 * (a time in ms, as Date.now()): a slow disk must not hold the step. For the job summary, after
 * a run that registered the build: testers compare it with the file they are given.
 */
export async function fileSha256(fullPath: string, deadline: number): Promise<string | undefined> {
  const { createReadStream } = await import('node:fs')
  const { createHash } = process.getBuiltinModule('node:crypto')
  const hash = createHash('sha256')
  const stream = createReadStream(fullPath, { highWaterMark: 1024 * 1024 })
  try {
    for await (const chunk of stream) {
      if (Date.now() > deadline) return undefined
      hash.update(chunk as Buffer)
    }
  } catch {
    return undefined
  } finally {
    stream.destroy()
  }
  return hash.digest('hex')
}

async function readOneArtifact(
  fullPath: string,
  shown: string,
  workspace: string,
  problems: ProblemList
): Promise<{ file: ArtifactRead; packageName: string; certificate: Certificate } | undefined> {
  const { ArtifactError, readArtifact } = await import('./apk/artifact.js')
  let opened
  try {
    opened = await openInputFile(fullPath, workspace)
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error
    const fix =
      error.code === 'EACCES' || error.code === 'EPERM'
        ? "; make it readable by the runner's user"
        : error.code === 'NOT_REGULAR' || error.code === 'EISDIR' || error.code === 'ENOENT'
          ? '; point apk at the signed .apk or .aab'
          : ''
    problems.add('apk', `${shown} ${error.why}${fix}`)
    return undefined
  }
  try {
    const artifact = await readArtifact(opened, fullPath)
    return {
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
      certificate: parseCertificateBytes(artifact.certificate)
    }
  } catch (error) {
    if (!(error instanceof ArtifactError) && !(error instanceof CertificateError)) throw error
    const what =
      error instanceof CertificateError
        ? `has a signer certificate that ${error.message}`
        : error.message
    // Entry names quoted in it are the file's content.
    problems.add('apk', `${shown} ${untrustedText(what, 1000)}`)
    return undefined
  } finally {
    await opened.handle.close()
  }
}
