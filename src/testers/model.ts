// What a tester list is once read, and Amazon's limits on it.
import type { ActionInputName } from '../shared/action-yml.js'
import type { ProblemList } from '../shared/errors.js'

export interface Tester {
  email: string
  firstName?: string
  lastName?: string
}

export interface TesterGroup {
  name: string
  testers: Tester[]
}

export interface TesterList {
  groups: TesterGroup[]
  /** Distinct emails across all groups, compared case-insensitively: what Amazon's limit counts. */
  uniqueTesterCount: number
}

export type TesterFormat = 'lines' | 'yaml' | 'json' | 'csv'

export interface ParseOptions {
  format: TesterFormat
  /** The input the text came from, named in every problem. */
  input: Extract<ActionInputName, 'testers' | 'testers-file'>
  /** Group for testers given without one. */
  defaultGroup: string
}

export interface ParseResult {
  testers: TesterList
  problems: ProblemList
  warnings: string[]
}

/** Amazon's documented limit of DevTest testers per app. */
export const MAX_TESTERS_PER_APP = 50

/**
 * The most groups a list may name. Amazon documents no limit; every group holds at least one of
 * the app's 50 testers, so a list of more groups than that is one gone wrong (a tester per
 * group, a column read as group names), and it is refused before it becomes a huge request.
 */
export const MAX_GROUPS = 50
