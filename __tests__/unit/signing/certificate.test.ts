import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createHash, X509Certificate } from 'node:crypto'
import {
  CertificateError,
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
