// npm run bench: how much the action and the CLI cost next to a bare `node -e 0` on the same
// Node 24 binary. Runs alternate (bare, run, bare, run, …) so drift on the machine hits both alike,
// and the medians are compared. The rows, with the targets of issue 18:
//   floor       @actions/core imported alone, bundled by ncc as the action is (ES module, the
//               project's tsconfig, so undici is deferred the same way), built into a temporary
//               directory here: the least any action on this stack can cost;
//   start-up    the action with no inputs, which ends at the first input check, against the
//               floor measured in the same alternation (≤ 1.05× the floor);
//   dry         the action's dry run, every input checked (PEM certificate, two tester groups);
//   full        a full run against the local fake Amazon (token, register, testers), with its
//               requests (3) and TCP connections (2);
//   cli-yaml    the CLI's dry run through the package's bin, --certificate-file and a YAML
//               --testers-file, the case a laptop or a GitLab job runs;
//   cli-text    the same with a plain-text tester file;
//   cli-inline  the CLI with every input on the command line (no file, no certificate);
//   apk         a dry run reading a small signed APK next to the same app padded to 1.1 GB
//               (built into a temporary directory by pad-apk.mjs, deleted after): the time ratio
//               and the peak memory of both.
// BENCH_ROWS=start-up,cli-text (comma-separated) runs only those rows; BENCH_RUNS sets the number
// of alternating runs (15). The CLI's first, untimed run fills Node's compile cache, so the timed
// runs are second runs, as on a developer's machine.
// Where the time goes (valgrind --tool=callgrind, Node 24, 2026-12-02: main-thread instructions,
// node::LoadEnvironment and the event loop after it; bare Node's main thread is about 16 M of its
// 90 M in all). A background thread loads the bundled root certificates (43 M) in every run
// that loads node:tls, the floor's too: it is the same in every row.
//   floor        @actions/core loaded: 67 M. The action's start-up is 88 M: compiling the
//                bundle (17 M against the floor's 10 M) and the functions a refused run calls
//                (15 M against 5 M). The readers of certificates, APKs, files and tester lists
//                load only when an input names one (272 kB of bundle to 205 kB: 96 M → 88 M);
//                a Unicode class in a regular expression literal cost 2.4 M of syntax check at
//                every start until it was built on first use.
//   YAML         the yaml package, loaded and run on the 9-line sample: +61 M, 49 M of it
//                compiling its 290 kB; js-yaml 5's event parser +36 M (its minified build +34 M),
//                which the reader now uses: the CLI's YAML dry run 124 M → 102 M, the action's
//                dry run 174 M → 149 M.
//   certificate  node:crypto loaded +15 M (the action has it already: @actions/core loads it)
//                and an X.509 parse +8 M.
//   requests     a full run less a dry run, the token, the registration and the testers: 39 M on
//                2026-11-25, 48 M now; 4 M of that is compiling the Amazon client (30 kB), which
//                start-up paid then and only a run with requests pays now, the rest is the
//                overall deadline and the agents closed at the end. The requests themselves cost
//                what they did; the ratios of earlier days came from other machines and loads.
//   compile cache the CLI's takes 5 M off a dry run with a text list and 15 M with a YAML list.
//                Node writes it when a file is compiled, before any function in it has run, so
//                the functions compiled later, on first call (33 M in the YAML dry run), are
//                compiled again in every run; module.flushCompileCache() at exit does not change
//                that.
import ncc from '@vercel/ncc'
import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { startFakeAmazon } from '../fake-amazon/server.mjs'
import { padApk } from '../__tests__/support/pad-apk.mjs'
import { node24, root, runAction, sampleInputs } from '../__tests__/support/run-action.mjs'
import { binPath, runCli, sampleCommand } from '../__tests__/support/run-cli.mjs'

const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const ROWS = ['start-up', 'dry', 'full', 'cli-yaml', 'cli-text', 'cli-inline', 'apk']
const selected = new Set(
  (process.env.BENCH_ROWS ?? ROWS.join(','))
    .split(',')
    .map(row => row.trim())
    .filter(Boolean)
)
for (const row of selected) {
  if (!ROWS.includes(row)) throw new Error(`BENCH_ROWS: unknown row "${row}"; rows: ${ROWS}`)
}
/** Ratios to bare Node, except startupOverFloor: the action's start-up over the floor. */
const TARGETS = {
  startupOverFloor: 1.05,
  dry: 1.8,
  full: 2.3,
  cliYaml: 1.5,
  cliText: 1.35,
  cliInline: 1.3,
  requests: 3,
  connections: 2,
  largeApkRatio: 1.2,
  largeApkExtraMb: 32
}

function timeNode(args) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(node24, args, { stdio: 'ignore' })
    child.on('error', reject)
    child.on('close', code => {
      if (code !== 0) reject(new Error(`node ${args.join(' ')} exited with ${code}`))
      else resolve(Number(process.hrtime.bigint() - started) / 1e6)
    })
  })
}
const bareNode = () => timeNode(['-e', '0'])

const median = values => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Runs bare Node and each of runners in turn, RUNS times, after one untimed round that warms the
 * file cache (and the CLI's compile cache). The medians, and each run's ratio to bare Node.
 */
async function measure(runners) {
  const times = [[], ...runners.map(() => [])]
  const cpu = times.map(() => [])
  const all = [bareNode, ...runners]
  for (const runOnce of all) await runOnce()
  for (let i = 0; i < RUNS; i++) {
    for (const [index, runOnce] of all.entries()) {
      const before = childrenCpuMs()
      times[index].push(await runOnce())
      cpu[index].push(childrenCpuMs() - before)
    }
  }
  const bare = median(times[0])
  const bareCpu = mean(cpu[0])
  return times.slice(1).map((values, index) => ({
    bare,
    run: median(values),
    ratio: median(values) / bare,
    cpuRatio: bareCpu > 0 ? mean(cpu[index + 1]) / bareCpu : NaN
  }))
}

/**
 * The processor time (user and system) of the children this process has waited for, from
 * /proc/self/stat, in clock ticks of 10 ms: too coarse for one run, but its mean over the runs is
 * a second view that a busy machine disturbs less than the elapsed time, which includes the time
 * spent waiting for a core. NaN where there is no /proc.
 */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // Fields 16 and 17 of proc(5), cutime and cstime; fields[0] is field 3.
    return (Number(fields[13]) + Number(fields[14])) * 10
  } catch {
    return NaN
  }
}

const mean = values => values.reduce((sum, value) => sum + value, 0) / values.length

/**
 * The floor: `import '@actions/core'` bundled as dist/index.js is (script/bundle.sh: ncc, ES
 * module, target es2022, the project's tsconfig.json, whose paths defer undici) into dir.
 */
async function buildFloor(dir) {
  const entry = join(dir, 'floor-entry.mjs')
  writeFileSync(
    entry,
    `import ${JSON.stringify(fileURLToPath(import.meta.resolve('@actions/core')))}\n`
  )
  const cwd = process.cwd()
  const noDeprecation = process.noDeprecation
  process.chdir(root) // ncc reads tsconfig.json from the working directory
  process.noDeprecation = true // ncc's own fs.existsSync(undefined) (DEP0187), not ours
  try {
    const { code } = await ncc(entry, { target: 'es2022', cache: false, quiet: true })
    if (!code.includes('./undici/index.cjs')) {
      throw new Error('the floor bundle did not defer undici as the action does (tsconfig paths)')
    }
    const file = join(dir, 'floor.mjs')
    writeFileSync(file, code)
    return file
  } finally {
    process.chdir(cwd)
    process.noDeprecation = noDeprecation
  }
}

let failures = 0
const check = (ok, text) => {
  if (!ok) failures++
  return `${text} ${ok ? 'ok' : 'OVER TARGET'}`
}
const ms = value => `${value.toFixed(1).padStart(7)} ms`
const row = (name, result, target) =>
  `${name.padEnd(44)} ${ms(result.bare)} ${ms(result.run)} ${result.ratio.toFixed(2).padStart(6)}× ` +
  `${result.cpuRatio.toFixed(2).padStart(5)}×  ${target}`

const fake = await startFakeAmazon()
const inputs = sampleInputs(fake)
const work = mkdtempSync(join(tmpdir(), 'devtest-bench-'))
const lines = []
try {
  const actionRun =
    (runInputs, expectedExit = 0, check = () => true) =>
    async () => {
      const run = await runAction({ workspace: root, inputs: runInputs })
      if (run.exitCode !== expectedExit || !check(run)) {
        throw new Error(`action run failed:\n${run.stdout}${run.stderr}`)
      }
      return run.durationMs
    }
  const cliDryRun = command => async () => {
    const run = await runCli({ ...command, entry: binPath, cwd: root })
    if (run.exitCode !== 0) throw new Error(`CLI dry run failed:\n${run.stdout}${run.stderr}`)
    return run.durationMs
  }
  const dryInputs = { ...inputs, 'dry-run': 'true' }

  if (selected.has('start-up')) {
    const floorFile = await buildFloor(work)
    const [floor, startup] = await measure([
      () => timeNode([floorFile]),
      // No inputs: the run ends at the first input check, with the inputs' ::error::.
      actionRun({}, 1, run => run.stdout.includes('::error::'))
    ])
    const limit = TARGETS.startupOverFloor * floor.ratio
    lines.push(row('@actions/core alone (the floor)', floor, '—'))
    lines.push(
      check(
        startup.ratio <= limit,
        row(
          'action start-up, no inputs',
          startup,
          `≤ ${TARGETS.startupOverFloor}× the floor = ${limit.toFixed(2)}× (${(startup.ratio / floor.ratio).toFixed(2)}× the floor)`
        )
      )
    )
  }
  if (selected.has('dry')) {
    const [dry] = await measure([actionRun(dryInputs)])
    lines.push(
      check(
        dry.ratio <= TARGETS.dry,
        row('action dry run (PEM, two groups)', dry, `≤ ${TARGETS.dry}×`)
      )
    )
  }
  if (selected.has('full')) {
    const requestCounts = []
    const connectionCounts = []
    const fullRun = actionRun(inputs)
    const [full] = await measure([
      async () => {
        fake.reset()
        const duration = await fullRun()
        requestCounts.push(fake.requests.length)
        connectionCounts.push(fake.connectionCount)
        return duration
      }
    ])
    lines.push(
      check(
        full.ratio <= TARGETS.full,
        row('action full run (local fake)', full, `≤ ${TARGETS.full}×`)
      )
    )
    const requests = Math.max(...requestCounts)
    const connections = Math.max(...connectionCounts)
    lines.push(
      check(
        requests <= TARGETS.requests,
        `requests per full run:    ${requests} (target ${TARGETS.requests})`
      )
    )
    lines.push(
      check(
        connections <= TARGETS.connections,
        `connections per full run: ${connections} (target ${TARGETS.connections})`
      )
    )
  }
  if (selected.has('cli-yaml')) {
    const [cli] = await measure([cliDryRun(sampleCommand(dryInputs))])
    lines.push(
      check(
        cli.ratio <= TARGETS.cliYaml,
        row('CLI dry run, certificate + YAML tester file', cli, `≤ ${TARGETS.cliYaml}×`)
      )
    )
  }
  if (selected.has('cli-text')) {
    const testersFile = join(work, 'testers.txt')
    writeFileSync(
      testersFile,
      'Ada Lovelace <ada@example.com>\ngrace@example.com\nlinus@example.org\n'
    )
    const [cli] = await measure([
      cliDryRun(sampleCommand({ ...dryInputs, 'testers-file': testersFile }))
    ])
    lines.push(
      check(
        cli.ratio <= TARGETS.cliText,
        row('CLI dry run, certificate + text tester file', cli, `≤ ${TARGETS.cliText}×`)
      )
    )
  }
  if (selected.has('cli-inline')) {
    const [cli] = await measure([
      cliDryRun(
        sampleCommand({
          'app-id': inputs['app-id'],
          'track-id': 'bench-track',
          testers: 'Ada Lovelace <ada@example.com>\ngrace@example.com\nlinus@example.org',
          'dry-run': 'true'
        })
      )
    ])
    lines.push(
      check(
        cli.ratio <= TARGETS.cliInline,
        row('CLI dry run, inputs on the command line', cli, `≤ ${TARGETS.cliInline}×`)
      )
    )
  }
  console.log(
    `Node ${node24}, ${RUNS} alternating runs each: elapsed time, medians (the targets are for its ` +
      'ratio); cpu: the ratio of the mean processor time, a check on a busy machine\n'
  )
  console.log(
    `${'measure'.padEnd(44)} ${'bare node'.padStart(10)} ${'run'.padStart(10)}  ratio   cpu  target`
  )
  for (const line of lines) console.log(line)

  if (selected.has('apk')) {
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
  }
  if (failures > 0) process.exitCode = 1
} finally {
  await fake.close()
  rmSync(work, { recursive: true, force: true })
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
