// Preloaded by __tests__/support/run-cli.mjs (--require): writes the modules Node loaded, at exit,
// to the file MODULE_LIST_FILE names, so a test can see what a run needed: Node's own modules as
// process.moduleLoadList names them ("NativeModule crypto"), then every file required, such as
// the CLI's chunks, as "File /path/to/dist/N.cli.cjs".
'use strict'
const { writeFileSync } = require('node:fs')

process.on('exit', () => {
  const files = Object.keys(require.cache).map(file => `File ${file}`)
  writeFileSync(process.env.MODULE_LIST_FILE, [...process.moduleLoadList, ...files].join('\n'))
})
