// npm run bench: how much the action costs next to a bare `node -e 0` on the same Node 24 binary.
// Runs alternate (bare, action, bare, action, …) so drift on the machine hits both alike, and the
// medians are compared. Measures (1) start-up: a dry run with every input validated, (2) a
// full run against the local fake Amazon, with its requests and TCP connections, (3) a dry run
// reading a small signed APK next to the same app padded to 1.1 GB (built into a temporary
// directory by pad-apk.mjs, deleted after): the time ratio and the peak memory of both, and
// (4) the CLI's start-up: a dry run through the package's bin, dist/cli.cjs (what
// `npx appstore-devtest` runs; no @actions/core), of inputs given on the command line, so what is
// timed is the CLI itself: Node's start, the bundle, the flags, the checks and the plan; and (5)
// the CLI's dry run of the same inputs as (1), which adds what reading those files costs: the
// yaml parser for the tester list (about 0.5× bare Node for the 9-line sample, its load and its
// first parse; js-yaml costs the same) and node:crypto with the X.509 parse for the certificate
// (about 0.3×). Its target guards against regressions; the 1.3× is (4).
import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startFakeAmazon } from '../fake-amazon/server.mjs'
import { padApk } from '../__tests__/support/pad-apk.mjs'
import { node24, root, runAction, sampleInputs } from '../__tests__/support/run-action.mjs'
import { binPath, runCli, sampleCommand } from '../__tests__/support/run-cli.mjs'

const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const TARGETS = {
  startup: 3.2,
  full: 3.8,
  cliStartup: 1.3,
  cliFiles: 2.3,
  requests: 3,
  connections: 2,
  largeApkRatio: 1.2,
  largeApkExtraMb: 32
}

function bareNode() {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(node24, ['-e', '0'], { stdio: 'ignore' })
    child.on('error', reject)
    child.on('close', () => resolve(Number(process.hrtime.bigint() - started) / 1e6))
  })
}

const median = values => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const fake = await startFakeAmazon()
const inputs = sampleInputs(fake)

async function measure(name, runOnce) {
  const bare = []
  const action = []
  await bareNode() // warm the file cache for both
  await runOnce()
  for (let i = 0; i < RUNS; i++) {
    bare.push(await bareNode())
    action.push(await runOnce())
  }
  return { name, bare: median(bare), action: median(action), ratio: median(action) / median(bare) }
}

let failures = 0
const check = (ok, text) => {
  if (!ok) failures++
  return `${text} ${ok ? 'ok' : 'OVER TARGET'}`
}

try {
  const startup = await measure('start-up (dry run)', async () => {
    const run = await runAction({ workspace: root, inputs: { ...inputs, 'dry-run': 'true' } })
    if (run.exitCode !== 0) throw new Error(`dry run failed:\n${run.stdout}${run.stderr}`)
    return run.durationMs
  })
  const cliDryRun = command => async () => {
    const run = await runCli({ ...command, entry: binPath, cwd: root })
    if (run.exitCode !== 0) throw new Error(`CLI dry run failed:\n${run.stdout}${run.stderr}`)
    return run.durationMs
  }
  const cliStartup = await measure(
    'CLI start-up (dry run)',
    cliDryRun(
      sampleCommand({
        'app-id': inputs['app-id'],
        'track-id': 'bench-track',
        testers: 'Ada Lovelace <ada@example.com>\ngrace@example.com\nlinus@example.org',
        'dry-run': 'true'
      })
    )
  )
  const cliFiles = await measure(
    'CLI dry run, files',
    cliDryRun(sampleCommand({ ...inputs, 'dry-run': 'true' }))
  )
  const requestCounts = []
  const connectionCounts = []
  const full = await measure('full run (local fake)', async () => {
    fake.reset()
    const run = await runAction({ workspace: root, inputs })
    if (run.exitCode !== 0) throw new Error(`full run failed:\n${run.stdout}${run.stderr}`)
    requestCounts.push(fake.requests.length)
    connectionCounts.push(fake.connectionCount)
    return run.durationMs
  })
  const requests = Math.max(...requestCounts)
  const connections = Math.max(...connectionCounts)

  console.log(`Node ${node24}, ${RUNS} alternating runs each, medians\n`)
  console.log('measure                  bare node      run    ratio   target')
  for (const [result, target] of [
    [startup, TARGETS.startup],
    [full, TARGETS.full],
    [cliStartup, TARGETS.cliStartup],
    [cliFiles, TARGETS.cliFiles]
  ]) {
    console.log(
      check(
        result.ratio <= target,
        `${result.name.padEnd(24)} ${result.bare.toFixed(1).padStart(7)} ms ${result.action.toFixed(1).padStart(7)} ms ` +
          `${result.ratio.toFixed(2).padStart(6)}×  ≤ ${target}×`
      )
    )
  }
  console.log(
    check(
      requests <= TARGETS.requests,
      `requests per full run:    ${requests} (target ${TARGETS.requests})`
    )
  )
  console.log(
    check(
      connections <= TARGETS.connections,
      `connections per full run: ${connections} (target ${TARGETS.connections})`
    )
  )
  const apk = await measureLargeApk(inputs)
  console.log(
    check(
      apk.ratio <= TARGETS.largeApkRatio,
      `dry run, 1.1 GB APK vs ${apk.smallKb} kB: ${apk.small.toFixed(1)} ms vs ${apk.large.toFixed(1)} ms, ` +
        `${apk.ratio.toFixed(2)}× (target ≤ ${TARGETS.largeApkRatio}×)`
    )
  )
  console.log(
    check(
      apk.largeRssMb - apk.smallRssMb <= TARGETS.largeApkExtraMb,
      `peak memory, 1.1 GB APK vs small: ${apk.largeRssMb.toFixed(1)} MB vs ${apk.smallRssMb.toFixed(1)} MB ` +
        `(target ≤ +${TARGETS.largeApkExtraMb} MB)`
    )
  )
  if (failures > 0) process.exitCode = 1
} finally {
  await fake.close()
}

/**
 * Dry runs reading apk from two workspaces, alternating: one with the committed all-schemes.apk,
 * one with the same app padded to 1.1 GB. Peak RSS comes from the child itself: a wrapper
 * records process.resourceUsage().maxRSS at exit, then the action runs as usual.
 */
async function measureLargeApk(sample) {
  const dir = mkdtempSync(join(tmpdir(), 'devtest-bench-apk-'))
  try {
    const fixture = join(root, '__tests__/fixtures/apk/all-schemes.apk')
    const small = join(dir, 'small')
    const large = join(dir, 'large')
    mkdirSync(small)
    mkdirSync(large)
    copyFileSync(fixture, join(small, 'app-release.apk'))
    padApk(fixture, join(large, 'app-release.apk'), 1_100_000_000)
    const rssFile = join(dir, 'rss')
    const wrapper = join(dir, 'measure-rss.mjs')
    writeFileSync(
      wrapper,
      `import { writeFileSync } from 'node:fs'\n` +
        `process.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)))\n` +
        `await import(${JSON.stringify(pathToFileURL(join(root, 'dist/index.js')).href)})\n`
    )
    const inputs = {
      'app-id': sample['app-id'],
      'testers-file': join(root, 'script/demo-testers.yaml'),
      apk: 'app-release.apk',
      'dry-run': 'true'
    }
    const once = async workspace => {
      const run = await runAction({ workspace, inputs, script: wrapper })
      if (run.exitCode !== 0) throw new Error(`dry run failed:\n${run.stdout}${run.stderr}`)
      return { ms: run.durationMs, rssKb: Number(readFileSync(rssFile, 'utf8')) }
    }
    await once(small) // warm the file cache for both
    await once(large)
    const smallRuns = []
    const largeRuns = []
    for (let i = 0; i < RUNS; i++) {
      smallRuns.push(await once(small))
      largeRuns.push(await once(large))
    }
    const smallMs = median(smallRuns.map(r => r.ms))
    const largeMs = median(largeRuns.map(r => r.ms))
    return {
      smallKb: Math.round(readFileSync(fixture).length / 1000),
      small: smallMs,
      large: largeMs,
      ratio: largeMs / smallMs,
      smallRssMb: Math.max(...smallRuns.map(r => r.rssKb)) / 1024,
      largeRssMb: Math.max(...largeRuns.map(r => r.rssKb)) / 1024
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
