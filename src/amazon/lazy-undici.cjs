// Start-up cost, not behaviour. @actions/http-client (loaded by @actions/core) imports undici at
// the top of its module only to build a ProxyAgent in getAgentDispatcher(), which neither this
// action nor @actions/core calls. Compiling and running undici's 0.9 MB was over a third of the
// action's start-up. So tsconfig.json "paths" points the bundle's "undici" here, script/bundle.sh
// builds undici on its own into dist/undici/index.cjs, and this loads that file the first time
// anything reads from undici: the whole API stays available, only later.
'use strict'
let undici
// __non_webpack_require__ is webpack's escape hatch: a plain require relative to dist/index.js,
// so the bundler neither follows nor inlines it.
// eslint-disable-next-line no-undef
const load = () => (undici ??= __non_webpack_require__('./undici/index.cjs'))
module.exports = new Proxy(
  {},
  {
    get: (_, name) => load()[name],
    has: (_, name) => name in load(),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_, name) => Object.getOwnPropertyDescriptor(load(), name)
  }
)
