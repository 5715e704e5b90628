import { describe, expect, it } from '@jest/globals'
import { describePlan } from '../../../src/engine/plan.js'
import type { Settings } from '../../../src/engine/settings.js'

const testers = {
  groups: [{ name: 'QA', testers: [{ email: 'ada@example.com' }, { email: 'bob@example.org' }] }],
  uniqueTesterCount: 2
}
const common = {
  appId: 'amzn1.devportal.mobileapp.0123',
  testers,
  amazon: { apiUrl: '', tokenUrl: '', apiVersion: 'v1', maxAttempts: 1, timeoutMs: 1000 },
  dryRun: true as const
}

describe('describePlan', () => {
  it('says where the package and certificate came from, and masks every email', () => {
    const settings: Settings = {
      ...common,
      target: {
        kind: 'register',
        registration: {
          packageName: 'com.example.app',
          certificate: {
            pem: '',
            sha256: 'AB:CD',
            subject: 'CN=Test',
            keyType: 'EC P-384',
            isEllipticCurve: true,
            validFrom: new Date('2026-01-01T00:00:00Z'),
            validTo: new Date('2036-01-01T00:00:00Z')
          },
          artifacts: [{ path: 'app.apk', size: 8300, scheme: 'v3', notes: ['A note.'] }]
        }
      }
    }
    expect(describePlan(settings)).toEqual([
      'App: amzn1.devportal.mobileapp.0123',
      'Read app.apk (8.3 kB): package and v3 signer certificate.',
      'A note.',
      'Package: com.example.app',
      'Certificate subject: CN=Test',
      'Certificate key: EC P-384',
      'Certificate valid: 2026-01-01T00:00:00.000Z to 2036-01-01T00:00:00.000Z',
      'Certificate SHA-256: AB:CD',
      'Group "QA": 2 testers — a•••@example.com, b•••@example.org',
      'Unique testers: 2',
      'Deadline: the requests end within 7 s (3 calls × 1 attempt × 1 s, with backoff and token refreshes; a Retry-After past it is not waited for).'
    ])
  })

  it('names the given track when registration is skipped', () => {
    const settings: Settings = { ...common, target: { kind: 'existing-track', trackId: 'devtest' } }
    expect(describePlan(settings)).toContain('Track: devtest (given; registration skipped)')
  })
})
