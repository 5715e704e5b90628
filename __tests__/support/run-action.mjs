// Runs the bundled action the way the GitHub runner does: inputs as INPUT_* variables with
// action.yml's defaults filled in, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_EVENT_PATH files,
// on Node 24 (the action's runs.using; script/node24.mjs). The demo, the
// benchmark and the end-to-end tests all go through here.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readActionMetadata } from '../../script/lib/action-metadata.mjs'
import { ensureNode24 } from '../../script/node24.mjs'

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
/**
 * The action's runtime: Node 24 (script/node24.mjs fetches the pinned binary once into
 * node_modules/.cache). Without it, the Node running this is used, with a warning.
 */
export const node24 = findNode24()

function findNode24() {
  const binary = ensureNode24(message => console.warn(message))
  if (binary !== undefined) return binary
  console.warn(`Running the action on Node ${process.version}, not 24.`)
  return process.execPath
}

/**
 * The sample step of the demo and the benchmark: the sample certificate and tester list, against
 * the given fake Amazon.
 */
export function sampleInputs(fake) {
  return {
    'client-id': fake.clientId,
    'client-secret': fake.clientSecret,
    'app-id': [...fake.apps.keys()][0],
    'package-name': 'com.example.devtest',
    'certificate-file': '__tests__/fixtures/certs/ec-p384.pem',
    'testers-file': 'script/demo-testers.yaml',
    'api-url': fake.apiUrl,
    'token-url': fake.tokenUrl
  }
}

/** action.yml's input defaults, as the runner applies them. */
export function actionDefaults() {
  return Object.fromEntries(
    readActionMetadata()
      .inputs.filter(input => input.default !== undefined)
      .map(input => [input.name, input.default])
  )
}

/** The runner's name<<delimiter file format for outputs. */
export function parseOutputFile(text) {
  const outputs = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (!match) continue
    const value = []
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i])
    outputs[match[1]] = value.join('\n')
  }
  return outputs
}

/**
 * Runs dist/index.js. Options: inputs (name → value), env (extra variables), workspace,
 * timeoutMs (the child is killed after it), script (defaults to dist/index.js).
 */
export async function runAction({
  inputs = {},
  env = {},
  workspace = root,
  timeoutMs = 120_000,
  script
} = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'devtest-run-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary.md')
  const eventFile = join(dir, 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  writeFileSync(
    eventFile,
    JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'example/app' } })
  )
  const inputEnv = {}
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...inputs })) {
    inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  const childEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'example/app',
    ...inputEnv,
    ...env
  }
  const { exitCode, timedOut, durationMs, stdout, stderr } = await runBounded(
    node24,
    [script ?? join(root, 'dist', 'index.js')],
    { cwd: workspace, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] },
    timeoutMs
  )
  const result = {
    exitCode,
    timedOut,
    durationMs,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8')
  }
  rmSync(dir, { recursive: true, force: true })
  return result
}

/**
 * Spawns a process and waits for it, killing it after timeoutMs: the exit code, whether it was
 * killed, how long it took, and what it wrote to piped stdout and stderr.
 */
export async function runBounded(command, args, options, timeoutMs) {
  const started = process.hrtime.bigint()
  const child = spawn(command, args, options)
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', chunk => (stdout += chunk))
  child.stderr?.on('data', chunk => (stderr += chunk))
  let timedOut = false
  const killer = setTimeout(() => {
    timedOut = true
    child.kill('SIGKILL')
  }, timeoutMs)
  const exitCode = await new Promise(resolve => child.on('close', code => resolve(code)))
  clearTimeout(killer)
  const durationMs = Number(process.hrtime.bigint() - started) / 1e6
  return { exitCode, timedOut, durationMs, stdout, stderr }
}
