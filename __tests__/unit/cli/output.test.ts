import { describe, expect, it } from '@jest/globals'
import { dotenvOf, outputsOf, UnsafeOutputError } from '../../../src/cli/output.js'
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
      'certificate-sha256': SHA
    })
  })

  it('has only the fingerprint before an answer, and nothing without registration', () => {
    expect(outputsOf({ settings: registered, trackId: 'devtest', warnings: [] })).toEqual({
      'certificate-sha256': SHA
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
        'certificate-sha256': SHA
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
