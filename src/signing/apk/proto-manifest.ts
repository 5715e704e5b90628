import { untrustedText } from '../../shared/mask.js'
import { ArtifactError } from './byte-reader.js'

// Hand-written: an app bundle keeps its manifest as an aapt2 XmlNode protobuf message
// (frameworks/base/tools/aapt2/Resources.proto). Reading one string attribute needs only the
// protobuf wire format (varints and length-delimited fields), not a protobuf library and schema.
//   XmlNode      { XmlElement element = 1; … }
//   XmlElement   { string namespace_uri = 2; string name = 3; repeated XmlAttribute attribute = 4; … }
//   XmlAttribute { string namespace_uri = 1; string name = 2; string value = 3; … }

const LENGTH_DELIMITED = 2

/**
 * The length-delimited fields of a message, by field number, one at a time; other wire types are
 * skipped. A generator, not a list: a few kB of deflated manifest can hold millions of empty
 * attributes, and the walk stops at the one it looks for without keeping the others.
 */
function* fields(message: Buffer): Generator<[number, Buffer]> {
  let offset = 0
  const varint = (): number => {
    let value = 0
    for (let shift = 0; shift < 64; shift += 7) {
      if (offset >= message.length)
        throw new ArtifactError('has a truncated or corrupt protobuf AndroidManifest.xml')
      const byte = message[offset++] ?? 0
      value += (byte & 0x7f) * 2 ** shift
      if (!(byte & 0x80)) return value
    }
    throw new ArtifactError('has a corrupt protobuf AndroidManifest.xml')
  }
  while (offset < message.length) {
    const key = varint()
    const wireType = key % 8
    const field = Math.floor(key / 8)
    if (wireType === 0) varint()
    else if (wireType === 1) offset += 8
    else if (wireType === 5) offset += 4
    else if (wireType === LENGTH_DELIMITED) {
      const length = varint()
      if (offset + length > message.length) {
        throw new ArtifactError('has a truncated or corrupt protobuf AndroidManifest.xml')
      }
      const value = message.subarray(offset, offset + length)
      offset += length
      yield [field, value]
    } else throw new ArtifactError('has a corrupt protobuf AndroidManifest.xml')
  }
}

/** The first value of each of the wanted fields (a protobuf string field's last value wins,
 * but aapt2 writes each once). */
function firstOf(message: Buffer, wanted: number[]): Map<number, Buffer> {
  const found = new Map<number, Buffer>()
  for (const [field, value] of fields(message)) {
    if (wanted.includes(field) && !found.has(field)) found.set(field, value)
  }
  return found
}

const text = (value: Buffer | undefined): string => value?.toString('utf8') ?? ''

/** The package attribute of the root <manifest> element of a bundle's protobuf manifest. */
export function protoManifestPackage(node: Buffer): string | undefined {
  const element = firstOf(node, [1]).get(1)
  if (!element) throw new ArtifactError('has a protobuf AndroidManifest.xml without a root element')
  const name = text(firstOf(element, [3]).get(3))
  if (name !== 'manifest') {
    throw new ArtifactError(
      `has an AndroidManifest.xml whose root is <${untrustedText(name, 60)}>, not <manifest>`
    )
  }
  for (const [field, attribute] of fields(element)) {
    if (field !== 4) continue
    const attr = firstOf(attribute, [1, 2, 3])
    if (text(attr.get(1)) === '' && text(attr.get(2)) === 'package') return text(attr.get(3))
  }
  return undefined
}
