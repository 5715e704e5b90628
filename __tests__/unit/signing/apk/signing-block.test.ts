import { describe, expect, it } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { ArtifactError } from '../../../../src/signing/apk/byte-reader.js'
import { bufferSource } from '../../../../src/signing/apk/byte-source.js'
import {
  centralDirectoryOffset,
  readSigningBlock,
  readV2Signers,
  readV3Signers,
  MAX_SCHEME_BLOCK_BYTES,
  V2_BLOCK_ID,
  V31_BLOCK_ID,
  V3_BLOCK_ID
} from '../../../../src/signing/apk/signing-block.js'

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../../fixtures/apk/${name}`, import.meta.url))
const ALL_IDS = [V31_BLOCK_ID, V3_BLOCK_ID, V2_BLOCK_ID]
/** The signing block of an archive in memory, with the values of the given IDs. */
const blockOf = (zip: Buffer, ids: number[] = ALL_IDS) => readSigningBlock(bufferSource(zip), ids)
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
  it('finds the end record, also behind an archive comment', async () => {
    const zip = zipWithBlock([])
    const withComment = Buffer.concat([zip, Buffer.from('a comment')])
    withComment.writeUInt16LE(9, zip.length - 2)
    expect(await centralDirectoryOffset(bufferSource(zip))).toBe(zip.length - 22)
    expect(await centralDirectoryOffset(bufferSource(withComment))).toBe(zip.length - 22)
  })

  it('follows a ZIP64 end record to an offset past 4 GiB, read by position', async () => {
    // [zip64 end record][locator][end record with 0xFFFFFFFF offset], in a source that says the
    // file is 5 GiB long: only the tail is ever read.
    const record = Buffer.alloc(56)
    record.writeUInt32LE(0x06064b50, 0)
    record.writeBigUInt64LE(44n, 4)
    record.writeBigUInt64LE(5n * 2n ** 30n - 200n, 48)
    const locator = Buffer.alloc(20)
    locator.writeUInt32LE(0x07064b50, 0)
    const eocd = Buffer.alloc(22)
    eocd.writeUInt32LE(0x06054b50, 0)
    eocd.writeUInt32LE(0xffffffff, 16)
    const size = 5 * 2 ** 30
    locator.writeBigUInt64LE(BigInt(size - 98), 8) // where the zip64 record starts
    const tail = Buffer.concat([record, locator, eocd])
    const reads: number[] = []
    // A 5 GiB file of zeros but for its tail.
    const source = {
      size,
      read: (position: number, length: number) => {
        reads.push(length)
        const bytes = Buffer.alloc(length)
        const tailStart = size - tail.length
        for (let i = 0; i < length; i++) bytes[i] = tail[position + i - tailStart] ?? 0
        return Promise.resolve(bytes)
      }
    }
    expect(await centralDirectoryOffset(source)).toBe(5 * 2 ** 30 - 200)
    expect(Math.max(...reads)).toBeLessThanOrEqual(22 + 0xffff)
  })

  it('refuses a file without one', async () => {
    await expect(centralDirectoryOffset(bufferSource(Buffer.alloc(100)))).rejects.toThrow(
      'is not a ZIP archive'
    )
  })
})

describe('readSigningBlock', () => {
  it('returns nothing for an APK without one', async () => {
    expect(await blockOf(fixture('v1-only.apk'))).toBeUndefined()
  })

  it('returns every block of a signed APK by ID', async () => {
    const block = await blockOf(fixture('all-schemes.apk'))
    expect(block?.has(V2_BLOCK_ID)).toBe(true)
    expect(block?.has(V3_BLOCK_ID)).toBe(true)
  })

  it('takes the first pair of an ID, as Android does, not a later one with another signer', async () => {
    const block = await blockOf(
      zipWithBlock([
        [V2_BLOCK_ID, Buffer.from('first')],
        [V2_BLOCK_ID, Buffer.from('second')]
      ])
    )
    expect(block?.get(V2_BLOCK_ID)?.toString()).toBe('first')
  })

  it('reads synthetic pairs and refuses sizes that disagree', async () => {
    const block = await blockOf(zipWithBlock([[0x1234, Buffer.from('value')]]), [0x1234])
    expect(block?.get(0x1234)?.toString()).toBe('value')
    await expect(blockOf(zipWithBlock([[0x1234, Buffer.from('v')]], true))).rejects.toThrow(
      ArtifactError
    )
  })
})

describe('length fields are checked against what is there', () => {
  it('refuses a pair that claims more than the block holds, without reading it', async () => {
    const zip = zipWithBlock([[V2_BLOCK_ID, Buffer.from('value')]])
    zip.writeBigUInt64LE(2n ** 40n, 8) // the pair's length
    await expect(blockOf(zip)).rejects.toThrow('has a truncated or corrupt APK Signing Block')
  })

  it('refuses a scheme block larger than any signature, and skips other large values', async () => {
    const big = Buffer.alloc(MAX_SCHEME_BLOCK_BYTES + 1)
    await expect(blockOf(zipWithBlock([[V3_BLOCK_ID, big]]))).rejects.toThrow(
      /a signature block of 1048577 bytes, more than the 1048576 bytes/
    )
    // Padding or another vendor's block of that size is not read at all.
    const block = await blockOf(zipWithBlock([[0x42726577, big]]))
    expect(block?.size).toBe(0)
  })

  it('refuses a block of thousands of empty pairs', async () => {
    const pairs = Array.from({ length: 2000 }, (_, i): [number, Buffer] => [i, Buffer.alloc(0)])
    await expect(blockOf(zipWithBlock(pairs))).rejects.toThrow('more than 1024 entries')
  })

  it('refuses a v2 block of a quarter million zero-length items, at once', () => {
    // 1 MB of zero-length items: each would be an object without the bound.
    const items = Buffer.alloc(MAX_SCHEME_BLOCK_BYTES - 4)
    expect(() => readV2Signers(prefixed(items))).toThrow(
      'has a corrupt v2 signature block (more than 256 items in a list)'
    )
  })
})

describe('v2 and v3 signers', () => {
  it('reads the v2 signer certificate', async () => {
    const [signer, ...others] = readV2Signers(
      (await blockOf(fixture('v2-only.apk')))!.get(V2_BLOCK_ID)!
    )
    expect(others).toEqual([])
    expect(subject(signer?.certificates[0])).toBe('CN=DevTest Fixture EC, O=Example')
  })

  it('reads both v2 signers in order', async () => {
    const signers = readV2Signers((await blockOf(fixture('two-signers.apk')))!.get(V2_BLOCK_ID)!)
    expect(signers.map(s => subject(s.certificates[0]))).toEqual([
      'CN=DevTest Fixture EC, O=Example',
      'CN=Upload Key RSA, O=Example'
    ])
  })

  it('reads the v3 signer, its SDK range and its rotation lineage, oldest first', async () => {
    const [plain] = readV3Signers((await blockOf(fixture('v3-only.apk')))!.get(V3_BLOCK_ID)!)
    expect(plain?.minSdk).toBe(24)
    expect(plain?.maxSdk).toBe(0x7fffffff)
    expect(plain?.lineage).toBeUndefined()
    const [rotated] = readV3Signers((await blockOf(fixture('rotated.apk')))!.get(V3_BLOCK_ID)!)
    expect(subject(rotated?.certificates[0])).toBe('CN=DevTest Fixture EC, O=Example')
    expect(rotated?.lineage?.map(subject)).toEqual([
      'CN=DevTest Fixture EC old, O=Example',
      'CN=DevTest Fixture EC, O=Example'
    ])
  })

  it('reads SDK versions as signed 32-bit values, as Android does: 0xffffffff is -1', () => {
    // signedData: digests, certificates, minSdk, maxSdk, attributes; then the same two
    // versions, signatures and the public key, outside it.
    const signer = (min: number, max: number): Buffer =>
      prefixed(
        prefixed(
          prefixed(),
          prefixed(prefixed(Buffer.from([0x30, 0]))),
          u32(min),
          u32(max),
          prefixed()
        ),
        u32(min),
        u32(max),
        prefixed(),
        prefixed()
      )
    const signers = readV3Signers(prefixed(signer(24, 0xffffffff), signer(0xffffffff, 0x7fffffff)))
    expect(signers.map(s => [s.minSdk, s.maxSdk])).toEqual([
      [24, -1],
      [-1, 0x7fffffff]
    ])
  })

  it('refuses truncated signer data', async () => {
    const value = (await blockOf(fixture('v2-only.apk')))!.get(V2_BLOCK_ID)!
    expect(() => readV2Signers(value.subarray(0, value.length - 10))).toThrow(
      'has a truncated or corrupt v2 signature block'
    )
    expect(() => readV3Signers(prefixed(prefixed(prefixed(u32(1)))))).toThrow(
      'has a truncated or corrupt v3 signature block'
    )
  })
})
