// The demo's words for a fix: the demo runs the bundled action, whose log names inputs as a
// workflow does, but its user sets them as flags of npm run demo. After a failed run the demo
// finds each known fix the log holds (src/amazon/errors.ts, written once over InputWords) and
// says it again in these words, so "add track-id: ${{ vars.DEVTEST_TRACK_ID }}" reads as
// "npm run demo -- --track-id …" too.
import { importSource } from './load-ts.mjs'

const flag = input => `--${input}`

/** The demo's InputWords (src/shared/input-words.ts): every input is a flag of npm run demo. */
export const DEMO_WORDS = {
  name: flag,
  list: inputs =>
    inputs.length <= 1
      ? inputs.map(flag).join('')
      : `${inputs.slice(0, -1).map(flag).join(', ')} and ${flag(inputs[inputs.length - 1])}`,
  credentials: '--client-id and --client-secret (the fake checks the ones given)',
  credentialsOwner: 'whose --client-id and --client-secret the demo was given',
  unset: 'out',
  given: 'given',
  rerun: 'run the demo again',
  earlierTrack: 'the trackId of that run (under Outputs)',
  earlierRunTrack: 'the trackId of an earlier run (under Outputs)',
  savedTrackHome: 'a shell variable',
  passSavedTrack: 'run `npm run demo -- --track-id "$DEVTEST_TRACK_ID"`',
  workspace: 'the current directory',
  thisRun: 'the demo',
  reader: 'your user'
}

/** Each known fix the step's log holds in the workflow's words, said in the demo's. */
export async function demoFixes(log) {
  const [{ KnownErrors }, { WORKFLOW_WORDS }, { fixIn }] = await Promise.all([
    importSource('src/amazon/errors.ts'),
    importSource('src/action/words.ts'),
    importSource('src/shared/input-words.ts')
  ])
  return Object.values(KnownErrors)
    .map(({ fix }) => [fixIn(fix, WORKFLOW_WORDS), fixIn(fix, DEMO_WORDS)])
    .filter(([workflow, demo]) => workflow !== demo && log.includes(workflow))
    .map(([, demo]) => demo)
}
