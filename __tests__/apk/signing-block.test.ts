import { describe, expect, it } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { ArtifactError } from '../../src/apk/byte-reader.js'
import {
  centralDirectoryOffset,
  readSigningBlock,
  readV2Signers,
  readV3Signers,
  V2_BLOCK_ID,
  V3_BLOCK_ID
} from '../../src/apk/signing-block.js'

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../fixtures/apk/${name}`, import.meta.url))
const subject = (der: Buffer | undefined): string =>
  der ? new X509Certificate(der).subject.split('\n').join(', ') : ''

/** uint32/uint64 little-endian and length-prefixed pieces, to build blocks the tools never make. */
const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(n)
  return b
}
const u64 = (n: number): Buffer => {
  const b = Buffer.alloc(8)
  b.writeBigUInt64LE(BigInt(n))
  return b
}
const prefixed = (...parts: Buffer[]): Buffer => {
  const body = Buffer.concat(parts)
  return Buffer.concat([u32(body.length), body])
}

/** A minimal ZIP (no entries) with an APK Signing Block holding the given ID → value pairs. */
function zipWithBlock(pairs: [number, Buffer][], corruptSize = false): Buffer {
  const body = Buffer.concat(
    pairs.map(([id, value]) => Buffer.concat([u64(value.length + 4), u32(id), value]))
  )
  const size = body.length + 24
  const block = Buffer.concat([
    u64(size),
    body,
    u64(corruptSize ? size + 1 : size),
    Buffer.from('APK Sig Block 42')
  ])
  const eocd = Buffer.alloc(22)
  eocd.writeUInt32LE(0x06054b50, 0)
  eocd.writeUInt32LE(block.length, 16) // the central directory (empty) starts right after the block
  return Buffer.concat([block, eocd])
}

describe('centralDirectoryOffset', () => {
  it('finds the end record, also behind an archive comment', () => {
    const zip = zipWithBlock([])
    const withComment = Buffer.concat([zip, Buffer.from('a comment')])
    withComment.writeUInt16LE(9, zip.length - 2)
    expect(centralDirectoryOffset(zip)).toBe(zip.length - 22)
    expect(centralDirectoryOffset(withComment)).toBe(zip.length - 22)
  })

  it('refuses a file without one', () => {
    expect(() => centralDirectoryOffset(Buffer.alloc(100))).toThrow('is not a ZIP archive')
  })
})

describe('readSigningBlock', () => {
  it('returns nothing for an APK without one', () => {
    expect(readSigningBlock(fixture('v1-only.apk'))).toBeUndefined()
  })

  it('returns every block of a signed APK by ID', () => {
    const block = readSigningBlock(fixture('all-schemes.apk'))
    expect(block?.has(V2_BLOCK_ID)).toBe(true)
    expect(block?.has(V3_BLOCK_ID)).toBe(true)
  })

  it('reads synthetic pairs and refuses sizes that disagree', () => {
    const block = readSigningBlock(zipWithBlock([[0x1234, Buffer.from('value')]]))
    expect(block?.get(0x1234)?.toString()).toBe('value')
    expect(() => readSigningBlock(zipWithBlock([[0x1234, Buffer.from('v')]], true))).toThrow(
      ArtifactError
    )
  })
})

describe('v2 and v3 signers', () => {
  it('reads the v2 signer certificate', () => {
    const [signer, ...others] = readV2Signers(
      readSigningBlock(fixture('v2-only.apk'))!.get(V2_BLOCK_ID)!
    )
    expect(others).toEqual([])
    expect(subject(signer?.certificates[0])).toBe('CN=DevTest Fixture EC, O=Example')
  })

  it('reads both v2 signers in order', () => {
    const signers = readV2Signers(readSigningBlock(fixture('two-signers.apk'))!.get(V2_BLOCK_ID)!)
    expect(signers.map(s => subject(s.certificates[0]))).toEqual([
      'CN=DevTest Fixture EC, O=Example',
      'CN=Upload Key RSA, O=Example'
    ])
  })

  it('reads the v3 signer, its SDK range and its rotation lineage, oldest first', () => {
    const [plain] = readV3Signers(readSigningBlock(fixture('v3-only.apk'))!.get(V3_BLOCK_ID)!)
    expect(plain?.minSdk).toBe(24)
    expect(plain?.maxSdk).toBe(0x7fffffff)
    expect(plain?.lineage).toBeUndefined()
    const [rotated] = readV3Signers(readSigningBlock(fixture('rotated.apk'))!.get(V3_BLOCK_ID)!)
    expect(subject(rotated?.certificates[0])).toBe('CN=DevTest Fixture EC, O=Example')
    expect(rotated?.lineage?.map(subject)).toEqual([
      'CN=DevTest Fixture EC old, O=Example',
      'CN=DevTest Fixture EC, O=Example'
    ])
  })

  it('refuses truncated signer data', () => {
    const value = readSigningBlock(fixture('v2-only.apk'))!.get(V2_BLOCK_ID)!
    expect(() => readV2Signers(value.subarray(0, value.length - 10))).toThrow(
      'has a truncated or corrupt v2 signature block'
    )
    expect(() => readV3Signers(prefixed(prefixed(prefixed(u32(1)))))).toThrow(
      'has a truncated or corrupt v3 signature block'
    )
  })
})
