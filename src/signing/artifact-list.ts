// How an apk value lists its files, apart from the search (artifact-paths.ts), so that the CLI
// can tell which files a run reads without loading the file system walk.

/** Splits an apk value into its paths and patterns: newline- or comma-separated. */
export function splitArtifactList(value: string): string[] {
  return value
    .split(/[\r\n,]/)
    .map(item => item.trim())
    .filter(item => item !== '')
}

/** Characters that make an apk item a glob pattern rather than a path. */
export const PATTERN_CHARACTER = /[*?[\]{}]/

/** The names of the artifacts an apk value may name: an APK or an Android App Bundle. */
export const ARTIFACT_NAME = /\.(apk|aab)$/i
