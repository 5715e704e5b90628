// Part of npm run bundle: builds the CLI into dist/cli.js beside the action's dist/index.js. ncc's
// command line always names its output index.js and its chunks N.index.js, which would overwrite
// the action's; its API takes a file name, so the CLI's chunks are N.cli.js. The CLI's bundle
// shares nothing with the action's but dist/undici/, loaded only behind a proxy (lazy-undici.cjs).
import ncc from '@vercel/ncc'
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')

const { code, assets } = await ncc(join(root, 'src', 'cli.ts'), {
  filename: 'cli.js',
  license: 'cli-licenses.txt',
  target: 'es2022',
  cache: false,
  quiet: true
})
mkdirSync(dist, { recursive: true })
const entry = join(dist, 'cli.js')
writeFileSync(entry, code)
chmodSync(entry, 0o755)
for (const [name, asset] of Object.entries(assets)) {
  // dist/package.json ("type": "module") is the action build's, and says the same.
  if (name === 'package.json') continue
  const file = join(dist, name)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, asset.source)
}
console.log(`dist/cli.js and ${Object.keys(assets).length} assets`)
