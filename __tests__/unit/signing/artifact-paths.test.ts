import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { WORKFLOW_WORDS } from '../../../src/action/words.js'
import { fixIn } from '../../../src/shared/input-words.js'
import { splitArtifactList } from '../../../src/signing/artifact-list.js'
import { findArtifacts, type ArtifactSearch } from '../../../src/signing/artifact-paths.js'

let workspace: string
const FILES = [
  'app/build/outputs/apk/arm64/release/app-arm64-release-1.4.2-signed.apk',
  'app/build/outputs/apk/x86/release/app-x86-release-1.4.2-signed.apk',
  'app/build/outputs/apk/debug/app-debug.apk',
  'app/build/outputs/bundle/release/app-release.aab',
  'app/build/outputs/mapping/release/mapping.txt',
  'app/src/main/AndroidManifest.xml',
  '.gradle/cache/old-release.apk'
]

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'artifact-paths-'))
  for (const file of FILES) {
    mkdirSync(dirname(join(workspace, file)), { recursive: true })
    writeFileSync(join(workspace, file), 'x')
  }
  // A link back up the tree: a walk that followed it would never end.
  symlinkSync(workspace, join(workspace, 'app/build/loop'))
  mkdirSync(join(workspace, 'empty'))
})
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

const shown = (search: ArtifactSearch): string[] =>
  'files' in search ? search.files.map(file => file.shown) : []
const problems = (search: ArtifactSearch): string[] =>
  search.problems.map(problem => fixIn(problem, WORKFLOW_WORDS))

describe('splitArtifactList', () => {
  it('takes newline- and comma-separated paths, trimmed, without empty items', () => {
    expect(splitArtifactList('a.apk, b.apk\r\n\n  c/*.apk ,')).toEqual([
      'a.apk',
      'b.apk',
      'c/*.apk'
    ])
  })
})

describe('findArtifacts', () => {
  it('takes a plain path as it is, without reading the directory', async () => {
    const search = await findArtifacts(
      'app/build/outputs/bundle/release/app-release.aab',
      workspace
    )
    expect(shown(search)).toEqual(['app/build/outputs/bundle/release/app-release.aab'])
    expect('files' in search && search.files[0]?.fullPath).toBe(
      join(workspace, 'app/build/outputs/bundle/release/app-release.aab')
    )
  })

  it('expands a pattern with version numbers and per-ABI splits, sorted', async () => {
    const search = await findArtifacts('app/build/outputs/**/*-release*.apk', workspace)
    expect(problems(search)).toEqual([])
    expect(shown(search)).toEqual([
      'app/build/outputs/apk/arm64/release/app-arm64-release-1.4.2-signed.apk',
      'app/build/outputs/apk/x86/release/app-x86-release-1.4.2-signed.apk'
    ])
  })

  it('takes absolute patterns, and skips dot directories unless the pattern names one', async () => {
    expect(shown(await findArtifacts(`${workspace}/**/*.aab`, workspace))).toEqual([
      'app/build/outputs/bundle/release/app-release.aab'
    ])
    expect(shown(await findArtifacts('**/old-*.apk', workspace))).toEqual([])
    expect(shown(await findArtifacts('.gradle/**/*.apk', workspace))).toEqual([
      '.gradle/cache/old-release.apk'
    ])
  })

  it('does not go deeper than a pattern without **', async () => {
    const search = await findArtifacts('app/*/outputs/*/*/release/*.apk', workspace)
    expect(shown(search)).toHaveLength(2)
    expect(problems(await findArtifacts('app/*.apk', workspace))[0]).toMatch(/^no file matches/)
  })

  it('reads several paths and patterns in one value, each file once', async () => {
    const search = await findArtifacts(
      'app/build/outputs/bundle/release/app-release.aab,\napp/build/outputs/apk/*/release/*.apk\n' +
        'app/build/outputs/apk/x86/release/app-x86-release-1.4.2-signed.apk',
      workspace
    )
    expect(shown(search)).toEqual([
      'app/build/outputs/apk/arm64/release/app-arm64-release-1.4.2-signed.apk',
      'app/build/outputs/apk/x86/release/app-x86-release-1.4.2-signed.apk',
      'app/build/outputs/bundle/release/app-release.aab'
    ])
  })

  it('no match: names the pattern, the directory searched and the artifacts nearest first', async () => {
    const search = await findArtifacts('app/build/outputs/**/*-universal.apk', workspace)
    expect(shown(search)).toEqual([])
    expect(problems(search)).toEqual([
      `no file matches app/build/outputs/**/*-universal.apk (searched ${workspace}/app/build/outputs); ` +
        '.apk/.aab files nearby: app/build/outputs/apk/debug/app-debug.apk, ' +
        'app/build/outputs/bundle/release/app-release.aab, ' +
        'app/build/outputs/apk/arm64/release/app-arm64-release-1.4.2-signed.apk, ' +
        'app/build/outputs/apk/x86/release/app-x86-release-1.4.2-signed.apk; check the pattern, and that the step ' +
        'that builds and signs the app ran before this one'
    ])
  })

  it('no match where nothing was built: says there is no artifact at all', async () => {
    const search = await findArtifacts('empty/**/*.apk', workspace)
    expect(problems(search)[0]).toMatch(
      new RegExp(
        `^no file matches empty/\\*\\*/\\*\\.apk \\(searched ${workspace}/empty\\); \\.apk/\\.aab files nearby: app/`
      )
    )
    const bare = mkdtempSync(join(tmpdir(), 'artifact-paths-bare-'))
    try {
      expect(problems(await findArtifacts('out/*.apk', bare))[0]).toContain(
        `; there is no .apk or .aab file under ${bare};`
      )
    } finally {
      rmSync(bare, { recursive: true })
    }
  })

  it('a missing plain path: where it looked, the artifacts nearby, and the path fix', async () => {
    const search = await findArtifacts('app/build/outputs/apk/release/app-release.apk', workspace)
    expect(problems(search)).toEqual([
      expect.stringMatching(
        /^app\/build\/outputs\/apk\/release\/app-release\.apk does not exist \(looked in .*\/app\/build\/outputs\/apk\/release\); \.apk\/\.aab files nearby: app\/build\/outputs\/apk\/debug\/app-debug\.apk, .*; give the path of the signed file, relative to the workspace/
      )
    ])
  })

  it('a directory: lists the artifacts in it and suggests a pattern', async () => {
    const search = await findArtifacts('app/build/outputs/apk/', workspace)
    expect(problems(search)).toEqual([
      'app/build/outputs/apk/ is a directory; the artifacts in it: ' +
        'app/build/outputs/apk/debug/app-debug.apk, ' +
        'app/build/outputs/apk/arm64/release/app-arm64-release-1.4.2-signed.apk, ' +
        'app/build/outputs/apk/x86/release/app-x86-release-1.4.2-signed.apk; name the signed ' +
        'file, or give a pattern such as app/build/outputs/apk/**/*.apk'
    ])
    expect(problems(await findArtifacts('empty', workspace))[0]).toBe(
      'empty is a directory; it holds no .apk or .aab file; name the signed file, or give a ' +
        'pattern such as empty/**/*.apk'
    )
  })

  it('a value of separators only names no file', async () => {
    expect(problems(await findArtifacts(' ,\n, ', workspace))).toEqual([
      'names no file; give the path or pattern of the signed .apk or .aab'
    ])
  })

  it('stops a pattern over a huge tree at the visit cap, and says so', async () => {
    const search = await findArtifacts('**/*.apk', workspace, { maxVisited: 5, maxArtifacts: 32 })
    expect(problems(search)).toEqual([
      `**/*.apk: stopped after visiting 5 files and directories under ${workspace} without ` +
        'finishing; start the pattern with the directory that holds the artifacts, such as ' +
        'app/build/outputs/**/*.apk'
    ])
  })

  it('refuses more files than one run reads', async () => {
    const search = await findArtifacts('app/**/*.apk', workspace, {
      maxVisited: 1000,
      maxArtifacts: 2
    })
    expect(problems(search)).toEqual([
      'names 3 files, more than the 2 one run reads; narrow the pattern to the signed release artifacts'
    ])
  })

  it('escapes control characters in names it lists, so no line becomes a workflow command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'artifact-paths-odd-'))
    try {
      writeFileSync(join(dir, 'evil\n::error::x.apk'), 'x')
      const search = await findArtifacts('nothing/*.apk', dir)
      expect(problems(search)[0]).toContain('nearby: evil\\n::error::x.apk;')
      expect(problems(search)[0]).not.toContain('\n')
      const found = await findArtifacts('*.apk', dir)
      expect(shown(found)).toEqual(['evil\\n::error::x.apk'])
    } finally {
      rmSync(dir, { recursive: true })
    }
  })
})
