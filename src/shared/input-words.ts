import type { ActionInputName } from './action-yml.js'

/**
 * How a front door names what the user sets, so that every fix is written once and still reads
 * in that door's words: a workflow's `with:` keys and secrets, or a command line's flags and
 * environment variables. The action and the CLI each supply one (action/words.ts, cli/words.ts).
 */
export interface InputWords {
  /** One input as the user sets it: app-id in a workflow; --app-id or AMAZON_CLIENT_ID in a shell. */
  name(input: ActionInputName): string
  /** Several inputs in a sentence: "the a, b and c inputs", or "A, B and --c". */
  list(inputs: readonly ActionInputName[]): string
  /** Both credentials, as the user holds them: "the client-id and client-secret secrets". */
  credentials: string
  /** Which security profile the credentials name: "whose client-id and client-secret this workflow uses". */
  credentialsOwner: string
  /** Leaving an input unset: "leave it empty" in a workflow, "leave it out" on a command line. */
  unset: string
  /** Giving an input: "set" or "given". */
  given: string
  /** Running once more: "re-run the job" or "run it again". */
  rerun: string
  /** Where an earlier run's track ID is found. */
  earlierTrack: string
  /** An earlier run's track ID, in a sentence: "the trackId output of an earlier run". */
  earlierRunTrack: string
  /** Where the track ID is saved between runs: "a repository variable". */
  savedTrackHome: string
  /** How the saved track ID is passed: "add `track-id: ${{ vars.DEVTEST_TRACK_ID }}` to this step". */
  passSavedTrack: string
  /** What relative paths start from: "the workspace" or "the current directory". */
  workspace: string
  /** What the user runs: "the step" or "the run". */
  thisRun: string
  /** Who must be able to read a file the run reads: "the runner's user" or "your user". */
  reader: string
}

/** Text the user reads: plain words, or words that name inputs, rendered with a door's InputWords. */
export type Worded = string | ((words: InputWords) => string)

/** A fix: Worded text. */
export type Fix = Worded

/** Worded text (a fix, an input problem) in a front door's words. */
export const fixIn = (text: Worded, words: InputWords): string =>
  typeof text === 'string' ? text : text(words)

/** "a", "a and b", "a, b and c". */
export function inWords(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
