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
): Promise<{ packageName: string; certificate: Certificate; files: ArtifactRead[] } | undefined> {
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
    files: read.map(a => a.file)
  }
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
        notes: artifact.notes.map(note => untrustedText(note, 500))
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
