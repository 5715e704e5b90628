import type { Certificate } from '../signing/certificate.js'
import { andMore, MAX_LISTED } from '../shared/errors.js'
import { maskEmail, untrustedText } from '../shared/mask.js'
import { printable } from '../shared/printable.js'
import { describeRunBudget } from './run-deadline.js'
import { registrationOf, type Settings } from './settings.js'
import type { TesterGroup } from '../testers/testers.js'

/**
 * What is about to be sent, line by line: tester emails masked, and text read from files or
 * artifacts escaped and cut, so no line of it can be a workflow command.
 */
export function describePlan(settings: Settings): string[] {
  const { target, testers } = settings
  const lines = [`App: ${settings.appId}`]
  const read = registrationOf(settings)
  if (read) {
    const { artifacts = [], packageName, certificate } = read
    for (const artifact of artifacts) {
      lines.push(
        `Read ${printable(artifact.path, 300)} (${formatSize(artifact.size)}): package and ${artifact.scheme} signer certificate.`
      )
      for (const note of artifact.notes) lines.push(printable(note, 1000))
    }
    if (artifacts.length > 1) {
      lines.push(
        `The ${artifacts.length} artifacts agree on the package and the signer certificate.`
      )
    }
    if (packageName !== '') lines.push(`Package: ${packageName}`)
    lines.push(...describeCertificate(certificate))
  }
  if (target.kind === 'existing-track') {
    const checked = read ? '; the certificate above is checked, not sent' : ''
    lines.push(`Track: ${target.trackId} (given; registration skipped${checked})`)
  }
  const groups = testers.groups.slice(0, MAX_LISTED)
  for (const group of groups) {
    lines.push(
      `Group "${untrustedText(group.name, 60)}": ${countTesters(group.testers.length, 'tester')} — ${maskedList(group)}`
    )
  }
  const more = andMore(testers.groups.length - groups.length, 'group')
  if (more) lines.push(`${more} (see the job summary)`)
  lines.push(`Unique testers: ${testers.uniqueTesterCount}`)
  lines.push(describeRunBudget(settings))
  return lines
}

function describeCertificate(certificate: Certificate): string[] {
  return [
    `Certificate subject: ${certificate.subject}`,
    `Certificate key: ${certificate.keyType}`,
    `Certificate valid: ${certificate.validFrom.toISOString()} to ${certificate.validTo.toISOString()}`,
    `Certificate SHA-256: ${certificate.sha256}`
  ]
}

/** A group's members, masked: a•••@example.com, b•••@example.com. */
export function maskedList(group: TesterGroup): string {
  return group.testers.map(tester => maskEmail(tester.email)).join(', ')
}

/** Group names Amazon reported back, masked and escaped like any tester text. */
export function describeGroups(groups: readonly string[]): string {
  const named = groups.slice(0, MAX_LISTED).map(group => `"${untrustedText(group, 60)}"`)
  const more = andMore(groups.length - named.length, 'group')
  return more ? `${named.join(', ')} ${more}` : named.join(', ')
}

/** "1 tester", "3 unique testers". */
export function countTesters(count: number, noun: string): string {
  return count === 1 ? `1 ${noun}` : `${count} ${noun}s`
}

/** Bytes as the runner's UI shows file sizes: 1.5 GB, 23.4 kB (decimal units). */
export function formatSize(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`
}
