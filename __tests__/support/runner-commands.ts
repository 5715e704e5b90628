// The GitHub runner's workflow-command parsers, ported line for line from actions/runner
// (src/Runner.Common/ActionCommand.cs: TryParseV2 for "::name props::data" and TryParse for the
// older "##[name props]data"; src/Runner.Worker/ActionCommandManager.cs: TryProcessCommand,
// which tries V2 first, then the older form), so a test can read a step's output as the runner
// does. .NET's string.IndexOf/StartsWith(string) compare culture-sensitively: they may also match
// "#<ignorable>#[" or "<ignorable>::", but then the name read from the fixed offset starts with
// "[", "#" or ":" and is never a registered command, so the ordinal search here finds every
// command the runner would obey.

export interface ActionCommand {
  command: string
  properties: Record<string, string>
  data: string
}

/** The commands the runner registers (its IActionCommandExtension implementations). */
export const RUNNER_COMMANDS = [
  'stop-commands',
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'save-state',
  'set-env',
  'set-output',
  'warning'
] as const

const PREFIX = '##['
const COMMAND_KEY = '::'

const ESCAPE_MAPPINGS: [string, string][] = [
  [';', '%3B'],
  ['\r', '%0D'],
  ['\n', '%0A'],
  [']', '%5D'],
  ['%', '%25']
]
const ESCAPE_DATA_MAPPINGS: [string, string][] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  ['%', '%25']
]
const ESCAPE_PROPERTY_MAPPINGS: [string, string][] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  [':', '%3A'],
  [',', '%2C'],
  ['%', '%25']
]

function unescapeWith(mappings: [string, string][], escaped: string): string {
  if (!escaped) return ''
  let unescaped = escaped
  for (const [token, replacement] of mappings) unescaped = unescaped.split(replacement).join(token)
  return unescaped
}

/** .NET's String.Split(char, RemoveEmptyEntries). */
function splitNonEmpty(text: string, separator: string): string[] {
  return text.split(separator).filter(part => part !== '')
}

/** .NET's String.Split('=', count: 2, RemoveEmptyEntries). */
function splitPair(text: string): string[] {
  const at = text.indexOf('=')
  const parts = at < 0 ? [text] : [text.slice(0, at), text.slice(at + 1)]
  return parts.filter(part => part !== '')
}

/** .NET's char.IsWhiteSpace, which String.TrimStart() trims. */
const DOTNET_LEADING_WHITESPACE =
  /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/

function has(registered: ReadonlySet<string>, name: string): boolean {
  // The runner's HashSet uses StringComparer.OrdinalIgnoreCase.
  return registered.has(name.toLowerCase())
}

export function tryParseV2(
  input: string,
  registered: ReadonlySet<string>
): ActionCommand | undefined {
  if (!input) return undefined
  // the message needs to start with the keyword after trim leading space.
  const message = input.replace(DOTNET_LEADING_WHITESPACE, '')
  if (!message.startsWith(COMMAND_KEY)) return undefined
  // Get the index of the separator between the command info and the data.
  const endIndex = message.indexOf(COMMAND_KEY, COMMAND_KEY.length)
  if (endIndex < 0) return undefined
  // Get the command info (command and properties).
  const cmdIndex = COMMAND_KEY.length
  const cmdInfo = message.substring(cmdIndex, endIndex)
  // Get the command name
  const spaceIndex = cmdInfo.indexOf(' ')
  const commandName = spaceIndex < 0 ? cmdInfo : cmdInfo.substring(0, spaceIndex)
  if (!has(registered, commandName)) return undefined
  const command: ActionCommand = { command: commandName, properties: {}, data: '' }
  // Set the properties.
  if (spaceIndex > 0) {
    const propertiesStr = cmdInfo.substring(spaceIndex + 1).trim()
    for (const propertyStr of splitNonEmpty(propertiesStr, ',')) {
      const pair = splitPair(propertyStr)
      if (pair.length === 2) {
        command.properties[pair[0]] = unescapeWith(ESCAPE_PROPERTY_MAPPINGS, pair[1])
      }
    }
  }
  command.data = unescapeWith(
    ESCAPE_DATA_MAPPINGS,
    message.substring(endIndex + COMMAND_KEY.length)
  )
  return command
}

export function tryParse(
  message: string,
  registered: ReadonlySet<string>
): ActionCommand | undefined {
  if (!message) return undefined
  // Get the index of the prefix.
  const prefixIndex = message.indexOf(PREFIX)
  if (prefixIndex < 0) return undefined
  // Get the index of the separator between the command info and the data.
  const rbIndex = message.indexOf(']', prefixIndex)
  if (rbIndex < 0) return undefined
  // Get the command info (command and properties).
  const cmdIndex = prefixIndex + PREFIX.length
  const cmdInfo = message.substring(cmdIndex, rbIndex)
  // Get the command name
  const spaceIndex = cmdInfo.indexOf(' ')
  const commandName = spaceIndex < 0 ? cmdInfo : cmdInfo.substring(0, spaceIndex)
  if (!has(registered, commandName)) return undefined
  const command: ActionCommand = { command: commandName, properties: {}, data: '' }
  // Set the properties.
  if (spaceIndex > 0) {
    const propertiesStr = cmdInfo.substring(spaceIndex + 1)
    for (const propertyStr of splitNonEmpty(propertiesStr, ';')) {
      const pair = splitPair(propertyStr)
      if (pair.length === 2) command.properties[pair[0]] = unescapeWith(ESCAPE_MAPPINGS, pair[1])
    }
  }
  command.data = unescapeWith(ESCAPE_MAPPINGS, message.substring(rbIndex + 1))
  return command
}

export interface ParsedLine {
  line: string
  /** Which parser took the line: "v2" for "::", "old" for "##[". */
  syntax: 'v2' | 'old'
  command: ActionCommand
}

/**
 * Every command the runner would obey in a step's output, in order, as TryProcessCommand and
 * OutputManager read it: line by line (StreamReader.ReadLine ends a line at \n, \r or \r\n), V2
 * first, then the older syntax; after stop-commands only its token resumes.
 */
export function runnerCommands(output: string): ParsedLine[] {
  const registered = new Set<string>(RUNNER_COMMANDS)
  let stopToken: string | undefined
  const found: ParsedLine[] = []
  for (const line of output.split(/\r\n|\r|\n/)) {
    if (!line || (!line.includes(PREFIX) && !line.includes(COMMAND_KEY))) continue
    const v2 = tryParseV2(line, registered)
    const command = v2 ?? tryParse(line, registered)
    if (!command) continue
    const parsed: ParsedLine = { line, syntax: v2 ? 'v2' : 'old', command }
    if (stopToken !== undefined) {
      if (command.command.toLowerCase() === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase())
        stopToken = undefined
        found.push(parsed)
      }
      continue
    }
    if (command.command.toLowerCase() === 'stop-commands') {
      stopToken = command.data
      registered.add(stopToken.toLowerCase())
    }
    found.push(parsed)
  }
  return found
}
