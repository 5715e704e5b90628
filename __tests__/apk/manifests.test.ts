// The two hand-written manifest readers: binary XML (APK) and aapt2 protobuf XML (app bundle).
import { describe, expect, it } from '@jest/globals'
import { binaryManifestPackage } from '../../src/apk/binary-xml.js'
import { protoManifestPackage } from '../../src/apk/proto-manifest.js'
import { fixtureZip } from '../helpers/apk-files.js'

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
