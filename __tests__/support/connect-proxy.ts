import { createServer, type IncomingHttpHeaders } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { pipeline } from 'node:stream'

export interface ConnectProxy {
  port: number
  /** One entry per CONNECT: the host:port asked for and the request's headers. */
  tunnels: { target: string; headers: IncomingHttpHeaders }[]
  close(): Promise<void>
}

/**
 * How a proxy can fail a run without refusing it: never answer a CONNECT, or answer 200 and
 * then pass nothing through the tunnel.
 */
export type ProxyStall = 'connect' | 'tunnel'

/**
 * An HTTP proxy on 127.0.0.1 that answers CONNECT like a real one. Whatever host a tunnel asks
 * for, it leads to targetPort on this machine: test hosts are names that must not be resolved.
 * With stall, it holds every connection open and silent instead.
 */
export async function startConnectProxy(
  targetPort: number,
  stall?: ProxyStall
): Promise<ConnectProxy> {
  const tunnels: ConnectProxy['tunnels'] = []
  const sockets = new Set<Socket>()
  const track = (socket: Socket): void => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  }
  const proxy = createServer()
  proxy.on('connect', (request, client: Socket) => {
    tunnels.push({ target: String(request.url), headers: request.headers })
    track(client)
    client.on('error', () => client.destroy())
    if (stall === 'tunnel') client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
    if (stall) return
    const upstream = connect(targetPort, '127.0.0.1')
    track(upstream)
    // A tunnel ends when either side hangs up; a write to a side that already ended (EPIPE,
    // ECONNRESET) is the normal end of a tunnel, not a test failure. pipeline() takes every
    // 'error' of both sockets and destroys both, so none goes unhandled.
    const ended = (): void => {
      client.destroy()
      upstream.destroy()
    }
    client.on('error', ended)
    upstream.on('error', ended)
    upstream.once('connect', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      pipeline(upstream, client, ended)
      pipeline(client, upstream, ended)
    })
  })
  await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve))
  return {
    port: (proxy.address() as AddressInfo).port,
    tunnels,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise(resolve => proxy.close(resolve))
    }
  }
}
