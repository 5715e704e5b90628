import { HttpClient } from '@actions/http-client'
import type { IncomingHttpHeaders } from 'node:http'

export interface HttpResponse {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

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

/**
 * POSTs over @actions/http-client, which honours HTTPS_PROXY/NO_PROXY, with keep-alive so calls
 * to one host share a connection, and a hard deadline per attempt: http-client's own timeout
 * only fires when the socket is idle, so a server that trickles bytes would otherwise hold the
 * job forever.
 */
export class HttpTransport {
  private client: HttpClient

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

  async post(url: string, body: string, headers: Record<string, string>): Promise<HttpResponse> {
    const client = this.client
    let timer: NodeJS.Timeout | undefined
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // Destroying the agent's sockets ends the stuck request; later attempts need a new client.
        client.dispose()
        this.client = this.newClient()
        reject(new RequestFailure(`no complete answer within ${this.timeoutMs / 1000} s`, true))
      }, this.timeoutMs)
    })
    const exchange = (async (): Promise<HttpResponse> => {
      try {
        const response = await client.post(url, body, headers)
        const text = await response.readBody()
        return {
          status: response.message.statusCode ?? 0,
          headers: response.message.headers,
          body: text
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

  dispose(): void {
    this.client.dispose()
  }
}
