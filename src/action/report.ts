import * as core from '@actions/core'
import { appendFileSync } from 'node:fs'
import type { RunRecord } from '../engine/run.js'
import { andMore, MAX_LISTED } from '../shared/errors.js'
import { maskEmailsIn, untrustedText } from '../shared/mask.js'
import { formatSize, maskedList } from '../engine/plan.js'
import { printable } from '../shared/printable.js'
import { registrationOf } from '../engine/settings.js'

/** Outputs are set from Amazon's answers only; a dry run sets just what is known locally. */
export function setOutputs(record: RunRecord): void {
  const certificate = record.settings && registrationOf(record.settings)?.certificate
  if (certificate) core.setOutput('certificateSha256', certificate.sha256)
  if (record.trackId !== undefined && record.result) {
    core.setOutput('trackId', record.trackId)
    core.setOutput('uniqueTesterCount', String(record.result.uniqueTesterCount))
    // A group named like an address is tester text too: masked here as everywhere.
    core.setOutput('groups', JSON.stringify(record.result.groups.map(maskEmailsIn)))
    setArtifactPaths(record)
  }
}

/**
 * artifactPaths: the files read via apk, one per line, for the step that hands the build to
 * testers (actions/upload-artifact). A path with a line break in it would become two paths:
 * then the output is not set, and the log says why.
 */
function setArtifactPaths(record: RunRecord): void {
  const files = record.settings && registrationOf(record.settings)?.artifactFiles
  if (!files || files.length === 0) return
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (files.some(file => /[\u0000-\u001f\u007f\u0085\u2028\u2029]/.test(file.path))) {
    core.warning(
      'artifactPaths is not set: an artifact path holds a line break or another control ' +
        'character, which a list of one path per line cannot carry; rename the file.'
    )
    return
  }
  core.setOutput('artifactPaths', files.map(file => file.path).join('\n'))
  const patterns = files.filter(file => READ_AS_PATTERN.test(file.path))
  const [first] = patterns
  if (first) {
    const others = patterns.length > 1 ? ` (and ${patterns.length - 1} more)` : ''
    core.warning(
      `artifactPaths lists ${untrustedText(first.path, 200)}${others}, a name that ` +
        'actions/upload-artifact reads as a pattern (*, ?, [ ], a leading # or !, a space at ' +
        'either end), so it may upload other files or none; rename the file, such as ' +
        'app-release.apk.'
    )
  }
}

/**
 * What the glob matcher behind actions/upload-artifact's path input (@actions/glob) does not take
 * literally in a line: wildcards and character classes, a leading # (a comment) or ! (an
 * exclusion), and white space at either end (trimmed). One character each: linear.
 */
const READ_AS_PATTERN = /[*?[\]]|^[#!]|^\s|\s$/

/** The summary's heading, by how the run ended. */
const HEADINGS = {
  failed: '❌ Amazon Appstore DevTest: failed',
  dryRun: '🧪 Amazon Appstore DevTest: dry run (nothing sent)',
  done: '✅ Amazon Appstore DevTest: testers added'
} as const

/**
 * Writes the job summary; skipped where the runner gave no summary file (a local run). Every
 * list in it is cut at MAX_LISTED rows, so it stays far under GitHub's 1 MiB limit.
 */
export async function writeSummary(record: RunRecord): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return
  const { settings, failure } = record
  const outcome = failure ? 'failed' : settings?.dryRun ? 'dryRun' : 'done'
  const summary = core.summary.addHeading(HEADINGS[outcome], 2)
  if (failure) {
    // Input errors list one problem per line under a headline: show them as a list.
    const [headline = '', ...lines] = failure.message.split('\n')
    summary.addRaw(`<p><strong>${escape(headline)}</strong></p>`, true)
    if (lines.length > 0) summary.addList(lines.map(line => escape(line.replace(/^- /, ''))))
    if (failure.hint) summary.addRaw(`<p>${escape(failure.hint)}</p>`, true)
  }
  if (record.warnings.length > 0) {
    summary.addHeading('⚠️ Warnings', 3)
    const listed = record.warnings.slice(0, MAX_LISTED).map(escape)
    const more = andMore(record.warnings.length - listed.length, 'warning')
    summary.addList(more ? [...listed, more] : listed)
  }
  if (settings) {
    const rows: [string, string][] = [['App', settings.appId]]
    const registration = registrationOf(settings)
    const certificate = registration?.certificate
    if (registration?.packageName) rows.push(['Package', registration.packageName])
    for (const artifact of registration?.artifacts ?? []) {
      rows.push(['Artifact read', `${artifact.path} (${formatSize(artifact.size)})`])
    }
    const track =
      record.trackId ??
      (settings.target.kind === 'existing-track' ? settings.target.trackId : undefined)
    if (track) rows.push(['Track', track])
    if (certificate) {
      rows.push(['Certificate SHA-256', certificate.sha256])
      rows.push(['Certificate key', certificate.keyType])
      rows.push(['Certificate expires', certificate.validTo.toISOString()])
    }
    rows.push([
      'Unique testers',
      record.result
        ? String(record.result.uniqueTesterCount)
        : `${settings.testers.uniqueTesterCount} (in the request)`
    ])
    summary.addTable(rows.map(([name, value]) => [{ data: name, header: true }, escape(value)]))
    // Which signer was taken and why (v3.1 rotation, several signers), once for all files.
    const notes = [...new Set(registration?.artifacts?.flatMap(artifact => artifact.notes) ?? [])]
    if (notes.length > 0) summary.addList(notes.slice(0, MAX_LISTED).map(escape))
    const groups = settings.testers.groups
    const more = andMore(groups.length - MAX_LISTED, 'group')
    summary.addTable([
      [
        { data: 'Group', header: true },
        { data: 'Testers', header: true },
        { data: 'Members (masked)', header: true }
      ],
      ...groups
        .slice(0, MAX_LISTED)
        .map(group => [
          escape(untrustedText(group.name, 60)),
          String(group.testers.length),
          escape(maskedList(group))
        ]),
      ...(more ? [[escape(more), '', '']] : [])
    ])
    if (!failure && !settings.dryRun && record.result) await addForTesters(summary, record)
  }
  // Appended synchronously, as core.setOutput appends to GITHUB_OUTPUT: core.summary.write()
  // goes through fs/promises, whose first call starts libuv's thread pool, which cost a run with
  // no inputs a tenth of bare Node's start-up for one small append (npm run bench).
  appendFileSync(file, summary.stringify(), 'utf8')
  summary.emptyBuffer()
}

/** How long the summary may spend hashing the files: 2 GB take a few seconds. */
const HASH_SECONDS = 30

/**
 * After a run that added testers: the build they need, so whoever hands it on (a release asset,
 * a workflow artifact) can say what it is. Each file is hashed here, as a stream, and only now:
 * a dry run or a failed run reads no more than the signature.
 */
async function addForTesters(summary: typeof core.summary, record: RunRecord): Promise<void> {
  const registration = record.settings && registrationOf(record.settings)
  const files = registration?.artifactFiles ?? []
  const read = registration?.artifacts ?? []
  if (!registration || files.length === 0) return
  const { fileSha256 } = await import('../signing/signed-artifacts.js')
  const { certificate } = registration
  const rows = []
  const deadline = Date.now() + HASH_SECONDS * 1000
  for (const [index, file] of files.slice(0, MAX_LISTED).entries()) {
    const shown = read[index]
    const hashed = await fileSha256(file, deadline)
    rows.push([
      escape(shown?.path ?? untrustedText(file.path, 300)),
      escape(shown ? formatSize(shown.size) : ''),
      'sha256' in hashed
        ? `<code>${escape(hashed.sha256)}</code>`
        : escape(`not computed: ${hashed.notComputed} (within ${HASH_SECONDS} s for all files)`)
    ])
  }
  summary.addHeading('📦 For your testers', 3)
  summary.addTable([
    [
      { data: 'File', header: true },
      { data: 'Size', header: true },
      { data: 'SHA-256', header: true }
    ],
    ...rows
  ])
  summary.addRaw(
    `<p>Signed with ${escape(certificate.subject)} (certificate SHA-256 ` +
      `${escape(certificate.sha256)}), the certificate registered for DevTest. ` +
      'DevTest delivers no build: hand this file on yourself (the <code>artifactPaths</code> ' +
      'output names it, e.g. for actions/upload-artifact). A tester needs a Fire device with ' +
      'Fire OS 6 or later, signed in with the Amazon account whose email was added, and this ' +
      'build installed on it.</p>',
    true
  )
}

/**
 * HTML-escaped and on one line: the summary is Markdown with HTML in it, where a line break in a
 * value could end the HTML block and let the rest be read as Markdown (images, links).
 */
function escape(text: string): string {
  return printable(text, 2000).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
