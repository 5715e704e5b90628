import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { HttpTransport, RequestFailure } from '../../../src/amazon/http.js'
import { startConnectProxy } from '../../support/connect-proxy.js'

const servers: Server[] = []
const sockets: Socket[] = []
const savedEnv = { ...process.env }

async function listen(server: Server): Promise<number> {
  servers.push(server)
  server.on('connection', socket => sockets.push(socket))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

afterEach(async () => {
  process.env = { ...savedEnv }
  for (const socket of sockets.splice(0)) socket.destroy()
  await Promise.all(servers.splice(0).map(s => new Promise(resolve => s.close(resolve))))
})

describe('HttpTransport', () => {
  it('returns status, headers and body, and sends the User-Agent', async () => {
    let userAgent: string | undefined
    const port = await listen(
      createServer((request, response) => {
        userAgent = request.headers['user-agent']
        response.writeHead(201, { 'X-Answer': '42' }).end('created')
      })
    )
    const transport = new HttpTransport('appstore-devtest-action/1.2.3', 1000)
    const response = await transport.post(`http://127.0.0.1:${port}/`, 'x', {})
    transport.dispose()
    expect(response).toMatchObject({ status: 201, body: 'created', headers: { 'x-answer': '42' } })
    expect(userAgent).toBe('appstore-devtest-action/1.2.3')
  })

  it('ends an attempt at the deadline even when the server keeps trickling bytes', async () => {
    const port = await listen(
      createServer((_, response) => {
        response.writeHead(200)
        // A byte every 50 ms keeps the socket from ever being idle.
        const timer = setInterval(() => response.write('.'), 50)
        response.on('close', () => clearInterval(timer))
      })
    )
    const transport = new HttpTransport('test', 400)
    const started = Date.now()
    const error = await transport.post(`http://127.0.0.1:${port}/`, '', {}).catch((e: unknown) => e)
    const elapsed = Date.now() - started
    expect(error).toBeInstanceOf(RequestFailure)
    expect((error as RequestFailure).timedOut).toBe(true)
    expect((error as RequestFailure).message).toBe('no complete answer within 0.4 s')
    expect(elapsed).toBeLessThan(5000) // bounded; the server alone would never end it
    // The transport still works after a deadline replaced its connection pool.
    transport.dispose()
  })

  it('reports a refused connection as a request failure', async () => {
    const port = await listen(createServer())
    await new Promise(resolve => servers.pop()?.close(resolve))
    const transport = new HttpTransport('test', 1000)
    const error = await transport.post(`http://127.0.0.1:${port}/`, '', {}).catch((e: unknown) => e)
    transport.dispose()
    expect(error).toBeInstanceOf(RequestFailure)
    expect((error as RequestFailure).message).toMatch(/ECONNREFUSED/)
    expect((error as RequestFailure).timedOut).toBe(false)
  })

  it('goes through the proxy named by HTTP_PROXY, and around it for NO_PROXY hosts', async () => {
    const port = await listen(
      createServer((request, response) => response.end(`served ${request.url}`))
    )
    const proxy = await startConnectProxy(port)
    process.env.HTTP_PROXY = `http://127.0.0.1:${proxy.port}`
    process.env.NO_PROXY = 'bypassed.example'

    const transport = new HttpTransport('test', 2000)
    const response = await transport.post(`http://api.example.test:${port}/v1/x`, '', {})
    expect(response.body).toBe('served /v1/x')
    expect(proxy.tunnels.map(t => t.target)).toEqual([`api.example.test:${port}`])

    const direct = await transport
      .post(`http://bypassed.example:${port}/`, '', {})
      .catch((e: unknown) => e as Error)
    transport.dispose()
    // Not through the proxy: the name is resolved directly, and it does not exist.
    await proxy.close()
    expect(proxy.tunnels).toHaveLength(1)
    expect(direct).toBeInstanceOf(RequestFailure)
  })
})
