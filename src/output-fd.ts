import { fstatSync, writeSync } from 'node:fs'

/** A terminal (or /dev/null): where Node's own stdio stream is the right writer. */
export function isCharacterDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice()
  } catch {
    return false
  }
}

/**
 * A writer for stdout or stderr. Node's process.stdout/stderr on a pipe is a net.Socket, and
 * creating it loads net and the stream modules: a tenth of the CLI's start-up, for nothing a
 * blocking write does not do (Node writes pipes synchronously on Linux too). So pipes and files
 * are written with writeSync; a terminal gets Node's stream, and so does a pipe left
 * non-blocking by another process (EAGAIN), from its first refused write on. A reader that went
 * away (EPIPE) ends the output, not the run.
 */
export function fdWriter(fd: number, stream: () => NodeJS.WritableStream): (text: string) => void {
  let useStream = isCharacterDevice(fd)
  let closed = false
  return text => {
    if (closed) return
    if (useStream) {
      stream().write(text)
      return
    }
    let rest = Buffer.from(text)
    while (rest.length > 0) {
      try {
        rest = rest.subarray(writeSync(fd, rest))
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'EPIPE') {
          closed = true
          return
        }
        if (code !== 'EAGAIN') throw error
        useStream = true
        stream().write(rest)
        return
      }
    }
  }
}
