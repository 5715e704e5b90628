import { untrustedText } from '../shared/mask.js'

/** An Android package name: dot-separated words, each starting with a letter (com.example.app). */
export const PACKAGE_NAME = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/

/** A package name as it may be printed: one read from an artifact is the file's content. */
export function shownPackage(name: string): string {
  return untrustedText(name, 121)
}
