/**
 * Text read from outside (files, artifacts, Amazon's answers) is shown through here before it
 * reaches the log, an annotation or the job summary. A line feed in such text would start a new
 * log line, and a new log line that begins with "::" is a workflow command the runner obeys; the
 * runner also obeys its older syntax, "##[name]data", anywhere in a line (actions/runner,
 * ActionCommand.TryParse); bidi controls can make a log line read differently from what it holds.
 * Each becomes a visible escape.
 */

// C0 controls, DEL, C1 controls, the Arabic letter mark and left-to-right / right-to-left
// marks, the Unicode line and paragraph separators, bidi embeddings, overrides and isolates, and
// the byte order mark / zero-width no-break space.
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g

/** The same characters, without the global flag: test() then keeps no state between calls. */
const CONTAINS_UNPRINTABLE = new RegExp(UNPRINTABLE.source)

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/** The text on one line, every control character shown as an escape, at most maxLength long. */
export function printable(text: string, maxLength = 200): string {
  const escaped = text.replace(
    UNPRINTABLE,
    char => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
  return truncate(withoutOldCommands(escaped), maxLength)
}

/** The runner's older command prefix: "##[", obeyed wherever it stands in a line. */
const OLD_COMMAND_PREFIX = /##\[/g

/**
 * Text in which no "##[" starts a command: shown as "##\[", which reads the same to a person and
 * holds no "##[", so escaping it twice changes nothing.
 */
export function withoutOldCommands(text: string): string {
  return text.replace(OLD_COMMAND_PREFIX, '##\\[')
}

// What the runner trims before looking for "::" (.NET's char.IsWhiteSpace): JavaScript's \s
// and the next line character U+0085.
const COMMAND_AT_LINE_START = /^([\s\u0085]*):(?=:)/gm

/**
 * A log line, or several, that the runner takes for text: no "##[" anywhere and no line that
 * starts with "::" (shown as ": :"). The last step before anything is written to a job's log.
 */
export function inertLog(text: string): string {
  return withoutOldCommands(text).replace(COMMAND_AT_LINE_START, '$1: ')
}

/** Cuts text to maxLength characters, marking the cut with an ellipsis. */
export function truncate(text: string, maxLength: number): string {
  return text.length > maxLength ? `${text.slice(0, Math.max(0, maxLength - 1))}…` : text
}

/** True when text holds a control character or line separator: nothing a name may contain. */
export function hasControl(text: string): boolean {
  return CONTAINS_UNPRINTABLE.test(text)
}
