#!/usr/bin/env node
// The CLI's entry: npx appstore-devtest … (package.json "bin", bundled to dist/cli.js). Output to
// a pipe or a file is written directly, which keeps start-up near bare Node (see output-fd.ts).
import { runCli } from './cli-main.js'
import { fdWriter, isCharacterDevice } from './output-fd.js'

process.exitCode = await runCli(process.argv.slice(2), process.env, {
  stdout: fdWriter(1, () => process.stdout),
  stderr: fdWriter(2, () => process.stderr),
  colour:
    isCharacterDevice(2) &&
    process.stderr.isTTY === true &&
    process.env.NO_COLOR === undefined &&
    process.env.TERM !== 'dumb',
  cwd: process.cwd()
})
