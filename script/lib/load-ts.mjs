// Imports a module of src/ from a script of script/, which runs on plain Node: the module and
// the modules it imports are transpiled with the project's TypeScript (types stripped, nothing
// checked) into a directory under node_modules/.cache, and imported from there. For the
// generators, which take their words from the sources instead of keeping copies.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** The module at a path relative to the repository (src/x/y.ts), imported. */
export async function importSource(path) {
  const cache = join(root, 'node_modules', '.cache')
  mkdirSync(cache, { recursive: true })
  const out = mkdtempSync(join(cache, 'load-ts-'))
  try {
    writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n')
    const pending = [resolve(root, path)]
    const done = new Set()
    while (pending.length > 0) {
      const file = pending.pop()
      if (done.has(file)) continue
      done.add(file)
      const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
        fileName: file
      })
      const target = join(out, relative(root, file)).replace(/\.ts$/, '.js')
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, outputText)
      for (const [, specifier] of outputText.matchAll(
        /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g
      )) {
        pending.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')))
      }
    }
    return await import(pathToFileURL(join(out, path.replace(/\.ts$/, '.js'))).href)
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}
