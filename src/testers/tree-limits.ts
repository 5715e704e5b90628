import type * as Yaml from 'yaml'

/**
 * The shape a YAML or JSON tester list may have, checked on the yaml package's lexer before the
 * file is parsed: the parser builds a node with a position for every bracket, comma, dash and
 * anchor, and a 1 MB file of "[" or of commas peaked at over 1 GB, enough to have a runner with
 * little memory killed without an annotation. The lexer only yields tokens, one at a time, so
 * this pass holds nothing but counters and stops at the first limit passed.
 *
 * The limits follow from what a tester list can hold: 50 groups and 50 testers (Amazon's limit
 * per app), a tester in several groups at most 50 × 50 = 2,500 times.
 */

/**
 * Levels of indentation and brackets. A list needs 5: the groups, a group's fields, its testers,
 * a tester's fields, a value. A sequence may stand at its key's indentation, so one level of
 * nesting can show as none here; 16 is ample for every way of writing a list and still tiny.
 */
export const MAX_TREE_DEPTH = 16

/**
 * Tokens that make a node or a pair: scalars, "-", "?", ":", "[", "{", ",", anchors, aliases,
 * tags. A tester written in full in flow style, {email: a, firstName: b, lastName: c}, is 12 of
 * them, so the largest list Amazon takes, 2,500 such testers, is 30,000; comments and blank
 * lines are not counted.
 */
export const MAX_TREE_TOKENS = 50_000

/**
 * Anchors and aliases. The reader expands no alias (a tester or group given as one is refused),
 * so a list needs none; a few are tolerated, as one per group and one per use of it.
 */
export const MAX_ANCHORS = 100

export interface TreeShapeProblem {
  message: string
  /** "line N": where the limit was passed. */
  where: string
}

const NODE_TOKENS = new Set([
  'scalar',
  'seq-item-ind',
  'explicit-key-ind',
  'map-value-ind',
  'flow-map-start',
  'flow-seq-start',
  'comma',
  'anchor',
  'alias',
  'tag'
])
/** The lexer's markers: one control character each, not part of the text. */
const MARKERS = new Set(['doc-mode', 'flow-error-end', 'scalar'])

/** The first limit the text passes, or undefined when its shape is one a tester list can have. */
export function treeShapeProblem(
  yaml: Pick<typeof Yaml, 'Lexer' | 'CST'>,
  text: string
): TreeShapeProblem | undefined {
  let line = 1
  let column = 0
  let tokens = 0
  let anchors = 0
  let flowDepth = 0
  /** Columns of the block collections open at this point. */
  const blocks: number[] = []
  let lineStarted = false
  let sourceNext = false
  const at = (): string => `line ${line}`

  /** A block node starts at this column: it closes the deeper ones and may open a level. */
  const blockAt = (col: number): boolean => {
    while (blocks.length > 0 && (blocks.at(-1) ?? 0) > col) blocks.pop()
    if (blocks.length === 0 || (blocks.at(-1) ?? 0) < col) blocks.push(col)
    return blocks.length + flowDepth > MAX_TREE_DEPTH
  }

  for (const token of new yaml.Lexer().lex(text)) {
    const type: string | null = sourceNext ? null : yaml.CST.tokenType(token)
    sourceNext = type === 'scalar'
    if (type !== null && MARKERS.has(type) && token.length === 1) {
      if (type === 'scalar') tokens++
      if (tokens > MAX_TREE_TOKENS) return tooMany(at())
      continue
    }
    const content =
      type !== 'space' && type !== 'newline' && type !== 'comment' && type !== 'byte-order-mark'
    if (content && flowDepth === 0) {
      const startsBlock = !lineStarted || type === 'seq-item-ind' || type === 'explicit-key-ind'
      if (startsBlock && blockAt(column)) return tooDeep(at())
    }
    if (content) lineStarted = true
    if (type === 'flow-seq-start' || type === 'flow-map-start') {
      flowDepth++
      if (blocks.length + flowDepth > MAX_TREE_DEPTH) return tooDeep(at())
    } else if ((type === 'flow-seq-end' || type === 'flow-map-end') && flowDepth > 0) {
      flowDepth--
    }
    if (type !== null && NODE_TOKENS.has(type)) {
      tokens++
      if (tokens > MAX_TREE_TOKENS) return tooMany(at())
    }
    if (type === 'anchor' || type === 'alias') {
      anchors++
      if (anchors > MAX_ANCHORS) {
        return {
          message:
            `uses more than ${MAX_ANCHORS} anchors and aliases; a tester list needs none ` +
            '(write each tester where it belongs)',
          where: at()
        }
      }
    }
    // Where the next token starts: a scalar or comment may span lines.
    const lastBreak = token.lastIndexOf('\n')
    if (lastBreak < 0) {
      column += token.length
    } else {
      for (let i = token.indexOf('\n'); i >= 0; i = token.indexOf('\n', i + 1)) line++
      column = token.length - lastBreak - 1
      lineStarted = type !== 'newline' && column > 0 && content
    }
  }
  return undefined
}

function tooDeep(where: string): TreeShapeProblem {
  return {
    message:
      `nests deeper than ${MAX_TREE_DEPTH} levels of indentation and brackets; a tester list ` +
      'needs 5 (groups, their fields, their testers, a tester, its fields)',
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
