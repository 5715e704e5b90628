import { ContentInfo, SignedData } from '@peculiar/asn1-cms'
import { AsnConvert } from '@peculiar/asn1-schema'
import * as asn1js from 'asn1js'
import { ArtifactError } from './byte-reader.js'

/**
 * The signer certificates of a v1 (JAR) signature block, META-INF/*.RSA|*.EC|*.DSA: a PKCS#7
 * SignedData, read with @peculiar/asn1-cms. Returns one certificate per SignerInfo, matched by
 * issuer and serial number (a block may also carry chain certificates that signed nothing), as
 * the bytes the block stores: Android hashes and compares those, not a re-encoding, so each is
 * cut from the block with asn1js (which keeps every element's encoded bytes).
 */
export function jarSignerCertificates(block: Buffer, name: string): Buffer[] {
  let signedData: SignedData
  try {
    signedData = AsnConvert.parse(AsnConvert.parse(block, ContentInfo).content, SignedData)
  } catch {
    throw new ArtifactError(`has a JAR signature block ${name} that is not valid PKCS#7`)
  }
  const choices = signedData.certificates ?? []
  const stored = storedCertificates(block)
  if (stored.length !== choices.length)
    throw new ArtifactError(`has a JAR signature block ${name} that is not valid PKCS#7`)
  const certificates = choices.flatMap((choice, index) => {
    const raw = stored[index]
    return choice.certificate && raw ? [{ parsed: choice.certificate, raw }] : []
  })
  if (certificates.length === 0) {
    throw new ArtifactError(`has a JAR signature block ${name} without a certificate`)
  }
  // Each issuer and serial is encoded once, into a map: comparing every SignerInfo with every
  // certificate, re-encoding names each time, made a block of hundreds of both cost seconds.
  const der = (value: unknown): string => Buffer.from(AsnConvert.serialize(value)).toString('hex')
  const bySignerId = new Map<string, Buffer>()
  for (const { parsed, raw } of certificates) {
    const { serialNumber, issuer } = parsed.tbsCertificate
    const key = `${Buffer.from(serialNumber).toString('hex')}/${der(issuer)}`
    if (!bySignerId.has(key)) bySignerId.set(key, raw)
  }
  const signers = signedData.signerInfos.flatMap(info => {
    const sid = info.sid.issuerAndSerialNumber
    const match = sid
      ? bySignerId.get(`${Buffer.from(sid.serialNumber).toString('hex')}/${der(sid.issuer)}`)
      : undefined
    return match ? [match] : []
  })
  // Android verifies each SignerInfo with the certificate it names: a block whose signers name
  // none of its certificates (or that has no signer) verifies nothing, and the APK is refused.
  if (signers.length === 0) {
    throw new ArtifactError(
      `has a JAR signature block ${name} whose signer is none of the certificates it holds, ` +
        'which Android refuses; sign it again (apksigner, or jarsigner for a bundle)'
    )
  }
  return signers
}

/**
 * The encoded bytes of each entry of SignedData.certificates ([0] IMPLICIT SET OF
 * CertificateChoices), in order: ContentInfo → [0] content → SignedData → the [0] element.
 */
function storedCertificates(block: Buffer): Buffer[] {
  const parsed = asn1js.fromBER(new Uint8Array(block.buffer, block.byteOffset, block.length))
  const children = (element: asn1js.AsnType | undefined): asn1js.AsnType[] => {
    const value = (element as { valueBlock?: { value?: unknown } } | undefined)?.valueBlock?.value
    return Array.isArray(value) ? (value as asn1js.AsnType[]) : []
  }
  const contextTag = (element: asn1js.AsnType, tag: number): boolean =>
    element.idBlock.tagClass === 3 && element.idBlock.tagNumber === tag
  if (parsed.offset === -1) return []
  const content = children(parsed.result).find(element => contextTag(element, 0))
  const signedData = children(content)[0]
  const certificates = children(signedData).find(element => contextTag(element, 0))
  return children(certificates).map(element => Buffer.from(element.valueBeforeDecodeView))
}

/** What a .SF file's main section says: the APK Signature Scheme IDs it declares (v2 = 2, v3 = 3). */
export function apkSignedSchemes(signatureFile: Buffer): number[] {
  // The main section ends at the first empty line; its lines are "Name: value", continued on
  // lines that start with a space (72-byte manifest lines).
  const text = signatureFile.toString('latin1')
  const end = text.search(/\r?\n\r?\n/)
  const main = (end < 0 ? text : text.slice(0, end)).replace(/\r?\n /g, '')
  for (const line of main.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (line.slice(0, colon).trim().toLowerCase() !== 'x-android-apk-signed') continue
    return line
      .slice(colon + 1)
      .split(',')
      .map(id => id.trim())
      .filter(id => /^\d{1,9}$/.test(id))
      .map(Number)
  }
  return []
}
