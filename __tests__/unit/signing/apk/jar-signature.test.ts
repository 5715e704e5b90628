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

  it('refuses a block that is not PKCS#7', () => {
    expect(() => jarSignerCertificates(Buffer.from('garbage'), 'META-INF/X.RSA')).toThrow(
      'has a JAR signature block META-INF/X.RSA that is not valid PKCS#7'
    )
  })
})
