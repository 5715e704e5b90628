// Opens APK/AAB files for the readers, which take a file descriptor, and closes them all after.
import { afterAll } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { crc32, deflateRawSync } from 'node:zlib'
import { join } from 'node:path'
import type { ArtifactFile } from '../../src/signing/apk/artifact.js'
import { openZip, type ZipArchive } from '../../src/signing/apk/zip.js'

export const fixturePath = (name: string): string =>
  new URL(`../fixtures/apk/${name}`, import.meta.url).pathname

const handles: FileHandle[] = []
const dirs: string[] = []
afterAll(async () => {
  await Promise.all(handles.splice(0).map(handle => handle.close()))
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** An artifact file opened from a path, closed after the test file. */
export async function openArtifact(path: string): Promise<ArtifactFile> {
  const handle = await open(path)
  handles.push(handle)
  return { handle, size: (await handle.stat()).size }
}

/** Bytes written to a temporary file of the given name, opened: for hand-made artifacts. */
export async function artifactOf(bytes: Buffer, name: string): Promise<ArtifactFile> {
  const dir = mkdtempSync(join(tmpdir(), 'artifact-'))
  dirs.push(dir)
  writeFileSync(join(dir, name), bytes)
  return openArtifact(join(dir, name))
}

/** Every entry of a fixture archive, readable with a generous cap. */
export async function fixtureZip(name: string): Promise<{ read(entry: string): Promise<Buffer> }> {
  const zip: ZipArchive = await openZip(await openArtifact(fixturePath(name)), () => true)
  return { read: entry => zip.read(entry, 16 * 1024 * 1024) }
}

export interface ZipEntrySpec {
  name: string
  data: Buffer
  /** Deflate the data (default: stored). */
  deflate?: boolean
  /** A size to declare instead of the real one: a lying header. */
  declaredSize?: number
  /** A compression method number to declare instead of 8 or 0 (the data stays as it is). */
  method?: number
  /** Extra fields of the central directory record, as they are stored. */
  extra?: Buffer
}

/** A minimal ZIP archive, for artifacts no tool would make (bombs, lies, odd names). */
export function makeZip(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name)
    const body = entry.deflate ? deflateRawSync(entry.data) : entry.data
    const size = entry.declaredSize ?? entry.data.length
    const method = entry.method ?? (entry.deflate ? 8 : 0)
    const extra = entry.extra ?? Buffer.alloc(0)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // names in UTF-8
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(crc32(entry.data), 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8) // names in UTF-8
    central.writeUInt16LE(method, 10)
    central.writeUInt32LE(crc32(entry.data), 16)
    central.writeUInt32LE(body.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt16LE(extra.length, 30)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, body)
    centrals.push(central, name, extra)
    offset += local.length + name.length + body.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/** A uint32-length-prefixed piece of an APK Signing Block: the parts, concatenated. */
export function lengthPrefixed(...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts)
  const length = Buffer.alloc(4)
  length.writeUInt32LE(body.length)
  return Buffer.concat([length, body])
}

/** A v2 block (ID 0x7109871a) of one signer with the given certificate bytes, nothing signed. */
export function v2BlockOf(certificate: Buffer): [number, Buffer] {
  const signedData = lengthPrefixed(
    lengthPrefixed(), // digests
    lengthPrefixed(lengthPrefixed(certificate)),
    lengthPrefixed() // attributes
  )
  const signer = lengthPrefixed(signedData, lengthPrefixed(), lengthPrefixed())
  return [0x7109871a, lengthPrefixed(signer)]
}

/** The archive with an APK Signing Block of the given ID → value pairs before its directory. */
export function withSigningBlock(zip: Buffer, pairs: [number, Buffer][]): Buffer {
  const u64 = (n: number): Buffer => {
    const b = Buffer.alloc(8)
    b.writeBigUInt64LE(BigInt(n))
    return b
  }
  const body = Buffer.concat(
    pairs.map(([id, value]) => {
      const idBytes = Buffer.alloc(4)
      idBytes.writeUInt32LE(id)
      return Buffer.concat([u64(value.length + 4), idBytes, value])
    })
  )
  const size = u64(body.length + 24)
  const block = Buffer.concat([size, body, size, Buffer.from('APK Sig Block 42')])
  const eocd = zip.length - 22
  const directory = zip.readUInt32LE(eocd + 16)
  const result = Buffer.concat([zip.subarray(0, directory), block, zip.subarray(directory)])
  result.writeUInt32LE(directory + block.length, result.length - 22 + 16)
  return result
}

/** A v3 block (ID 0xf05368c0) of signers with these certificates and SDK ranges, nothing signed. */
export function v3BlockOf(
  signers: { certificates: Buffer[]; minSdk: number; maxSdk: number }[]
): [number, Buffer] {
  const u32 = (n: number): Buffer => {
    const b = Buffer.alloc(4)
    b.writeUInt32LE(n >>> 0)
    return b
  }
  const encoded = signers.map(({ certificates, minSdk, maxSdk }) => {
    const signedData = lengthPrefixed(
      lengthPrefixed(), // digests
      lengthPrefixed(...certificates.map(c => lengthPrefixed(c))),
      u32(minSdk),
      u32(maxSdk),
      lengthPrefixed() // attributes
    )
    return lengthPrefixed(signedData, u32(minSdk), u32(maxSdk), lengthPrefixed(), lengthPrefixed())
  })
  return [0xf05368c0, lengthPrefixed(...encoded)]
}
