import { HttpClient } from '@actions/http-client'
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'

export interface HttpResponse {
  status: number
  headers: IncomingHttpHeaders
  /** The body as text; when tooLarge, only its first MAX_RESPONSE_BYTES. */
  body: string
  /** The answer was longer than MAX_RESPONSE_BYTES: the rest was not read. */
  tooLarge?: boolean
}

/** Far above any real answer of these APIs (a few hundred bytes); the rest is never read. */
export const MAX_RESPONSE_BYTES = 1024 * 1024

/** A request that got no HTTP answer: the connection failed or the time ran out. */
export class RequestFailure extends Error {
  override name = 'RequestFailure'

  constructor(
    message: string,
    readonly timedOut: boolean,
    /** Node's error code, such as ECONNRESET or DEPTH_ZERO_SELF_SIGNED_CERT. */
    readonly code?: string
  ) {
    super(message)
  }
}

/** What an agent of http-client may be: Node's http.Agent, or tunnel's, which has no destroy. */
interface Agent {
  destroy?: () => void
}

/**
 * POSTs over @actions/http-client, which honours HTTPS_PROXY/NO_PROXY, with keep-alive so calls
 * to one host share a connection, and a hard deadline per attempt: http-client's own timeout
 * only fires when the socket is idle, so a server that trickles bytes would otherwise hold the
 * job forever. Every agent a client made is destroyed with it: http-client's dispose() destroys
 * only its direct agent, not the tunnel agent of a proxy, whose CONNECT request to a proxy that
 * never answers would keep the process alive after the run (tunnel-proxy-auth.cjs gives tunnel
 * agents their destroy()).
 */
export class HttpTransport {
  private client: HttpClient
  private agents = new Set<Agent>()

  constructor(
    private readonly userAgent: string,
    private readonly timeoutMs: number
  ) {
    this.client = this.newClient()
  }

  private newClient(): HttpClient {
    return new HttpClient(this.userAgent, [], {
      keepAlive: true,
      socketTimeout: this.timeoutMs,
      allowRetries: false,
      allowRedirects: false
    })
  }

  async post(
    url: string,
    body: string,
    headers: Record<string, string>,
    timeoutMs = this.timeoutMs
  ): Promise<HttpResponse> {
    const client = this.client
    // The agent the request will use (direct or through the proxy), made now so it is known.
    const agents = new Set<Agent>([client.getAgent(url)])
    for (const agent of agents) this.agents.add(agent)
    let timer: NodeJS.Timeout | undefined
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // Destroying the agent's sockets ends the stuck request; later attempts need a new client.
        this.close(client, agents)
        this.client = this.newClient()
        reject(new RequestFailure(`no complete answer within ${timeoutMs / 1000} s`, true))
      }, timeoutMs)
    })
    const exchange = (async (): Promise<HttpResponse> => {
      try {
        const response = await client.post(url, body, headers)
        return {
          status: response.message.statusCode ?? 0,
          headers: response.message.headers,
          ...(await readCapped(response.message))
        }
      } catch (error) {
        const { message, code } = error as NodeJS.ErrnoException
        throw new RequestFailure(message, /timeout/i.test(message), code)
      }
    })()
    exchange.catch(() => undefined) // the deadline may have won; its loser must not go unhandled
    try {
      return await Promise.race([exchange, deadline])
    } finally {
      clearTimeout(timer)
    }
  }

  /** Closes every connection this transport opened, through a proxy or not. */
  dispose(): void {
    this.close(this.client, this.agents)
  }

  private close(client: HttpClient, agents: Set<Agent>): void {
    client.dispose()
    for (const agent of agents) {
      agent.destroy?.()
      this.agents.delete(agent)
    }
  }
}

/**
 * Reads a body up to MAX_RESPONSE_BYTES, keeping the chunks and joining them once: http-client's
 * readBody() joins per chunk, which is quadratic on a large answer, and reads without a limit.
 * Past the cap the connection is dropped.
 */
async function readCapped(message: IncomingMessage): Promise<{ body: string; tooLarge?: true }> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of message) {
    const bytes = chunk as Buffer
    if (length + bytes.length > MAX_RESPONSE_BYTES) {
      chunks.push(bytes.subarray(0, MAX_RESPONSE_BYTES - length))
      message.destroy()
      return { body: Buffer.concat(chunks).toString('utf8'), tooLarge: true }
    }
    chunks.push(bytes)
    length += bytes.length
  }
  return { body: Buffer.concat(chunks).toString('utf8') }
}
