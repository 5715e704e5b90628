// Part of npm run bundle: builds the CLI beside the action's dist/index.js.
//
// dist/cli.cjs, the package's bin, is src/cli-bin.cjs: it turns on Node's module compile cache
// and requires dist/cli-bundle.cjs, the CLI bundled by ncc as CommonJS. The bundle's chunks
// (N.cli.cjs, for what only some runs need, such as the YAML parser and the network stack) load
// with a synchronous require, which starts a good deal faster than ES modules' import(), and a
// CommonJS entry spares Node's ES module loader (about 2 ms, a thirteenth of Node's own start-up;
// npm run bench). dist/cli.js is a three-line ES module that requires it, for `node dist/cli.js`.
// ncc's command line always names its output index.js, which would overwrite the action's, so
// its API is used; webpack names CommonJS chunks N.cli.cjs.js, which dist/package.json ("type":
// "module") would load as ES modules, so they are renamed N.cli.cjs, in the chunk loader too. The
// CLI shares nothing with the action's bundle but dist/undici/, loaded only behind a proxy
// (src/amazon/lazy-undici.cjs).
import ncc from '@vercel/ncc'
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')

const { code, assets } = await ncc(join(root, 'src', 'cli.ts'), {
  filename: 'cli.cjs',
  esm: false,
  license: 'cli-licenses.txt',
  target: 'es2022',
  cache: false,
  quiet: true
})

const CHUNK_SUFFIX = '.cli.cjs.js'
const loaderNames = code.split(`"${CHUNK_SUFFIX}"`).length - 1
if (loaderNames !== 1) {
  throw new Error(
    `expected ncc's chunk loader to name "${CHUNK_SUFFIX}" once, found ${loaderNames}`
  )
}
mkdirSync(dist, { recursive: true })
// Chunks load from the bundle's real directory: run through npm's node_modules/.bin link with
// --preserve-symlinks-main, require("./N.cli.cjs") would look in .bin.
const CHUNK_REQUIRE = 'require("./" + __nccwpck_require__.u(chunkId))'
if (code.split(CHUNK_REQUIRE).length !== 2) {
  throw new Error(`expected ncc's chunk loader to call ${CHUNK_REQUIRE} once`)
}
const chunkDirectory =
  '// The directory of this file, links resolved, found when a chunk first loads: the chunks are\n' +
  '// beside it (script/bundle-cli.mjs).\n' +
  'let __cli_chunk_directory;\n'
const bundle = join(dist, 'cli-bundle.cjs')
writeFileSync(
  bundle,
  `${chunkDirectory}${code
    .replace(`"${CHUNK_SUFFIX}"`, '".cli.cjs"')
    .replace(
      CHUNK_REQUIRE,
      'require((__cli_chunk_directory ??= require("path").dirname(require("fs").realpathSync(__filename)) + "/") + __nccwpck_require__.u(chunkId))'
    )}`
)
// The bin turns on Node's compile cache before it requires the bundle (src/cli-bin.cjs).
const bin = join(dist, 'cli.cjs')
writeFileSync(bin, `#!/usr/bin/env node\n${readFileSync(join(root, 'src', 'cli-bin.cjs'), 'utf8')}`)
chmodSync(bin, 0o755)
for (const [name, asset] of Object.entries(assets)) {
  // dist/package.json ("type": "module") is the action build's; the CLI's .cjs files ignore it.
  if (name === 'package.json') continue
  const file = join(dist, name.endsWith(CHUNK_SUFFIX) ? name.slice(0, -'.js'.length) : name)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, asset.source)
}

const entry = join(dist, 'cli.js')
writeFileSync(
  entry,
  '#!/usr/bin/env node\n' +
    '// appstore-devtest: the CLI is the CommonJS bundle beside this file, the package bin\n' +
    '// (script/bundle-cli.mjs).\n' +
    "import { createRequire } from 'node:module'\n\n" +
    "createRequire(import.meta.url)('./cli.cjs')\n"
)
chmodSync(entry, 0o755)
