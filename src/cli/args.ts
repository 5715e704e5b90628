import { parseArgs } from 'node:util'
import { ACTION_INPUTS, type ActionInputName, type ActionInputSpec } from '../shared/action-yml.js'
import { CREDENTIAL_NAMES } from '../engine/failure.js'
import { INPUT_NAMES, type Inputs } from '../engine/inputs.js'
import { closestFlag } from './did-you-mean.js'

/** The CLI's own flags, beside the action's inputs. */
const CLI_FLAGS = {
  json: { type: 'boolean', description: 'Print the result as JSON on stdout.' },
  'output-env': {
    type: 'string',
    value: 'file',
    description:
      'After a run, write TRACK_ID, UNIQUE_TESTER_COUNT, CERTIFICATE_SHA256 and ARTIFACT_PATHS ' +
      "(comma-separated) to this file as dotenv (GitLab's artifacts: reports: dotenv, Bitrise " +
      'envman).'
  },
  debug: {
    type: 'boolean',
    description: 'Log every request, and the stack trace of an unexpected error.'
  },
  help: { type: 'boolean', short: 'h', description: 'Print this help.' },
  version: { type: 'boolean', description: 'Print the version.' }
} as const

/** Inputs that are true or false in action.yml are flags without a value here. */
const isBooleanInput = (name: ActionInputName): boolean => {
  const spec: ActionInputSpec = ACTION_INPUTS[name]
  return spec.default === 'true' || spec.default === 'false'
}

export type CommandLine =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'run'
      inputs: Inputs
      json: boolean
      outputEnv?: string
      debug: boolean
      /** Said before the run starts, such as a secret given as a flag. */
      warnings: string[]
    }
  /** The command line itself is wrong: nothing is run. */
  | { kind: 'usage'; problems: string[]; json: boolean }

/**
 * Flags a typo may be pointed at: not the credentials, which belong in the environment (a
 * secret on a command line lands in the shell history and the process list).
 */
const SUGGESTED_FLAGS = (): string[] =>
  Object.keys(OPTIONS).filter(name => !(name in CREDENTIAL_NAMES))

function unknownFlag(rawName: string, name: string): string {
  const meant = rawName.startsWith('--') ? closestFlag(name, SUGGESTED_FLAGS()) : undefined
  return meant ? `unknown flag ${rawName}; did you mean --${meant}?` : `unknown flag ${rawName}`
}

type OptionSpec = { type: 'string' | 'boolean'; short?: string }

const OPTIONS: Record<string, OptionSpec> = {
  ...Object.fromEntries(
    INPUT_NAMES.map(name => [name, { type: isBooleanInput(name) ? 'boolean' : 'string' }])
  ),
  ...CLI_FLAGS
}

/**
 * Reads the command line and the credential variables. Every problem is reported at once, as
 * with the inputs. parseArgs runs non-strict so that unknown flags and missing values are listed
 * together instead of one per run.
 */
export function parseCommandLine(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>
): CommandLine {
  const { values, tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true
  })
  const problems: string[] = []
  const given = new Set<string>()
  let previous: (typeof tokens)[number] | undefined
  for (const token of tokens) {
    if (token.kind === 'positional') {
      // Never quoted: a stray value may be a secret after a mistyped flag (--client_secret …)
      // or the second tester of a list given unquoted.
      problems.push(
        previous?.kind === 'option' && OPTIONS[previous.name]?.type === 'boolean'
          ? `${previous.rawName} takes no value: drop the value after it (${previous.rawName} ` +
              'alone turns it on)'
          : previous?.kind === 'option'
            ? `unexpected value after ${previous.rawName}; every value follows its flag (quote a ` +
              'value that holds spaces)'
            : `unexpected value (argument ${token.index + 1}); every value follows its flag`
      )
    } else if (token.kind === 'option') {
      const spec = OPTIONS[token.name]
      if (!spec) problems.push(unknownFlag(token.rawName, token.name))
      else if (spec.type === 'string' && token.value === undefined)
        problems.push(`${token.rawName} needs a value`)
      // Non-strict parseArgs takes the next argument as the value even when it is a flag; a value
      // that starts with -- and is given that way is a forgotten value (a PEM starts with -----).
      else if (spec.type === 'string' && token.inlineValue === false && isFlag(token.value))
        problems.push(
          `${token.rawName} needs a value (the next argument is the flag ${token.value}; write ` +
            `${token.rawName}=<value> for a value that starts with --)`
        )
      else if (spec.type === 'boolean' && token.value !== undefined)
        problems.push(`${token.rawName} takes no value`)
      else if (spec.type === 'string' && given.has(token.name))
        // parseArgs keeps the last; a second --testers would drop the first list unnoticed.
        problems.push(
          `--${token.name} is given twice; give it once (a list of testers or APKs goes in one ` +
            'value, one a line)'
        )
      else if (token.name === 'output-env' && token.value === '')
        problems.push('--output-env needs a file name')
      given.add(token.name)
    }
    previous = token
  }
  if (values.help === true) return { kind: 'help' }
  if (problems.length > 0) return { kind: 'usage', problems, json: values.json === true }
  if (values.version === true) return { kind: 'version' }

  const warnings: string[] = []
  const inputs = Object.fromEntries(
    INPUT_NAMES.map(name => {
      const value = values[name]
      return [name, value === true ? 'true' : typeof value === 'string' ? value : '']
    })
  ) as Record<keyof Inputs, string>
  const flagged: string[] = []
  for (const [name, variable] of Object.entries(CREDENTIAL_NAMES) as [
    keyof typeof CREDENTIAL_NAMES,
    string
  ][]) {
    if (inputs[name] !== '') flagged.push(`--${name}`)
    else inputs[name] = env[variable] ?? ''
  }
  if (flagged.length > 0) {
    warnings.push(
      `${flagged.join(' and ')} on the command line land${flagged.length === 1 ? 's' : ''} in ` +
        'shell history and process lists; set AMAZON_CLIENT_ID and AMAZON_CLIENT_SECRET in the ' +
        'environment instead.'
    )
  }
  const outputEnv = values['output-env']
  return {
    kind: 'run',
    inputs,
    json: values.json === true,
    ...(typeof outputEnv === 'string' && { outputEnv }),
    debug: values.debug === true,
    warnings
  }
}

function isFlag(value: string | undefined): boolean {
  const name = /^--([a-z-]+)(=|$)/.exec(value ?? '')?.[1]
  return name !== undefined && name in OPTIONS
}

const WIDTH = 100
const FLAG_COLUMN = 28

/**
 * action.yml's sentences that only a workflow reads, as the command line says them (the
 * credentials' note, "Better set … in the environment", stands in for the first).
 */
const WORKFLOW_SENTENCES: Record<string, string> = {
  'Pass it from a secret.': '',
  'Required unless dry-run is true.': 'Required unless --dry-run is given.',
  'In a public repository pass it from a secret: the runner prints with: values in the step log.':
    'In CI, pass it from a secret variable: a command line shows in logs and process lists.'
}
const HYPHENATED_INPUT = new RegExp(
  `(?<![-\\w])(${INPUT_NAMES.filter(name => name.includes('-')).join('|')})(?![-\\w])`,
  'g'
)

/** An input's description from action.yml in the command line's words: flags, not inputs. */
export function inCommandLineWords(description: string): string {
  let text = description
  for (const [workflow, commandLine] of Object.entries(WORKFLOW_SENTENCES)) {
    text = text.split(workflow).join(commandLine)
  }
  // Hyphenated input names are flags here; a plain word such as "apk" may be prose.
  return text.replace(HYPHENATED_INPUT, '--$1').replace(/ {2,}/g, ' ').trim()
}

/** --help, from action.yml's inputs and the CLI's own flags. */
export function helpText(): string {
  const inputs = INPUT_NAMES.map(name => {
    const spec: ActionInputSpec = ACTION_INPUTS[name]
    const variable = name in CREDENTIAL_NAMES ? CREDENTIAL_NAMES[name as 'client-id'] : ''
    const notes = [
      spec.required ? 'Required.' : '',
      spec.default !== undefined && !isBooleanInput(name) ? `Default: ${spec.default}.` : '',
      variable ? `Better set ${variable} in the environment.` : ''
    ]
    const flag = isBooleanInput(name) ? `--${name}` : `--${name} <value>`
    // action.yml says "true to …" of a boolean input; here it is a flag without a value.
    const description = inCommandLineWords(
      isBooleanInput(name)
        ? spec.description.replace(/^true to (\w)/, (_, first: string) => first.toUpperCase())
        : spec.description
    )
    return describeFlag(flag, [description, ...notes].filter(Boolean).join(' '))
  })
  const own = Object.entries(CLI_FLAGS).map(([name, spec]) => {
    const short = 'short' in spec ? `-${spec.short}, ` : ''
    const value = 'value' in spec ? ` <${spec.value}>` : ''
    return describeFlag(`${short}--${name}${value}`, spec.description)
  })
  return [
    'Usage: appstore-devtest [flags]',
    '',
    wrap(
      'Registers a signed Android app for Amazon Appstore DevTest and adds its testers: the ' +
        'appstore-devtest GitHub Action, for every other CI and for a laptop. The flags are the ' +
        "action's inputs. Credentials come from AMAZON_CLIENT_ID and AMAZON_CLIENT_SECRET; paths " +
        "are relative to the current directory (the action's workspace). The log goes to stderr.",
      0
    ),
    '',
    "Inputs (the action's, from action.yml):",
    ...inputs,
    '',
    'Output:',
    ...own,
    '',
    'Exit codes: 0 done; 1 the run failed (Amazon, the network, writing the result, or a bug); 2 bad',
    'input (nothing was sent).',
    ''
  ].join('\n')
}

function describeFlag(flag: string, description: string): string {
  const text = wrap(description, FLAG_COLUMN)
  const head = `  ${flag}`
  return head.length < FLAG_COLUMN
    ? head.padEnd(FLAG_COLUMN) + text.trimStart()
    : `${head}\n${text}`
}

function wrap(text: string, indent: number): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line !== '' && indent + line.length + 1 + word.length > WIDTH) {
      lines.push(line)
      line = word
    } else {
      line = line === '' ? word : `${line} ${word}`
    }
  }
  lines.push(line)
  return lines.map(l => ' '.repeat(indent) + l).join('\n')
}
