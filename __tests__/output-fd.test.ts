import { describe, expect, it, jest } from '@jest/globals'

// writeSync is replaced so a test can refuse writes as a full non-blocking pipe (EAGAIN) or a
// closed one (EPIPE) would; fstatSync tells a terminal from a pipe.
const written: string[] = []
let refusal: string | undefined
let characterDevice = false
jest.unstable_mockModule('node:fs', () => ({
  fstatSync: () => ({ isCharacterDevice: () => characterDevice }),
  writeSync: (_fd: number, buffer: Buffer) => {
    if (refusal) throw Object.assign(new Error(refusal), { code: refusal })
    // Short writes happen on pipes: take at most 4 bytes at a time.
    const taken = buffer.subarray(0, 4)
    written.push(taken.toString())
    return taken.length
  }
}))
const { fdWriter, isCharacterDevice } = await import('../src/output-fd.js')

function streamStandIn() {
  const chunks: string[] = []
  return {
    chunks,
    stream: () => ({ write: (chunk: string | Buffer) => chunks.push(chunk.toString()) }) as never
  }
}

describe('fdWriter', () => {
  it('writes a pipe or file directly, all of it, across short writes', () => {
    written.length = 0
    characterDevice = false
    refusal = undefined
    const { chunks, stream } = streamStandIn()
    fdWriter(2, stream)('hello, world\n')
    expect(written.join('')).toBe('hello, world\n')
    expect(written.length).toBeGreaterThan(1)
    expect(chunks).toEqual([])
  })

  it("uses Node's stream on a terminal", () => {
    written.length = 0
    characterDevice = true
    const { chunks, stream } = streamStandIn()
    expect(isCharacterDevice(2)).toBe(true)
    fdWriter(2, stream)('to the terminal\n')
    expect(chunks).toEqual(['to the terminal\n'])
    expect(written).toEqual([])
  })

  it('hands the rest to the stream, for good, when a non-blocking pipe is full', () => {
    written.length = 0
    characterDevice = false
    refusal = 'EAGAIN'
    const { chunks, stream } = streamStandIn()
    const write = fdWriter(1, stream)
    write('first\n')
    refusal = undefined
    write('second\n')
    expect(chunks).toEqual(['first\n', 'second\n'])
    expect(written).toEqual([])
  })

  it('stops writing, without failing the run, when the reader has gone', () => {
    characterDevice = false
    refusal = 'EPIPE'
    const { chunks, stream } = streamStandIn()
    const write = fdWriter(1, stream)
    expect(() => write('lost\n')).not.toThrow()
    refusal = undefined
    written.length = 0
    write('also lost\n')
    expect(written).toEqual([])
    expect(chunks).toEqual([])
  })

  it('passes on any other write error', () => {
    characterDevice = false
    refusal = 'EIO'
    expect(() => fdWriter(1, streamStandIn().stream)('x')).toThrow('EIO')
    refusal = undefined
  })
})
