import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createHash, X509Certificate } from 'node:crypto'
import {
  CertificateError,
  certificateWarnings,
  parseCertificateBytes,
  parseCertificateText
} from '../../../src/signing/certificate.js'

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../fixtures/certs/${name}`, import.meta.url))
const ecPem = fixture('ec-p384.pem').toString('utf8')
const ecFingerprint = new X509Certificate(ecPem).fingerprint256

describe('parseCertificateText', () => {
  it('reads PEM and reports subject, key type, validity and SHA-256', () => {
    const certificate = parseCertificateText(ecPem)
    expect(certificate.sha256).toBe(ecFingerprint)
    expect(certificate.sha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
    expect(certificate.subject).toBe('CN=DevTest Sample, O=Example')
    expect(certificate.keyType).toBe('EC P-384')
    expect(certificate.isEllipticCurve).toBe(true)
    expect(certificate.validTo.getTime()).toBeGreaterThan(certificate.validFrom.getTime())
  })

  it('normalises to 64-column PEM with BEGIN/END lines', () => {
    const { pem } = parseCertificateText(ecPem)
    const lines = pem.trimEnd().split('\n')
    expect(lines[0]).toBe('-----BEGIN CERTIFICATE-----')
    expect(lines.at(-1)).toBe('-----END CERTIFICATE-----')
    expect(lines.slice(1, -2).every(line => line.length === 64)).toBe(true)
    expect(new X509Certificate(pem).fingerprint256).toBe(ecFingerprint)
  })

  it('accepts CRLF line ends and surrounding blanks', () => {
    const crlf = `\r\n  ${ecPem.replace(/\n/g, '\r\n')}  \r\n`
    expect(parseCertificateText(crlf).sha256).toBe(ecFingerprint)
  })

  it('accepts a PEM pasted on one line with literal \\n sequences', () => {
    const oneLine = ecPem.trim().replace(/\n/g, '\\n')
    expect(oneLine).not.toContain('\n')
    expect(parseCertificateText(oneLine).sha256).toBe(ecFingerprint)
  })

  it('accepts base64 DER, wrapped or not', () => {
    const base64 = fixture('ec-p384.der').toString('base64')
    expect(parseCertificateText(base64).sha256).toBe(ecFingerprint)
    expect(parseCertificateText(base64.replace(/(.{60})/g, '$1\n')).sha256).toBe(ecFingerprint)
  })

  it('describes RSA keys with their size and is not elliptic-curve', () => {
    const certificate = parseCertificateText(fixture('rsa-2048.pem').toString('utf8'))
    expect(certificate.keyType).toBe('RSA 2048')
    expect(certificate.isEllipticCurve).toBe(false)
  })

  it.each([
    ['', /is empty/],
    ['hello world!', /neither PEM .* nor base64 DER/],
    ['-----BEGIN CERTIFICATE-----\nAAAA', /no complete -----BEGIN CERTIFICATE-----/],
    [
      '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----',
      /not a valid X\.509 certificate/
    ],
    ['-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----', /not base64/],
    ['QUJDRA==', /not a valid X\.509 certificate/]
  ])('rejects %j', (text, message) => {
    expect(() => parseCertificateText(text)).toThrow(CertificateError)
    expect(() => parseCertificateText(text)).toThrow(message)
  })

  it('refuses a PEM that carries a private key', () => {
    const withKey = `${ecPem}-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n`
    expect(() => parseCertificateText(withKey)).toThrow(/PRIVATE KEY block/)
  })

  it('refuses a chain of several certificates', () => {
    expect(() => parseCertificateText(ecPem + ecPem)).toThrow(/holds 2 certificates/)
  })
})

describe('parseCertificateBytes', () => {
  it('reads DER and PEM files alike', () => {
    expect(parseCertificateBytes(fixture('ec-p384.der')).sha256).toBe(ecFingerprint)
    expect(parseCertificateBytes(fixture('ec-p384.pem')).sha256).toBe(ecFingerprint)
  })
})

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

describe('the certificate as given, byte for byte', () => {
  // The fixture certificate with its outer length in a redundant long form (83 00 01 … instead
  // of 82 01 …): valid BER that Android and apksigner accept, and hash as stored.
  const stored = readFileSync(new URL('../../fixtures/apk/noncanonical.der', import.meta.url))
  const sha256 = (bytes: Buffer): string =>
    createHash('sha256').update(bytes).digest('hex').toUpperCase().match(/../g)?.join(':') ?? ''

  it('a non-canonical DER: fingerprint and PEM of the bytes given, not of the re-encoding', () => {
    const canonical = new X509Certificate(stored)
    expect(canonical.fingerprint256).not.toBe(sha256(stored)) // what the old code showed
    for (const certificate of [
      parseCertificateBytes(stored),
      parseCertificateText(stored.toString('base64')),
      parseCertificateText(
        `-----BEGIN CERTIFICATE-----\n${stored.toString('base64')}\n-----END CERTIFICATE-----\n`
      )
    ]) {
      expect(certificate.sha256).toBe(sha256(stored))
      const body = certificate.pem.replace(/-----[A-Z ]+-----|\n/g, '')
      expect(Buffer.from(body, 'base64').equals(stored)).toBe(true)
      expect(certificate.subject).toBe('CN=Fixture nc, O=Example')
    }
  })

  it('a certificate whose public key does not decode is bad input, in one line', () => {
    const der = Buffer.from(new X509Certificate(ecPem).raw)
    // The EC point's first byte (04, uncompressed) made 07: the key no longer decodes.
    const point = der.indexOf(Buffer.from([0x03, 0x62, 0x00, 0x04]))
    expect(point).toBeGreaterThan(0)
    der[point + 3] = 0x07
    expect(() => parseCertificateBytes(der)).toThrow(CertificateError)
    expect(() => parseCertificateBytes(der)).toThrow(
      /^has a public key that does not decode \(the certificate's key data is corrupt or of a kind OpenSSL does not know\); sign the app with a certificate made by keytool or openssl$/
    )
  })
})
