// npm run bench: how much the action costs next to a bare `node -e 0` on the same Node 24 binary.
// Runs alternate (bare, action, bare, action, …) so drift on the machine hits both alike, and the
// medians are compared. Measures (1) start-up: a dry run with every input validated, (2) a full
// run against the local fake Amazon, with its requests and TCP connections, and (3) the CLI's
// start-up: the same dry run through dist/cli.js, which has no @actions/core to load.
import { spawn } from 'node:child_process'
import { startFakeAmazon } from '../fake-amazon/server.mjs'
import { node24, root, runAction, sampleInputs } from './run-action.mjs'
import { runCli, sampleCommand } from './run-cli.mjs'

const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const TARGETS = { startup: 3.2, full: 3.8, cliStartup: 1.3, requests: 3, connections: 2 }

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
  const dryCommand = sampleCommand({ ...inputs, 'dry-run': 'true' })
  const cliStartup = await measure('CLI start-up (dry run)', async () => {
    const run = await runCli({ ...dryCommand, cwd: root })
    if (run.exitCode !== 0) throw new Error(`CLI dry run failed:\n${run.stdout}${run.stderr}`)
    return run.durationMs
  })
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
  console.log('measure                  bare node   action    ratio   target')
  for (const [result, target] of [
    [startup, TARGETS.startup],
    [full, TARGETS.full],
    [cliStartup, TARGETS.cliStartup]
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
  if (failures > 0) process.exitCode = 1
} finally {
  await fake.close()
}
