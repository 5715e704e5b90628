import type { Event } from 'js-yaml'
import type { Tester } from './model.js'
import type { Collector } from './collector.js'
import { TESTER_KEYS, groupNamed } from './collector.js'
import { nameExcerpt } from '../shared/mask.js'
import { readTreeEvents } from './tree-limits.js'
import { NodeOffsets } from './tree-positions.js'

/**
 * YAML and JSON share one reader: JSON is YAML 1.2, and js-yaml's parseEvents reads both into a
 * flat list of events that point into the text by offset (tree-limits.ts bounds how many, and
 * how deep, before and while parsing). The reader builds its own small nodes from the events,
 * each with the line it starts on, so problems name a line in either format; an alias is kept
 * as an alias, never expanded, and a scalar is decoded only as text or typed by the core schema
 * (null, a bool, a number, text).
 */
type TreeNode =
  | { kind: 'scalar'; value: unknown; where: string }
  | { kind: 'alias'; where: string }
  | { kind: 'seq'; items: TreeNode[]; where: string }
  | { kind: 'map'; pairs: [TreeNode, TreeNode][]; where: string }

type ScalarNode = Extract<TreeNode, { kind: 'scalar' }>
type MapNode = Extract<TreeNode, { kind: 'map' }>

export async function readTree(text: string, collector: Collector): Promise<void> {
  const yaml = await import('js-yaml')
  const parsed = readTreeEvents(yaml, text)
  if (parsed.problem) return collector.problem(parsed.problem.message, parsed.problem.where)
  const { events, lines } = parsed
  const { EVENT_ID, SCALAR_STYLE } = yaml

  // Events in order, the nodes of the one document; depth is bounded (MAX_TREE_DEPTH), and the
  // recursion with it. Lines are asked in the order of the text, so counting them is linear.
  let next = 0
  const offsets = new NodeOffsets(yaml, text)
  const node = (): TreeNode | undefined => {
    const event = events[next++] as Event | undefined
    if (event === undefined || event.type === EVENT_ID.POP) return undefined
    if (event.type === EVENT_ID.DOCUMENT) return node()
    const where = lines.at(offsets.of(event))
    if (event.type === EVENT_ID.ALIAS) return { kind: 'alias', where }
    if (event.type === EVENT_ID.SCALAR) {
      const source = yaml.getScalarValue(text, event)
      // Plain scalars are typed as YAML 1.2 types them; quoted ones and "!!str" are text (any
      // other tag was refused by readTreeEvents).
      const value =
        event.style === SCALAR_STYLE.PLAIN && event.tagStart < 0
          ? yaml.CORE_SCHEMA.resolveImplicitScalarTag(source).value
          : source
      return { kind: 'scalar', value, where }
    }
    if (event.type === EVENT_ID.SEQUENCE) {
      const items: TreeNode[] = []
      for (let item = node(); item !== undefined; item = node()) items.push(item)
      return { kind: 'seq', items, where }
    }
    const pairs: [TreeNode, TreeNode][] = []
    for (let key = node(); key !== undefined; key = node()) {
      const value = node() // js-yaml gives every key a value, an empty scalar if none is written
      if (value === undefined) break // the mapping's end, read already
      pairs.push([key, value])
    }
    return { kind: 'map', pairs, where }
  }
  const root = node()

  const isText = (value: TreeNode | undefined): value is ScalarNode & { value: string } =>
    value?.kind === 'scalar' && typeof value.value === 'string'
  const isNull = (value: TreeNode | undefined): boolean =>
    value?.kind === 'scalar' && value.value === null
  const keyOf = (key: TreeNode): string => (key.kind === 'scalar' ? String(key.value) : '?')
  /** The value of the first pair with this key. */
  const get = (map: MapNode, key: string): TreeNode | undefined =>
    map.pairs.find(([candidate]) => candidate.kind === 'scalar' && candidate.value === key)?.[1]
  const at = (value: TreeNode | undefined): string => value?.where ?? lines.at(-1)

  const readTester = (group: string, node: TreeNode | undefined): void => {
    if (isText(node)) {
      collector.addText(group, node.value.trim(), at(node))
    } else if (node?.kind === 'map') {
      readTesterFields(group, node)
    } else {
      collector.problem(
        'a tester must be an email, "First Last <email>" or {email, firstName, lastName}',
        at(node)
      )
    }
  }
  // Field by field: no alias in a hostile file is ever expanded.
  const readTesterFields = (group: string, node: MapNode): void => {
    const fields = new Map<string, TreeNode>()
    const unknownKeys: string[] = []
    for (const [keyNode, value] of node.pairs) {
      const key = keyOf(keyNode)
      // Only the three known keys are kept, so the one quoted here is one of them.
      if (fields.has(key)) {
        collector.problem(`a tester gives "${key}" twice`, at(node))
        return
      }
      if (TESTER_KEYS.has(key)) fields.set(key, value)
      else unknownKeys.push(key)
    }
    if (unknownKeys.length > 0) {
      const named = unknownKeys.slice(0, 3).flatMap(key => nameExcerpt(key) ?? [])
      collector.problem(
        `${named.length > 0 ? `unknown tester field ${named.join(', ')}` : 'an unknown tester field'}; ` +
          'a tester has "email" and optionally "firstName" and "lastName"',
        at(node)
      )
      return
    }
    // undefined: absent or empty; null: not text (a problem is added then).
    const text = (key: string): string | null | undefined => {
      const value = fields.get(key)
      if (value === undefined || isNull(value)) return undefined
      if (isText(value)) return value.value.trim() || undefined
      collector.problem(`"${key}" must be text`, at(node))
      return null
    }
    const email = text('email')
    if (email === null) return
    if (email === undefined) {
      collector.problem('a tester has no "email"', at(node))
      return
    }
    const tester: Tester = { email }
    for (const key of ['firstName', 'lastName'] as const) {
      const name = text(key)
      if (name) tester[key] = name
    }
    collector.add(group, tester, at(node))
  }
  const readTesterList = (group: string, node: TreeNode | undefined, where: string): void => {
    const isEmpty = isNull(node) || (node?.kind === 'seq' && node.items.length === 0)
    if (isEmpty) {
      collector.problem(
        `${groupNamed(group)} has no testers; add testers or remove the group`,
        where
      )
      return
    }
    // QA: ada@example.com, grace@example.com — one line of testers, as in a plain list.
    if (isText(node)) {
      readTester(group, node)
      return
    }
    if (node?.kind !== 'seq') {
      collector.problem(`${groupNamed(group)} must hold a list of testers`, where)
      return
    }
    for (const item of node.items) readTester(group, item)
  }
  const readGroupObject = (node: TreeNode): void => {
    if (node.kind !== 'map') {
      collector.problem('a group must be {"name": …, "testers": […]}', at(node))
      return
    }
    const nameNode = get(node, 'name')
    const name = collector.groupName(
      nameNode?.kind === 'scalar' ? nameNode.value : undefined,
      at(node)
    )
    if (name !== undefined) readTesterList(name, get(node, 'testers'), at(node))
  }

  if (root?.kind === 'map') {
    const groups = get(root, 'groups')
    if (root.pairs.length === 1 && groups?.kind === 'seq') {
      // The API's own body: {"groups": [{"name": …, "testers": […]}]}
      for (const item of groups.items) readGroupObject(item)
      return
    }
    // A mapping of group name → testers.
    const seen = new Set<string>()
    for (const [key, value] of root.pairs) {
      const name = collector.groupName(key.kind === 'scalar' ? key.value : undefined, at(key))
      if (name === undefined) continue
      if (seen.has(name)) {
        collector.problem('this group is named twice in the mapping; merge the two lists', at(key))
        continue
      }
      seen.add(name)
      readTesterList(name, value, at(key))
    }
  } else if (root?.kind === 'seq') {
    const isGroupList = root.items.some(
      item => item.kind === 'map' && get(item, 'testers') !== undefined
    )
    for (const item of root.items) {
      if (isGroupList) readGroupObject(item)
      else readTester(collector.options.defaultGroup, item)
    }
  } else {
    collector.problem(
      'must be a list of testers, a mapping of group name to testers, or {"groups": […]}'
    )
  }
}
