import { describe, expect, it } from '@jest/globals'
import { dotenvOf, outputsOf, UnsafeOutputError, UnsafePathError } from '../../../src/cli/output.js'
import { maskEmailsIn } from '../../../src/shared/mask.js'
import type { RunRecord } from '../../../src/engine/run.js'
import type { Settings } from '../../../src/engine/settings.js'

const SHA = 'AB:'.repeat(31) + 'CD'
const registered = {
  target: { kind: 'register', registration: { certificate: { sha256: SHA } } }
} as unknown as Settings
const existingTrack = {
  target: { kind: 'existing-track', trackId: 'devtest' }
} as unknown as Settings

describe('outputsOf', () => {
  it("has the action's outputs once Amazon answered", () => {
    const record: RunRecord = {
      warnings: [],
      settings: registered,
      trackId: 'devtest',
      result: { groups: ['QA'], uniqueTesterCount: 2 }
    }
    expect(outputsOf(record)).toEqual({
      trackId: 'devtest',
      uniqueTesterCount: 2,
      groups: ['QA'],
      certificateSha256: SHA
    })
  })

  it('has only the fingerprint before an answer, and nothing without registration', () => {
    expect(outputsOf({ settings: registered, trackId: 'devtest', warnings: [] })).toEqual({
      certificateSha256: SHA
    })
    expect(outputsOf({ settings: existingTrack, warnings: [] })).toEqual({})
    expect(outputsOf({ warnings: [] })).toEqual({})
  })
})

describe('dotenvOf', () => {
  it('writes what is known, one variable a line', () => {
    expect(
      dotenvOf({
        trackId: 'devtest',
        uniqueTesterCount: 2,
        groups: ['QA'],
        certificateSha256: SHA
      })
    ).toBe(`TRACK_ID=devtest\nUNIQUE_TESTER_COUNT=2\nCERTIFICATE_SHA256=${SHA}\n`)
    expect(dotenvOf({})).toBe('')
  })

  it.each(['dev test', 'devtest\nEVIL=1', 'a"b', "a'b", 'a$b', 'a#b'])(
    'refuses a value a dotenv file cannot hold: %j',
    trackId => {
      expect(() => dotenvOf({ trackId })).toThrow(UnsafeOutputError)
      expect(() => dotenvOf({ trackId })).toThrow(/^TRACK_ID is not written/)
    }
  )
})

describe('artifactPaths', () => {
  const withArtifacts = (paths: string[]): Settings =>
    ({
      target: {
        kind: 'register',
        registration: {
          certificate: { sha256: SHA },
          artifactFiles: paths.map(path => ({
            path,
            fullPath: `/work/${path}`,
            identity: { dev: 1, ino: 1, size: 1, mtimeMs: 1 }
          }))
        }
      }
    }) as unknown as Settings

  it('lists the artifacts read once Amazon added the testers, not before', () => {
    const settings = withArtifacts(['out/app-arm64.apk', 'out/app-x86.apk'])
    expect(
      outputsOf({
        warnings: [],
        settings,
        trackId: 'devtest',
        result: { groups: ['QA'], uniqueTesterCount: 2 }
      }).artifactPaths
    ).toEqual(['out/app-arm64.apk', 'out/app-x86.apk'])
    expect(outputsOf({ warnings: [], settings, trackId: 'devtest' }).artifactPaths).toBeUndefined()
  })

  it('the refusals read the same after email masking, which every printed message goes through', () => {
    // "._:/@+-" read as an address: "._:/•••@+-" was printed.
    for (const error of [new UnsafePathError(), new UnsafeOutputError('TRACK_ID')]) {
      expect(error.message).toContain('letters, digits and . _ : / @ + -')
      expect(maskEmailsIn(error.message)).toBe(error.message)
    }
  })

  it('writes ARTIFACT_PATHS comma-separated, and refuses a path a dotenv line cannot carry', () => {
    expect(dotenvOf({ artifactPaths: ['out/a.apk', 'out/b.apk'] })).toBe(
      'ARTIFACT_PATHS=out/a.apk,out/b.apk\n'
    )
    for (const path of ['out/my app.apk', 'out/a,b.apk', 'out/x\nEVIL=1.apk', 'out/$x.apk']) {
      expect(() => dotenvOf({ artifactPaths: [path] })).toThrow(UnsafePathError)
      expect(() => dotenvOf({ artifactPaths: [path] })).toThrow(
        /^ARTIFACT_PATHS is not written to the --output-env file: an artifact path holds characters/
      )
    }
  })
})
