import { untrustedText } from '../../shared/mask.js'
import { ArtifactError, ByteReader } from './byte-reader.js'

// Hand-written: Android's compiled ("binary") XML is an Android-only format, and the npm readers
// of it are unmaintained APK-info packages that do far more. Only what finds <manifest package>
// is read: the string pool and start-element chunks. Layout: ResourceTypes.h in AOSP.

const RES_XML_TYPE = 0x0003
const RES_STRING_POOL_TYPE = 0x0001
const RES_XML_START_ELEMENT_TYPE = 0x0102
const UTF8_FLAG = 1 << 8
const NO_STRING = 0xffffffff
const TYPE_STRING = 0x03
/**
 * The most text the string pool may decode to. A manifest's strings are kilobytes; a pool whose
 * offsets all point at one huge string would otherwise decode it once per offset.
 */
const MAX_DECODED_CHARS = 1024 * 1024

/** The string at an index of the pool, decoded when first asked for. */
type StringPool = (index: number) => string | undefined

/** The package attribute of the root <manifest> element of a binary AndroidManifest.xml. */
export function binaryManifestPackage(xml: Buffer): string | undefined {
  const what = 'AndroidManifest.xml'
  if (xml.length < 8 || xml.readUInt16LE(0) !== RES_XML_TYPE) {
    throw new ArtifactError(`has an ${what} that is not Android binary XML`)
  }
  let strings: StringPool = () => undefined
  let offset = xml.readUInt16LE(2)
  while (offset + 8 <= xml.length) {
    const type = xml.readUInt16LE(offset)
    const size = xml.readUInt32LE(offset + 4)
    if (size < 8 || offset + size > xml.length)
      throw new ArtifactError(`has a truncated or corrupt ${what}`)
    const chunk = xml.subarray(offset, offset + size)
    if (type === RES_STRING_POOL_TYPE) strings = readStringPool(chunk)
    if (type === RES_XML_START_ELEMENT_TYPE) {
      // The first element is the root: <manifest>, or this is no manifest.
      return readPackageAttribute(chunk, strings)
    }
    offset += size
  }
  throw new ArtifactError(`has an ${what} without a <manifest> element`)
}

/**
 * The pool's strings, decoded lazily (only a few are ever needed: "manifest", "package" and the
 * package itself), each once, within MAX_DECODED_CHARS in all.
 */
function readStringPool(chunk: Buffer): StringPool {
  const what = 'AndroidManifest.xml string pool'
  const header = new ByteReader(chunk.subarray(8), what)
  const count = header.uint32()
  header.uint32() // style count
  const flags = header.uint32()
  const stringsStart = header.uint32()
  const headerSize = chunk.readUInt16LE(2)
  if (headerSize + count * 4 > chunk.length)
    throw new ArtifactError(`has a truncated or corrupt ${what}`)
  const decoded = new Map<number, string>()
  let budget = MAX_DECODED_CHARS
  return index => {
    if (index >= count) return undefined
    const known = decoded.get(index)
    if (known !== undefined) return known
    const at = stringsStart + chunk.readUInt32LE(headerSize + index * 4)
    const text = flags & UTF8_FLAG ? readUtf8(chunk, at) : readUtf16(chunk, at)
    budget -= text.length
    if (budget < 0) throw new ArtifactError(`has a corrupt ${what} (more text than a manifest)`)
    decoded.set(index, text)
    return text
  }
}

function readUtf8(chunk: Buffer, at: number): string {
  // Two lengths, each one byte, or two with the high bit set: UTF-16 units, then UTF-8 bytes.
  const lengthAt = (position: number): [length: number, next: number] => {
    const first = chunk[position] ?? 0
    return first & 0x80
      ? [((first & 0x7f) << 8) | (chunk[position + 1] ?? 0), position + 2]
      : [first, position + 1]
  }
  const [, bytesAt] = lengthAt(at)
  const [length, start] = lengthAt(bytesAt)
  if (start + length > chunk.length)
    throw new ArtifactError('has a corrupt AndroidManifest.xml string pool')
  return chunk.subarray(start, start + length).toString('utf8')
}

function readUtf16(chunk: Buffer, at: number): string {
  const corrupt = new ArtifactError('has a corrupt AndroidManifest.xml string pool')
  if (at + 4 > chunk.length) throw corrupt
  let length = chunk.readUInt16LE(at)
  let position = at + 2
  if (length & 0x8000) {
    length = ((length & 0x7fff) << 16) | chunk.readUInt16LE(at + 2)
    position += 2
  }
  if (position + length * 2 > chunk.length) throw corrupt
  return chunk.subarray(position, position + length * 2).toString('utf16le')
}

/** One attribute of a start-element chunk. */
interface Attribute {
  namespace: number
  name: string | undefined
  raw: number
  dataType: number | undefined
  data: number
}

/** The attributes of a start-element chunk; each "what" names the structure in an error. */
function* attributesOf(
  chunk: Buffer,
  strings: StringPool,
  what: string,
  attributeWhat = what
): Generator<Attribute> {
  const element = new ByteReader(chunk.subarray(chunk.readUInt16LE(2)), what)
  element.uint32() // namespace
  element.uint32() // name
  const attributes = element.take(8)
  const attributeStart = attributes.readUInt16LE(0)
  const attributeSize = attributes.readUInt16LE(2)
  const attributeCount = attributes.readUInt16LE(4)
  const base = chunk.readUInt16LE(2) + attributeStart
  for (let i = 0; i < attributeCount; i++) {
    const attribute = new ByteReader(
      chunk.subarray(base + i * attributeSize, base + (i + 1) * attributeSize),
      attributeWhat
    )
    const namespace = attribute.uint32()
    const name = strings(attribute.uint32())
    const raw = attribute.uint32()
    attribute.take(3) // typed value: size, reserved
    const dataType = attribute.take(1)[0]
    yield { namespace, name, raw, dataType, data: attribute.uint32() }
  }
}

const TYPE_INT_DEC = 0x10
const TYPE_INT_HEX = 0x11
/** Start elements looked at for <uses-sdk>: it comes right after <manifest> in real manifests. */
const MAX_ELEMENTS_BEFORE_USES_SDK = 10_000

/**
 * The android:minSdkVersion of <uses-sdk>, when the manifest states it as a number (a codename
 * of a preview platform is a string: undefined then, as when it is absent).
 */
export function binaryManifestMinSdk(xml: Buffer): number | undefined {
  if (xml.length < 8 || xml.readUInt16LE(0) !== RES_XML_TYPE) return undefined
  let strings: StringPool = () => undefined
  let offset = xml.readUInt16LE(2)
  for (let elements = 0; offset + 8 <= xml.length;) {
    const type = xml.readUInt16LE(offset)
    const size = xml.readUInt32LE(offset + 4)
    if (size < 8 || offset + size > xml.length) return undefined
    const chunk = xml.subarray(offset, offset + size)
    if (type === RES_STRING_POOL_TYPE) strings = readStringPool(chunk)
    if (type === RES_XML_START_ELEMENT_TYPE) {
      if (++elements > MAX_ELEMENTS_BEFORE_USES_SDK) return undefined
      const name = new ByteReader(chunk.subarray(chunk.readUInt16LE(2)), 'AndroidManifest.xml')
      name.uint32() // namespace
      if (strings(name.uint32()) === 'uses-sdk') {
        for (const attribute of attributesOf(chunk, strings, '<uses-sdk> in AndroidManifest.xml')) {
          if (attribute.name !== 'minSdkVersion' || attribute.namespace === NO_STRING) continue
          const isInt = attribute.dataType === TYPE_INT_DEC || attribute.dataType === TYPE_INT_HEX
          return isInt ? attribute.data : undefined
        }
        return undefined
      }
    }
    offset += size
  }
  return undefined
}

function readPackageAttribute(chunk: Buffer, strings: StringPool): string | undefined {
  const element = new ByteReader(
    chunk.subarray(chunk.readUInt16LE(2)),
    '<manifest> element in AndroidManifest.xml'
  )
  element.uint32() // namespace
  const name = strings(element.uint32())
  if (name !== 'manifest') {
    throw new ArtifactError(
      `has an AndroidManifest.xml whose root is <${untrustedText(name ?? '?', 60)}>, not <manifest>`
    )
  }
  for (const attribute of attributesOf(
    chunk,
    strings,
    '<manifest> element in AndroidManifest.xml',
    '<manifest> attribute in AndroidManifest.xml'
  )) {
    if (attribute.namespace !== NO_STRING || attribute.name !== 'package') continue
    if (attribute.raw !== NO_STRING) return strings(attribute.raw)
    return attribute.dataType === TYPE_STRING ? strings(attribute.data) : undefined
  }
  return undefined
}
