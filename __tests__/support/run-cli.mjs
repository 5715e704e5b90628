// Runs the bundled CLI, dist/cli.js or the package's bin, as a user's shell would: flags, AMAZON_CLIENT_* variables,
// a working directory, and no GitHub runner variables. The benchmark and the CLI's end-to-end
// tests go through here.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { node24, root, runBounded } from './run-action.mjs'

/** What `npx appstore-devtest` runs: package.json's bin. */
export const binPath = join(
  root,
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin['appstore-devtest']
)

/**
 * Runs dist/cli.js with stdout and stderr piped, as a CI job runs it. Options: args (the command
 * line), env (extra variables), cwd, node (the binary; Node 24 by default), entry (the file run,
 * such as binPath), timeoutMs (the child is killed after it), moduleList: record
 * process.moduleLoadList at exit.
 */
export async function runCli({
  args = [],
  entry = join(root, 'dist', 'cli.js'),
  env = {},
  cwd = root,
  node = node24,
  timeoutMs = 120_000,
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
  const preload = moduleList
    ? ['--require', join(root, '__tests__', 'support', 'record-modules.cjs')]
    : []
  const run = await runBounded(
    node,
    [...preload, entry, ...args],
    { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] },
    timeoutMs
  )
  const modules = moduleList ? readFileSync(moduleListFile, 'utf8').split('\n') : undefined
  rmSync(dir, { recursive: true, force: true })
  return { ...run, modules }
}

/** The sample step of the benchmark as a command line: flags, and the credentials as variables. */
export function sampleCommand(inputs) {
  const { 'client-id': clientId, 'client-secret': clientSecret, ...rest } = inputs
  const args = Object.entries(rest).flatMap(([name, value]) =>
    value === 'true' ? [`--${name}`] : [`--${name}`, value]
  )
  return { args, env: { AMAZON_CLIENT_ID: clientId, AMAZON_CLIENT_SECRET: clientSecret } }
}
