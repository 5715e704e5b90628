import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { WORKFLOW_WORDS } from '../../../src/action/words.js'
import { fixIn } from '../../../src/shared/input-words.js'
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ProblemList } from '../../../src/shared/errors.js'
import {
  InputFileError,
  MAX_INPUT_FILE_BYTES,
  openInputFile,
  pathOfDescriptor,
  readInputFile,
  readToCap
} from '../../../src/shared/input-file.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'input-file-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function read(path: string) {
  const problems = new ProblemList()
  const bytes = await readInputFile(path, dir, 'testers-file', problems)
  return { bytes, problems: problems.listed.map(p => fixIn(p.message, WORKFLOW_WORDS)) }
}

describe('readInputFile', () => {
  it('reads a regular file relative to the workspace, and through a symlink', async () => {
    writeFileSync(join(dir, 'testers.txt'), 'ada@example.com\n')
    symlinkSync(join(dir, 'testers.txt'), join(dir, 'link.txt'))
    expect((await read('testers.txt')).bytes?.toString()).toBe('ada@example.com\n')
    expect((await read('link.txt')).bytes?.toString()).toBe('ada@example.com\n')
  })

  it('refuses a named pipe at once instead of waiting for a writer', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe')])
    const { bytes, problems } = await read('pipe')
    expect(bytes).toBeUndefined()
    expect(problems).toEqual([expect.stringMatching(/pipe is a named pipe \(FIFO\), not a file/)])
  })

  it('refuses a device such as /dev/zero, and a directory', async () => {
    expect((await read('/dev/zero')).problems).toEqual([
      '/dev/zero is a device, not a file; name the file itself'
    ])
    // Without a controlling terminal the open itself fails (ENXIO); with one, fstat tells.
    expect((await read('/dev/tty')).problems).toEqual([
      '/dev/tty is a device, not a file; name the file itself'
    ])
    expect((await read('.')).problems).toEqual([expect.stringMatching(/is a directory/)])
  })

  it('refuses a file over the cap by its size, without reading it', async () => {
    const big = join(dir, 'big.yaml')
    writeFileSync(big, '')
    truncateSync(big, 50 * 1024 * 1024)
    const { bytes, problems } = await read('big.yaml')
    expect(bytes).toBeUndefined()
    expect(problems).toEqual([expect.stringMatching(/big\.yaml is 52428800 bytes; at most 1 MB/)])
  })

  it('refuses a link to a system file such as /proc/self/environ, which holds secrets', async () => {
    symlinkSync('/proc/self/environ', join(dir, 'environ.csv'))
    expect((await read('environ.csv')).problems).toEqual([
      expect.stringMatching(/environ\.csv is a system file \(under \/proc, \/sys or \/dev\)/)
    ])
  })

  it('reads a file kept in /dev/shm, memory-backed storage and no system file', async () => {
    const shm = mkdtempSync('/dev/shm/input-file-')
    try {
      writeFileSync(join(shm, 'testers.txt'), 'ada@example.com\n')
      expect((await read(join(shm, 'testers.txt'))).bytes?.toString()).toBe('ada@example.com\n')
    } finally {
      rmSync(shm, { recursive: true, force: true })
    }
  })

  it('reads a file of exactly the cap', async () => {
    writeFileSync(join(dir, 'full.txt'), Buffer.alloc(MAX_INPUT_FILE_BYTES, 0x61))
    expect((await read('full.txt')).bytes?.length).toBe(MAX_INPUT_FILE_BYTES)
  })

  it('names a missing file and the workspace, with control characters escaped', async () => {
    const { problems } = await read('missing\n::warning::x.txt')
    expect(problems).toEqual([
      expect.stringMatching(/missing\\n::warning::x\.txt does not exist; give a path relative/)
    ])
  })
})

async function refusal(path: string): Promise<InputFileError> {
  const error = await openInputFile(path, dir).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(InputFileError)
  return error as InputFileError
}

describe('openInputFile', () => {
  it('opens a regular file relative to the workspace or absolute, with its size', async () => {
    writeFileSync(join(dir, 'app.apk'), 'twelve bytes')
    for (const path of ['app.apk', join(dir, 'app.apk')]) {
      const file = await openInputFile(path, dir)
      try {
        expect(file.path).toBe(join(dir, 'app.apk'))
        expect(file.size).toBe(12)
        const buffer = Buffer.alloc(5)
        const { bytesRead } = await file.handle.read(buffer, 0, 5, 7)
        expect(buffer.subarray(0, bytesRead).toString()).toBe('bytes')
      } finally {
        await file.handle.close()
      }
    }
  })

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.apk')])
    expect(await refusal('pipe.apk')).toMatchObject({
      why: 'is a named pipe (FIFO), not a file',
      code: 'NOT_REGULAR'
    })
  })

  it('says what is wrong with a directory and a missing file', async () => {
    mkdirSync(join(dir, 'dir'))
    expect(await refusal('dir')).toMatchObject({ why: 'is a directory', code: 'EISDIR' })
    expect(await refusal('missing.apk')).toMatchObject({
      why: 'does not exist',
      code: 'ENOENT'
    })
    expect(await refusal('app.apk/inner.apk')).toMatchObject({ code: 'ENOTDIR' })
  })
})

describe('readToCap', () => {
  /** A handle over content that hands out at most `step` bytes a read, whatever stat said. */
  function handleOver(content: Buffer, step = 7_000) {
    let position = 0
    let reads = 0
    return {
      get reads() {
        return reads
      },
      async read(buffer: Buffer, offset: number, length: number) {
        reads++
        const bytesRead = content.copy(buffer, offset, position, position + Math.min(length, step))
        position += bytesRead
        return { bytesRead, buffer }
      }
    }
  }
  const content = (length: number) => Buffer.from(Array.from({ length }, (_, i) => i % 251))

  it('reads a file that holds more than its size said, growing the buffer', async () => {
    const bytes = content(100_000)
    const read = await readToCap(handleOver(bytes), 0, MAX_INPUT_FILE_BYTES)
    expect(read?.equals(bytes)).toBe(true)
  })

  it('reads a file of its stated size with one read and one more that finds the end', async () => {
    const bytes = content(2_000)
    const handle = handleOver(bytes, Infinity)
    expect((await readToCap(handle, bytes.length, MAX_INPUT_FILE_BYTES))?.equals(bytes)).toBe(true)
    expect(handle.reads).toBe(2)
  })

  it('stops one byte past the cap, whatever the size hint, and holds exactly the cap', async () => {
    expect(await readToCap(handleOver(content(50_001)), 10, 50_000)).toBeUndefined()
    expect(await readToCap(handleOver(content(80_000)), 80_000, 50_000)).toBeUndefined()
    expect((await readToCap(handleOver(content(50_000)), 0, 50_000))?.length).toBe(50_000)
  })
})

describe('pathOfDescriptor', () => {
  it('names the file that was opened, not what its name points at now', async () => {
    writeFileSync(join(dir, 'opened.txt'), 'x')
    const handle = await open(join(dir, 'opened.txt'), 'r')
    try {
      // Swapped after the open, as a race would: the name now links to /proc.
      renameSync(join(dir, 'opened.txt'), join(dir, 'moved.txt'))
      symlinkSync('/proc/self/environ', join(dir, 'opened.txt'))
      expect(pathOfDescriptor(handle.fd, join(dir, 'opened.txt'))).toBe(join(dir, 'moved.txt'))
    } finally {
      await handle.close()
    }
  })
})
