import * as core from '@actions/core'
import { appendFileSync } from 'node:fs'
import type { RunRecord } from './engine.js'
import { andMore, MAX_LISTED } from './errors.js'
import { maskEmailsIn, testerText } from './mask.js'
import { formatSize, maskedList } from './plan.js'
import { printable } from './printable.js'
import { registrationOf } from './settings.js'

/** Outputs are set from Amazon's answers only; a dry run sets just what is known locally. */
export function setOutputs(record: RunRecord): void {
  const certificate = record.settings && registrationOf(record.settings)?.certificate
  if (certificate) core.setOutput('certificate-sha256', certificate.sha256)
  if (record.trackId !== undefined && record.result) {
    core.setOutput('trackId', record.trackId)
    core.setOutput('uniqueTesterCount', String(record.result.uniqueTesterCount))
    // A group named like an address is tester text too: masked here as everywhere.
    core.setOutput('groups', JSON.stringify(record.result.groups.map(maskEmailsIn)))
  }
}

/**
 * Writes the job summary; skipped where the runner gave no summary file (a local run). Every
 * list in it is cut at MAX_LISTED rows, so it stays far under GitHub's 1 MiB limit.
 */
export function writeSummary(record: RunRecord): void {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return
  const { settings, failure } = record
  const summary = core.summary.addHeading(
    failure
      ? '❌ Amazon Appstore DevTest: failed'
      : settings?.dryRun
        ? '🧪 Amazon Appstore DevTest: dry run (nothing sent)'
        : '✅ Amazon Appstore DevTest: testers added',
    2
  )
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
          escape(testerText(group.name, 60)),
          String(group.testers.length),
          escape(maskedList(group))
        ]),
      ...(more ? [[escape(more), '', '']] : [])
    ])
  }
  // Appended synchronously, as core.setOutput appends to GITHUB_OUTPUT: core.summary.write()
  // goes through fs/promises, whose first call starts libuv's thread pool, which cost a run with
  // no inputs a tenth of bare Node's start-up for one small append (npm run bench).
  appendFileSync(file, summary.stringify(), 'utf8')
  summary.emptyBuffer()
}

/**
 * HTML-escaped and on one line: the summary is Markdown with HTML in it, where a line break in a
 * value could end the HTML block and let the rest be read as Markdown (images, links).
 */
function escape(text: string): string {
  return printable(text, 2000).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
