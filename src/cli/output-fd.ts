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
 * away (EPIPE) ends the output, not the run; any other failed write (a full disk, a file size
 * limit) ends the output too, and is reported once to onFailure with its code, so the caller
 * can say the result was lost instead of dying with a stack trace.
 */
export function fdWriter(
  fd: number,
  stream: () => NodeJS.WritableStream,
  onFailure: (code: string) => void = () => undefined
): (text: string) => void {
  let useStream = isCharacterDevice(fd)
  let closed = false
  const fail = (error: unknown) => {
    if (closed) return
    closed = true
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO'
    if (code !== 'EPIPE') onFailure(code)
  }
  let streamed: NodeJS.WritableStream | undefined
  const toStream = (text: string | Buffer) => {
    if (!streamed) {
      streamed = stream()
      // Its errors arrive later, as events: without a listener they would end the process.
      streamed.on('error', fail)
    }
    streamed.write(text)
  }
  return text => {
    if (closed) return
    if (useStream) {
      toStream(text)
      return
    }
    let rest = Buffer.from(text)
    while (rest.length > 0) {
      try {
        rest = rest.subarray(writeSync(fd, rest))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') {
          fail(error)
          return
        }
        useStream = true
        toStream(rest)
        return
      }
    }
  }
}
