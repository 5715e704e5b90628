import { CREDENTIAL_NAMES } from '../engine/failure.js'
import type { ActionInputName } from '../shared/action-yml.js'
import { inWords, type InputWords } from '../shared/input-words.js'

/** A flag, or for a credential the environment variable that carries it (never a flag). */
const nameOf = (input: ActionInputName): string =>
  input === 'client-id' || input === 'client-secret' ? CREDENTIAL_NAMES[input] : `--${input}`

/** The command line's words: inputs are flags, the credentials environment variables. */
export const COMMAND_LINE_WORDS: InputWords = {
  name: nameOf,
  list: inputs => inWords(inputs.map(nameOf)),
  credentials: `${CREDENTIAL_NAMES['client-id']} and ${CREDENTIAL_NAMES['client-secret']}`,
  credentialsOwner: `whose credentials are in ${CREDENTIAL_NAMES['client-id']} and ${CREDENTIAL_NAMES['client-secret']}`,
  unset: 'out',
  given: 'given',
  rerun: 'run it again',
  earlierTrack:
    'the track of that run (its log says `Registered; Amazon assigned track "…"`; --json and ' +
    '--output-env give it too)',
  earlierRunTrack: 'the track ID an earlier run printed',
  savedTrackHome: 'a CI variable',
  passSavedTrack: 'pass --track-id "$DEVTEST_TRACK_ID"',
  workspace: 'the current directory',
  thisRun: 'the run',
  reader: 'your user'
}
