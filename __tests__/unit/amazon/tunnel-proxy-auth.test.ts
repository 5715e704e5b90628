import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer, request, type Agent, type Server } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { startConnectProxy, type ProxyStall } from '../../support/connect-proxy.js'

const require = createRequire(import.meta.url)
const tunnel = require('../../../src/amazon/tunnel-proxy-auth.cjs') as {
  httpOverHttp(options: { proxy: { host: string; port: number; proxyAuth?: string } }): Agent & {
    destroy(): void
  }
}
const servers: Server[] = []

async function listen(server: Server): Promise<number> {
  servers.push(server)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map(s => new Promise(resolve => s.close(resolve))))
})

/** GETs through a CONNECT proxy with the agent; returns the CONNECT headers the proxy saw. */
async function throughProxy(proxyAuth?: string) {
  const target = await listen(createServer((_, response) => response.end('ok')))
  const proxy = await startConnectProxy(target)
  const agent = tunnel.httpOverHttp({
    proxy: { host: '127.0.0.1', port: proxy.port, ...(proxyAuth ? { proxyAuth } : {}) }
  })
  const warnings: Error[] = []
  const onWarning = (warning: Error) => warnings.push(warning)
  process.on('warning', onWarning)
  const body = await new Promise<string>((resolve, reject) => {
    request({ host: 'app.example.test', port: target, path: '/', agent }, response => {
      let text = ''
      response.on('data', chunk => (text += chunk))
      response.on('end', () => resolve(text))
    })
      .on('error', reject)
      .end()
  })
  process.off('warning', onWarning)
  await proxy.close()
  return { body, connects: proxy.tunnels.map(t => t.headers), warnings }
}

describe('tunnel with the proxy credentials header built by Buffer.from', () => {
  it('sends Proxy-Authorization on CONNECT, without a deprecation warning', async () => {
    const { body, connects, warnings } = await throughProxy('user:p@ss')
    expect(body).toBe('ok')
    expect(connects).toHaveLength(1)
    expect(connects[0]?.['proxy-authorization']).toBe(
      `Basic ${Buffer.from('user:p@ss').toString('base64')}`
    )
    expect(connects[0]?.host).toMatch(/^app\.example\.test:\d+$/)
    expect(warnings).toEqual([])
  })

  it('sends no credentials when the proxy URL has none', async () => {
    const { body, connects } = await throughProxy()
    expect(body).toBe('ok')
    expect(connects[0]?.['proxy-authorization']).toBeUndefined()
  })
})

describe('destroy(), which tunnel agents lack', () => {
  it.each<ProxyStall>(['connect', 'tunnel'])(
    'ends a request through a proxy that stalls at %s, so nothing keeps the process alive',
    async stall => {
      const proxy = await startConnectProxy(1, stall)
      const agent = tunnel.httpOverHttp({ proxy: { host: '127.0.0.1', port: proxy.port } })
      const outcome = new Promise<string>(resolve => {
        request({ host: 'app.example.test', port: 80, path: '/', agent }, () => resolve('answer'))
          .on('error', error => resolve(`error: ${error.message}`))
          .on('close', () => resolve('closed'))
          .end()
      })
      while (proxy.tunnels.length === 0) await new Promise(resolve => setTimeout(resolve, 10))
      agent.destroy()
      expect(await outcome).toMatch(/^(error: |closed)/)
      await proxy.close()
    }
  )
})
