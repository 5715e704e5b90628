import { maskEmailsIn } from '../shared/mask.js'
import { inertLog } from '../shared/printable.js'
import type { StepLog } from '../engine/step-log.js'

export interface TerminalOptions {
  /** Where the log goes: stderr, so stdout stays free for --json. */
  write: (text: string) => void
  /** ANSI colours: only on a TTY, and never with NO_COLOR. */
  colour: boolean
  /** Print debug lines. */
  debug: boolean
}

const STYLES = {
  heading: ['\x1b[1m', '\x1b[22m'],
  warning: ['\x1b[33m', '\x1b[39m'],
  error: ['\x1b[31m', '\x1b[39m'],
  debug: ['\x1b[2m', '\x1b[22m']
} as const

// C0 and C1 controls other than the newline, and DEL: a byte from a file or from Amazon must not
// move the cursor, recolour the terminal or end a line early.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g

/** The shortest value redacted as a secret. */
const MIN_SECRET_LENGTH = 8

/**
 * The engine's log for people at a terminal. Every line is cleaned before it is written: every
 * registered secret is replaced by ***, emails are masked, and control characters are shown
 * escaped. Headings stand where the action opens log groups.
 */
export class TerminalLog implements StepLog {
  private secrets: string[] = []
  private started = false
  /** Every warning given, for --json. */
  readonly warnings: string[] = []

  constructor(private readonly options: TerminalOptions) {}

  secret(value: string): void {
    // A value this short is no secret (validation refuses it) and would turn ordinary words of
    // the log into ***.
    if (value.length < MIN_SECRET_LENGTH || this.secrets.includes(value)) return
    // Longest first, so a secret that contains another is replaced whole.
    this.secrets = [...this.secrets, value].sort((a, b) => b.length - a.length)
  }

  /** Text as it may leave the process: every secret replaced by ***, every email masked. */
  redact(text: string): string {
    let result = text
    for (const secret of this.secrets) result = result.split(secret).join('***')
    return maskEmailsIn(result)
  }

  /**
   * Text as it may be shown on a terminal: redacted, control characters escaped, and nothing a
   * GitHub job's runner would obey as a workflow command (a line starting with ::, or ##[
   * anywhere), since the CLI runs inside jobs too.
   */
  clean(text: string): string {
    return inertLog(
      this.redact(text).replace(CONTROL, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    )
  }

  info(message: string): void {
    this.print('', message)
  }

  warning(message: string): void {
    this.warnings.push(message)
    this.print('warning: ', message, 'warning')
  }

  debug(message: string): void {
    if (this.options.debug) this.print('debug: ', message, 'debug')
  }

  /** The failure, and on the lines below it what to do. */
  error(message: string, hint?: string): void {
    this.print('error: ', message, 'error')
    if (hint) this.print('', hint)
  }

  async group<T>(title: string, stage: () => Promise<T>): Promise<T> {
    // A blank line before every heading but the first sets the stages apart.
    this.print('', `${this.started ? '\n' : ''}▸ ${title}`, 'heading')
    return stage()
  }

  /** Writes a message: the prefix on its first line, later lines indented beneath. */
  private print(prefix: string, message: string, style?: keyof typeof STYLES): void {
    const [open, close] = style && this.options.colour ? STYLES[style] : ['', '']
    const indent = ' '.repeat(prefix.length)
    const lines = this.clean(message)
      .split('\n')
      .map((line, i) => (line === '' ? '' : `${i === 0 ? prefix : indent}${line}`))
    this.options.write(`${open}${lines.join('\n')}${close}\n`)
    this.started = true
  }
}
