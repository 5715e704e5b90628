// npm run demo: the bundled action, end to end, against the local fake of Amazon's endpoints.
// Prints the step log as the runner shows it, the outputs, the job summary and what Amazon would
// have received. DEMO_RAW=1 prints the raw workflow commands instead.
//
//   npm run demo                                  the sample certificate and tester list
//   npm run demo -- --apk app.apk --testers-file testers.yaml
//   npm run demo -- --registered                  a repeat run that Amazon refuses (409)
//
// Flags are the action's inputs (action.yml), with the step's meaning; paths are relative to the
// directory npm was run from, as the step's are to the workspace. The fake's own credentials,
// URLs and app fill in what is not given, so a signed APK and a tester file are enough.
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { startFakeAmazon } from '../fake-amazon/server.mjs'

// The demo reads action.yml with the dev dependency yaml: before `npm ci` say so, not a stack
// trace. Hence the dynamic imports of what needs it.
try {
  await import('yaml')
} catch {
  console.error('The demo needs the dev dependencies, which are not installed: run npm ci first.')
  process.exit(1)
}
const { readActionMetadata } = await import('./lib/action-metadata.mjs')
const { root, runAction, sampleInputs } = await import('../__tests__/support/run-action.mjs')

const DEFAULT_APP_ID = 'amzn1.devportal.mobileapp.0123456789abcdef0123456789abcdef'
/** Inputs the demo sets itself: it always runs against its own fake, never a real endpoint. */
const FAKE_ONLY = ['api-url', 'token-url']
const CERTIFICATE_SOURCES = ['apk', 'certificate', 'certificate-file', 'track-id']
const TESTER_SOURCES = ['testers', 'testers-file']

const action = readActionMetadata()
const flags = parseFlags(process.argv.slice(2))
if (flags === undefined) process.exit(2)
const { registered = false, ...given } = flags

const bold = text => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text)
const section = title =>
  console.log(`\n${bold(`── ${title} ${'─'.repeat(Math.max(0, 60 - title.length))}`)}`)

/** The step log as the runner renders it: groups, annotations, and no masks or debug lines. */
function asRunnerShows(log) {
  const decode = text => text.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')
  return log
    .split('\n')
    .flatMap(line => {
      const command = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line)
      if (!command) return [line]
      const [, name, value] = command
      if (name === 'group') return [`▸ ${value}`]
      if (name === 'warning') return [`Warning: ${decode(value)}`]
      if (name === 'error') return [`Error: ${decode(value)}`]
      return [] // add-mask, debug (shown only with step debug on), endgroup
    })
    .join('\n')
}

const flagged = Object.keys(given).length > 0
const fake = await startFakeAmazon({
  clientId: given['client-id'],
  clientSecret: given['client-secret'],
  // The app the step names, accepting whatever package the APK says; a given track is known.
  // --registered: an earlier run registered it, and Amazon refuses to register it again.
  apps: {
    [given['app-id'] ?? DEFAULT_APP_ID]: {
      ...(given['track-id'] && { trackId: given['track-id'] }),
      registered
    }
  },
  refuseRepeatRegistration: registered
})
try {
  const workspace = flagged ? (process.env.INIT_CWD ?? process.cwd()) : root
  const inputs = flagged ? demoInputs(fake, given, workspace) : sampleInputs(fake)
  section('Inputs')
  for (const [name, value] of Object.entries(inputs)) {
    console.log(`${name}: ${name === 'client-secret' ? '***' : value}`)
  }
  const run = await runAction({ workspace, inputs })
  const log = run.stdout + run.stderr
  section('Step log')
  const shown = asRunnerShows(log)
  console.log(process.env.DEMO_RAW ? log : shown)
  if (run.exitCode !== 0) {
    const { demoFixes } = await import('./lib/demo-words.mjs')
    for (const fix of await demoFixes(shown)) console.log(`In the demo: ${fix}`)
  }
  section('Outputs')
  for (const [name, value] of Object.entries(run.outputs)) console.log(`${name} = ${value}`)
  section('Job summary (markdown/HTML)')
  console.log(run.summary)
  section('What the local Amazon received')
  for (const request of fake.requests) {
    console.log(
      `${request.method} ${request.path} → ${request.status} (connection ${request.connection})`
    )
  }
  console.log(
    `\n${fake.requests.length} requests over ${fake.connectionCount} connections; exit code ${run.exitCode}`
  )
  const dryRun = inputs['dry-run'] === 'true'
  if (run.exitCode !== 0 || (!dryRun && !run.outputs.trackId)) {
    console.error('The demo run failed.')
    process.exitCode = 1
  }
} finally {
  await fake.close()
}

/** The flags as input name → value; undefined (after saying why) when they cannot be used. */
function parseFlags(given) {
  // --dry-run alone, as the CLI takes it, means --dry-run true; a value after it still counts.
  const args = given.flatMap((arg, i) =>
    arg === '--dry-run' && (given[i + 1] === undefined || given[i + 1].startsWith('--'))
      ? [arg, 'true']
      : [arg]
  )
  const options = Object.fromEntries(action.inputs.map(input => [input.name, { type: 'string' }]))
  let parsed
  try {
    parsed = parseArgs({
      args,
      options: {
        ...options,
        registered: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    console.error(`npm run demo: ${error.message}\n`)
    console.error(usage())
    return undefined
  }
  const { help, ...values } = parsed.values
  if (help) {
    console.log(usage())
    process.exit(0)
  }
  const refused = FAKE_ONLY.filter(name => name in values)
  if (refused.length > 0) {
    console.error(
      `npm run demo: ${refused.map(name => `--${name}`).join(' and ')} cannot be given: the demo ` +
        'runs against its own local fake. To run the action against another server, start it ' +
        'with `node fake-amazon/server.mjs` and see CONTRIBUTING.md.'
    )
    return undefined
  }
  return values
}

/** The given inputs, completed with the fake's credentials and URLs and, where absent, the samples. */
function demoInputs(fake, values, workspace) {
  const sample = sampleInputs(fake)
  const inputs = {
    'client-id': fake.clientId,
    'client-secret': fake.clientSecret,
    'app-id': [...fake.apps.keys()][0],
    'api-url': fake.apiUrl,
    'token-url': fake.tokenUrl,
    ...values
  }
  // Sample paths from the workspace, which is the caller's directory, not the repository.
  const fromRoot = path => relative(workspace, join(root, path)) || '.'
  if (!CERTIFICATE_SOURCES.some(name => name in values)) {
    inputs['certificate-file'] = fromRoot(sample['certificate-file'])
    inputs['package-name'] ??= sample['package-name']
    console.log('No --apk: registering the sample certificate. Give --apk for your signed APK.')
  }
  if (!TESTER_SOURCES.some(name => name in values)) {
    inputs['testers-file'] = fromRoot(sample['testers-file'])
    console.log('No --testers-file: using the sample tester list script/demo-testers.yaml.')
  }
  return inputs
}

function usage() {
  const lines = action.inputs
    .filter(input => !FAKE_ONLY.includes(input.name))
    .map(input => `  --${input.name.padEnd(18)} ${input.description}`)
  return [
    'Usage: npm run demo [-- --<input> <value> ...]',
    '',
    "Runs the bundled action against a local fake of Amazon. Flags are the action's inputs;",
    "paths are relative to the current directory. The fake's credentials and app are used",
    'unless given; without --apk the sample certificate, without --testers-file the sample',
    'tester list.',
    '',
    '  --registered         the app counts as registered by an earlier run, and the fake',
    '                       refuses to register it again (409), as Amazon may on a repeat run:',
    '                       the step fails and says to set track-id, here --track-id: add',
    '                       --track-id devtest to run as a repeat run should',
    '',
    'Inputs:',
    ...lines
  ].join('\n')
}
