// Every platform assumption found in review (issue 17), tested here on Linux with the platform or
// the path module passed in where the behaviour differs:
//
// - /proc/self/fd names an open descriptor's file on Linux only: macOS and Windows read the name's
//   realpath instead (no /proc there; on Windows /proc/… would be D:\proc\…, anyone's path).
// - System files: /proc, /sys, /dev on Linux; /dev (/dev/fd/N, /dev/stdin) on macOS; on Windows
//   the device namespaces \\.\… and \\?\… (not \\?\C:\… or \\?\UNC\…) and the reserved names
//   (NUL, CON, COM1, nul.txt in any directory). fstat's isFile() refuses pipes and devices on
//   every system first; these checks name what is left.
// - O_NONBLOCK and O_NOFOLLOW do not exist on Windows (fs.constants lacks them): left out there.
// - SIGXFSZ does not exist on Windows: not listened for there.
// - apk patterns: on Windows backslashes are separators, D:/a/… and D:\a\… keep the drive, a
//   drive's root is D:/; the match ignores case on Windows and macOS (their file systems do).
//   .apk/.aab names are recognised in any case everywhere.
// - CRLF: tester files in every format, certificates (PEM and base64), apk lists, CHANGELOG.
// - Messages print Windows paths as they are (backslashes are not escaped), control characters
//   escaped.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync, openSync } from 'node:fs'
import { closeSync, readFileSync, realpathSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import picomatch from 'picomatch'
import { ARTIFACT_NAME, splitArtifactList } from '../../../src/signing/artifact-list.js'
import { findArtifacts, patternOf, searchRoot } from '../../../src/signing/artifact-paths.js'
import { parseCertificateText } from '../../../src/signing/certificate.js'
import { pathOfDescriptor } from '../../../src/shared/input-file.js'
import { untrustedText } from '../../../src/shared/mask.js'
import {
  descriptorLink,
  handleFileSizeSignal,
  isSystemFile,
  openFlags,
  systemFileKinds
} from '../../../src/shared/platform.js'
import { printable } from '../../../src/shared/printable.js'
import { formatOfFile, parseTesters, type TesterFormat } from '../../../src/testers/testers.js'

const work = mkdtempSync(path.join(tmpdir(), 'devtest-platform-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('open flags', () => {
  const linux = { O_RDONLY: 0, O_RDWR: 2, O_CREAT: 64, O_NOFOLLOW: 131072, O_NONBLOCK: 2048 }
  // fs.constants on Windows: no O_NOFOLLOW, no O_NONBLOCK.
  const windows = { O_RDONLY: 0, O_RDWR: 2, O_CREAT: 256 }

  it('ORs the flags the platform has, and leaves out the others (no NaN, no throw)', () => {
    const names = ['O_RDWR', 'O_CREAT', 'O_NOFOLLOW', 'O_NONBLOCK'] as const
    expect(openFlags(names, linux)).toBe(2 | 64 | 131072 | 2048)
    expect(openFlags(names, windows)).toBe(2 | 256)
    expect(openFlags(['O_RDONLY', 'O_NONBLOCK'], windows)).toBe(0)
  })
})

describe('isSystemFile', () => {
  it('on Linux: /proc, /sys and /dev (but /dev/shm)', () => {
    for (const file of ['/proc/self/environ', '/proc/1/environ', '/sys/kernel/x', '/dev/zero']) {
      expect(isSystemFile(file, 'linux')).toBe(true)
    }
    for (const file of ['/dev/shm/testers.txt', '/home/runner/proc/x', '/tmp/dev', 'D:\\a\\NUL']) {
      expect(isSystemFile(file, 'linux')).toBe(false)
    }
  })

  it('on macOS: /dev, where /dev/fd/N and /dev/stdin live', () => {
    for (const file of ['/dev/fd/3', '/dev/stdin', '/dev/null', '/dev/random']) {
      expect(isSystemFile(file, 'darwin')).toBe(true)
    }
    expect(isSystemFile('/private/var/folders/x/testers.yaml', 'darwin')).toBe(false)
    expect(isSystemFile('/Users/runner/work/app/app/devtest.env', 'darwin')).toBe(false)
  })

  it('on Windows: the device namespaces and the reserved names, in any directory and case', () => {
    for (const file of [
      '\\\\.\\pipe\\secrets',
      '\\\\.\\PhysicalDrive0',
      '\\\\.\\NUL',
      '//./con',
      '\\\\?\\GLOBALROOT\\Device\\HarddiskVolume1\\x',
      'D:\\a\\repo\\repo\\nul',
      'D:\\a\\repo\\repo\\NUL.txt',
      'C:\\x\\con',
      'C:\\x\\COM1.log',
      'C:\\x\\lpt\u00b9',
      'C:\\x\\aux. ',
      'D:/a/repo/repo/conin$',
      'prn'
    ]) {
      expect(isSystemFile(file, 'win32')).toBe(true)
    }
    for (const file of [
      '\\\\?\\C:\\a\\cert.pem',
      '\\\\?\\UNC\\server\\share\\testers.txt',
      'D:\\a\\repo\\repo\\console.txt',
      'D:\\a\\repo\\repo\\nul-list.txt',
      'D:\\a\\repo\\repo\\com10',
      'C:\\proc\\self\\environ',
      'D:/a/repo/repo/devtest.env'
    ]) {
      expect(isSystemFile(file, 'win32')).toBe(false)
    }
  })

  it('names what it refuses in the words of the platform', () => {
    expect(systemFileKinds('linux')).toBe('under /proc, /sys or /dev')
    expect(systemFileKinds('darwin')).toBe('under /proc, /sys or /dev')
    expect(systemFileKinds('win32')).toBe('a Windows device (\\\\.\\…, NUL, CON, COM1…)')
  })
})

describe('the path of an open descriptor', () => {
  it('reads /proc/self/fd on Linux only', () => {
    expect(descriptorLink(7, 'linux')).toBe('/proc/self/fd/7')
    expect(descriptorLink(7, 'android')).toBe('/proc/self/fd/7')
    expect(descriptorLink(7, 'darwin')).toBeUndefined()
    expect(descriptorLink(7, 'win32')).toBeUndefined()
  })

  it('is the opened file on Linux, the name realpath elsewhere (a swap after the open shows)', () => {
    const dir = realpathSync(mkdtempSync(path.join(work, 'fd-')))
    const opened = path.join(dir, 'testers.txt')
    writeFileSync(opened, 'ada@example.com\n')
    writeFileSync(path.join(dir, 'other.txt'), 'x\n')
    const fd = openSync(opened, 'r')
    try {
      renameSync(opened, path.join(dir, 'moved.txt'))
      symlinkSync(path.join(dir, 'other.txt'), opened)
      expect(pathOfDescriptor(fd, opened, 'linux')).toBe(path.join(dir, 'moved.txt'))
      expect(pathOfDescriptor(fd, opened, 'darwin')).toBe(path.join(dir, 'other.txt'))
      expect(pathOfDescriptor(fd, opened, 'win32')).toBe(path.join(dir, 'other.txt'))
    } finally {
      closeSync(fd)
    }
  })
})

describe('SIGXFSZ', () => {
  it('is handled where it exists, and not listened for on Windows', () => {
    const listened: string[] = []
    const target = {
      on(event: string) {
        listened.push(event)
        return target
      }
    } as unknown as Pick<NodeJS.Process, 'on'>
    expect(handleFileSizeSignal(target, 'win32')).toBe(false)
    expect(listened).toEqual([])
    expect(handleFileSizeSignal(target, 'darwin')).toBe(true)
    expect(handleFileSizeSignal(target, 'linux')).toBe(true)
    expect(listened).toEqual(['SIGXFSZ', 'SIGXFSZ'])
  })
})

describe('apk patterns on each system', () => {
  const workspace = 'D:\\a\\app\\app'

  it('on Windows: backslashes are separators, the drive stays, the case is ignored', () => {
    expect(patternOf('app\\build\\**\\*.apk', workspace, path.win32, 'win32')).toEqual({
      absolute: 'D:/a/app/app/app/build/**/*.apk',
      nocase: true
    })
    expect(patternOf('D:/a/app/app/**/*-release.apk', workspace, path.win32, 'win32')).toEqual({
      absolute: 'D:/a/app/app/**/*-release.apk',
      nocase: true
    })
    expect(patternOf('C:\\out\\*.aab', workspace, path.win32, 'win32').absolute).toBe(
      'C:/out/*.aab'
    )
    const { absolute, nocase } = patternOf('app/build/**/*.apk', workspace, path.win32, 'win32')
    expect(picomatch.scan(absolute).base).toBe('D:/a/app/app/app/build')
    const walked = 'D:\\a\\app\\app\\app\\build\\outputs\\APP-RELEASE.APK'
    expect(picomatch(absolute, { nocase })(walked.split('\\').join('/'))).toBe(true)
    expect(picomatch(absolute, { nocase: false })(walked.split('\\').join('/'))).toBe(false)
  })

  it("starts a drive-root pattern's walk at the drive's root, not its current directory", () => {
    expect(picomatch.scan('D:/*.apk').base).toBe('D:')
    expect(searchRoot('D:')).toBe('D:/')
    expect(searchRoot('')).toBe('/')
    expect(searchRoot('/home/runner/work')).toBe('/home/runner/work')
  })

  it('on Linux the case counts, as in the shell; on macOS it does not', () => {
    expect(patternOf('app/**/*.apk', '/w', path.posix, 'linux')).toEqual({
      absolute: '/w/app/**/*.apk',
      nocase: false
    })
    expect(patternOf('app/**/*.apk', '/w', path.posix, 'darwin').nocase).toBe(true)
  })

  it('takes a .APK named by its path in any case, and a pattern in its own case here', async () => {
    const dir = mkdtempSync(path.join(work, 'case-'))
    writeFileSync(path.join(dir, 'APP-RELEASE.APK'), 'not read here')
    expect(ARTIFACT_NAME.test('APP-RELEASE.APK')).toBe(true)
    expect(ARTIFACT_NAME.test('bundle.AaB')).toBe(true)
    const plain = await findArtifacts('APP-RELEASE.APK', dir)
    expect(plain.problems).toEqual([])
    expect(await findArtifacts('*.APK', dir)).toMatchObject({ problems: [] })
    const lower = await findArtifacts('*.apk', dir)
    expect(lower.problems[0]).toContain('no file matches *.apk')
    // The file is listed nearby, so the fix is in the message.
    expect(lower.problems[0]).toContain('.apk/.aab files nearby: APP-RELEASE.APK')
  })

  it('splits an apk list with Windows line ends', () => {
    expect(splitArtifactList('D:\\a\\x.apk\r\nD:/a/**/*.aab\r\n')).toEqual([
      'D:\\a\\x.apk',
      'D:/a/**/*.aab'
    ])
  })
})

describe('CRLF files', () => {
  const parse = (text: string, format: TesterFormat) =>
    parseTesters(text, { format, input: 'testers-file', defaultGroup: 'DevTest' })
  const lists: [TesterFormat, string][] = [
    ['lines', 'ada@example.com\nGrace Hopper <grace@example.com>\n'],
    ['yaml', 'QA:\n  - ada@example.com\n  - Grace Hopper <grace@example.com>\n'],
    ['json', '{\n  "QA": ["ada@example.com", "Grace Hopper <grace@example.com>"]\n}\n'],
    ['csv', 'email,firstName,lastName\nada@example.com,,\ngrace@example.com,Grace,Hopper\n']
  ]

  it.each(lists)('reads a %s tester list with CRLF line ends as with LF', async (format, text) => {
    const lf = await parse(text, format)
    const crlf = await parse(text.replace(/\n/g, '\r\n'), format)
    expect(lf.problems.size).toBe(0)
    expect(crlf).toEqual(lf)
    const emails = crlf.testers.groups.flatMap(group => group.testers.map(tester => tester.email))
    expect(emails).toEqual(['ada@example.com', 'grace@example.com'])
  })

  it('tells the format by the name in any case (TESTERS.YAML from a case-insensitive disk)', () => {
    expect(formatOfFile('TESTERS.YAML', 'QA:\r\n  - ada@example.com\r\n')).toBe('yaml')
    expect(formatOfFile('List.CSV', 'email\r\nada@example.com\r\n')).toBe('csv')
    expect(formatOfFile('T.JSON', '[]')).toBe('json')
  })

  it('reads a certificate as base64 DER wrapped with CRLF', () => {
    const text = readFileSync(new URL('../../fixtures/certs/ec-p384.pem', import.meta.url), 'utf8')
    const base64 = text
      .replace('-----BEGIN CERTIFICATE-----', '')
      .replace('-----END CERTIFICATE-----', '')
      .trim()
    expect(parseCertificateText(base64.replace(/\n/g, '\r\n')).sha256).toBe(
      parseCertificateText(text).sha256
    )
  })
})

describe('paths in messages', () => {
  it('prints Windows paths as they are, with control characters escaped', () => {
    expect(printable('D:\\a\\repo\\repo\\app\\build\\app.apk')).toBe(
      'D:\\a\\repo\\repo\\app\\build\\app.apk'
    )
    expect(untrustedText('C:\\Users\\runneradmin\\testers.txt')).toBe(
      'C:\\Users\\runneradmin\\testers.txt'
    )
    expect(printable('D:\\a\\x\n::error::y.apk')).toBe('D:\\a\\x\\n::error::y.apk')
  })
})
