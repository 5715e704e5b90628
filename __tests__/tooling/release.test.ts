// The release workflow's checks (script/release.mjs): what it refuses to release, and the notes
// it takes from CHANGELOG.md.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  actionVersionOf,
  changelogSections,
  parseTag,
  releaseNotes,
  releaseProblems
} from '../../script/release.mjs'
import { root } from '../support/run-action.mjs'

const CHANGELOG = [
  '# Changelog',
  '',
  'Intro.',
  '',
  '## [Unreleased]',
  '',
  '## [1.2.0] - 2026-12-01',
  '',
  '### Added',
  '',
  '- `certificateSha256` output.',
  '  Continued line.',
  '',
  '## [1.1.0] - 2026-11-01',
  '',
  '- Older.',
  '',
  '[1.2.0]: https://example.com/compare/v1.1.0...v1.2.0',
  ''
].join('\n')
const release = { tag: 'v1.2.0', packageVersion: '1.2.0', actionVersion: '1.2.0' }

describe('parseTag', () => {
  it('takes vMAJOR.MINOR.PATCH only', () => {
    expect(parseTag('v1.2.0')).toEqual({ version: '1.2.0', major: 'v1' })
    expect(parseTag('v10.0.12')).toEqual({ version: '10.0.12', major: 'v10' })
    for (const tag of ['1.2.0', 'v1.2', 'v1.2.0-rc.1', 'v01.2.0', 'v1.2.0\n', 'v1', '']) {
      expect(parseTag(tag)).toBeUndefined()
    }
  })
})

describe('releaseNotes', () => {
  it("is the version's section, without its heading or the next one", () => {
    expect(releaseNotes(CHANGELOG, '1.2.0')).toBe(
      '### Added\n\n- `certificateSha256` output.\n  Continued line.'
    )
    expect(releaseNotes(CHANGELOG, '1.1.0')).toBe('- Older.')
    expect(releaseNotes(CHANGELOG, '1.3.0')).toBeUndefined()
  })

  it('reads a CRLF changelog the same', () => {
    expect(releaseNotes(CHANGELOG.replace(/\n/g, '\r\n'), '1.2.0')).toBe(
      releaseNotes(CHANGELOG, '1.2.0')
    )
  })
})

describe('releaseProblems', () => {
  it('passes a tree whose versions and changelog match the tag', () => {
    expect(releaseProblems({ ...release, changelog: CHANGELOG })).toEqual([])
  })

  it('names every mismatch at once, with the fix', () => {
    const changelog = CHANGELOG.replace('## [Unreleased]\n', '## [Unreleased]\n\n- Pending.\n')
    const problems = releaseProblems({
      tag: 'v1.3.0',
      packageVersion: '1.2.0',
      actionVersion: undefined,
      changelog
    })
    expect(problems).toEqual([
      expect.stringContaining(
        'package.json has version 1.2.0, the tag v1.3.0: run npm version 1.3.0'
      ),
      expect.stringContaining('src/shared/version.ts has ACTION_VERSION (not found)'),
      expect.stringContaining('CHANGELOG.md has no "## [1.3.0] - YYYY-MM-DD" section'),
      expect.stringContaining('still has entries under Unreleased')
    ])
  })

  it('refuses an undated or empty section and a tag that is no release', () => {
    const undated = CHANGELOG.replace('## [1.2.0] - 2026-12-01', '## [1.2.0]')
    expect(releaseProblems({ ...release, changelog: undated })).toEqual([
      expect.stringContaining('heading has no date')
    ])
    const empty = CHANGELOG.replace(/### Added[\s\S]*?(?=## \[1\.1\.0\])/, '')
    expect(releaseProblems({ ...release, changelog: empty })).toEqual([
      "CHANGELOG.md's 1.2.0 section is empty."
    ])
    expect(releaseProblems({ ...release, tag: 'v1.2.0-rc.1', changelog: CHANGELOG })).toEqual([
      expect.stringContaining('is not a release tag')
    ])
  })
})

describe('the repository', () => {
  it('reads ACTION_VERSION from src/shared/version.ts', () => {
    expect(actionVersionOf(readFileSync(join(root, 'src', 'shared', 'version.ts'), 'utf8'))).toBe(
      (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version
    )
  })

  it('dates no version in CHANGELOG.md that no tag holds, but the one being released', () => {
    // The versions tagged so far (none yet): add each one here when its tag is pushed.
    const tagged: string[] = []
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      version: string
    }
    const sections = changelogSections(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'))
    expect(sections[0]?.name).toBe('Unreleased')
    for (const section of sections.slice(1)) {
      expect([...tagged, version]).toContain(section.name)
    }
  })

  it('check prints the outputs, or every problem with exit code 1', () => {
    const run = (tag: string) =>
      spawnSync(process.execPath, [join(root, 'script', 'release.mjs'), 'check', tag], {
        encoding: 'utf8',
        env: { ...process.env, GITHUB_ACTIONS: 'true' }
      })
    const refused = run('v0.0.1')
    expect(refused.status).toBe(1)
    expect(refused.stdout).toBe('')
    expect(refused.stderr).toMatch(/^::error::package\.json has version /)
    expect(refused.stderr).toContain('::error::CHANGELOG.md has no "## [0.0.1] - YYYY-MM-DD"')
    const usage = spawnSync(process.execPath, [join(root, 'script', 'release.mjs')], {
      encoding: 'utf8'
    })
    expect(usage.status).toBe(1)
    expect(usage.stderr).toContain('usage: node script/release.mjs check|notes vX.Y.Z')
  })
})
