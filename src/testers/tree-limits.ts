import type * as JsYaml from 'js-yaml'
import type { Event } from 'js-yaml'
import { LineCursor, NodeOffsets } from './tree-positions.js'

/**
 * The shape a YAML or JSON tester list may have, and its parse into js-yaml's events. The
 * parser's parseEvents yields one flat array of small records that point into the text by
 * offsets (no node objects, no copies of the text), but it yields all of them at once: a 1 MB
 * file of "a," or of "-" lines is half a million events, about 75 MB of heap, enough to have a
 * runner with little memory killed without an annotation. So a linear scan first bounds how
 * many events the text can make, counting the characters that every node, pair and collection
 * needs (see eventBound); only a text under that bound is parsed in full. A text over it is
 * refused, and only the part before the bound is parsed, to say which limit it passed first.
 *
 * The limits follow from what a tester list can hold: 50 groups and 50 testers (Amazon's limit
 * per app), a tester in several groups at most 50 × 50 = 2,500 times.
 */

/**
 * Levels of nesting (js-yaml's maxDepth): a list needs 5, the groups, a group's fields, its
 * testers, a tester's fields, a value; 16 is ample for every way of writing one and still tiny.
 */
export const MAX_TREE_DEPTH = 16

/**
 * js-yaml's maxDepth counts the document and the value at the bottom too: 16 levels of
 * collections around a value are 18 of its levels.
 */
const PARSER_MAX_DEPTH = MAX_TREE_DEPTH + 2

/**
 * Lines. When js-yaml refuses a text it describes the place with a snippet, for which it keeps
 * two numbers per line of the whole text: a 1 MB file of line breaks with one error in it peaked
 * at 140–180 MB. A list of 50 groups of 50 testers written one field to a line has under 10,000.
 */
export const MAX_TREE_LINES = 100_000

/**
 * Events: a scalar, an alias, the start and the end of a collection or document. A tester
 * written in full, {email: a, firstName: b, lastName: c}, is 8 of them, so the largest list
 * Amazon takes, 2,500 such testers, is about 20,000; comments and blank lines make none.
 */
export const MAX_TREE_TOKENS = 50_000

/**
 * Anchors and aliases. The reader expands no alias (a tester or group given as one is refused),
 * so a list needs none; a few are tolerated, as one per group and one per use of it.
 */
export const MAX_ANCHORS = 100

/**
 * The most events the scan lets the parser make: at about 150 bytes of heap each, some 35 MB at
 * worst (a hostile 1 MB file is refused in about 110 MB of RSS, in a 64 MB heap). The scan's
 * bound is loose: the largest list Amazon takes is about 56,000 by it, in JSON or flow style.
 */
export const MAX_EVENT_BOUND = 4 * MAX_TREE_TOKENS

export interface TreeShapeProblem {
  message: string
  /** "line N": where the limit was passed. */
  where?: string
}

/** The events of a text that passed every limit, or the one problem that stops it. */
export type TreeEvents =
  | { events: Event[]; lines: LineCursor; problem?: undefined }
  | { problem: TreeShapeProblem; events?: undefined }

type Parser = Pick<typeof JsYaml, 'parseEvents' | 'EVENT_ID'>

/**
 * More events than the text can make, and the offset where that bound passes MAX_EVENT_BOUND
 * (-1 when it does not). Every event needs one of these characters, counted wherever they
 * stand (in a quoted string or a comment too, which only makes the bound looser): a sequence
 * item a "-" before a blank, a "[" or ","; a mapping key or value a ":", "?", "{" or ","; a
 * collection, with its end, the first of its items; a document, "---" or "...". One pass, no
 * regular expression.
 */
export function eventBound(text: string): { bound: number; passedAt: number } {
  let bound = 3 // the first document, its root and its end
  const { length } = text
  for (let i = 0; i < length; i++) {
    switch (text.charCodeAt(i)) {
      case 0x2c: // ,  an item, or a key and its value
        bound += 2
        break
      case 0x5b: // [  the sequence, its end, its first item
        bound += 3
        break
      case 0x3a: // :  a key, its value, and maybe their mapping and its end
      case 0x3f: // ?
      case 0x7b: // {
        bound += 4
        break
      case 0x2d: {
        // -  an item, and maybe its sequence and its end ("---" too: a document)
        const next = i + 1 < length ? text.charCodeAt(i + 1) : 0x20
        if (next === 0x20 || next === 0x0a || next === 0x0d || next === 0x09) bound += 3
        break
      }
      case 0x2e: // "..." ends a document, the next one starts without a mark
        if (text.startsWith('...', i)) {
          bound += 3
          i += 2
        }
        break
    }
    if (bound > MAX_EVENT_BOUND) return { bound, passedAt: i }
  }
  return { bound, passedAt: -1 }
}

/**
 * Where line MAX_TREE_LINES + 1 starts, or -1 when the text has no more lines than that. A line
 * ends at a line feed or at a carriage return, as js-yaml reads it. One pass, no regular
 * expression.
 */
export function lineLimitPassedAt(text: string): number {
  let lines = 1
  const { length } = text
  for (let i = 0; i < length; i++) {
    const char = text.charCodeAt(i)
    if (char === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue // CRLF: one break, at its LF
    if (char === 0x0a || char === 0x0d) {
      lines++
      if (lines > MAX_TREE_LINES) return i + 1
    }
  }
  return -1
}

/**
 * Parses a tester list into events, within the limits: the first limit passed, or the parse
 * error, is the one problem returned. No message quotes the text: js-yaml's reasons can (an
 * alias's or a tag's name), so each is mapped to fixed words, with the line.
 */
export function readTreeEvents(yaml: Parser, text: string): TreeEvents {
  const { passedAt } = eventBound(text)
  if (passedAt >= 0) {
    // Refused either way; the part before the bound says which limit came first. Cut at a line
    // break when there is one, so that a block list's part still parses.
    const lineEnd = text.lastIndexOf('\n', passedAt)
    const head = text.slice(0, lineEnd > 0 ? lineEnd + 1 : passedAt)
    const lines = new LineCursor(text)
    let events: Event[]
    try {
      events = yaml.parseEvents(head, { maxDepth: PARSER_MAX_DEPTH })
    } catch (error) {
      const depth = depthProblem(error)
      return { problem: depth ?? tooMany(lines.at(passedAt)) }
    }
    return { problem: eventsProblem(yaml, head, events) ?? tooMany(lines.at(passedAt)) }
  }
  const linesPassedAt = lineLimitPassedAt(text)
  if (linesPassedAt >= 0) return { problem: tooLong(new LineCursor(text).at(linesPassedAt)) }
  let events: Event[]
  try {
    events = yaml.parseEvents(text, { maxDepth: PARSER_MAX_DEPTH })
  } catch (error) {
    return { problem: depthProblem(error) ?? parseProblem(error) }
  }
  const problem = eventsProblem(yaml, text, events)
  return problem ? { problem } : { events, lines: new LineCursor(text) }
}

/**
 * The first limit the text passes, or undefined when its shape is one a tester list can have
 * (a text that cannot be parsed passes no limit: readTreeEvents says why it cannot).
 */
export function treeShapeProblem(yaml: Parser, text: string): TreeShapeProblem | undefined {
  const result = readTreeEvents(yaml, text)
  if (result.problem === undefined) return undefined
  return result.problem.message.startsWith('cannot be parsed') ? undefined : result.problem
}

/** The first of the limits on events passed, in the order of the text. */
function eventsProblem(yaml: Parser, text: string, events: Event[]): TreeShapeProblem | undefined {
  const { EVENT_ID } = yaml
  const lines = new LineCursor(text)
  const offsets = new NodeOffsets(yaml, text)
  let anchors = 0
  let documents = 0
  let offset = -1
  for (let i = 0; i < events.length; i++) {
    const event = events[i]
    if (event.type === EVENT_ID.POP) continue
    if (event.type === EVENT_ID.DOCUMENT) {
      documents++
      if (event.directives.some(directive => directive.kind === 'tag')) {
        return tagged(lines.at(offset))
      }
      continue
    }
    const anchored = event.anchorStart >= 0
    const start = offsets.of(event)
    if (start >= 0) offset = start
    if (documents > 1) {
      return {
        message:
          'cannot be parsed (it holds more than one YAML document); remove the "---" or ' +
          '"..." lines',
        where: lines.at(offset)
      }
    }
    if (i >= MAX_TREE_TOKENS) return tooMany(lines.at(offset))
    if (event.type === EVENT_ID.ALIAS || anchored) {
      anchors++
      if (anchors > MAX_ANCHORS) {
        return {
          message:
            `uses more than ${MAX_ANCHORS} anchors and aliases; a tester list needs none ` +
            '(write each tester where it belongs)',
          where: lines.at(offset)
        }
      }
    }
    if (event.type !== EVENT_ID.ALIAS && event.tagStart >= 0) {
      const isStr =
        event.type === EVENT_ID.SCALAR &&
        event.tagEnd - event.tagStart === 5 &&
        text.startsWith('!!str', event.tagStart)
      if (!isStr) return tagged(lines.at(event.tagStart))
    }
  }
  return undefined
}

function tagged(where: string): TreeShapeProblem {
  return {
    message:
      'uses a YAML tag ("!" before a value); a tester list needs none but "!!str" ' +
      '(write each value as text, in quotes if needed)',
    where
  }
}

/** js-yaml's words for its failures, as fixed words of ours: its own may quote the text. */
const PARSE_REASONS: [string, string][] = [
  ['tab characters', 'a tab in the indentation'],
  ['indentation', 'bad indentation'],
  ['quoted scalar', 'a quote that is not closed'],
  ['comma', 'a missing comma'],
  ['flow collection', 'a bracket that is not closed'],
  ['duplication of an anchor', 'a value with two anchors'],
  ['duplication of a tag', 'a value with two tags'],
  ['anchor', 'an anchor that cannot be read'],
  ['alias', 'an alias that cannot be read'],
  ['directive', 'a directive that cannot be read'],
  ['tag', 'a tag that cannot be read'],
  ['non-printable', 'a control character'],
  ['null byte', 'a control character'],
  ['escape', 'an escape sequence that cannot be read'],
  ['block scalar', 'a block scalar that cannot be read'],
  ['mapping', 'a mapping entry that cannot be read'],
  ['document', 'a document that cannot be read']
]

interface ParseFailure {
  reason?: unknown
  mark?: { line?: unknown }
}

function failureLine(error: unknown): string | undefined {
  const line = (error as ParseFailure | undefined)?.mark?.line
  return typeof line === 'number' ? `line ${line + 1}` : undefined
}

function depthProblem(error: unknown): TreeShapeProblem | undefined {
  const reason = (error as ParseFailure | undefined)?.reason
  if (typeof reason !== 'string' || !reason.startsWith('nesting exceeded maxDepth'))
    return undefined
  return {
    message:
      `nests deeper than ${MAX_TREE_DEPTH} levels of indentation and brackets; a tester list ` +
      'needs 5 (groups, their fields, their testers, a tester, its fields)',
    where: failureLine(error)
  }
}

function parseProblem(error: unknown): TreeShapeProblem {
  const reason = (error as ParseFailure | undefined)?.reason
  const words =
    typeof reason === 'string'
      ? (PARSE_REASONS.find(([part]) => reason.includes(part))?.[1] ?? 'a syntax error')
      : 'a syntax error'
  // YAML wants the lines of a bracketed list inside a block one indented past its key, the
  // closing bracket's too, and spaces around it: a layout many editors allow and js-yaml refuses.
  const fix = words.includes('indentation')
    ? 'check the indentation: a [ ] or { } list over several lines is indented past its key, ' +
      'its closing bracket too, with spaces, not tabs'
    : 'check the indentation and quoting'
  return { message: `cannot be parsed (${words}); ${fix}`, where: failureLine(error) }
}

function tooLong(where: string): TreeShapeProblem {
  return {
    message:
      `has more than ${MAX_TREE_LINES.toLocaleString('en-US')} lines; a list of 50 groups of 50 ` +
      'testers needs fewer than 10,000: check that this is the tester list',
    where
  }
}

function tooMany(where: string): TreeShapeProblem {
  return {
    message:
      `holds more than ${MAX_TREE_TOKENS.toLocaleString('en-US')} entries, keys and values; ` +
      'a list of 50 groups of 50 testers needs fewer: check that this is the tester list',
    where
  }
}
