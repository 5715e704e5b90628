// The docs work as written. Every shell block of the from-zero guide (docs/getting-started.md)
// runs, in order, in one POSIX shell in a temporary directory, against the local fake of Amazon;
// a block that cannot run here says why in a guide-test marker. Every relative link and anchor in
// the docs resolves, and every workflow snippet uses only this action's real inputs and outputs.
import { describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { readActionMetadata } from '../../script/lib/action-metadata.mjs'
import { fencedBlocks, headingAnchors, prose, relativeLinks } from '../support/markdown.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const read = (path: string): string => readFileSync(join(root, path), 'utf8')
const GUIDE = 'docs/getting-started.md'
const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  'SECURITY.md',
  'CHANGELOG.md',
  ...readdirSync(join(root, 'docs'))
    .filter(name => name.endsWith('.md'))
    .map(name => `docs/${name}`)
]
const ACTION = 'appstore-devtest-action/appstore-devtest-action@'

/** Single-quoted for a POSIX shell. */
const quoted = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`

/**
 * What the test does in place of a block marked `stand-in <name>`, as shell commands run at that
 * point of the script. checkout: the clone of this repository with its dependencies installed,
 * made of links to this checkout's files (no GitHub, no registry, and nothing here is changed).
 */
const STAND_INS: Record<string, () => string> = {
  checkout: () => {
    const entries = readdirSync(root).filter(name => name !== '.git')
    return [
      'mkdir appstore-devtest-action',
      ...entries.map(
        name => `ln -s ${quoted(join(root, name))} appstore-devtest-action/${quoted(name)}`
      )
    ].join('\n')
  }
}

/** The guide's shell blocks as one script; each block announces itself on stderr first. */
function guideScript(markdown: string): { script: string; ran: number; marked: number } {
  const parts: string[] = []
  let ran = 0
  let marked = 0
  for (const block of fencedBlocks(markdown).filter(block => block.language === 'sh')) {
    parts.push(`printf '\\n[guide block at line %s]\\n' ${block.line} >&2`)
    if (block.marker === undefined) {
      parts.push(block.text)
      ran++
      continue
    }
    marked++
    if (block.marker.kind === 'stand-in') {
      const standIn = STAND_INS[block.marker.name]
      if (!standIn) throw new Error(`line ${block.line}: no stand-in named ${block.marker.name}`)
      parts.push(standIn())
    }
  }
  return { script: parts.join('\n'), ran, marked }
}

function hasCommand(name: string, path = process.env.PATH ?? ''): boolean {
  const env = { ...process.env, PATH: path }
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore', env }).status === 0
}

/**
 * PATH for the guide's shell: the test's own, then the newest Android SDK build-tools when
 * apksigner is not on it (GitHub's runners have the SDK, with build-tools off PATH), as the
 * guide tells its reader to use either.
 */
function guidePath(): string {
  const path = process.env.PATH ?? ''
  const sdk = process.env.ANDROID_HOME ?? process.env.ANDROID_SDK_ROOT
  if (hasCommand('apksigner', path) || !sdk || !existsSync(join(sdk, 'build-tools'))) return path
  const versions = readdirSync(join(sdk, 'build-tools'))
    .filter(version => existsSync(join(sdk, 'build-tools', version, 'apksigner')))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  const newest = versions.at(-1)
  return newest === undefined ? path : `${path}:${join(sdk, 'build-tools', newest)}`
}

const PATH = guidePath()

/** Tools the guide's blocks call that a bare machine may lack, with how to get each. */
const TOOLS: Record<string, string> = {
  openssl: 'apt-get install openssl',
  apksigner: 'apt-get install apksigner, or set ANDROID_HOME to an SDK with build-tools'
}
const missing = Object.keys(TOOLS).filter(tool => !hasCommand(tool, PATH))
const skipReason = missing.map(tool => `${tool} is not on PATH (${TOOLS[tool]})`).join('; ')
// CI sets GUIDE_TEST_REQUIRE_TOOLS=1: there a missing tool fails, so the guide is never
// silently left unrun.
if (missing.length > 0 && process.env.GUIDE_TEST_REQUIRE_TOOLS === '1')
  throw new Error(`guide.test.ts cannot run the guide: ${skipReason}`)
if (missing.length > 0) console.warn(`guide.test.ts: the guide run is skipped: ${skipReason}`)
const itWithTools = missing.length > 0 ? it.skip : it

interface Finished {
  code: number | null
  output: string
}

function runShell(script: string, cwd: string): Promise<Finished> {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH }
  delete env.INIT_CWD // npm sets it for the jest run; the guide's npm run must set its own
  const child = spawn('sh', ['-eu', '-c', script], { cwd, env })
  let output = ''
  child.stdout.on('data', chunk => (output += chunk))
  child.stderr.on('data', chunk => (output += chunk))
  // A wide bound, so a hang fails the test instead of stalling the suite.
  const killer = setTimeout(() => child.kill('SIGKILL'), 150_000)
  return new Promise(resolve =>
    child.on('close', code => {
      clearTimeout(killer)
      resolve({ code, output })
    })
  )
}

describe('guide-test markers', () => {
  it('mark the block that follows, and a stray or malformed marker is an error', () => {
    const text =
      '<!-- guide-test: skip: needs GitHub -->\n\n```sh\ngit clone x\n```\n\n```sh\nls\n```\n'
    expect(fencedBlocks(text).map(block => block.marker)).toEqual([
      { kind: 'skip', name: '', reason: 'needs GitHub' },
      undefined
    ])
    expect(() => fencedBlocks('<!-- guide-test: skip: why -->\ntext\n```sh\nls\n```\n')).toThrow(
      'no block after it'
    )
    expect(() => fencedBlocks('<!-- guide-test: skip -->\n```sh\nls\n```\n')).toThrow('malformed')
    expect(() =>
      guideScript('<!-- guide-test: stand-in nothing: why -->\n```sh\nls\n```\n')
    ).toThrow('no stand-in named nothing')
  })

  it('leave every shell block of the guide to run but those that say why not', () => {
    const { ran, marked } = guideScript(read(GUIDE))
    expect(ran).toBeGreaterThanOrEqual(6)
    for (const block of fencedBlocks(read(GUIDE)).filter(block => block.marker))
      expect(block.marker?.reason.length).toBeGreaterThan(20)
    expect(marked).toBeLessThanOrEqual(1)
  })
})

describe(`${GUIDE}, run as written`, () => {
  const guide = read(GUIDE)

  it('names the Node versions package.json supports', () => {
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node
    expect(guide).toContain(`Node \`${engines}\``)
  })

  itWithTools(
    `passes every shell block against the local fake${missing.length > 0 ? ` (skipped: ${skipReason})` : ''}`,
    async () => {
      const green =
        /The run is green when the step log says `([^`]+)` and\s+the\s+last\s+line\s+ends\s+with\s+`([^`]+)`/.exec(
          guide
        )
      expect(green).not.toBeNull()
      const [, logLine = '', lastLine = ''] = green ?? []
      const directory = mkdtempSync(join(tmpdir(), 'devtest-guide-'))
      try {
        const run = await runShell(guideScript(guide).script, directory)
        expect({ code: run.code, tail: run.output.slice(-3000) }).toEqual({
          code: 0,
          tail: expect.any(String)
        })
        expect(run.output).toContain(logLine)
        expect(run.output).toMatch(
          new RegExp(`${lastLine.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`)
        )
        // umask 077 came before mkdir: the folder that held the private key is the user's alone.
        const signing = join(directory, 'devtest-signing')
        expect(statSync(signing).mode & 0o077).toBe(0)
        // Step 6 deleted what holds the key, and kept the public certificate.
        for (const file of ['devtest-key.pem', 'devtest.p12', 'devtest.p12.base64.txt'])
          expect(existsSync(join(signing, file))).toBe(false)
        expect(existsSync(join(signing, 'devtest-cert.pem'))).toBe(true)
        expect(existsSync(join(signing, 'app-devtest.apk'))).toBe(true)
      } finally {
        rmSync(directory, { recursive: true, force: true })
      }
    },
    180_000
  )
})

describe.each(DOCS)('%s', path => {
  const text = read(path)

  it('has relative links that resolve, anchors included', () => {
    const broken: string[] = []
    for (const link of relativeLinks(text)) {
      const [file = '', anchor] = link.target.split('#')
      const target = file === '' ? join(root, path) : join(root, dirname(path), file)
      if (!existsSync(target)) {
        broken.push(`line ${link.line}: ${link.target} (no ${relative(root, target)})`)
      } else if (
        anchor !== undefined &&
        !headingAnchors(readFileSync(target, 'utf8')).has(anchor)
      ) {
        broken.push(`line ${link.line}: ${link.target} (no heading for #${anchor})`)
      }
    }
    expect(broken).toEqual([])
  })

  it("uses only this action's inputs and outputs in its workflow snippets", () => {
    const metadata = readActionMetadata()
    const inputs = new Set(metadata.inputs.map(input => input.name))
    const outputs = new Set(metadata.outputs.map(output => output.name))
    const wrong: string[] = []
    for (const block of fencedBlocks(text).filter(block => block.language === 'yaml')) {
      const steps: { id?: string; with?: Record<string, unknown> }[] = []
      const visit = (value: unknown): void => {
        if (Array.isArray(value)) value.forEach(visit)
        else if (value && typeof value === 'object') {
          const record = value as Record<string, unknown>
          if (typeof record.uses === 'string' && record.uses.startsWith(ACTION)) steps.push(record)
          Object.values(record).forEach(visit)
        }
      }
      visit(parse(block.text))
      for (const step of steps)
        for (const name of Object.keys(step.with ?? {}))
          if (!inputs.has(name)) wrong.push(`line ${block.line}: input ${name}`)
      const ids = new Set(steps.map(step => step.id).filter(id => id !== undefined))
      for (const match of block.text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g))
        if (ids.has(match[1] ?? '') && !outputs.has(match[2] ?? ''))
          wrong.push(`line ${block.line}: output ${match[2]}`)
    }
    for (const match of prose(text).matchAll(/steps\.devtest\.outputs\.([\w-]+)/g))
      if (!outputs.has(match[1] ?? '')) wrong.push(`prose: output ${match[1]}`)
    expect(wrong).toEqual([])
  })
})

describe('README.md', () => {
  const readme = read('README.md')

  it('reaches a working uses: block within its first 60 lines, ending with the upload', () => {
    const [first] = fencedBlocks(readme).filter(block => block.language === 'yaml')
    expect(first?.line).toBeLessThan(60)
    const lines = (first?.text ?? '').split('\n')
    expect(lines.length).toBeGreaterThanOrEqual(10)
    expect(lines.length).toBeLessThanOrEqual(15)
    expect(first?.text).toContain(ACTION)
    expect(lines.at(-1)?.trim()).toBe('path: ${{ steps.devtest.outputs.artifactPaths }}')
  })

  it('stays short, and says the credentials are needed for every real run', () => {
    expect(readme.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(1500)
    expect(prose(readme)).toMatch(/Every real\s+run also needs `client-id` and `client-secret`/)
  })
})
