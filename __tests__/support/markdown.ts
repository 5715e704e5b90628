// Just enough Markdown reading for the doc tests: fenced code blocks (with the guide-test marker
// comment right before one), headings as GitHub turns them into anchors, and relative links.
// The docs are ours and small; a full Markdown parser would add a dependency for three loops.

export interface Marker {
  kind: 'skip' | 'stand-in'
  /** The stand-in's name (what the test does in the block's place); empty for a skip. */
  name: string
  reason: string
}

export interface FencedBlock {
  language: string
  text: string
  /** 1-based line of the opening fence. */
  line: number
  marker: Marker | undefined
}

const FENCE = /^(`{3,}|~{3,})\s*([\w-]*)\s*$/
const MARKER = /^<!-- guide-test: (skip|stand-in ([a-z][a-z-]*)): (\S.*\S) -->$/

/**
 * Every fenced code block, in order. A `<!-- guide-test: … -->` comment applies to the block
 * that follows it with only blank lines between; a marker that is malformed, or that no block
 * follows, throws, so a typo cannot silently turn a block off or leave one on.
 */
export function fencedBlocks(markdown: string): FencedBlock[] {
  const lines = markdown.split('\n')
  const blocks: FencedBlock[] = []
  let pending: { marker: Marker; line: number } | undefined
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (line.startsWith('<!-- guide-test')) {
      const match = MARKER.exec(line)
      if (!match) throw new Error(`line ${index + 1}: malformed guide-test marker: ${line}`)
      if (pending) throw new Error(`line ${pending.line}: guide-test marker with no block after it`)
      pending = {
        marker: {
          kind: match[1] === 'skip' ? 'skip' : 'stand-in',
          name: match[2] ?? '',
          reason: match[3] ?? ''
        },
        line: index + 1
      }
      continue
    }
    const fence = FENCE.exec(line)
    if (!fence) {
      if (pending && line.trim() !== '')
        throw new Error(`line ${pending.line}: guide-test marker with no block after it`)
      continue
    }
    const [, ticks = '```', language = ''] = fence
    const start = index
    const body: string[] = []
    for (index++; index < lines.length && !(lines[index] ?? '').startsWith(ticks); index++)
      body.push(lines[index] ?? '')
    if (index >= lines.length) throw new Error(`line ${start + 1}: code block never closed`)
    blocks.push({ language, text: body.join('\n'), line: start + 1, marker: pending?.marker })
    pending = undefined
  }
  if (pending) throw new Error(`line ${pending.line}: guide-test marker with no block after it`)
  return blocks
}

/** The Markdown with every fenced code block blanked out, line numbers kept. */
export function prose(markdown: string): string {
  const lines = markdown.split('\n')
  let fence: string | undefined
  return lines
    .map(line => {
      const match = FENCE.exec(line)
      if (fence === undefined && match) {
        fence = match[1]
        return ''
      }
      if (fence !== undefined) {
        if (line.startsWith(fence)) fence = undefined
        return ''
      }
      return line
    })
    .join('\n')
}

/** The anchors GitHub gives the headings: lower case, punctuation dropped, spaces to dashes. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  for (const line of prose(markdown).split('\n')) {
    const heading = /^#{1,6} (.+?)\s*#*\s*$/.exec(line)
    if (!heading) continue
    const slug = (heading[1] ?? '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-')
    const count = seen.get(slug) ?? 0
    seen.set(slug, count + 1)
    anchors.add(count === 0 ? slug : `${slug}-${count}`)
  }
  return anchors
}

export interface Link {
  target: string
  line: number
}

/** Links in the prose (not in code) that point inside the repository: no scheme. */
export function relativeLinks(markdown: string): Link[] {
  const links: Link[] = []
  prose(markdown)
    .split('\n')
    .forEach((line, index) => {
      const outsideCode = line.replace(/`[^`]*`/g, '')
      for (const match of outsideCode.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = match[1] ?? ''
        if (!/^[a-z][a-z+.-]*:/i.test(target)) links.push({ target, line: index + 1 })
      }
    })
  return links
}
