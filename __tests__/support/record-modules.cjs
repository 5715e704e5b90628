// Preloaded by __tests__/support/run-cli.mjs (--require): writes the modules Node loaded, at exit, to the
// file MODULE_LIST_FILE names, so a test can see which of Node's own modules a run needed.
'use strict'
const { writeFileSync } = require('node:fs')

process.on('exit', () => {
  writeFileSync(process.env.MODULE_LIST_FILE, process.moduleLoadList.join('\n'))
})
