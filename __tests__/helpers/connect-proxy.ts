import { createServer, type IncomingHttpHeaders } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

export interface ConnectProxy {
  port: number
  /** One entry per CONNECT: the host:port asked for and the request's headers. */
  tunnels: { target: string; headers: IncomingHttpHeaders }[]
  close(): Promise<void>
}

/**
 * An HTTP proxy on 127.0.0.1 that answers CONNECT like a real one. Whatever host a tunnel asks
 * for, it leads to targetPort on this machine: test hosts are names that must not be resolved.
 */
export async function startConnectProxy(targetPort: number): Promise<ConnectProxy> {
  const tunnels: ConnectProxy['tunnels'] = []
  const sockets: Socket[] = []
  const proxy = createServer()
  proxy.on('connect', (request, client: Socket) => {
    tunnels.push({ target: String(request.url), headers: request.headers })
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.pipe(client)
      client.pipe(upstream)
    })
    sockets.push(upstream, client)
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
