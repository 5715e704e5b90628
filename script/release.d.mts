export declare function parseTag(tag: string): { version: string; major: string } | undefined
export interface ChangelogSection {
  name: string
  rest: string
  body: string
}
export declare function changelogSections(changelog: string): ChangelogSection[]
export declare function releaseNotes(changelog: string, version: string): string | undefined
export declare function actionVersionOf(versionModule: string): string | undefined
export declare function releaseProblems(release: {
  tag: string
  packageVersion: string
  actionVersion: string | undefined
  changelog: string
}): string[]
