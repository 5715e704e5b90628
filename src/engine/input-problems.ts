import type { Fix } from '../shared/input-words.js'

/**
 * The input problems users meet most, for the troubleshooting page (docs/troubleshooting.md,
 * written by npm run docs): what the error line says, why, and the fix in each front door's
 * words. `said` is a piece of the message exactly as the code writes it, and a test finds it in
 * src/, so an entry cannot outlive its message.
 */
export interface CommonInputProblem {
  /** How the error line reads; "…" stands for the part that varies. */
  symptom: string
  /** Verbatim in the source that writes the message. */
  said: string
  cause: string
  fix: Fix
}

export const COMMON_INPUT_PROBLEMS: readonly CommonInputProblem[] = [
  {
    symptom: 'N problems with the inputs, nothing was sent to Amazon',
    said: 'with the inputs, nothing was sent to Amazon',
    cause: 'Every input is checked before any request; each problem is listed on its own line.',
    fix: 'Fix each listed input; the fix is on its line. Nothing reached Amazon.'
  },
  {
    symptom: 'testers-file: … does not exist',
    said: 'does not exist',
    cause:
      'The tester list is not at that path (in a workflow: not committed, or not checked out).',
    fix: w =>
      `Commit the file, or point ${w.name('testers-file')} at it; a list kept secret can be ` +
      `given in ${w.name('testers')} instead.`
  },
  {
    symptom: 'track-id: "…" is not a track ID',
    said: 'is not a track ID',
    cause: 'The value is not a track ID Amazon returned (letters, digits, ".", "_", "~", "-").',
    fix: w =>
      `Give the track ID of an earlier run, or leave ${w.name('track-id')} ${w.unset} to ` +
      'register the app.'
  },
  {
    symptom: '… is a named pipe (FIFO) / is a device / is N bytes; at most 1 MB is read',
    said: 'named pipe (FIFO)',
    cause: 'The input names something that is not a tester list or certificate file.',
    fix: 'Point it at the file itself.'
  },
  {
    symptom: 'apk: no file matches … / … does not exist',
    said: 'no file matches',
    cause:
      'Nothing at that path or pattern; the message names the directory searched and the ' +
      '.apk/.aab files nearby.',
    fix: w =>
      `Fix the path or pattern in ${w.name('apk')}, and check that the build and signing ran ` +
      'before this step.'
  },
  {
    symptom: 'apk: … is a directory',
    said: 'name the signed file, or give a pattern such as',
    cause: 'The path names the outputs directory, not a file in it.',
    fix: 'Name the signed file in it (the message lists them), or a pattern such as dir/**/*-release*.apk.'
  },
  {
    symptom: 'apk: … stopped after visiting N files and directories',
    said: 'stopped after visiting',
    cause:
      'The pattern starts too high (e.g. **/*.apk over node_modules), so the search is cut short.',
    fix: 'Start the pattern at the outputs directory.'
  },
  {
    symptom: 'apk: names N artifacts that are not one app signed by one key',
    said: 'not one app signed by one key',
    cause: 'The pattern matched files of other apps or signers (debug builds, another module).',
    fix: 'Narrow it to the signed release files.'
  },
  {
    symptom: 'apk: … is not signed',
    said: 'is not signed: it has no APK Signing Block',
    cause: 'The file is the unsigned build output.',
    fix: w => `Point ${w.name('apk')} at the file the signing step wrote.`
  },
  {
    symptom: 'apk: … is not a ZIP archive / is neither an .apk nor an .aab file',
    said: 'is neither an .apk nor an .aab file',
    cause: 'The path names some other file.',
    fix: w => `Point ${w.name('apk')} at the signed .apk or .aab.`
  },
  {
    symptom: 'certificate…: is not the certificate … is signed with',
    said: 'is not the certificate',
    cause: "The certificate given and the artifact's signer differ (both fingerprints are shown).",
    fix: w =>
      `Leave ${w.name('certificate')} and ${w.name('certificate-file')} ${w.unset} (the ` +
      "artifact's own certificate is used), or sign with the key of that certificate."
  },
  {
    symptom: 'package-name: … differs from the package of …',
    said: 'differs from the package of',
    cause: "The package name given is not the artifact's.",
    fix: w =>
      `Leave ${w.name('package-name')} ${w.unset} (the artifact's is used), or point ` +
      `${w.name('apk')} at the right artifact.`
  }
]
