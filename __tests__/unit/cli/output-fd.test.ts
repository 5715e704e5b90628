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
const { fdWriter, isCharacterDevice } = await import('../../../src/cli/output-fd.js')

function streamStandIn() {
  const chunks: string[] = []
  const listeners: ((error: Error) => void)[] = []
  return {
    chunks,
    /** Fails the stream later, as Node's streams do: with an 'error' event. */
    emitError: (code: string) =>
      listeners.forEach(listener => listener(Object.assign(new Error(code), { code }))),
    stream: () =>
      ({
        write: (chunk: string | Buffer) => chunks.push(chunk.toString()),
        on: (_event: string, listener: (error: Error) => void) => listeners.push(listener)
      }) as never
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

  it('ends the output on any other write error and reports it once, without throwing', () => {
    characterDevice = false
    refusal = 'ENOSPC'
    const failures: string[] = []
    const write = fdWriter(1, streamStandIn().stream, code => failures.push(code))
    expect(() => write('x')).not.toThrow()
    refusal = undefined
    written.length = 0
    write('y')
    expect(written).toEqual([])
    expect(failures).toEqual(['ENOSPC'])
  })

  it("reports a terminal stream's later error event instead of letting it end the process", () => {
    characterDevice = true
    const { chunks, stream, emitError } = streamStandIn()
    const failures: string[] = []
    const write = fdWriter(1, stream, code => failures.push(code))
    write('first\n')
    emitError('ENOSPC')
    write('second\n')
    expect(chunks).toEqual(['first\n'])
    expect(failures).toEqual(['ENOSPC'])
  })
})
