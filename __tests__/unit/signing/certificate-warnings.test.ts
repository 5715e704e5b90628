import { describe, expect, it } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { certificateWarnings } from '../../../src/signing/certificate-warnings.js'
import { parseCertificateText } from '../../../src/signing/certificate.js'

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../fixtures/certs/${name}`, import.meta.url))
const ecPem = fixture('ec-p384.pem').toString('utf8')
const ecFingerprint = new X509Certificate(ecPem).fingerprint256

describe('certificateWarnings', () => {
  const now = new Date('2026-06-01T00:00:00Z')

  it('has nothing to say about a current EC certificate', () => {
    const certificate = parseCertificateText(ecPem)
    expect(certificateWarnings(certificate, certificate.validFrom)).toEqual([])
  })

  it('warns about a non-EC key with the openssl command that makes a right one', () => {
    const certificate = parseCertificateText(fixture('rsa-2048.pem').toString('utf8'))
    const [warning] = certificateWarnings(certificate, certificate.validFrom)
    expect(warning).toMatch(/RSA 2048.*ECDSA/)
    expect(warning).toContain('ec_paramgen_curve:secp384r1')
  })

  it('warns about an expired certificate', () => {
    const certificate = parseCertificateText(fixture('expired-ec.pem').toString('utf8'))
    expect(certificateWarnings(certificate, now)).toEqual([
      expect.stringMatching(
        /^The certificate expired on 2021-01-01\. A new certificate means a new signing key .* 3 certificate slots; .* -days 9125 /
      )
    ])
  })

  it('warns 90 days ahead of expiry, with the date, and not earlier', () => {
    const certificate = parseCertificateText(fixture('expired-ec.pem').toString('utf8'))
    const expiry = certificate.validTo.getTime()
    const day = 24 * 60 * 60 * 1000
    expect(certificate.validTo.toISOString().slice(0, 10)).toBe('2021-01-01')
    // Counted in calendar days, as the date is shown, whatever the hour.
    for (const hour of [0, 23]) {
      expect(certificateWarnings(certificate, new Date(Date.UTC(2020, 11, 2, hour, 59)))).toEqual([
        expect.stringMatching(
          /^The certificate expires on 2021-01-01, in 30 days\. A new certificate/
        )
      ])
    }
    expect(certificateWarnings(certificate, new Date(Date.UTC(2020, 9, 4, 0, 1)))).toEqual([
      expect.stringMatching(/expires on 2021-01-01, in 89 days/)
    ])
    expect(certificateWarnings(certificate, new Date(Date.UTC(2020, 11, 31, 12)))).toEqual([
      expect.stringMatching(/expires on 2021-01-01, in 1 day\./)
    ])
    const eveningExpiry = { ...certificate, validTo: new Date(Date.UTC(2021, 0, 1, 18)) }
    expect(certificateWarnings(eveningExpiry, new Date(Date.UTC(2021, 0, 1, 6)))).toEqual([
      expect.stringMatching(/expires on 2021-01-01, today\./)
    ])
    expect(certificateWarnings(certificate, new Date(expiry - 91 * day))).toEqual([])
  })

  it('pairs PEM blocks in linear time, even among 50,000 unclosed BEGIN lines', () => {
    const noise = '-----BEGIN A-----\n'.repeat(50_000) // 900 KB, under the cap
    const started = performance.now()
    expect(parseCertificateText(noise + ecPem).sha256).toBe(ecFingerprint)
    expect(() => parseCertificateText(`${noise}-----BEGIN CERTIFICATE-----\nAAAA`)).toThrow(
      /no complete -----BEGIN CERTIFICATE-----/
    )
    // Milliseconds here; the regular expression this replaces took 0.2 s on 5,000 such lines,
    // growing with the square (20 s here). The bound sits far from both.
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it('refuses certificate text over 1 MB before parsing it', () => {
    expect(() => parseCertificateText(`${ecPem}\n${'x'.repeat(1024 * 1024)}`)).toThrow(
      /is larger than 1 MB/
    )
  })

  it('shows the subject on one line with control characters escaped', () => {
    const { subject } = parseCertificateText(ecPem)
    expect(subject).not.toMatch(/[\n\r]/)
  })

  it('warns about a certificate not yet valid', () => {
    const certificate = parseCertificateText(fixture('expired-ec.pem').toString('utf8'))
    expect(certificateWarnings(certificate, new Date('2019-01-01T00:00:00Z'))).toEqual([
      'The certificate is not valid before 2020-01-01T00:00:00.000Z.'
    ])
  })
})
