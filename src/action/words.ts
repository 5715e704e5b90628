import { inWords, type InputWords } from '../shared/input-words.js'

/** The workflow's words: inputs are `with:` keys, the credentials repository secrets. */
export const WORKFLOW_WORDS: InputWords = {
  name: input => input,
  list: inputs => `the ${inWords(inputs)} inputs`,
  credentials: 'the client-id and client-secret secrets',
  credentialsOwner: 'whose client-id and client-secret this workflow uses',
  unset: 'empty',
  given: 'set',
  rerun: 're-run the job',
  earlierTrack: "the trackId output of that run (it is in that run's log and job summary)",
  earlierRunTrack: 'the trackId output of an earlier run',
  savedTrackHome: 'a repository variable',
  passSavedTrack: 'add `track-id: ${{ vars.DEVTEST_TRACK_ID }}` to this step',
  workspace: 'the workspace',
  thisRun: 'the step',
  reader: "the runner's user"
}
