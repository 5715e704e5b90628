// Start-up cost, not behaviour: @actions/http-client (loaded by @actions/core) imports undici at
// the top of its module only to build a ProxyAgent in getAgentDispatcher(), which neither this
// action nor @actions/core calls. Evaluating undici costs about a third of the action's start-up,
// so tsconfig.json "paths" points the bundle's "undici" here, and the real package is loaded the
// first time anything asks for it: the full API stays available, just later.
'use strict'
let undici
const load = () => (undici ??= require('undici/index.js'))
module.exports = new Proxy(
  {},
  {
    get: (_, name) => load()[name],
    has: (_, name) => name in load(),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_, name) => Object.getOwnPropertyDescriptor(load(), name)
  }
)
