import { ContentInfo, SignedData } from '@peculiar/asn1-cms'
import { AsnConvert } from '@peculiar/asn1-schema'
import type { Certificate as Asn1Certificate } from '@peculiar/asn1-x509'
import { ArtifactError } from './byte-reader.js'

/**
 * The signer certificates of a v1 (JAR) signature block, META-INF/*.RSA|*.EC|*.DSA: a PKCS#7
 * SignedData, read with @peculiar/asn1-cms. Returns one DER certificate per SignerInfo, matched by
 * issuer and serial number (a block may also carry chain certificates that signed nothing).
 */
export function jarSignerCertificates(block: Buffer, name: string): Buffer[] {
  let signedData: SignedData
  try {
    signedData = AsnConvert.parse(AsnConvert.parse(block, ContentInfo).content, SignedData)
  } catch {
    throw new ArtifactError(`has a JAR signature block ${name} that is not valid PKCS#7`)
  }
  const certificates: Asn1Certificate[] = (signedData.certificates ?? []).flatMap(choice =>
    choice.certificate ? [choice.certificate] : []
  )
  if (certificates.length === 0) {
    throw new ArtifactError(`has a JAR signature block ${name} without a certificate`)
  }
  const der = (value: unknown): Buffer => Buffer.from(AsnConvert.serialize(value))
  const signers = signedData.signerInfos.flatMap(info => {
    const sid = info.sid.issuerAndSerialNumber
    const match = sid
      ? certificates.find(
          cert =>
            Buffer.from(cert.tbsCertificate.serialNumber).equals(Buffer.from(sid.serialNumber)) &&
            der(cert.tbsCertificate.issuer).equals(der(sid.issuer))
        )
      : undefined
    return match ? [match] : []
  })
  return (signers.length > 0 ? signers : certificates.slice(0, 1)).map(der)
}
