// npm run demo: the bundled action, end to end, against the local fake of Amazon's endpoints,
// with the sample certificate and tester list. Prints the step log as the runner shows it, the
// outputs, the job summary and what Amazon would have received. DEMO_RAW=1 prints the raw
// workflow commands instead.
import { startFakeAmazon } from '../fake-amazon/server.mjs'
import { root, runAction, sampleInputs } from './run-action.mjs'

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

const fake = await startFakeAmazon()
try {
  const run = await runAction({ workspace: root, inputs: sampleInputs(fake) })
  const log = run.stdout + run.stderr
  section('Step log')
  console.log(process.env.DEMO_RAW ? log : asRunnerShows(log))
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
  if (run.exitCode !== 0 || !run.outputs.trackId) {
    console.error('The demo run failed.')
    process.exitCode = 1
  }
} finally {
  await fake.close()
}
