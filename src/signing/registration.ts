// The readers of certificates, artifacts and files load only when an input names one: a run that
// fails on a missing input (the first thing a new workflow does) compiles none of them, and a run
// with a PEM certificate never loads the APK reader.
import type { Certificate } from './certificate.js'
import type { ProblemList } from '../shared/errors.js'
import type { ArtifactLocation, ArtifactRead } from './signed-artifacts.js'
import type { ActionInputValues } from '../shared/action-yml.js'
import { PACKAGE_NAME, shownPackage } from './package-name.js'

/** What registration sends, and where it came from (for the log). */
export interface Registration {
  packageName: string
  certificate: Certificate
  /** Set when the signed artifacts named by apk supplied the certificate and package; all agree. */
  artifacts?: ArtifactRead[]
  /** Where those artifacts are, in the same order: the artifactPaths output and the summary. */
  artifactFiles?: ArtifactLocation[]
}

/** The inputs this module reads. */
export type RegistrationInputs = Pick<
  ActionInputValues,
  'package-name' | 'certificate' | 'certificate-file' | 'apk'
>

/**
 * Reads the package name and signing certificate from package-name, certificate /
 * certificate-file and apk. With apk, the signed artifact supplies both, and whatever the other
 * inputs also give must match it. With track-id (skipRegistration), nothing is required, but
 * what is given is still read and checked: every release re-runs the step with the same apk,
 * and its fingerprint and expiry are worth seeing there too.
 */
export async function readRegistration(
  inputs: RegistrationInputs,
  workspace: string,
  problems: ProblemList,
  { skipRegistration }: { skipRegistration: boolean }
): Promise<Registration | undefined> {
  const problemsBefore = problems.size
  const apkGiven = inputs.apk !== ''
  let artifact
  if (apkGiven) {
    const { readSignedArtifacts } = await import('./signed-artifacts.js')
    artifact = await readSignedArtifacts(inputs.apk, workspace, problems)
  }
  const given = await readCertificate(inputs, workspace, problems, {
    required: !skipRegistration && !apkGiven
  })
  let packageName = inputs['package-name']

  let certificate = given
  if (artifact) {
    const names = artifact.files.map(file => file.path).join(', ')
    if (given && given.sha256 !== artifact.certificate.sha256) {
      const source = inputs.certificate.trim() !== '' ? 'certificate' : 'certificate-file'
      const signers =
        `${given.subject} (SHA-256 ${given.sha256}), the artifact's signer is ` +
        `${artifact.certificate.subject} (SHA-256 ${artifact.certificate.sha256})`
      const are = artifact.files.length > 1 ? 'are' : 'is'
      problems.add(
        source,
        w =>
          `is not the certificate ${names} ${are} signed with: ${w.name(source)} gives ${signers}; ` +
          `remove ${w.name(source)} to use the artifact's certificate, or sign with this one`
      )
    }
    if (packageName !== '' && packageName !== artifact.packageName) {
      const packages = `"${shownPackage(packageName)}" differs from the package of ${names}, "${shownPackage(artifact.packageName)}"`
      problems.add(
        'package-name',
        w =>
          `${packages}; remove ${w.name('package-name')} to use the artifact's, or point ` +
          `${w.name('apk')} at the right artifact`
      )
    }
    certificate = artifact.certificate
    packageName ||= artifact.packageName
  }

  if (packageName === '' && !apkGiven && !skipRegistration) {
    problems.add(
      'package-name',
      w =>
        "is required to register the app: give the app's package name, e.g. com.example.app, " +
        `or point ${w.name('apk')} at the signed APK`
    )
  } else if (packageName !== '' && !PACKAGE_NAME.test(packageName)) {
    problems.add(
      'package-name',
      `"${shownPackage(packageName)}" is not an Android package name (dot-separated words such as com.example.app)`
    )
  }
  if (!certificate || problems.size > problemsBefore) return undefined
  const registration: Registration = { packageName, certificate }
  if (artifact) {
    registration.artifacts = artifact.files
    registration.artifactFiles = artifact.located
  }
  return registration
}

async function readCertificate(
  inputs: RegistrationInputs,
  workspace: string,
  problems: ProblemList,
  { required }: { required: boolean }
): Promise<Certificate | undefined> {
  const text = inputs.certificate
  const file = inputs['certificate-file']
  if (text.trim() !== '' && file !== '') {
    problems.add(
      'certificate',
      w => `is set together with ${w.name('certificate-file')}; give exactly one of them`
    )
    return undefined
  }
  if (text.trim() !== '' || file !== '') {
    const { CertificateError, parseCertificateBytes, parseCertificateText } =
      await import('./certificate.js')
    try {
      if (text.trim() !== '') return parseCertificateText(text)
      const { readInputFile } = await import('../shared/input-file.js')
      const bytes = await readInputFile(file, workspace, 'certificate-file', problems)
      return bytes ? parseCertificateBytes(bytes) : undefined
    } catch (error) {
      if (!(error instanceof CertificateError)) throw error
      problems.add(text.trim() !== '' ? 'certificate' : 'certificate-file', error.message)
      return undefined
    }
  }
  if (required) {
    problems.add(
      'certificate',
      w =>
        `is required to register the app: set ${w.name('certificate')} (PEM text, e.g. from a ` +
        `secret), ${w.name('certificate-file')} (a path in ${w.workspace}) or ${w.name('apk')} ` +
        '(the signed APK or AAB)'
    )
  }
  return undefined
}
