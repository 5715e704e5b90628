// The two hand-written manifest readers: binary XML (APK) and aapt2 protobuf XML (app bundle).
import { describe, expect, it } from '@jest/globals'
import {
  binaryManifestMinSdk,
  binaryManifestPackage
} from '../../../../src/signing/apk/binary-xml.js'
import { protoManifestPackage } from '../../../../src/signing/apk/proto-manifest.js'
import { fixtureZip } from '../../../support/apk-files.js'

const entry = async (archive: string, name: string): Promise<Buffer> =>
  (await fixtureZip(archive)).read(name)

describe('binaryManifestPackage', () => {
  it('reads the package of an aapt-built manifest', async () => {
    expect(binaryManifestPackage(await entry('unsigned.apk', 'AndroidManifest.xml'))).toBe(
      'com.example.devtest'
    )
  })

  it('refuses what is not binary XML, and a truncated one', async () => {
    expect(() => binaryManifestPackage(Buffer.from('<manifest package="x"/>'))).toThrow(
      'is not Android binary XML'
    )
    const xml = await entry('unsigned.apk', 'AndroidManifest.xml')
    expect(() => binaryManifestPackage(xml.subarray(0, 120))).toThrow(/truncated or corrupt/)
  })

  it('finds no package where the attribute is missing', async () => {
    const xml = Buffer.from(await entry('unsigned.apk', 'AndroidManifest.xml'))
    // Rename the attribute "package" in the string pool (UTF-16) to "pickage".
    const name = Buffer.from('package', 'utf16le')
    xml.write('pickage', xml.indexOf(name), 'utf16le')
    expect(binaryManifestPackage(xml)).toBeUndefined()
  })
})

/** Protobuf wire format: a length-delimited field. */
const field = (number: number, value: Buffer | string): Buffer => {
  const bytes = typeof value === 'string' ? Buffer.from(value) : value
  return Buffer.concat([Buffer.from([(number << 3) | 2, bytes.length]), bytes])
}
const attribute = (name: string, value: string, namespace = ''): Buffer =>
  field(
    4,
    Buffer.concat([
      namespace ? field(1, namespace) : Buffer.alloc(0),
      field(2, name),
      field(3, value)
    ])
  )

describe('protoManifestPackage', () => {
  it('reads the package of an aapt2 --proto-format manifest in a bundle', async () => {
    expect(protoManifestPackage(await entry('app.aab', 'base/manifest/AndroidManifest.xml'))).toBe(
      'com.example.devtest'
    )
  })

  it('reads hand-built messages, skipping namespaced attributes and varint fields', () => {
    const element = Buffer.concat([
      field(3, 'manifest'),
      Buffer.from([0x30, 0x96, 0x01]), // field 6, varint 150: skipped
      attribute('package', 'com.other', 'http://schemas.android.com/apk/res/android'),
      attribute('package', 'com.example.built')
    ])
    expect(protoManifestPackage(field(1, element))).toBe('com.example.built')
    expect(protoManifestPackage(field(1, field(3, 'manifest')))).toBeUndefined()
  })

  it('refuses another root, no root and truncated data', () => {
    expect(() => protoManifestPackage(field(1, field(3, 'application')))).toThrow(
      'whose root is <application>'
    )
    expect(() => protoManifestPackage(field(2, 'text'))).toThrow('without a root element')
    expect(() => protoManifestPackage(field(1, field(3, 'manifest')).subarray(0, 5))).toThrow(
      /truncated or corrupt/
    )
  })
})

describe('a hostile binary manifest', () => {
  /** A manifest whose string pool points ten names at one 200,000-character string. */
  function stringPoolBomb(): Buffer {
    const u16 = (n: number) => Buffer.from([n & 0xff, n >> 8])
    const u32 = (n: number) => {
      const b = Buffer.alloc(4)
      b.writeUInt32LE(n >>> 0)
      return b
    }
    // Lengths over 0x7fff take two units, the high bit set in the first.
    const length = (n: number) =>
      n > 0x7fff ? Buffer.concat([u16(0x8000 | (n >> 16)), u16(n & 0xffff)]) : u16(n)
    const utf16 = (text: string) =>
      Buffer.concat([length(text.length), Buffer.from(text, 'utf16le'), u16(0)])
    const manifest = utf16('manifest')
    const huge = utf16('x'.repeat(200_000))
    const count = 11
    const offsets = [u32(0), ...Array.from({ length: 10 }, () => u32(manifest.length))]
    const stringsStart = 28 + count * 4
    const poolBody = Buffer.concat([...offsets, manifest, huge])
    const pool = Buffer.concat([
      u16(0x0001),
      u16(28),
      u32(28 + poolBody.length),
      u32(count),
      u32(0),
      u32(0),
      u32(stringsStart),
      u32(0),
      poolBody
    ])
    const attributes = Array.from({ length: 10 }, (_, i) =>
      Buffer.concat([
        u32(0xffffffff),
        u32(i + 1),
        u32(0xffffffff),
        u16(8),
        Buffer.from([0, 3]),
        u32(0)
      ])
    )
    const element = Buffer.concat([
      u32(0xffffffff),
      u32(0),
      u16(20),
      u16(20),
      u16(10),
      u16(0),
      u16(0),
      u16(0),
      ...attributes
    ])
    const start = Buffer.concat([
      u16(0x0102),
      u16(16),
      u32(16 + element.length),
      u32(1),
      u32(0xffffffff),
      element
    ])
    const body = Buffer.concat([pool, start])
    return Buffer.concat([u16(0x0003), u16(8), u32(8 + body.length), body])
  }

  it('refuses a string pool that decodes to more text than a manifest holds', () => {
    expect(() => binaryManifestPackage(stringPoolBomb())).toThrow(
      /corrupt AndroidManifest\.xml string pool \(more text than a manifest\)/
    )
  })
})

describe('binaryManifestMinSdk', () => {
  it('reads <uses-sdk android:minSdkVersion> of an aapt-built manifest', async () => {
    expect(binaryManifestMinSdk(await entry('unsigned.apk', 'AndroidManifest.xml'))).toBe(24)
  })

  it('is undefined for what is not binary XML or has no such attribute', async () => {
    expect(binaryManifestMinSdk(Buffer.from('<manifest/>'))).toBeUndefined()
    const xml = Buffer.from(await entry('unsigned.apk', 'AndroidManifest.xml'))
    const name = Buffer.from('minSdkVersion', 'utf16le')
    xml.write('minSdkVersiom', xml.indexOf(name), 'utf16le')
    expect(binaryManifestMinSdk(xml)).toBeUndefined()
  })
})
