// Hostile artifacts of a few kB that once cost hundreds of MB: each is read in a child process,
// which reports its own peak memory (process.resourceUsage().maxRSS).
import { describe, expect, it } from '@jest/globals'
import {
  CertificateChoices,
  CertificateSet,
  ContentInfo,
  SignedData,
  SignerInfo,
  SignerInfos
} from '@peculiar/asn1-cms'
import { Name } from '@peculiar/asn1-x509'
import { AsnConvert } from '@peculiar/asn1-schema'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { fixtureZip } from '../../../support/apk-files.js'
import { runInChild } from './child-process.js'

/**
 * Node itself, with the module loaded, takes 40–60 MB, and a walk that drops what it read peaks
 * near 130–140 MB on a busy machine, where the collector runs late (Node 20, the other test
 * files beside it); each case once took 190–480 MB.
 */
const BOUND_MB = 200

describe('bounded memory for hostile artifacts', () => {
  it('a protobuf manifest of 2 million empty attributes', async () => {
    const { output, maxRssMB } = await runInChild(`
      import { protoManifestPackage } from './src/signing/apk/proto-manifest.js'
      const count = 2_000_000
      const attributes = Buffer.alloc(count * 2)
      for (let i = 0; i < count; i++) attributes[2 * i] = 0x22 // field 4, length-delimited, empty
      const element = Buffer.concat([Buffer.from([0x1a, 8]), Buffer.from('manifest'), attributes])
      const varint = n => { const out = []; while (n > 127) { out.push((n & 127) | 128); n = Math.floor(n / 128) } out.push(n); return Buffer.from(out) }
      const node = Buffer.concat([Buffer.from([0x0a]), varint(element.length), element])
      process.stdout.write(String(protoManifestPackage(node)))
    `)
    expect(output).toBe('undefined')
    expect(maxRssMB).toBeLessThan(BOUND_MB)
  })

  it('a v1 signature block of 90 certificates and 90 SignerInfos that never match', async () => {
    const block = await (await fixtureZip('v1-only.apk')).read('META-INF/EC.EC')
    const signedData = AsnConvert.parse(AsnConvert.parse(block, ContentInfo).content, SignedData)
    const certificate = signedData.certificates?.[0]?.certificate
    const info = signedData.signerInfos[0]
    if (!certificate || !info) throw new Error('the fixture has no signer')
    // Small certificates (no extensions, an empty subject, a 1-byte key), so that 90 of them and
    // 90 SignerInfos stay under the 10,000 nodes asn1js parses at most (about 100 per pair).
    certificate.tbsCertificate.extensions = undefined
    certificate.tbsCertificate.subject = new Name([])
    certificate.tbsCertificate.subjectPublicKeyInfo.subjectPublicKey = new ArrayBuffer(1)
    // The same serial number, an issuer that differs by one letter: every comparison of
    // serials matches, and every comparison of issuers has to look.
    const infoBytes = Buffer.from(AsnConvert.serialize(info))
    const at = infoBytes.indexOf(Buffer.from('DevTest Fixture EC'))
    infoBytes.write('X', at + 'DevTest Fixture E'.length, 'latin1')
    const otherIssuer = AsnConvert.parse(infoBytes, SignerInfo)
    const count = 90
    signedData.certificates = new CertificateSet(
      Array.from({ length: count }, () => new CertificateChoices({ certificate }))
    )
    signedData.signerInfos = new SignerInfos(Array.from({ length: count }, () => otherIssuer))
    const content = new ContentInfo({
      contentType: '1.2.840.113549.1.7.2',
      content: AsnConvert.serialize(signedData)
    })
    const file = join(tmpdir(), `many-signers-${process.pid}.ec`)
    writeFileSync(file, Buffer.from(AsnConvert.serialize(content)))
    // Counted in the child: how many names and numbers were encoded to compare them. Comparing
    // every SignerInfo with every certificate encoded 2 × 90 × 90; one pass encodes each once.
    const { output, maxRssMB } = await runInChild(`
      import { readFileSync } from 'node:fs'
      import { AsnConvert } from '@peculiar/asn1-schema'
      import { jarSignerCertificates } from './src/signing/apk/jar-signature.js'
      let encoded = 0
      const serialize = AsnConvert.serialize.bind(AsnConvert)
      AsnConvert.serialize = value => { encoded++; return serialize(value) }
      let found
      try {
        found = jarSignerCertificates(readFileSync(${JSON.stringify(file)}), 'META-INF/EC.EC').length
      } catch (error) {
        found = error.name
      }
      process.stdout.write(found + ' ' + encoded)
    `)
    const [found, encoded] = output.split(' ')
    expect(found).toBe('ArtifactError') // no SignerInfo matches: refused, as Android refuses it
    expect(Number(encoded)).toBeLessThanOrEqual(2 * count + 1)
    expect(maxRssMB).toBeLessThan(BOUND_MB)
  })
})
