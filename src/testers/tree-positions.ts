import type * as JsYaml from 'js-yaml'
import type { Event } from 'js-yaml'

// Where the nodes of a YAML or JSON tester list stand, for the problems that name a line:
// js-yaml's events point into the text by offsets, and these turn offsets into lines in one pass.

/**
 * The text with every lone carriage return (old Mac line ends) made a line feed, as js-yaml reads
 * it: the same length, so offsets stay where they were. A single-character lookahead: linear.
 */
export function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text
}

/**
 * Line numbers of offsets, from a cursor that moves from the last offset asked: the reader asks
 * in the order of the text, so counting the lines of a whole file costs one pass over it.
 */
export class LineCursor {
  private offset = 0
  private line = 1
  private readonly text: string
  constructor(text: string) {
    this.text = withLineFeeds(text)
  }

  /** "line N" of an offset; -1 (js-yaml's "absent") names the line of the last offset asked. */
  at(offset: number): string {
    return `line ${this.lineOf(offset)}`
  }

  lineOf(offset: number): number {
    if (offset < 0) return this.line
    const { text } = this
    while (this.offset < offset) {
      const next = text.indexOf('\n', this.offset)
      if (next < 0 || next >= offset) break
      this.line++
      this.offset = next + 1
    }
    while (this.offset > offset) {
      const previous = text.lastIndexOf('\n', this.offset - 1)
      if (previous < offset) {
        this.offset = offset
        break
      }
      this.line--
      this.offset = previous
    }
    if (this.offset < offset) this.offset = offset
    return this.line
  }
}

/**
 * Where each node starts, its anchor or tag included, asked in the order of the events. An empty
 * scalar has no offset in js-yaml's events: it stands at the indicator after the last node read
 * ("-", ":", ","), and the next empty one looks past that, so each part of the text is scanned
 * once for the whole file.
 */
export class NodeOffsets {
  private end = 0
  private readonly text: string
  constructor(
    private readonly yaml: Pick<typeof JsYaml, 'EVENT_ID'>,
    text: string
  ) {
    this.text = withLineFeeds(text)
  }

  /** The offset of an event's node; -1 for a document or an end, or past the text. */
  of(event: Event): number {
    const { EVENT_ID } = this.yaml
    if (event.type === EVENT_ID.DOCUMENT || event.type === EVENT_ID.POP) return -1
    let start: number
    let end: number
    if (event.type === EVENT_ID.ALIAS) {
      start = event.anchorStart
      end = event.anchorEnd
    } else {
      const own = event.type === EVENT_ID.SCALAR ? event.valueStart : event.start
      const props = [event.anchorStart, event.tagStart].filter(at => at >= 0)
      start = props.length > 0 ? Math.min(...props) : own
      end = event.type === EVENT_ID.SCALAR ? event.valueEnd : event.start
    }
    if (start < 0) {
      start = indicatorAfter(this.text, this.end)
      end = start + 1
    }
    this.end = Math.max(this.end, end)
    return start
  }
}

/**
 * The first character from offset on that is not a blank, a closing bracket or quote, or part
 * of a comment: where an empty node's indicator stands; -1 past the text. No regular expression.
 */
function indicatorAfter(text: string, offset: number): number {
  let i = offset
  while (i < text.length) {
    const char = text[i] ?? ''
    if (char === '#' && (i === 0 || ' \t\n\r'.includes(text[i - 1] ?? ''))) {
      const lineEnd = text.indexOf('\n', i)
      if (lineEnd < 0) return -1
      i = lineEnd
    } else if (' \t\r\n]}"\''.includes(char)) {
      i++
    } else {
      return i
    }
  }
  return -1
}
