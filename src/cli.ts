// The CLI: npx appstore-devtest … (package.json "bin"). Bundled to dist/cli.cjs and started by
// dist/cli.js (see script/bundle-cli.mjs). Output to a pipe or a file is written directly, which
// keeps start-up near bare Node (see output-fd.ts).
import { runCli } from './cli-main.js'
import { fdWriter, isCharacterDevice } from './output-fd.js'

void runCli(process.argv.slice(2), process.env, {
  stdout: fdWriter(1, () => process.stdout),
  stderr: fdWriter(2, () => process.stderr),
  colour:
    isCharacterDevice(2) &&
    process.stderr.isTTY === true &&
    process.env.NO_COLOR === undefined &&
    process.env.TERM !== 'dumb',
  cwd: process.cwd()
}).then(code => {
  process.exitCode = code
})
