import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputFileError, openInputFile, printablePath } from '../src/input-file.js'

let workspace: string
beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'input-file-'))
  writeFileSync(join(workspace, 'app.apk'), 'twelve bytes')
  mkdirSync(join(workspace, 'dir'))
  execFileSync('mkfifo', [join(workspace, 'pipe.apk')])
})
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

async function refusal(path: string): Promise<InputFileError> {
  const error = await openInputFile(path, workspace).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(InputFileError)
  return error as InputFileError
}

describe('openInputFile', () => {
  it('opens a regular file relative to the workspace or absolute, with its size', async () => {
    for (const path of ['app.apk', join(workspace, 'app.apk')]) {
      const file = await openInputFile(path, workspace)
      try {
        expect(file.path).toBe(join(workspace, 'app.apk'))
        expect(file.size).toBe(12)
        const { bytesRead, buffer } = await file.handle.read(Buffer.alloc(5), 0, 5, 7)
        expect(buffer.subarray(0, bytesRead).toString()).toBe('bytes')
      } finally {
        await file.handle.close()
      }
    }
  })

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    expect(await refusal('pipe.apk')).toMatchObject({
      why: 'is a FIFO, not a regular file',
      code: 'NOT_REGULAR'
    })
  })

  it('says what is wrong with a directory and a missing file', async () => {
    expect(await refusal('dir')).toMatchObject({ why: 'is a directory', code: 'EISDIR' })
    expect(await refusal('missing.apk')).toMatchObject({
      why: 'does not exist',
      code: 'ENOENT'
    })
    expect(await refusal('app.apk/inner.apk')).toMatchObject({ code: 'ENOTDIR' })
  })
})

describe('printablePath', () => {
  it('escapes control characters and line separators, and keeps the rest', () => {
    expect(printablePath('a\nb\r\tc\u0000d\u2028e ü.apk')).toBe('a\\nb\\r\\tc\\x00d\\u2028e ü.apk')
  })
})
