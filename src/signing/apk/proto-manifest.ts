import { untrustedText } from '../../shared/mask.js'
import { ArtifactError } from './byte-reader.js'

// Hand-written: an app bundle keeps its manifest as an aapt2 XmlNode protobuf message
// (frameworks/base/tools/aapt2/Resources.proto). Reading one string attribute needs only the
// protobuf wire format (varints and length-delimited fields), not a protobuf library and schema.
//   XmlNode      { XmlElement element = 1; … }
//   XmlElement   { string namespace_uri = 2; string name = 3; repeated XmlAttribute attribute = 4; … }
//   XmlAttribute { string namespace_uri = 1; string name = 2; string value = 3; … }

const LENGTH_DELIMITED = 2

/** Length-delimited fields of a message, by field number; other wire types are skipped. */
function fields(message: Buffer): Map<number, Buffer[]> {
  const found = new Map<number, Buffer[]>()
  let offset = 0
  const varint = (): number => {
    let value = 0
    for (let shift = 0; shift < 64; shift += 7) {
      if (offset >= message.length)
        throw new ArtifactError('has a truncated or corrupt protobuf AndroidManifest.xml')
      const byte = message[offset++]
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
      const list = found.get(field) ?? []
      list.push(message.subarray(offset, offset + length))
      found.set(field, list)
      offset += length
    } else throw new ArtifactError('has a corrupt protobuf AndroidManifest.xml')
  }
  return found
}

const text = (value: Buffer[] | undefined): string => value?.[0]?.toString('utf8') ?? ''

/** The package attribute of the root <manifest> element of a bundle's protobuf manifest. */
export function protoManifestPackage(node: Buffer): string | undefined {
  const element = fields(node).get(1)?.[0]
  if (!element) throw new ArtifactError('has a protobuf AndroidManifest.xml without a root element')
  const parts = fields(element)
  if (text(parts.get(3)) !== 'manifest') {
    throw new ArtifactError(
      `has an AndroidManifest.xml whose root is <${untrustedText(text(parts.get(3)), 60)}>, not <manifest>`
    )
  }
  for (const attribute of parts.get(4) ?? []) {
    const attr = fields(attribute)
    if (text(attr.get(1)) === '' && text(attr.get(2)) === 'package') return text(attr.get(3))
  }
  return undefined
}
