import { closeSync } from 'node:fs'
import { helpText, parseCommandLine } from './args.js'
import { TerminalLog } from './log.js'
import { outputsOf, type CliResult } from './output.js'
import { logWarnings, newRunRecord, runStep } from '../engine/run.js'
import {
  CREDENTIAL_NAMES,
  describeFailure,
  missingCredentials,
  type Failure
} from '../engine/failure.js'
import type { Inputs } from '../engine/inputs.js'
import { OutputEnvError, openOutputEnv, writeOutputEnv } from './output-env.js'
import { COMMAND_LINE_WORDS } from './words.js'
import { printable } from '../shared/printable.js'
import { ACTION_VERSION } from '../shared/version.js'

/** Where the CLI reads and writes: the process's own in cli.ts, stand-ins in tests. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Colour the log: stderr is a TTY and NO_COLOR is not set. */
  colour: boolean
  /** The directory paths in flags are relative to; read only by a run, which needs it. */
  cwd: () => string
}

export const EXIT = { done: 0, failed: 1, badInput: 2 } as const

const BUG_HINT =
  'This is a bug in appstore-devtest; please report it with the log of a run with --debug.'

/** The CLI: flags and environment → the engine → log on stderr, result on stdout; the exit code. */
export async function runCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  io: CliIo
): Promise<number> {
  const command = parseCommandLine(argv, env)
  if (command.kind === 'help') {
    io.stdout(helpText())
    return EXIT.done
  }
  if (command.kind === 'version') {
    io.stdout(`appstore-devtest ${ACTION_VERSION}\n`)
    return EXIT.done
  }
  const log = new TerminalLog({
    write: io.stderr,
    colour: io.colour,
    debug: command.kind === 'run' && command.debug
  })
  // Before anything is printed, usage errors included.
  log.secret(env[CREDENTIAL_NAMES['client-secret']] ?? '')
  const json = command.json
  /** Ends the run before anything is sent: bad input, exit code 2. */
  const refuse = (message: string, hint?: string): number => {
    log.error(message, hint)
    const dryRun = command.kind === 'run' && command.inputs['dry-run'] === 'true'
    if (json) printJson(io, log, refusal(message, hint, dryRun))
    return EXIT.badInput
  }
  if (command.kind === 'usage') {
    const { problems } = command
    return refuse(
      problems.length === 1
        ? problems[0]
        : `${problems.length} problems with the command line:\n${problems.map(p => `- ${p}`).join('\n')}`,
      'Run appstore-devtest --help for the flags.'
    )
  }

  const { inputs } = command
  log.secret(inputs['client-secret'])
  let cwd: string
  try {
    cwd = io.cwd()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO'
    return refuse(`the current directory cannot be read (${code}); was it deleted? cd into one.`)
  }
  for (const warning of command.warnings) log.warning(warning)

  const shownOutputEnv = printable(command.outputEnv ?? '', 300)
  let outputEnv: number | undefined
  if (command.outputEnv !== undefined) {
    try {
      outputEnv = openOutputEnv(command.outputEnv, cwd, inputs)
    } catch (error) {
      if (!(error instanceof OutputEnvError)) throw error
      return refuse(`--output-env: ${shownOutputEnv} ${error.message}; nothing was sent to Amazon.`)
    }
  }

  const record = newRunRecord()
  let failure: Failure | undefined
  const fail = (error: unknown): void => {
    failure = describeFailure(error, COMMAND_LINE_WORDS)
    logWarnings(record, log)
    if (command.debug && error instanceof Error && error.stack) log.debug(error.stack)
    log.error(failure.message, hintFor(failure, inputs))
  }
  try {
    await runStep(inputs, cwd, log, record)
  } catch (error) {
    fail(error)
  }
  if (outputEnv !== undefined) {
    // After a failed run too: what is known, as the action's outputs have it (the fingerprint once
    // the certificate was read). Then the run's own failure is the one reported, and a value
    // unsafe for dotenv leaves the file empty.
    try {
      writeOutputEnv(outputEnv, outputsOf(record), shownOutputEnv)
    } catch (error) {
      if (failure === undefined) fail(error)
    } finally {
      closeSync(outputEnv)
    }
  }

  const exitCode = !failure ? EXIT.done : failure.kind === 'input' ? EXIT.badInput : EXIT.failed
  if (json) {
    const result: CliResult = {
      ok: !failure,
      // Settings exist only when the inputs passed; a refused dry run is a dry run still.
      dryRun: record.settings?.dryRun ?? inputs['dry-run'] === 'true',
      exitCode,
      outputs: outputsOf(record),
      warnings: log.warnings
    }
    if (failure) {
      const hint = hintFor(failure, inputs)
      result.error = {
        kind: failure.kind,
        message: failure.message,
        ...(hint && { hint })
      }
    }
    printJson(io, log, result)
  }
  return exitCode
}

function refusal(message: string, hint: string | undefined, dryRun: boolean): CliResult {
  return {
    ok: false,
    dryRun,
    exitCode: EXIT.badInput,
    outputs: {},
    warnings: [],
    error: { kind: 'input', message, ...(hint && { hint }) }
  }
}

/**
 * The result on stdout, redacted like the log: each string before it is encoded, since the
 * encoding escapes what the redaction looks for (a quote in a secret becomes \"). DEL and the C1
 * controls, which JSON.stringify leaves raw, become \u escapes: still valid JSON, and inert on a
 * terminal. So does the [ of "##[", which a GitHub job's runner obeys anywhere in a line of the
 * step's output; the value decoded is unchanged.
 */
function printJson(io: CliIo, log: TerminalLog, result: CliResult): void {
  const json = JSON.stringify(
    result,
    (_key, value: unknown) => (typeof value === 'string' ? log.redact(value) : value),
    2
  )
    .replace(/[\u007f-\u009f]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/##\[/g, '##\\u005b')
  io.stdout(`${json}\n`)
}

/** What to do about a failure, worded for the command line. */
function hintFor(failure: Failure, inputs: Inputs): string | undefined {
  if (failure.kind === 'bug') return BUG_HINT
  if (failure.kind !== 'input') return failure.hint
  const missing = missingCredentials(failure, inputs)
  if (missing.length === 0) return undefined
  return (
    `Set ${missing.map(name => CREDENTIAL_NAMES[name]).join(' and ')} in the environment to ` +
    "the security profile's credentials, or pass --dry-run to check everything else without them."
  )
}
