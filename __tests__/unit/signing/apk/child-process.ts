// Runs a piece of the sources in a child Node process and reports its peak memory: a bound on
// memory is only meaningful for a process of its own, not inside jest's.
import { afterAll } from '@jest/globals'
import { execFile } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..', '..')
let compiled: string | undefined
/**
 * The child's JavaScript heap is capped, so its collector must run before the heap grows past
 * the cap, however busy the machine: a reader that keeps what it read dies instead of reporting.
 */
const MAX_HEAP_MB = 96

afterAll(() => {
  if (compiled) rmSync(compiled, { recursive: true, force: true })
})

/** src/ as plain JavaScript (types stripped, nothing checked) in a directory of its own. */
function compiledSources(): string {
  if (compiled) return compiled
  const dir = mkdtempSync(join(tmpdir(), 'apk-child-'))
  const walk = (from: string): void => {
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      const path = join(from, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.ts')) {
        const out = join(dir, relative(root, path)).replace(/\.ts$/, '.js')
        mkdirSync(dirname(out), { recursive: true })
        const { outputText } = ts.transpileModule(readFileSync(path, 'utf8'), {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
        })
        writeFileSync(out, outputText)
      }
    }
  }
  walk(join(root, 'src'))
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}')
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
  compiled = dir
  return dir
}

/**
 * Runs script (an ES module whose imports are relative to the repository root, such as
 * './src/signing/apk/zip.js') in a child process; resolves to what it printed and its peak resident
 * memory in MB, measured by the child itself at its end.
 */
export function runInChild(script: string): Promise<{ output: string; maxRssMB: number }> {
  const dir = compiledSources()
  const file = join(dir, `script-${Math.random().toString(36).slice(2)}.mjs`)
  writeFileSync(
    file,
    `${script}\nprocess.stdout.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n')\n`
  )
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [`--max-old-space-size=${MAX_HEAP_MB}`, file],
      { cwd: dir, timeout: 120_000 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`${error.message}\n${stderr}`))
        const match = /\nMAXRSS (\d+)\n$/.exec(stdout)
        if (!match) return reject(new Error(`no MAXRSS in ${stdout}`))
        resolve({ output: stdout.slice(0, match.index), maxRssMB: Number(match[1]) / 1024 })
      }
    )
  )
}
