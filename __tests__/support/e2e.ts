// What the end-to-end tests of dist/ share (e2e/action.test.ts, e2e/cli.test.ts): the app and
// tester list every run uses, the inputs that point a run at the local fake Amazon, and the
// checks every run must pass, whichever front door started it.
import { expect } from '@jest/globals'
import type { FakeAmazon } from '../../fake-amazon/server.mjs'

export const APP = 'amzn1.devportal.mobileapp.0123456789abcdef0123456789abcdef'
export const TESTERS =
  'QA:\n  - Ada Lovelace <ada@example.com>\n  - bob@example.com\nBeta:\n  - carol@example.org'
export const EMAILS = ['ada@example.com', 'bob@example.com', 'carol@example.org']
/** The fixtures directory: the workspace (action) or working directory (CLI) of every run. */
export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname

/** The inputs of a run against the fake, credentials apart (each door passes them its own way). */
export function runInputs(amazon: FakeAmazon): Record<string, string> {
  return {
    'app-id': APP,
    'package-name': 'com.example.app',
    'certificate-file': 'certs/ec-p384.pem',
    testers: TESTERS,
    'api-url': amazon.apiUrl,
    'token-url': amazon.tokenUrl
  }
}

/** Neither the client secret, nor any access token, nor a full tester email reaches the user. */
export function expectNoLeaks(everything: string, amazon: FakeAmazon): void {
  expect(everything).not.toContain(amazon.clientSecret)
  for (const token of amazon.tokens.keys()) expect(everything).not.toContain(token)
  for (const email of EMAILS) expect(everything.toLowerCase()).not.toContain(email)
}

/** A run ended on its own (no kill at the timeout), and Node warned of nothing. */
export function expectCleanEnd(result: { timedOut: boolean; stderr: string }): void {
  expect(result.timedOut).toBe(false)
  expect(result.stderr).not.toMatch(/DeprecationWarning|ExperimentalWarning/)
}
