// The release checks and notes, for .github/workflows/release.yml (tests: __tests__/tooling/release.test.ts).
//
//   node script/release.mjs check vX.Y.Z   the tag, package.json, src/shared/version.ts and CHANGELOG.md
//                                          agree; prints tag=, version= and major= lines (for
//                                          $GITHUB_OUTPUT), or every problem and exits 1
//   node script/release.mjs notes vX.Y.Z   the CHANGELOG section of that version: the release notes
//
// Releasing: move the Unreleased entries of CHANGELOG.md into a "## [X.Y.Z] - YYYY-MM-DD" section,
// run `npm version X.Y.Z --no-git-tag-version` and set src/shared/version.ts, commit, then tag vX.Y.Z
// on that commit and push the tag; the workflow does the rest (or run it by hand as a dry run).
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** A plain release tag: vMAJOR.MINOR.PATCH, no leading zeros, no pre-release. */
const TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/
/** A second-level heading of the changelog: "## [1.2.3] - 2026-12-01" or "## [Unreleased]". */
const HEADING = /^## \[([^\]\n]*)\](.*)$/

/** The version and the major tag of a release tag, or undefined when it is not one. */
export function parseTag(tag) {
  const match = TAG.exec(tag)
  return match ? { version: tag.slice(1), major: `v${match[1]}` } : undefined
}

/**
 * The changelog's sections, in order: the bracketed name, what follows it on the heading line
 * (" - 2026-12-01"), and the text up to the next section, trimmed.
 */
export function changelogSections(changelog) {
  const sections = []
  let current
  for (const line of changelog.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = HEADING.exec(line)
    if (heading) {
      current = { name: heading[1], rest: heading[2], lines: [] }
      sections.push(current)
    } else if (current) {
      // Link references ("[1.2.3]: https://…") close the last section.
      if (/^\[[^\]]+\]: /.test(line)) current = undefined
      else current.lines.push(line)
    }
  }
  return sections.map(({ name, rest, lines }) => ({ name, rest, body: lines.join('\n').trim() }))
}

/** The release notes of a version: its changelog section's text, or undefined without one. */
export function releaseNotes(changelog, version) {
  return changelogSections(changelog).find(section => section.name === version)?.body
}

/** src/shared/version.ts's ACTION_VERSION (the User-Agent's), or undefined when it is not found. */
export function actionVersionOf(versionModule) {
  return /^export const ACTION_VERSION = '([^'\n]*)'$/m.exec(versionModule)?.[1]
}

/**
 * Every reason the tree cannot be released as this tag: the tag's form, package.json's and
 * src/shared/version.ts's versions, the version's dated and non-empty CHANGELOG section, and nothing
 * left under Unreleased.
 */
export function releaseProblems({ tag, packageVersion, actionVersion, changelog }) {
  const parsed = parseTag(tag)
  if (parsed === undefined) {
    return [`"${tag}" is not a release tag: use vMAJOR.MINOR.PATCH, such as v1.2.3.`]
  }
  const { version } = parsed
  const problems = []
  if (packageVersion !== version) {
    problems.push(
      `package.json has version ${packageVersion}, the tag ${tag}: run ` +
        `npm version ${version} --no-git-tag-version, commit, and tag that commit.`
    )
  }
  if (actionVersion !== version) {
    problems.push(
      `src/shared/version.ts has ACTION_VERSION ${actionVersion ?? '(not found)'}, the tag ${tag}: ` +
        `set it to '${version}' and run npm run bundle.`
    )
  }
  const sections = changelogSections(changelog)
  const section = sections.find(candidate => candidate.name === version)
  if (section === undefined) {
    problems.push(
      `CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section: move the Unreleased ` +
        'entries into one.'
    )
  } else {
    const date = /^ - (\d{4}-\d{2}-\d{2})$/.exec(section.rest)?.[1]
    if (date === undefined || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
      problems.push(
        `CHANGELOG.md's ${version} heading has no date: "## [${version}] - YYYY-MM-DD".`
      )
    }
    if (section.body === '') problems.push(`CHANGELOG.md's ${version} section is empty.`)
  }
  const unreleased = sections.find(candidate => candidate.name.toLowerCase() === 'unreleased')
  if (unreleased !== undefined && unreleased.body !== '') {
    problems.push(
      `CHANGELOG.md still has entries under Unreleased: move them into ${version}'s section ` +
        '(or leave them out of this release by tagging an earlier commit).'
    )
  }
  return problems
}

function readRepository() {
  const read = path => readFileSync(join(root, path), 'utf8')
  return {
    packageVersion: JSON.parse(read('package.json')).version,
    actionVersion: actionVersionOf(read('src/shared/version.ts')),
    changelog: read('CHANGELOG.md')
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, tag = ''] = process.argv.slice(2)
  const fail = message => {
    console.error(process.env.GITHUB_ACTIONS === 'true' ? `::error::${message}` : message)
    process.exitCode = 1
  }
  const repository = readRepository()
  if (command === 'check') {
    const problems = releaseProblems({ tag, ...repository })
    problems.forEach(fail)
    if (problems.length === 0) {
      const { version, major } = parseTag(tag)
      console.log(`tag=${tag}\nversion=${version}\nmajor=${major}`)
    }
  } else if (command === 'notes') {
    const notes = releaseNotes(repository.changelog, parseTag(tag)?.version ?? '')
    if (notes) console.log(notes)
    else fail(`CHANGELOG.md has no section for "${tag}".`)
  } else {
    fail('usage: node script/release.mjs check|notes vX.Y.Z')
  }
}
