/**
 * What the step works on once every input is checked. The types say the rules, so no code past
 * validation has to guard against a combination the inputs cannot produce.
 */
import type { Registration } from '../signing/registration.js'
import type { TesterList } from '../testers/testers.js'

/** The security profile's Login with Amazon credentials. */
export interface Credentials {
  clientId: string
  clientSecret: string
}

/** Where and how Amazon is reached: every setting the client needs besides the credentials. */
export interface AmazonConnection {
  apiUrl: string
  tokenUrl: string
  apiVersion: string
  maxAttempts: number
  timeoutMs: number
}

/**
 * Register the app and use the track Amazon returns, or add testers to a track it already has.
 * With a track, a certificate or artifact that was given is still read and checked (checked),
 * but not sent.
 */
export type Target =
  | { kind: 'register'; registration: Registration }
  | { kind: 'existing-track'; trackId: string; checked?: Registration }

interface CommonSettings {
  appId: string
  target: Target
  testers: TesterList
  amazon: AmazonConnection
}

/** A dry run sends nothing, so it needs no credentials; a real run always has them. */
export type Settings =
  | (CommonSettings & { dryRun: true; credentials?: Credentials })
  | (CommonSettings & { dryRun: false; credentials: Credentials })

/** The package and certificate read for this run: sent to register, or checked only. */
export function registrationOf(settings: Settings): Registration | undefined {
  return settings.target.kind === 'register'
    ? settings.target.registration
    : settings.target.checked
}
