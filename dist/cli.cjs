#!/usr/bin/env node
// The package's bin, dist/cli.cjs (script/bundle-cli.mjs copies it there): turns on Node's module
// compile cache, then runs the CLI bundle beside it, dist/cli-bundle.cjs. Start-up cost, not
// behaviour: with the cache, Node reads the bundle's compiled code from disk instead of compiling
// it again, which takes about a tenth of bare Node's start-up off every run after the first
// (npm run bench). Plain CommonJS, not bundled, so that the bundle is the first thing it caches.
'use strict'
const { lstatSync, mkdirSync, realpathSync } = require('node:fs')
const { tmpdir } = require('node:os')
const { dirname, join } = require('node:path')

/**
 * The cache goes only into a folder that no other account can write: what is in it is code that
 * Node runs. Node's default, a node-compile-cache folder in the shared temporary folder, is not
 * that, so it is used only when the user chose it (NODE_COMPILE_CACHE). A folder of someone
 * else's, a link, or one open to others means no cache. Never throws: the cache is an extra.
 */
function enableCompileCache() {
  const { enableCompileCache: enable } = require('node:module') // Node 22.1 and later
  if (typeof enable !== 'function' || process.env.NODE_DISABLE_COMPILE_CACHE) return
  if (process.env.NODE_COMPILE_CACHE) {
    enable()
    return
  }
  if (typeof process.getuid !== 'function') return // Windows: no owner check here
  try {
    const uid = process.getuid()
    const folder = join(tmpdir(), `appstore-devtest-${uid}`)
    try {
      mkdirSync(folder, { mode: 0o700 })
    } catch (error) {
      if (error.code !== 'EEXIST') return
    }
    const stat = lstatSync(folder)
    if (!stat.isDirectory() || stat.uid !== uid || (stat.mode & 0o077) !== 0) return
    enable(join(folder, 'compile-cache'))
  } catch {
    // No cache then.
  }
}

enableCompileCache()
// From this file's real directory: run through npm's .bin link with --preserve-symlinks-main,
// a relative require would look in .bin.
require(join(dirname(realpathSync(__filename)), 'cli-bundle.cjs'))
