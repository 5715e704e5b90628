// The CLI: npx appstore-devtest … (package.json "bin"). Bundled to dist/cli.cjs, the bin, which
// dist/cli.js also starts (see script/bundle-cli.mjs). Output to a pipe or a file is written
// directly, which keeps start-up near bare Node (see output-fd.ts).
import { EXIT, runCli } from './cli/main.js'
import { fdWriter, isCharacterDevice } from './cli/output-fd.js'
import { handleFileSizeSignal } from './shared/platform.js'

// Under a file size limit a write fails with EFBIG instead of killing the CLI unheard; the
// writers below say so (platform.ts; not on Windows, which has no SIGXFSZ).
handleFileSizeSignal()
const stderr = fdWriter(2, () => process.stderr)
// The run's result goes to stdout: a run whose result was lost did not do its job. A terminal's
// stream reports a failed write later, as an event, possibly after the run has ended.
let runExitCode: number | undefined
let stdoutFailure: string | undefined
const stdout = fdWriter(
  1,
  () => process.stdout,
  code => {
    stdoutFailure = code
    if (runExitCode !== undefined) reportLostResult(runExitCode)
  }
)

function reportLostResult(code: number): void {
  stderr(`error: stdout could not be written (${stdoutFailure}); the result is lost.\n`)
  process.exitCode = Math.max(code, EXIT.failed)
}

// Node's modules that only some runs need are loaded when needed, with process.getBuiltinModule
// (Node 20.16, and 22.3 in the 22 line): without it, say so once instead of failing half-way
// with a stack trace.
if (typeof process.getBuiltinModule !== 'function') {
  stderr(
    'error: appstore-devtest needs Node 20.16 or a later 20, or 22.3 or later (package.json ' +
      `engines: ^20.16.0 || >=22.3.0); this is Node ${process.versions.node}.\n`
  )
  process.exitCode = EXIT.badInput
} else {
  void runCli(process.argv.slice(2), process.env, {
    stdout,
    stderr,
    colour:
      isCharacterDevice(2) &&
      process.stderr.isTTY === true &&
      process.env.NO_COLOR === undefined &&
      process.env.TERM !== 'dumb',
    cwd: () => process.cwd()
  }).then(code => {
    runExitCode = code
    if (stdoutFailure !== undefined) reportLostResult(code)
    else process.exitCode = code
  })
}
