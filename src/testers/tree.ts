import type { Document, Node as YamlNode, YAMLMap } from 'yaml'
import type { Tester } from './model.js'
import type { Collector } from './collector.js'
import { TESTER_KEYS, groupNamed } from './collector.js'
import { readable } from './csv.js'
import { nameExcerpt } from '../shared/mask.js'
import { treeShapeProblem } from './tree-limits.js'

/**
 * YAML and JSON share one reader: the yaml package parses both (JSON is YAML 1.2) and keeps the
 * position of every node, so problems name a line in either format.
 */
export async function readTree(text: string, collector: Collector): Promise<void> {
  const yaml = await import('yaml')
  const shape = treeShapeProblem(yaml, text) // before the parser builds a node per token
  if (shape) return collector.problem(shape.message, shape.where)
  const lineCounter = new yaml.LineCounter()
  // uniqueKeys compares every key with every other (quadratic on a file of many groups), and
  // pretty errors copy the offending line into each message: duplicates are found below with a
  // Set, and messages are not quoted anyway.
  const document: Document = yaml.parseDocument(text, {
    lineCounter,
    uniqueKeys: false,
    prettyErrors: false
  })
  if (document.errors.length > 0) {
    // The parser's messages may quote the text; the error code and line say enough.
    for (const error of document.errors) {
      const where = `line ${lineCounter.linePos(error.pos[0]).line}`
      collector.problem(
        `cannot be parsed (${readable(error.code)}); check the indentation and quoting`,
        where
      )
    }
    return
  }
  const at = (node: unknown): string => {
    const offset = (node as YamlNode | undefined)?.range?.[0] ?? 0
    return `line ${lineCounter.linePos(offset).line}`
  }
  const root = document.contents
  const { isMap, isSeq, isScalar } = yaml

  const readTester = (group: string, node: unknown): void => {
    if (isScalar(node) && typeof node.value === 'string') {
      collector.addText(group, node.value.trim(), at(node))
    } else if (isMap(node)) {
      readTesterFields(group, node)
    } else {
      collector.problem(
        'a tester must be an email, "First Last <email>" or {email, firstName, lastName}',
        at(node)
      )
    }
  }
  // Field by field rather than toJSON(): no alias in a hostile file is ever expanded.
  const readTesterFields = (group: string, node: YAMLMap): void => {
    const fields = new Map<string, unknown>()
    const unknownKeys: string[] = []
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '?'
      if (fields.has(key)) {
        collector.problem(`a tester gives "${key}" twice`, at(node))
        return
      }
      if (TESTER_KEYS.has(key)) fields.set(key, pair.value)
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
      if (value === undefined || value === null) return undefined
      if (isScalar(value) && value.value === null) return undefined
      if (isScalar(value) && typeof value.value === 'string') return value.value.trim() || undefined
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
  const readTesterList = (group: string, node: unknown, where: string): void => {
    const isEmpty =
      node === null ||
      (isScalar(node) && node.value === null) ||
      (isSeq(node) && node.items.length === 0)
    if (isEmpty) {
      collector.problem(
        `${groupNamed(group)} has no testers; add testers or remove the group`,
        where
      )
      return
    }
    // QA: ada@example.com, grace@example.com — one line of testers, as in a plain list.
    if (isScalar(node) && typeof node.value === 'string') {
      readTester(group, node)
      return
    }
    if (!isSeq(node)) {
      collector.problem(`${groupNamed(group)} must hold a list of testers`, where)
      return
    }
    for (const item of node.items) readTester(group, item)
  }
  const readGroupObject = (node: unknown): void => {
    if (!isMap(node)) {
      collector.problem('a group must be {"name": …, "testers": […]}', at(node))
      return
    }
    const name = collector.groupName(node.get('name'), at(node))
    if (name !== undefined) readTesterList(name, node.get('testers', true), at(node))
  }

  if (isMap(root)) {
    const groups = root.get('groups', true)
    if (root.items.length === 1 && isSeq(groups)) {
      // The API's own body: {"groups": [{"name": …, "testers": […]}]}
      for (const item of groups.items) readGroupObject(item)
      return
    }
    // A mapping of group name → testers.
    const seen = new Set<string>()
    for (const pair of root.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key
      const name = collector.groupName(key, at(pair.key))
      if (name === undefined) continue
      if (seen.has(name)) {
        collector.problem(
          'this group is named twice in the mapping; merge the two lists',
          at(pair.key)
        )
        continue
      }
      seen.add(name)
      readTesterList(name, pair.value, at(pair.key))
    }
  } else if (isSeq(root)) {
    const isGroupList = root.items.some(item => isMap(item) && item.has('testers'))
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
