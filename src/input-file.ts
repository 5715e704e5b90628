import { readFile } from 'node:fs/promises'
import { isAbsolute, resolve } from 'node:path'
import type { ProblemList } from './errors.js'

/** Reads a file named by an input, relative to the workspace; a problem if it cannot be read. */
export async function readInputFile(
  path: string,
  workspace: string,
  input: string,
  problems: ProblemList
): Promise<Buffer | undefined> {
  const fullPath = isAbsolute(path) ? path : resolve(workspace, path)
  try {
    return await readFile(fullPath)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EISDIR'
          ? 'is a directory'
          : `cannot be read (${code ?? (error as Error).message})`
    problems.add(input, `${fullPath} ${why}; give a path relative to the workspace (${workspace})`)
    return undefined
  }
}
