// Generated from action.yml by script/generate-action-yml-module.mjs (npm run generate).
// Do not edit: change action.yml and run npm run generate.

export interface ActionInputSpec {
  description: string
  required: boolean
  default?: string
}

/** The action's inputs: the CLI's flags. */
export const ACTION_INPUTS = {
  'client-id': {
    description:
      'Login with Amazon client ID of the security profile attached to the App Submission API (amzn1.application-oa2-client.…). Pass it from a secret. Required unless dry-run is true.',
    required: false
  },
  'client-secret': {
    description:
      'Client secret of that security profile. Pass it from a secret. Required unless dry-run is true.',
    required: false
  },
  'app-id': {
    description: "The app's ID in the Developer Console (amzn1.devportal.mobileapp.…).",
    required: true
  },
  'package-name': {
    description:
      "The app's package name, e.g. com.example.app. Required unless apk or track-id is set.",
    required: false
  },
  certificate: {
    description:
      'The certificate the app is signed with, for teams that register before they sign: PEM text (BEGIN/END lines) or base64 DER. CRLF and literal \\n sequences (a PEM pasted on one line) are accepted. Give this, certificate-file or apk, unless track-id is set.',
    required: false
  },
  'certificate-file': {
    description:
      'Path of a PEM or DER certificate file, relative to the workspace or absolute (at most 1 MB).',
    required: false
  },
  apk: {
    description:
      'The signed .apk or .aab (the signing step\'s output): a path, a glob pattern (app/build/outputs/**/*-release*-signed.apk), or several paths or patterns separated by newlines or commas, relative to the workspace or absolute. The package name and the signing certificate are read from it: the certificate a Fire OS 8 device verifies (which signer that is, and the warning when an older Fire OS sees another: "What apk reads" in docs/getting-started.md). Several files (per-ABI splits) must share both, and are registered once. certificate, certificate-file and package-name may be omitted, and must match when given. With track-id it is still read and checked, but not sent.',
    required: false
  },
  testers: {
    description:
      'Inline tester list: one tester per line ("email" or "First Last <email>"), a YAML mapping of group → testers, JSON, or CSV with a header. Give this or testers-file. In a public repository pass it from a secret: the runner prints with: values in the step log.',
    required: false
  },
  'testers-file': {
    description:
      "Path of a .json, .yaml/.yml, .csv or .txt tester file, relative to the workspace or absolute (at most 1 MB); any other name (a CI system's file variable) is read by its shape, as testers is. Give this or testers.",
    required: false
  },
  'tester-group': {
    description: 'Group for testers listed without a group.',
    required: false,
    default: 'DevTest'
  },
  'track-id': {
    description:
      'When set, skip registration and add the testers to this track: the trackId output of an earlier run, e.g. from a repository variable.',
    required: false
  },
  'dry-run': {
    description:
      'true to check every input, show what would be sent, and send nothing. No credentials are needed.',
    required: false,
    default: 'false'
  },
  'api-url': {
    description:
      'Base URL of the Appstore API. https, or http on a loopback address (localhost, 127.0.0.1, [::1]) for a local test server.',
    required: false,
    default: 'https://developer.amazon.com/api/appstore'
  },
  'token-url': {
    description:
      'Login with Amazon token endpoint. https, or http on a loopback address (localhost, 127.0.0.1, [::1]) for a local test server.',
    required: false,
    default: 'https://api.amazon.com/auth/o2/token'
  },
  'api-version': { description: 'Appstore API version.', required: false, default: 'v1' },
  'max-attempts': {
    description:
      'Attempts per request for transient failures (network errors, timeouts, 429, 5xx), 1 to 10.',
    required: false,
    default: '4'
  },
  'request-timeout': {
    description: 'Seconds one attempt of a request may take, 1 to 600.',
    required: false,
    default: '30'
  }
} as const satisfies Record<string, ActionInputSpec>

/** The inputs' defaults, as the runner applies them: the code applies them to empty values too. */
export const ACTION_DEFAULTS = {
  'tester-group': 'DevTest',
  'dry-run': 'false',
  'api-url': 'https://developer.amazon.com/api/appstore',
  'token-url': 'https://api.amazon.com/auth/o2/token',
  'api-version': 'v1',
  'max-attempts': '4',
  'request-timeout': '30'
} as const

/** The action's outputs. */
export const ACTION_OUTPUTS = {
  trackId: {
    description:
      'The DevTest track Amazon returned on registration (or the given track-id). Set only when Amazon added the testers: not on a dry run or a failed run.'
  },
  uniqueTesterCount: {
    description:
      'Unique testers across the groups added, as Amazon counted them. Not set on a dry run or a failed run.'
  },
  groups: {
    description:
      'JSON array of the group names Amazon added, e.g. ["QA","Beta"]. Not set on a dry run or a failed run.'
  },
  certificateSha256: {
    description:
      'SHA-256 fingerprint of the certificate, colon-separated upper-case hex (as keytool prints it). Set whenever the certificate was read: also on a dry run and on a run that failed later.'
  },
  artifactPaths: {
    description:
      "The signed artifact(s) read via apk, one path per line (relative to the workspace when inside it): the build testers need, e.g. for actions/upload-artifact's path. Set only when Amazon added the testers and apk was given."
  }
} as const

export type ActionInputName = keyof typeof ACTION_INPUTS

/** The inputs' values, as the runner passes them: text, empty when not set. */
export type ActionInputValues = Record<ActionInputName, string>
