// Finds the files the apk input names: one path, a glob pattern, or several of either separated
// by newlines or commas (as signing steps output them). Only the file system is read here; the
// artifacts themselves are opened by the caller. Over 250 lines because a search that finds
// nothing says where it looked and which artifacts are nearby, which is a walk of its own.
import { opendir as openDirectory, stat as statPath } from 'node:fs'
import nodePath, { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { PlatformPath } from 'node:path'
import { promisify } from 'node:util'
import { ARTIFACT_NAME, PATTERN_CHARACTER, splitArtifactList } from './artifact-list.js'
import type { Worded } from '../shared/input-words.js'
import { untrustedText } from '../shared/mask.js'

// Through node:fs, loaded with Node itself, rather than node:fs/promises (see input-file.ts).
const opendir = promisify(openDirectory)
const stat = promisify(statPath)

/** A file an apk value named: its full path, and how to show it (escaped, workspace-relative). */
export interface ArtifactPath {
  fullPath: string
  shown: string
}

export type ArtifactSearch = { files: ArtifactPath[]; problems: [] } | { problems: Worded[] }

/** Entries a pattern's walk may visit; a pattern over a huge tree stops there, and says so. */
export const MAX_VISITED = 100_000
/** Files one apk value may name: per-ABI and per-density splits are a few dozen at most. */
export const MAX_ARTIFACTS = 32
/** Artifacts listed as "nearby" when nothing matched. */
const NEARBY_LISTED = 5
/** Entries the "nearby" listing may visit. */
const NEARBY_VISITED = 20_000

/** The bounds, replaceable by tests. */
export interface SearchLimits {
  maxVisited: number
  maxArtifacts: number
}

export async function findArtifacts(
  value: string,
  workspace: string,
  limits: SearchLimits = { maxVisited: MAX_VISITED, maxArtifacts: MAX_ARTIFACTS }
): Promise<ArtifactSearch> {
  const items = splitArtifactList(value)
  if (items.length === 0) {
    return { problems: ['names no file; give the path or pattern of the signed .apk or .aab'] }
  }
  const problems: Worded[] = []
  const found = new Map<string, ArtifactPath>()
  for (const item of items) {
    const result = PATTERN_CHARACTER.test(item)
      ? await expandPattern(item, workspace, limits.maxVisited)
      : await checkPath(item, workspace)
    if (!Array.isArray(result)) {
      problems.push(result)
      continue
    }
    for (const fullPath of result)
      found.set(fullPath, { fullPath, shown: show(fullPath, workspace) })
  }
  if (problems.length > 0) return { problems }
  if (found.size > limits.maxArtifacts) {
    return {
      problems: [
        `names ${found.size} files, more than the ${limits.maxArtifacts} one run reads; ` +
          'narrow the pattern to the signed release artifacts'
      ]
    }
  }
  const files = [...found.values()].sort((a, b) => (a.shown < b.shown ? -1 : 1))
  return { files, problems: [] }
}

/** A path as the user sees it: relative to the workspace when inside it, escaped. */
function show(fullPath: string, workspace: string): string {
  const inside = relative(workspace, fullPath)
  const shown = inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : fullPath
  return untrustedText(shown, 300)
}

async function checkPath(path: string, workspace: string): Promise<string[] | Worded> {
  const fullPath = isAbsolute(path) ? path : resolve(workspace, path)
  const shown = untrustedText(path, 300)
  let isDirectory: boolean
  try {
    isDirectory = (await stat(fullPath)).isDirectory()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return [fullPath] // opening it will say why
    const near = await nearbyArtifacts(dirname(fullPath), workspace)
    const looked = `${shown} does not exist (looked in ${untrustedText(dirname(fullPath), 300)})${near}`
    const shownWorkspace = untrustedText(workspace, 300)
    return w =>
      `${looked}; give the path of the signed file, relative to ${w.workspace} ` +
      `(${shownWorkspace}) or absolute, or a pattern such as app/build/outputs/**/*.apk`
  }
  if (!isDirectory) return [fullPath]
  const inside = await artifactsUnder(fullPath, workspace, NEARBY_VISITED)
  const listing =
    inside.length > 0
      ? `; the artifacts in it: ${inside.join(', ')}`
      : '; it holds no .apk or .aab file'
  let directory = shown
  // A trailing separator either way (app\build\ on Windows).
  while (directory.endsWith('/') || directory.endsWith('\\')) directory = directory.slice(0, -1)
  const example = `${directory}/**/*.apk`
  return `${shown} is a directory${listing}; name the signed file, or give a pattern such as ${example}`
}

async function expandPattern(
  pattern: string,
  workspace: string,
  maxVisited: number
): Promise<string[] | string> {
  // Loaded only for patterns, so a plain path costs no start-up.
  const { default: picomatch } = await import('picomatch')
  const { absolute, nocase } = patternOf(pattern, workspace)
  const { base, glob } = picomatch.scan(absolute)
  const root = searchRoot(base)
  const isMatch = picomatch(absolute, { dot: false, nocase })
  // Without **, nothing deeper than the pattern's own segments can match.
  const maxDepth = /\*\*|\{/.test(glob) ? Infinity : glob.split('/').length
  const enterDotDirectories = /(^|\/)\./.test(glob)
  const matches: string[] = []
  const walked = await walk(root, { maxDepth, limit: maxVisited, enterDotDirectories }, path => {
    if (isMatch(toSlashes(path))) matches.push(path)
    return true
  })
  const shownPattern = untrustedText(pattern, 300)
  const searched = untrustedText(root, 300)
  if (walked === 'limit') {
    return (
      `${shownPattern}: stopped after visiting ${maxVisited} files and directories under ` +
      `${searched} without finishing; start the pattern with the directory that holds the ` +
      'artifacts, such as app/build/outputs/**/*.apk'
    )
  }
  if (matches.length > 0) return matches
  const near = await nearbyArtifacts(root, workspace)
  return (
    `no file matches ${shownPattern} (searched ${searched})${near}; check the pattern, and that ` +
    'the step that builds and signs the app ran before this one'
  )
}

function toSlashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}

/** How far a walk goes: levels below root, entries visited, and whether .dir are entered. */
interface WalkLimits {
  maxDepth: number
  limit: number
  enterDotDirectories: boolean
}

/**
 * An apk pattern as picomatch reads it: absolute, in forward slashes. On Windows a backslash is
 * a separator (app\build\**\*.apk, D:\a\repo\repo\…), never a glob escape, and D:/a/… keeps
 * its drive. The match ignores case where the file system does by default (Windows, macOS):
 * there app-release.APK is a file the pattern *.apk names, as a plain path to it would be.
 */
export function patternOf(
  pattern: string,
  workspace: string,
  path: PlatformPath = nodePath,
  platform: NodeJS.Platform = process.platform
): { absolute: string; nocase: boolean } {
  const absolute = path.isAbsolute(pattern) ? pattern : path.join(workspace, pattern)
  return {
    absolute: path.sep === '/' ? absolute : absolute.split(path.sep).join('/'),
    nocase: platform === 'win32' || platform === 'darwin'
  }
}

/** The directory a pattern's walk starts from: a drive's root is D:/ (D: alone is its cwd). */
export function searchRoot(base: string): string {
  if (base === '') return '/'
  return /^[A-Za-z]:$/.test(base) ? `${base}/` : base
}

/**
 * Breadth-first walk of the files under root, nearest first, calling onFile for each regular file
 * (or symlink to one) until it returns false. Symlinked directories are not entered (a link loop
 * or a link out of the tree would walk forever), dot directories only when asked. Stops after
 * limit entries: 'limit' then, else 'done'.
 */
async function walk(
  root: string,
  { maxDepth, limit, enterDotDirectories }: WalkLimits,
  onFile: (path: string) => boolean
): Promise<'done' | 'limit' | 'stopped'> {
  let visited = 0
  let level = [root]
  for (let depth = 1; level.length > 0 && depth <= maxDepth; depth++) {
    const next: string[] = []
    for (const directory of level) {
      const files: string[] = []
      try {
        // Leaving the for-await loop closes the directory.
        for await (const entry of await opendir(directory)) {
          if (++visited > limit) return 'limit'
          const path = join(directory, entry.name)
          let isFile = entry.isFile()
          if (entry.isSymbolicLink()) {
            isFile = await stat(path).then(
              s => s.isFile(),
              () => false
            )
          }
          if (isFile) files.push(path)
          else if (entry.isDirectory() && (enterDotDirectories || !entry.name.startsWith('.'))) {
            next.push(path)
          }
        }
      } catch {
        continue // unreadable or gone: nothing to find there
      }
      for (const path of files.sort()) if (!onFile(path)) return 'stopped'
    }
    level = next.sort()
  }
  return 'done'
}

/** Up to a handful of .apk/.aab files under directory, nearest first, as shown paths. */
async function artifactsUnder(
  directory: string,
  workspace: string,
  limit: number
): Promise<string[]> {
  const found: string[] = []
  await walk(directory, { maxDepth: Infinity, limit, enterDotDirectories: false }, path => {
    if (ARTIFACT_NAME.test(path)) found.push(show(path, workspace))
    return found.length < NEARBY_LISTED
  })
  return found
}

/**
 * "; .apk/.aab files nearby: …" from the nearest existing directory at or above start (not above
 * the workspace when start is inside it), or "; there is no .apk or .aab file under …".
 */
async function nearbyArtifacts(start: string, workspace: string): Promise<string> {
  let directory = start
  const insideWorkspace = !relative(workspace, start).startsWith('..')
  for (;;) {
    const isDirectory = await stat(directory).then(
      s => s.isDirectory(),
      () => false
    )
    const parent = dirname(directory)
    if (isDirectory || parent === directory || (insideWorkspace && directory === workspace)) break
    directory = parent
  }
  let found = await artifactsUnder(directory, workspace, NEARBY_VISITED)
  if (found.length === 0 && insideWorkspace && directory !== workspace) {
    directory = workspace
    found = await artifactsUnder(workspace, workspace, NEARBY_VISITED)
  }
  return found.length > 0
    ? `; .apk/.aab files nearby: ${found.join(', ')}`
    : `; there is no .apk or .aab file under ${untrustedText(directory, 300)}`
}
