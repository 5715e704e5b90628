// Runs the bundled CLI, dist/cli.js, as a user's shell would: flags, AMAZON_CLIENT_* variables,
// a working directory, and no GitHub runner variables. The benchmark and the CLI's end-to-end
// tests go through here.
import { spawn } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { node24, root } from './run-action.mjs'

/**
 * Runs dist/cli.js. Options: args (the command line), env (extra variables), cwd, node (the
 * binary; Node 24 by default), timeoutMs (the child is killed after it), stdio: 'pipe' (default)
 * or 'files' (stdout and stderr go to files, as when redirected: Node then loads no net module
 * for them), moduleList: record process.moduleLoadList at exit.
 */
export async function runCli({
  args = [],
  env = {},
  cwd = root,
  node = node24,
  timeoutMs = 120_000,
  stdio = 'pipe',
  moduleList = false
} = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'devtest-cli-'))
  const moduleListFile = join(dir, 'modules.txt')
  const childEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...(moduleList && { MODULE_LIST_FILE: moduleListFile }),
    ...env
  }
  const preload = moduleList ? ['--require', join(root, 'script', 'record-modules.cjs')] : []
  const files = stdio === 'files' && [join(dir, 'stdout'), join(dir, 'stderr')]
  const fds = files && files.map(file => openSync(file, 'w'))
  const started = process.hrtime.bigint()
  const child = spawn(node, [...preload, join(root, 'dist', 'cli.js'), ...args], {
    cwd,
    env: childEnv,
    stdio: ['ignore', ...(fds || ['pipe', 'pipe'])]
  })
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
  if (fds) {
    fds.forEach(fd => closeSync(fd))
    ;[stdout, stderr] = files.map(file => readFileSync(file, 'utf8'))
  }
  const modules = moduleList ? readFileSync(moduleListFile, 'utf8').split('\n') : undefined
  rmSync(dir, { recursive: true, force: true })
  return { exitCode, timedOut, durationMs, stdout, stderr, modules }
}

/** The sample step of the benchmark as a command line: flags, and the credentials as variables. */
export function sampleCommand(inputs) {
  const { 'client-id': clientId, 'client-secret': clientSecret, ...rest } = inputs
  const args = Object.entries(rest).flatMap(([name, value]) =>
    value === 'true' ? [`--${name}`] : [`--${name}`, value]
  )
  return { args, env: { AMAZON_CLIENT_ID: clientId, AMAZON_CLIENT_SECRET: clientSecret } }
}
