// The CLI: npx appstore-devtest … (package.json "bin"). Bundled to dist/cli.cjs, the bin, which
// dist/cli.js also starts (see script/bundle-cli.mjs). Output to a pipe or a file is written
// directly, which keeps start-up near bare Node (see output-fd.ts).
import { runCli } from './cli-main.js'
import { fdWriter, isCharacterDevice } from './output-fd.js'

const stderr = fdWriter(2, () => process.stderr)

// Node's modules that only some runs need are loaded when needed, with process.getBuiltinModule
// (Node 20.16, 22.3): without it, say so once instead of failing half-way with a stack trace.
if (typeof process.getBuiltinModule !== 'function') {
  stderr(
    `error: appstore-devtest needs Node 20.16 or later; this is Node ${process.versions.node}.\n`
  )
  process.exitCode = 2
} else {
  void runCli(process.argv.slice(2), process.env, {
    stdout: fdWriter(1, () => process.stdout),
    stderr,
    colour:
      isCharacterDevice(2) &&
      process.stderr.isTTY === true &&
      process.env.NO_COLOR === undefined &&
      process.env.TERM !== 'dumb',
    cwd: process.cwd()
  }).then(code => {
    process.exitCode = code
  })
}
