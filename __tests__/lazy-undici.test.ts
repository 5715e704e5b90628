import { describe, expect, it } from '@jest/globals'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

describe('the lazy undici stand-in used by the bundle', () => {
  it('exposes the real undici API once asked', () => {
    const lazy = require('../src/lazy-undici.cjs') as Record<string, unknown>
    const real = require('undici') as Record<string, unknown>
    expect(lazy.ProxyAgent).toBe(real.ProxyAgent)
    expect(typeof lazy.ProxyAgent).toBe('function')
    expect('Agent' in lazy).toBe(true)
    expect(Object.keys(lazy)).toEqual(Object.keys(real))
  })
})
