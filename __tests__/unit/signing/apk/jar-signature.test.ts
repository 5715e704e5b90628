import { describe, expect, it } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { jarSignerCertificates } from '../../../../src/signing/apk/jar-signature.js'
import { fixtureZip } from '../../../support/apk-files.js'

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../../fixtures/apk/${name}`, import.meta.url))
const fingerprint = (der: Buffer | string): string => new X509Certificate(der).fingerprint256

describe('jarSignerCertificates', () => {
  it('reads the signer of an apksigner v1 block and a jarsigner block', async () => {
    const ec = fingerprint(fixture('ec.pem'))
    const apk = await fixtureZip('v1-only.apk')
    expect(
      jarSignerCertificates(await apk.read('META-INF/EC.EC'), 'META-INF/EC.EC').map(fingerprint)
    ).toEqual([ec])
    const aab = await fixtureZip('app.aab')
    expect(
      jarSignerCertificates(await aab.read('META-INF/DEVTEST.EC'), 'META-INF/DEVTEST.EC').map(
        fingerprint
      )
    ).toEqual([ec])
  })

  it('reads the RSA block of a second signer', async () => {
    const apk = await fixtureZip('two-signers.apk')
    const [certificate] = jarSignerCertificates(
      await apk.read('META-INF/RSA.RSA'),
      'META-INF/RSA.RSA'
    )
    expect(fingerprint(certificate)).toBe(fingerprint(fixture('rsa.pem')))
  })

  it('refuses a block whose signer is none of its certificates, as Android does: no first one taken', async () => {
    const apk = await fixtureZip('v1-only.apk')
    const block = Buffer.from(await apk.read('META-INF/EC.EC'))
    // The serial number is stored twice: in the certificate, and last in the SignerInfo that
    // names it. The SignerInfo's copy changed, it names a certificate the block does not hold.
    const serial = Buffer.from(new X509Certificate(fixture('ec.pem')).serialNumber, 'hex')
    const inSignerInfo = block.lastIndexOf(serial)
    expect(inSignerInfo).toBeGreaterThan(block.indexOf(serial))
    block[inSignerInfo + serial.length - 1] ^= 0x01
    expect(() => jarSignerCertificates(block, 'META-INF/EC.EC')).toThrow(
      'has a JAR signature block META-INF/EC.EC whose signer is none of the certificates it holds, which Android refuses; sign it again (apksigner, or jarsigner for a bundle)'
    )
  })

  it('refuses a block that is not PKCS#7', () => {
    expect(() => jarSignerCertificates(Buffer.from('garbage'), 'META-INF/X.RSA')).toThrow(
      'has a JAR signature block META-INF/X.RSA that is not valid PKCS#7'
    )
  })
})
