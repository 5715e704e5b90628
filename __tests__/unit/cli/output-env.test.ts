import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  closeSync,
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ACTION_DEFAULTS } from '../../../src/shared/action-yml.js'
import { INPUT_NAMES, type Inputs } from '../../../src/engine/inputs.js'
import { OUTPUT_ENV_MARKER, openOutputEnv, writeOutputEnv } from '../../../src/cli/output-env.js'

const apkFixture = new URL('../../fixtures/apk/v2-only.apk', import.meta.url).pathname
let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'output-env-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function inputs(given: Partial<Inputs> = {}): Inputs {
  return {
    ...(Object.fromEntries(INPUT_NAMES.map(name => [name, ''])) as Record<keyof Inputs, string>),
    ...ACTION_DEFAULTS,
    ...given
  }
}

/** The refusal's words, or undefined when the file was opened (and is closed again). */
function refusal(path: string, given: Partial<Inputs> = {}): string | undefined {
  try {
    closeSync(openOutputEnv(path, dir, inputs(given)))
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}

describe('openOutputEnv', () => {
  it('creates a new file, and empties an earlier run’s, ready to write', () => {
    const fd = openOutputEnv('new.env', dir, inputs())
    writeSync(fd, 'TRACK_ID=x\n')
    closeSync(fd)
    expect(readFileSync(join(dir, 'new.env'), 'utf8')).toBe('TRACK_ID=x\n')
    closeSync(openOutputEnv('new.env', dir, inputs()))
    expect(readFileSync(join(dir, 'new.env'), 'utf8')).toBe('')
  })

  it('refuses a symbolic link, dangling or not, and leaves its target as it was', () => {
    writeFileSync(join(dir, 'precious.txt'), 'keep me\n')
    symlinkSync(join(dir, 'precious.txt'), join(dir, 'link.env'))
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.env'))
    expect(refusal('link.env')).toBe('is a symbolic link; name a file')
    expect(refusal('dangling.env')).toBe('is a symbolic link; name a file')
    expect(readFileSync(join(dir, 'precious.txt'), 'utf8')).toBe('keep me\n')
  })

  it("refuses the run's input files however they are spelt: a hard link, .., a linked directory", () => {
    mkdirSync(join(dir, 'lists'))
    writeFileSync(join(dir, 'lists', 'testers.txt'), 'ada@example.com\n')
    linkSync(join(dir, 'lists', 'testers.txt'), join(dir, 'hardlink.txt'))
    symlinkSync(join(dir, 'lists'), join(dir, 'via'))
    const given = { 'testers-file': 'lists/testers.txt' }
    expect(refusal('hardlink.txt', given)).toBe(
      'is the testers-file input; name a new file, such as devtest.env'
    )
    expect(refusal('lists/../lists/testers.txt', given)).toMatch(/^is the testers-file input/)
    expect(refusal('via/testers.txt', given)).toMatch(/^is reached through a symbolic link/)
    copyFileSync(apkFixture, join(dir, 'app.bin'))
    expect(refusal('app.bin', { apk: 'other.apk,\napp.bin' })).toMatch(/^is the apk input/)
    expect(readFileSync(join(dir, 'lists', 'testers.txt'), 'utf8')).toBe('ada@example.com\n')
  })

  it('refuses an APK by its name, and one a pattern reached, like any other file, by its content', () => {
    expect(refusal('new.apk')).toBe('names an APK; name a new file, such as devtest.env')
    copyFileSync(apkFixture, join(dir, 'app'))
    const size = statSync(join(dir, 'app')).size
    expect(refusal('app', { apk: 'ap*' })).toBe(
      'holds something other than an earlier --output-env file; name a new file, such as devtest.env'
    )
    expect(statSync(join(dir, 'app')).size).toBe(size)
  })

  it('replaces the file it wrote, marked on its first line, and no dotenv file of the project', () => {
    const fd = openOutputEnv('marked.env', dir, inputs())
    writeOutputEnv(fd, { trackId: 'devtest', uniqueTesterCount: 3 }, 'marked.env')
    closeSync(fd)
    const written = readFileSync(join(dir, 'marked.env'), 'utf8')
    expect(written).toMatch(new RegExp(`^${OUTPUT_ENV_MARKER}=[\\d.]+\nTRACK_ID=devtest\n`))
    expect(refusal('marked.env')).toBeUndefined()
    const project = 'DATABASE_URL=postgres://app:secret1@db/app\nRAILS_ENV=production\n'
    for (const text of [project, `TRACK_ID=devtest\n${project}`, `${project}${written}`]) {
      writeFileSync(join(dir, '.env'), text)
      expect(refusal('.env')).toMatch(/^holds something other than an earlier --output-env file/)
      expect(readFileSync(join(dir, '.env'), 'utf8')).toBe(text)
    }
  })

  it("replaces an earlier run's output, and no project file such as the CI configuration", () => {
    writeFileSync(join(dir, 'earlier.env'), 'TRACK_ID=devtest\nUNIQUE_TESTER_COUNT=3\n')
    expect(refusal('earlier.env')).toBeUndefined()
    expect(readFileSync(join(dir, 'earlier.env'), 'utf8')).toBe('')
    writeFileSync(join(dir, '.gitlab-ci.yml'), 'stages: [build]\n')
    expect(refusal('.gitlab-ci.yml')).toMatch(/^holds something other than an earlier --output-env/)
    expect(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8')).toBe('stages: [build]\n')
  })

  it('refuses a file reached through a linked directory inside the working directory', () => {
    mkdirSync(join(dir, 'elsewhere'))
    writeFileSync(join(dir, 'elsewhere', 'devtest.env'), 'TRACK_ID=keep\n')
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'linked'))
    expect(refusal('linked/devtest.env')).toMatch(/^is reached through a symbolic link/)
    expect(readFileSync(join(dir, 'elsewhere', 'devtest.env'), 'utf8')).toBe('TRACK_ID=keep\n')
  })

  it('refuses a system file, such as one under /proc', () => {
    expect(refusal('/proc/self/comm')).toBe(
      'is a system file (under /proc, /sys or /dev); name a file'
    )
  })

  it('refuses a FIFO at once instead of waiting for a reader, a device and a directory', () => {
    execFileSync('mkfifo', [join(dir, 'pipe')])
    expect(refusal('pipe')).toBe('is not a regular file (a pipe, socket or device); name a file')
    expect(refusal('/dev/full')).toBe(
      'is not a regular file (a pipe, socket or device); name a file'
    )
    expect(refusal('.')).toBe('is a directory; name a file')
    expect(refusal('missing-dir/devtest.env')).toBe('cannot be written (ENOENT)')
  })
})
