// npm run demo: the bundled action, end to end, against the local fake of Amazon's endpoints,
// with the sample certificate and tester list. Prints the step log, the outputs and the summary.
import { startFakeAmazon } from '../fake-amazon/server.mjs'
import { root, runAction, sampleInputs } from './run-action.mjs'

const fake = await startFakeAmazon()
try {
  const run = await runAction({ workspace: root, inputs: sampleInputs(fake) })
  const section = title =>
    console.log(`\n\x1b[1m── ${title} ${'─'.repeat(Math.max(0, 60 - title.length))}\x1b[0m`)
  section('Step log (what the runner shows)')
  process.stdout.write(run.stdout + run.stderr)
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
