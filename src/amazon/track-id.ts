/**
 * A DevTest track ID, given as track-id or returned by Amazon ("devtest"), becomes a segment of
 * the testers URL and a step output. It must be a plain name: "." or ".." would be collapsed by
 * the URL parser and send the token and tester list to another path, and a line break in it
 * would reach the log. Starting with a letter or digit rules out both dot segments.
 */
const TRACK_ID = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,127}$/

export function isTrackId(value: string): boolean {
  return TRACK_ID.test(value)
}

export const TRACK_ID_RULE =
  'a track ID is up to 128 letters, digits, ".", "_", "~" or "-", starting with a letter or digit'
