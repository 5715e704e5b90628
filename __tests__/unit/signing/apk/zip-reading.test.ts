// The ZIP reading Android does: raw names, no duplicates, every method but STORED inflated, and a
// central directory that costs a bounded number of reads.
import { describe, expect, it } from '@jest/globals'
import { deflateRawSync } from 'node:zlib'
import { ArtifactError, readArtifact } from '../../../../src/signing/apk/artifact.js'
import { openZip } from '../../../../src/signing/apk/zip.js'
import { artifactOf, fixtureZip, makeZip } from '../../../support/apk-files.js'

/** Fire OS's libziparchive (no ZIP64) holds at most 65,535 entries. */
const MAX_ENTRIES = 65_535

async function failure(bytes: Buffer, name: string): Promise<string> {
  const error = await readArtifact(await artifactOf(bytes, name), name).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ArtifactError)
  return (error as Error).message
}

/** The signed v1-only fixture's entries, to rebuild it with changes. */
async function v1Entries(): Promise<{ manifest: Buffer; block: Buffer }> {
  const zip = await fixtureZip('v1-only.apk')
  return {
    manifest: await zip.read('AndroidManifest.xml'),
    block: await zip.read('META-INF/EC.EC')
  }
}

/** An Info-ZIP Unicode Path extra field (0x7075) that names the entry otherwise. */
function unicodePath(storedName: string, shownName: string): Buffer {
  const name = Buffer.from(shownName)
  const field = Buffer.alloc(4 + 5 + name.length)
  field.writeUInt16LE(0x7075, 0)
  field.writeUInt16LE(5 + name.length, 2)
  field.writeUInt8(1, 4) // version
  const { crc32 } = process.getBuiltinModule('node:zlib')
  field.writeUInt32LE(crc32(Buffer.from(storedName)), 5)
  name.copy(field, 9)
  return field
}

/**
 * A ZIP whose central directory lists count entries, all pointing at one small local entry: the
 * shape of a 47 MB file of a million names.
 */
function manyEntries(count: number): Buffer {
  const local = Buffer.alloc(31)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(1, 26)
  local.write('a', 30)
  const record = 46 + 7
  const directory = Buffer.alloc(count * record)
  for (let i = 0; i < count; i++) {
    const at = i * record
    directory.writeUInt32LE(0x02014b50, at)
    directory.writeUInt16LE(7, at + 28)
    directory.write(i.toString(36).padStart(7, '0'), at + 46, 'latin1')
  }
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Math.min(count, 0xffff), 8)
  end.writeUInt16LE(Math.min(count, 0xffff), 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(local.length, 16)
  if (count <= 0xffff) return Buffer.concat([local, directory, end])
  // More than 65,535 entries: the counts in a ZIP64 end record, as the million-entry file had.
  const zip64 = Buffer.alloc(56)
  zip64.writeUInt32LE(0x06064b50, 0)
  zip64.writeBigUInt64LE(44n, 4)
  zip64.writeBigUInt64LE(BigInt(count), 24)
  zip64.writeBigUInt64LE(BigInt(count), 32)
  zip64.writeBigUInt64LE(BigInt(directory.length), 40)
  zip64.writeBigUInt64LE(BigInt(local.length), 48)
  const locator = Buffer.alloc(20)
  locator.writeUInt32LE(0x07064b50, 0)
  locator.writeBigUInt64LE(BigInt(local.length + directory.length), 8)
  locator.writeUInt32LE(1, 16)
  end.writeUInt16LE(0xffff, 8)
  end.writeUInt16LE(0xffff, 10)
  end.writeUInt32LE(0xffffffff, 12)
  end.writeUInt32LE(0xffffffff, 16)
  return Buffer.concat([local, directory, zip64, locator, end])
}

describe('ZIP entries as Android reads them', () => {
  it('refuses two AndroidManifest.xml entries, naming the duplicate', async () => {
    const { manifest, block } = await v1Entries()
    const apk = makeZip([
      { name: 'AndroidManifest.xml', data: manifest, deflate: true },
      { name: 'META-INF/EC.EC', data: block },
      { name: 'AndroidManifest.xml', data: manifest }
    ])
    expect(await failure(apk, 'twice.apk')).toBe(
      'lists the entry AndroidManifest.xml twice; Android refuses an APK with a duplicate entry, so rebuild it'
    )
  })

  it('a duplicate of another name is refused without quoting the name', async () => {
    const { manifest, block } = await v1Entries()
    const apk = makeZip([
      { name: 'AndroidManifest.xml', data: manifest },
      { name: 'META-INF/EC.EC', data: block },
      { name: 'res/\n::error::x', data: Buffer.from('1') },
      { name: 'res/\n::error::x', data: Buffer.from('2') }
    ])
    const message = await failure(apk, 'twice.apk')
    expect(message).toBe(
      'lists the entry number 4 twice; Android refuses an APK with a duplicate entry, so rebuild it'
    )
  })

  it('an Info-ZIP Unicode Path extra field renames nothing: the raw name is the name', async () => {
    const { manifest, block } = await v1Entries()
    const apk = makeZip([
      {
        name: 'res/x.xml',
        data: manifest,
        extra: unicodePath('res/x.xml', 'AndroidManifest.xml')
      },
      { name: 'META-INF/EC.EC', data: block }
    ])
    expect(await failure(apk, 'renamed.apk')).toBe('has no AndroidManifest.xml')
  })

  it('inflates an entry whose method is neither 0 nor 8 (21 here), as Android does', async () => {
    const { manifest, block } = await v1Entries()
    const apk = makeZip([
      { name: 'AndroidManifest.xml', data: manifest, deflate: true, method: 21 },
      { name: 'META-INF/EC.EC', data: block, deflate: true, method: 99 }
    ])
    const artifact = await readArtifact(await artifactOf(apk, 'odd.apk'), 'odd.apk')
    expect(artifact.packageName).toBe('com.example.devtest')
    expect(artifact.scheme).toBe('v1')
  })

  it("reads a large .SF's main section only: X-Android-APK-Signed in an 8 MB file counts", async () => {
    const { manifest, block } = await v1Entries()
    const sections = 'Name: res/x.png\r\nSHA-256-Digest: AAAA\r\n\r\n'.repeat(200_000)
    const signatureFile = Buffer.from(
      `Signature-Version: 1.0\r\nX-Android-APK-Signed: 2, 3\r\n\r\n${sections}`
    )
    expect(signatureFile.length).toBeGreaterThan(8_000_000)
    const apk = makeZip([
      { name: 'AndroidManifest.xml', data: manifest },
      { name: 'META-INF/EC.SF', data: signatureFile, deflate: true },
      { name: 'META-INF/EC.EC', data: block }
    ])
    expect(await failure(apk, 'stripped.apk')).toMatch(
      /^is refused by Fire OS 8 \(API 30\): its JAR signature says X-Android-APK-Signed: 2 /
    )
  })

  it('an entry that is not deflate data under method 21 is corrupt, in one line', async () => {
    const { block } = await v1Entries()
    const apk = makeZip([
      { name: 'AndroidManifest.xml', data: Buffer.from([0xff, 0xff, 0xff]), method: 21 },
      { name: 'META-INF/EC.EC', data: deflateRawSync(block), method: 8 }
    ])
    expect(await failure(apk, 'odd.apk')).toMatch(
      /^has a corrupt entry (META-INF\/EC\.EC|AndroidManifest\.xml) \(/
    )
  })
})

describe('end records that point anywhere', () => {
  it('a ZIP64 locator pointing past the end of the file: one plain line, no position quoted', async () => {
    const apk = makeZip([{ name: 'AndroidManifest.xml', data: Buffer.from('x') }])
    const end = apk.subarray(apk.length - 22)
    end.writeUInt32LE(0xffffffff, 16) // the directory's offset: in the ZIP64 record
    const locator = Buffer.alloc(20)
    locator.writeUInt32LE(0x07064b50, 0)
    locator.writeBigUInt64LE(2n ** 62n, 8) // where the ZIP64 record would be
    locator.writeUInt32LE(1, 16)
    const bytes = Buffer.concat([apk.subarray(0, apk.length - 22), locator, end])
    expect(await failure(bytes, 'far.apk')).toBe(
      'is not a ZIP archive (a record points past the end of the file)'
    )
  })
})

describe('the central directory: bounded entries and reads', () => {
  it(`refuses an archive that lists 999,990 entries, before walking them (at most ${MAX_ENTRIES})`, async () => {
    const message = await failure(manyEntries(999_990), 'many.apk')
    expect(message).toBe(
      `lists 999990 ZIP entries, more than the ${MAX_ENTRIES} Android's APK reader takes; the file is corrupt or not an Android artifact`
    )
  })

  it('reads a directory of 60,000 entries in a few dozen reads, not two per entry', async () => {
    const file = await artifactOf(manyEntries(60_000), 'many.apk')
    let reads = 0
    const counting = {
      ...file,
      handle: {
        fd: file.handle.fd,
        close: () => file.handle.close(),
        read: (...args: Parameters<typeof file.handle.read>) => {
          reads++
          return file.handle.read(...args)
        }
      }
    }
    const zip = await openZip(counting, () => false)
    zip.close()
    // 60,000 × 53 bytes = 3.2 MB of directory: four 1 MB windows, plus the end records.
    expect(reads).toBeLessThan(20)
  })
})
