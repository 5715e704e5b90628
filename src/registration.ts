import {
  CertificateError,
  parseCertificateBytes,
  parseCertificateText,
  type Certificate
} from './certificate.js'
import type { ProblemList } from './errors.js'
import { InputFileError, openInputFile, printablePath, readInputFile } from './input-file.js'

/** One signed artifact read for apk: how to show its path, its size, and how it is signed. */
export interface ArtifactRead {
  /** Relative to the workspace when inside it, control characters escaped. */
  path: string
  size: number
  scheme: string
  /** Which signer was taken and why, when there was a choice. */
  notes: string[]
}

/** What registration sends, and where it came from (for the log). */
export interface Registration {
  packageName: string
  certificate: Certificate
  /** Set when the signed artifacts named by apk supplied the certificate and package; all agree. */
  artifacts?: ArtifactRead[]
}

/** The inputs this module reads. */
export interface RegistrationInputs {
  'package-name': string
  certificate: string
  'certificate-file': string
  apk: string
}

const PACKAGE_NAME = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/

/** A package name as it may be printed: one read from an artifact is the file's content. */
function shownPackage(name: string): string {
  return printablePath(name.length > 120 ? `${name.slice(0, 120)}…` : name)
}

/**
 * Reads the package name and signing certificate from package-name, certificate /
 * certificate-file and apk. With apk, the signed artifact supplies both, and whatever the other
 * inputs also give must match it. With track-id (skipRegistration), nothing is required.
 */
export async function readRegistration(
  inputs: RegistrationInputs,
  workspace: string,
  skipRegistration: boolean,
  problems: ProblemList,
  warnings: string[]
): Promise<Registration | undefined> {
  const problemsBefore = problems.size
  const apkGiven = inputs.apk !== ''
  const artifact = apkGiven ? await readApk(inputs.apk, workspace, problems) : undefined
  const given = await readCertificate(inputs, workspace, !skipRegistration && !apkGiven, problems)
  let packageName = inputs['package-name']
  if (skipRegistration) {
    if (packageName !== '' || given || apkGiven) {
      warnings.push(
        'track-id is set, so registration is skipped: package-name and the certificate are not sent.'
      )
    }
    return undefined
  }

  let certificate = given
  if (artifact) {
    const names = artifact.files.map(file => file.path).join(', ')
    if (given && given.sha256 !== artifact.certificate.sha256) {
      const source = inputs.certificate.trim() !== '' ? 'certificate' : 'certificate-file'
      problems.add(
        source,
        `is not the certificate ${names} ${artifact.files.length > 1 ? 'are' : 'is'} signed with: ${source} gives ` +
          `${given.subject} (SHA-256 ${given.sha256}), the artifact's signer is ` +
          `${artifact.certificate.subject} (SHA-256 ${artifact.certificate.sha256}); ` +
          `remove ${source} to use the artifact's certificate, or sign with this one`
      )
    }
    if (packageName !== '' && packageName !== artifact.packageName) {
      problems.add(
        'package-name',
        `"${shownPackage(packageName)}" differs from the package of ${names}, "${shownPackage(artifact.packageName)}"; ` +
          "remove package-name to use the artifact's, or point apk at the right artifact"
      )
    }
    certificate = artifact.certificate
    packageName ||= artifact.packageName
  }

  if (packageName === '' && !apkGiven) {
    problems.add(
      'package-name',
      "is required to register the app: give the app's package name, e.g. com.example.app, " +
        'or point apk at the signed APK'
    )
  } else if (packageName !== '' && !PACKAGE_NAME.test(packageName)) {
    problems.add(
      'package-name',
      `"${shownPackage(packageName)}" is not an Android package name (dot-separated words such as com.example.app)`
    )
  }
  if (!certificate || problems.size > problemsBefore) return undefined
  const registration: Registration = { packageName, certificate }
  if (artifact) registration.artifacts = artifact.files
  return registration
}

/**
 * Finds the files apk names and reads each signed artifact by position, never whole. Several
 * files (splits per ABI or density) must be one app signed by one key: registration is done once
 * for them all.
 */
async function readApk(
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
        notes: artifact.notes.map(printablePath)
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
    problems.add('apk', `${shown} ${what}`)
    return undefined
  } finally {
    await opened.handle.close()
  }
}

async function readCertificate(
  inputs: RegistrationInputs,
  workspace: string,
  required: boolean,
  problems: ProblemList
): Promise<Certificate | undefined> {
  const text = inputs.certificate
  const file = inputs['certificate-file']
  if (text.trim() !== '' && file !== '') {
    problems.add('certificate', 'and certificate-file are both set; give exactly one of them')
    return undefined
  }
  try {
    if (text.trim() !== '') return parseCertificateText(text)
    if (file !== '') {
      const bytes = await readInputFile(file, workspace, 'certificate-file', problems)
      return bytes ? parseCertificateBytes(bytes) : undefined
    }
  } catch (error) {
    if (!(error instanceof CertificateError)) throw error
    problems.add(text.trim() !== '' ? 'certificate' : 'certificate-file', error.message)
    return undefined
  }
  if (required) {
    problems.add(
      'certificate',
      'is required to register the app: set certificate (PEM text, e.g. from a secret), ' +
        'certificate-file (a path in the workspace) or apk (the signed APK or AAB)'
    )
  }
  return undefined
}
