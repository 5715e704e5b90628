import { createHash, X509Certificate } from 'node:crypto'
import { truncate } from '../../shared/printable.js'
import type { SchemeSigner } from './signing-block.js'

// Which certificate a device verifies, by Android API level, as apksig's ApkVerifier decides it
// (and the platform's ApkSignatureVerifier): v3.1 from API 33 only; v3 from API 28, where a v3
// block, once present, must hold a signer whose [minSdk, maxSdk] covers the level or the APK is
// refused; v2 where no v3 applies (from API 24); v1 where neither does. A scheme ID the device
// knows (2 from API 24, 3 from API 28) declared by the signature that is verified, in a v1
// .SF's X-Android-APK-Signed or a v2 signer's stripping-protection attribute, without that
// scheme's block being verified, means a stripped signature: the device refuses the APK.

export type SigningScheme = 'v3.1' | 'v3' | 'v2' | 'v1'

/** Fire OS 6, 7 and 8 run API 25, 28 and 30; every level between is checked too. */
export const FIRE_OS_LEVELS = [25, 26, 27, 28, 29, 30] as const
export const REGISTERED_LEVEL = 30
const FIRE_OS_NAMES: Record<number, string> = { 25: 'Fire OS 6', 28: 'Fire OS 7', 30: 'Fire OS 8' }
const V2_FROM = 24
const SUBJECT_CHARS = 150
const V3_FROM = 28

/** The signatures an APK carries, as read from its signing block and JAR signature. */
export interface Signatures {
  v3?: SchemeSigner[]
  v2?: SchemeSigner[]
  /** The JAR signer's certificate and the schemes its .SF declares (X-Android-APK-Signed). */
  v1?: { certificate: Buffer; signedWith: number[] }
}

export type LevelOutcome =
  { scheme: SigningScheme; certificate: Buffer } | { scheme?: undefined; refused: string }

/** What a device at one API level verifies, or why it refuses the APK. */
export function signerAt(level: number, signatures: Signatures): LevelOutcome {
  const { v3, v2, v1 } = signatures
  if (level >= V3_FROM && v3) {
    const covering = v3SignersAt(level, v3)
    // Android's v3 verifier skips the signers for other levels and refuses the APK when more
    // than one is left ("V3 only supports one signer"): the first is not taken.
    if (covering.length > 1)
      return {
        refused: `${covering.length} of its v3 signers cover API ${level}, where Android takes one`
      }
    const [signer] = covering
    const certificate = signer?.certificates[0]
    if (certificate) return { scheme: 'v3', certificate }
    if (signer) return { refused: `its v3 signer for API ${level} has no certificate` }
    const ranges = v3
      .slice(0, 10)
      .map(s => `${s.minSdk}–${s.maxSdk}`)
      .join(', ')
    const more = v3.length > 10 ? ` and ${v3.length - 10} more` : ''
    return { refused: `its v3 signers cover API ${ranges}${more}, not ${level}` }
  }
  const known = level >= V3_FROM ? [2, 3] : level >= V2_FROM ? [2] : []
  const stripped = (declared: number[]): number | undefined =>
    declared.find(id => known.includes(id))
  if (v2) {
    const certificate = v2[0]?.certificates[0]
    // v2 itself is found here: only a newer scheme it names can be missing.
    const missing = stripped(v2.flatMap(s => s.alsoSignedWith ?? []).filter(id => id !== 2))
    if (missing !== undefined)
      return {
        refused: `its v2 signature says it was also signed with v${missing}, which is missing (stripped)`
      }
    if (certificate) return { scheme: 'v2', certificate }
    return { refused: 'its v2 signer has no certificate' }
  }
  if (v1) {
    const missing = stripped(v1.signedWith)
    if (missing !== undefined) {
      return {
        refused: `its JAR signature says X-Android-APK-Signed: ${missing} (signed with v${missing}), but it has no v${missing} signature (stripped)`
      }
    }
    return { scheme: 'v1', certificate: v1.certificate }
  }
  return { refused: 'it has no signature that applies' }
}

/** The v3 signers whose [minSdk, maxSdk] covers a level: there must be exactly one. */
export function v3SignersAt(level: number, v3: SchemeSigner[]): SchemeSigner[] {
  return v3.filter(s => (s.minSdk ?? 0) <= level && level <= (s.maxSdk ?? 0))
}

/**
 * The certificate registered (the one API 30 verifies) and a warning for every Fire OS level,
 * from the app's minSdkVersion on, that verifies another or refuses the APK.
 */
export function fireOsSigner(
  signatures: Signatures,
  minSdk = 0
): { scheme: SigningScheme; certificate: Buffer; warnings: string[] } | { refused: string } {
  const registered = signerAt(REGISTERED_LEVEL, signatures)
  if (registered.scheme === undefined) {
    return {
      refused: `is refused by Fire OS 8 (API ${REGISTERED_LEVEL}): ${registered.refused}; re-sign it with apksigner`
    }
  }
  // Consecutive levels with the same outcome, as ranges: API 25–27 v2 …, API 28–30 v3 ….
  const groups: { from: number; to: number; outcome: LevelOutcome; key: string }[] = []
  const warnings: string[] = []
  if (minSdk > REGISTERED_LEVEL) {
    warnings.push(
      `The app's minSdkVersion is ${minSdk}: no Fire OS device (API 25–30) can install it, so testers cannot either.`
    )
  }
  for (const level of FIRE_OS_LEVELS.filter(l => l >= minSdk)) {
    const outcome = signerAt(level, signatures)
    const key =
      outcome.scheme === undefined ? `refused ${outcome.refused}` : fingerprint(outcome.certificate)
    const last = groups[groups.length - 1]
    if (last && last.key === key) last.to = level
    else groups.push({ from: level, to: level, outcome, key })
  }
  const registeredKey = fingerprint(registered.certificate)
  const registeredGroups = groups.filter(group => group.key === registeredKey)
  for (const group of groups) {
    if (group.key === registeredKey) continue
    const levels = levelRange(group.from, group.to)
    if (group.outcome.scheme === undefined) {
      warnings.push(
        `Android at ${levels} refuses to install this APK: ${group.outcome.refused}. Testers on those devices cannot install it; re-sign it with apksigner.`
      )
      continue
    }
    warnings.push(
      `Fire OS devices do not all verify one certificate: ${levels} verify the ${group.outcome.scheme} signer ` +
        `${describeCertificate(group.outcome.certificate)}; ${registeredGroups.map(g => levelRange(g.from, g.to)).join(' and ')} ` +
        `the ${registered.scheme} signer ${describeCertificate(registered.certificate)}, which is registered. ` +
        `DevTest then needs both certificates registered (it takes up to three): register the other one too, ` +
        'or sign every scheme with one key.'
    )
  }
  return { scheme: registered.scheme, certificate: registered.certificate, warnings }
}

/** "API 25–27 (Fire OS 6)", "API 30 (Fire OS 8)". */
export function levelRange(from: number, to: number): string {
  const names = FIRE_OS_LEVELS.filter(l => l >= from && l <= to)
    .map(l => FIRE_OS_NAMES[l])
    .filter(Boolean)
  const api = from === to ? `API ${from}` : `API ${from}–${to}`
  return names.length > 0 ? `${api} (${names.join(', ')})` : api
}

/** SHA-256 of the stored certificate bytes, colon-separated upper-case hex (as keytool prints it). */
export function fingerprint(der: Buffer): string {
  return createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g)?.join(':') ?? ''
}

/** "CN=…, O=… (SHA-256 AB:CD:…)": subject from the parsed certificate, hash of its stored bytes. */
export function describeCertificate(der: Buffer): string {
  return `${subjectOf(der)} (SHA-256 ${fingerprint(der)})`
}

/**
 * The subject, cut to SUBJECT_CHARS: a message quotes it beside a fingerprint and a fix, which a
 * subject of thousands of attributes would push past the message's own cut.
 */
export function subjectOf(der: Buffer | undefined): string {
  if (!der) return 'no certificate'
  try {
    return truncate(new X509Certificate(der).subject.split('\n').join(', '), SUBJECT_CHARS)
  } catch {
    return 'an unreadable certificate'
  }
}
