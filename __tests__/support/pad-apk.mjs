// Makes a large signed APK from a small one without Android tools: a stored entry of zeros
// (assets/padding.bin) is spliced in right before the APK Signing Block, and the central
// directory and end records are moved after it with their offsets fixed up (ZIP64 records when
// they pass 4 GiB). The zeros are a hole in a sparse file, so a 2 GB APK takes no disk space.
// The signer certificate and the manifest are the original's; the v2/v3 digests no longer match
// the content, which only a verifier (apksigner verify) checks. Used by the e2e tests and the
// benchmark; the result is never committed.
//   node __tests__/support/pad-apk.mjs <signed.apk> <out.apk> <bytes of padding>
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { crc32 } from 'node:zlib'

const EOCD = 0x06054b50
const MAGIC = Buffer.from('APK Sig Block 42', 'latin1')
const NAME = Buffer.from('assets/padding.bin')
const U32_MAX = 0xffffffff

/** CRC-32 of count zero bytes, a chunk at a time (about 0.3 s per GB). */
function zerosCrc(count) {
  const chunk = Buffer.alloc(Math.min(count, 8 << 20))
  let crc = 0
  for (let left = count; left > 0; left -= chunk.length) {
    crc = crc32(left >= chunk.length ? chunk : chunk.subarray(0, left), crc)
  }
  return crc
}

function zip64Sizes(size) {
  const extra = Buffer.alloc(20)
  extra.writeUInt16LE(0x0001, 0)
  extra.writeUInt16LE(16, 2)
  extra.writeBigUInt64LE(BigInt(size), 4)
  extra.writeBigUInt64LE(BigInt(size), 12)
  return extra
}

/** Writes target: source's entries, the padding entry, the signing block, directory, end. */
export function padApk(source, target, padding) {
  const apk = readFileSync(source)
  const eocdAt = apk.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (eocdAt < 0 || apk.readUInt32LE(eocdAt) !== EOCD) throw new Error(`${source}: not a ZIP`)
  const entries = apk.readUInt16LE(eocdAt + 10)
  const cdSize = apk.readUInt32LE(eocdAt + 12)
  const cdOffset = apk.readUInt32LE(eocdAt + 16)
  const signed = apk.subarray(cdOffset - 16, cdOffset).equals(MAGIC)
  const blockStart = signed ? cdOffset - Number(apk.readBigUInt64LE(cdOffset - 24)) - 8 : cdOffset
  const zip64 = padding >= U32_MAX
  const extra = zip64 ? zip64Sizes(padding) : Buffer.alloc(0)
  const crc = zerosCrc(padding)

  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(zip64 ? 45 : 10, 4)
  local.writeUInt32LE(crc, 14)
  local.writeUInt32LE(zip64 ? U32_MAX : padding, 18)
  local.writeUInt32LE(zip64 ? U32_MAX : padding, 22)
  local.writeUInt16LE(NAME.length, 26)
  local.writeUInt16LE(extra.length, 28)
  const localHeader = Buffer.concat([local, NAME, extra])

  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(zip64 ? 45 : 10, 4)
  central.writeUInt16LE(zip64 ? 45 : 10, 6)
  central.writeUInt32LE(crc, 16)
  central.writeUInt32LE(zip64 ? U32_MAX : padding, 20)
  central.writeUInt32LE(zip64 ? U32_MAX : padding, 24)
  central.writeUInt16LE(NAME.length, 28)
  central.writeUInt16LE(extra.length, 30)
  central.writeUInt32LE(blockStart, 42)
  const directory = Buffer.concat([apk.subarray(cdOffset, cdOffset + cdSize), central, NAME, extra])

  const shift = localHeader.length + padding
  const newCdOffset = cdOffset + shift
  const bigOffset = newCdOffset >= U32_MAX
  const end = Buffer.from(apk.subarray(eocdAt))
  end.writeUInt16LE(entries + 1, 8)
  end.writeUInt16LE(entries + 1, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(bigOffset ? U32_MAX : newCdOffset, 16)
  let records = end
  if (bigOffset) {
    const record = Buffer.alloc(56)
    record.writeUInt32LE(0x06064b50, 0)
    record.writeBigUInt64LE(44n, 4)
    record.writeUInt16LE(45, 12)
    record.writeUInt16LE(45, 14)
    record.writeBigUInt64LE(BigInt(entries + 1), 24)
    record.writeBigUInt64LE(BigInt(entries + 1), 32)
    record.writeBigUInt64LE(BigInt(directory.length), 40)
    record.writeBigUInt64LE(BigInt(newCdOffset), 48)
    const locator = Buffer.alloc(20)
    locator.writeUInt32LE(0x07064b50, 0)
    locator.writeBigUInt64LE(BigInt(newCdOffset + directory.length), 8)
    locator.writeUInt32LE(1, 16)
    records = Buffer.concat([record, locator, end])
  }

  const fd = openSync(target, 'w')
  try {
    const write = (bytes, position) => writeSync(fd, bytes, 0, bytes.length, position)
    write(apk.subarray(0, blockStart), 0)
    write(localHeader, blockStart)
    // The zeros are never written: writing past them leaves a hole.
    write(apk.subarray(blockStart, cdOffset), blockStart + shift)
    write(Buffer.concat([directory, records]), newCdOffset)
  } finally {
    closeSync(fd)
  }
  return newCdOffset + directory.length + records.length
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [source, target, bytes] = process.argv.slice(2)
  if (!source || !target || !bytes) {
    console.error(
      'usage: node __tests__/support/pad-apk.mjs <signed.apk> <out.apk> <bytes of padding>'
    )
    process.exit(2)
  }
  console.log(`${target}: ${padApk(source, target, Number(bytes))} bytes`)
}
