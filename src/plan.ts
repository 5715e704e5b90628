import type { Certificate } from './certificate.js'
import { maskEmail } from './mask.js'
import type { Settings } from './settings.js'
import type { TesterGroup } from './testers.js'

/** What is about to be sent, line by line, with tester emails masked. */
export function describePlan(settings: Settings): string[] {
  const { target, testers } = settings
  const lines = [`App: ${settings.appId}`]
  if (target.kind === 'register') {
    const { artifact, packageName, certificate } = target.registration
    if (artifact) {
      lines.push(`Read ${artifact.path}: package and ${artifact.scheme} signer certificate.`)
      lines.push(...artifact.notes)
    }
    lines.push(`Package: ${packageName}`)
    lines.push(...describeCertificate(certificate))
  } else {
    lines.push(`Track: ${target.trackId} (given; registration skipped)`)
  }
  for (const group of testers.groups) {
    lines.push(
      `Group "${group.name}": ${countTesters(group.testers.length)} — ${maskedList(group)}`
    )
  }
  lines.push(`Unique testers: ${testers.uniqueTesterCount}`)
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

function countTesters(count: number): string {
  return count === 1 ? '1 tester' : `${count} testers`
}
