import * as core from '@actions/core'
import type { AddTestersResult } from './amazon-client.js'
import type { Certificate } from './certificate.js'
import type { Settings } from './inputs.js'
import { andMore, MAX_LISTED } from './errors.js'
import { maskEmail, maskEmailsIn, testerText } from './mask.js'
import { printable } from './printable.js'
import type { TesterGroup } from './testers.js'

/** What the step did, as far as it got: the job summary and the outputs are written from this. */
export interface RunRecord {
  settings?: Settings
  trackId?: string
  result?: AddTestersResult
  failure?: { message: string; hint?: string }
  /** Everything worth a warning, found so far; shown in the log and the summary alike. */
  warnings: string[]
  /** How many of the warnings the log has shown already. */
  warningsLogged?: number
}

/** Logs the warnings not logged yet: the first MAX_LISTED, then how many more there are. */
export function logWarnings(record: RunRecord): void {
  const from = record.warningsLogged ?? 0
  const shown = Math.min(record.warnings.length, MAX_LISTED)
  for (const warning of record.warnings.slice(from, shown)) core.warning(warning)
  const more = andMore(record.warnings.length - Math.max(shown, from), 'warning')
  if (more && from < record.warnings.length) core.warning(`${more} (see the job summary)`)
  record.warningsLogged = record.warnings.length
}

/** Group names Amazon reported back, masked and escaped like any tester text. */
export function describeGroups(groups: readonly string[]): string {
  const named = groups.slice(0, MAX_LISTED).map(group => `"${testerText(group, 60)}"`)
  const more = andMore(groups.length - named.length, 'group')
  return more ? `${named.join(', ')} ${more}` : named.join(', ')
}

/** Logs what is about to be sent, with tester emails masked. */
export function logPlan(settings: Settings): void {
  const { registration, testers } = settings
  core.info(`App: ${settings.appId}`)
  if (registration) {
    const artifacts = registration.artifacts ?? []
    for (const artifact of artifacts) {
      core.info(
        `Read ${printable(artifact.path, 300)} (${formatSize(artifact.size)}): package and ${artifact.scheme} signer certificate.`
      )
      for (const note of artifact.notes) core.info(printable(note, 500))
    }
    if (artifacts.length > 1) {
      core.info(
        `The ${artifacts.length} artifacts agree on the package and the signer certificate.`
      )
    }
    core.info(`Package: ${registration.packageName}`)
    for (const line of describeCertificate(registration.certificate)) core.info(line)
  } else {
    core.info(`Track: ${settings.trackId} (given; registration skipped)`)
  }
  for (const group of testers.groups) {
    core.info(
      `Group "${testerText(group.name, 60)}": ${countTesters(group.testers.length)} — ${maskedList(group)}`
    )
  }
  core.info(`Unique testers: ${testers.uniqueTesterCount}`)
}

function describeCertificate(certificate: Certificate): string[] {
  return [
    `Certificate subject: ${certificate.subject}`,
    `Certificate key: ${certificate.keyType}`,
    `Certificate valid: ${certificate.validFrom.toISOString()} to ${certificate.validTo.toISOString()}`,
    `Certificate SHA-256: ${certificate.sha256}`
  ]
}

/** Outputs are set from Amazon's answers only; a dry run sets just what is known locally. */
export function setOutputs(record: RunRecord): void {
  const certificate = record.settings?.registration?.certificate
  if (certificate) core.setOutput('certificate-sha256', certificate.sha256)
  if (record.trackId !== undefined && record.result) {
    core.setOutput('trackId', record.trackId)
    core.setOutput('uniqueTesterCount', String(record.result.uniqueTesterCount))
    // A group named like an address is tester text too: masked here as everywhere.
    core.setOutput('groups', JSON.stringify(record.result.groups.map(maskEmailsIn)))
  }
}

/** Writes the job summary; skipped where the runner gave no summary file (a local run). */
export async function writeSummary(record: RunRecord): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
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
    const certificate = settings.registration?.certificate
    if (settings.registration) rows.push(['Package', settings.registration.packageName])
    for (const artifact of settings.registration?.artifacts ?? []) {
      rows.push(['Artifact read', `${artifact.path} (${formatSize(artifact.size)})`])
    }
    const track = record.trackId ?? settings.trackId
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
    summary.addTable([
      [
        { data: 'Group', header: true },
        { data: 'Testers', header: true },
        { data: 'Members (masked)', header: true }
      ],
      ...settings.testers.groups.map(group => [
        escape(testerText(group.name, 60)),
        String(group.testers.length),
        escape(maskedList(group))
      ])
    ])
  }
  await summary.write()
}

function maskedList(group: TesterGroup): string {
  return group.testers.map(tester => maskEmail(tester.email)).join(', ')
}

/** Bytes as the runner's UI shows file sizes: 1.5 GB, 23.4 kB (decimal units). */
function formatSize(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`
}

function countTesters(count: number): string {
  return count === 1 ? '1 tester' : `${count} testers`
}

/**
 * HTML-escaped and on one line: the summary is Markdown with HTML in it, where a line break in a
 * value could end the HTML block and let the rest be read as Markdown (images, links).
 */
function escape(text: string): string {
  return printable(text, 2000).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
