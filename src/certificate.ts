import { X509Certificate } from 'node:crypto'

/** A parsed signing certificate, with what the log and the summary show of it. */
export interface Certificate {
  /** The certificate as Amazon's console takes it: PEM with BEGIN/END lines, 64-column base64. */
  pem: string
  /** SHA-256 fingerprint of the DER bytes, colon-separated upper-case hex (as keytool prints). */
  sha256: string
  subject: string
  /** "EC P-384", "RSA 2048", … */
  keyType: string
  isEllipticCurve: boolean
  validFrom: Date
  validTo: Date
}

/** Why a certificate could not be read; the caller names the input it came from. */
export class CertificateError extends Error {
  override name = 'CertificateError'
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/
const CURVE_NAMES: Record<string, string> = {
  prime256v1: 'P-256',
  secp384r1: 'P-384',
  secp521r1: 'P-521'
}

/**
 * Reads a certificate given as PEM text or base64 DER. Secrets pasted on one line arrive with
 * literal "\n" sequences and CRLF line ends; both are undone before parsing.
 */
export function parseCertificateText(text: string): Certificate {
  const normalised = text
    .replace(/\\r\\n|\\n|\\r/g, '\n')
    .replace(/\r\n?/g, '\n')
    .trim()
  if (normalised === '') throw new CertificateError('is empty')
  if (normalised.includes('-----BEGIN')) return fromDer(pemToDer(normalised))

  const base64 = normalised.replace(/\s+/g, '')
  if (!BASE64.test(base64)) {
    throw new CertificateError(
      'is neither PEM (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----) nor base64 DER'
    )
  }
  return fromDer(Buffer.from(base64, 'base64'))
}

/** Reads a certificate file: DER bytes as they are, anything else as text. */
export function parseCertificateBytes(bytes: Buffer): Certificate {
  // A DER certificate starts with a SEQUENCE tag; PEM and base64 text never do.
  if (bytes[0] === 0x30) return fromDer(bytes)
  return parseCertificateText(bytes.toString('utf8'))
}

function pemToDer(text: string): Buffer {
  const blocks = [...text.matchAll(PEM_BLOCK)]
  const labels = blocks.map(block => block[1])
  if (labels.some(label => label?.includes('PRIVATE KEY'))) {
    throw new CertificateError(
      'contains a PRIVATE KEY block: pass only the certificate (cert.pem), never the key, and ' +
        'rotate the key if it was stored where others can read it'
    )
  }
  const certificates = blocks.filter(block => block[1] === 'CERTIFICATE')
  if (certificates.length === 0) {
    throw new CertificateError(
      'has no complete -----BEGIN CERTIFICATE----- … -----END CERTIFICATE----- block'
    )
  }
  if (certificates.length > 1) {
    throw new CertificateError(
      `holds ${certificates.length} certificates: pass only the one the app is signed with`
    )
  }
  const body = (certificates[0]?.[2] ?? '').replace(/\s+/g, '')
  if (!BASE64.test(body)) throw new CertificateError('has a PEM body that is not base64')
  return Buffer.from(body, 'base64')
}

function fromDer(der: Buffer): Certificate {
  let x509: X509Certificate
  try {
    x509 = new X509Certificate(der)
  } catch {
    throw new CertificateError('is not a valid X.509 certificate (the DER data does not parse)')
  }
  const raw = x509.raw
  const lines = raw.toString('base64').match(/.{1,64}/g) ?? []
  const key = x509.publicKey
  const details = key.asymmetricKeyDetails ?? {}
  let keyType = (key.asymmetricKeyType ?? 'unknown').toUpperCase()
  if (key.asymmetricKeyType === 'ec' && details.namedCurve) {
    keyType = `EC ${CURVE_NAMES[details.namedCurve] ?? details.namedCurve}`
  } else if (details.modulusLength) {
    keyType = `${keyType} ${details.modulusLength}`
  }
  return {
    pem: `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`,
    sha256: x509.fingerprint256,
    subject: x509.subject.split('\n').join(', '),
    keyType,
    isEllipticCurve: key.asymmetricKeyType === 'ec',
    validFrom: new Date(x509.validFrom),
    validTo: new Date(x509.validTo)
  }
}

/** What is worth a warning about a certificate that is otherwise usable. */
export function certificateWarnings(certificate: Certificate, now: Date): string[] {
  const warnings: string[] = []
  if (!certificate.isEllipticCurve) {
    warnings.push(
      `The certificate's key is ${certificate.keyType}; Appstore DevTest supports ECDSA ` +
        '(elliptic-curve) certificates only. Create one with: openssl req -x509 -nodes ' +
        '-newkey ec -pkeyopt ec_paramgen_curve:secp384r1 -keyout key.pem -out cert.pem'
    )
  }
  if (certificate.validTo.getTime() < now.getTime()) {
    warnings.push(`The certificate expired on ${certificate.validTo.toISOString()}.`)
  }
  if (certificate.validFrom.getTime() > now.getTime()) {
    warnings.push(`The certificate is not valid before ${certificate.validFrom.toISOString()}.`)
  }
  return warnings
}
