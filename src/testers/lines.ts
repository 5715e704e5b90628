// The plain format: one tester per line.
import type { Collector } from './collector.js'
import { withoutComment } from './format.js'

export function readLines(text: string, collector: Collector): void {
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = withoutComment(raw).trim()
    if (line !== '') collector.addText(collector.options.defaultGroup, line, `line ${index + 1}`)
  })
}
