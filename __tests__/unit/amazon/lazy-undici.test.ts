import { afterEach, describe, expect, it } from '@jest/globals'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const real = require('undici') as Record<string, unknown>
const global = globalThis as { __non_webpack_require__?: (path: string) => unknown }

afterEach(() => {
  delete global.__non_webpack_require__
})

describe('the lazy undici stand-in used by the bundle', () => {
  it('loads dist/undici/index.cjs only when something reads from it, then exposes its API', () => {
    const loads: string[] = []
    global.__non_webpack_require__ = path => {
      loads.push(path)
      return real
    }
    const lazy = require('../../../src/amazon/lazy-undici.cjs') as Record<string, unknown>
    expect(loads).toEqual([])
    expect(lazy.ProxyAgent).toBe(real.ProxyAgent)
    expect('Agent' in lazy).toBe(true)
    expect(Object.keys(lazy)).toEqual(Object.keys(real))
    expect(loads).toEqual(['./undici/index.cjs'])
  })

  it('is shipped in dist/ as a CommonJS file of its own', () => {
    const shipped = require('../../../dist/undici/index.cjs') as Record<string, unknown>
    expect(typeof shipped.ProxyAgent).toBe('function')
    expect(Object.keys(shipped)).toEqual(Object.keys(real))
  })
})
