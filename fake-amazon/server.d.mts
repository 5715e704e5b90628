import type { IncomingHttpHeaders } from 'node:http'

export declare const SCOPE: string

export type Route = 'token' | 'register' | 'testers'

export type ErrorShape =
  'nested' | 'flat' | 'message' | 'gateway' | 'lwa' | 'html' | 'empty' | 'emptyObject'

export declare const ERROR_SHAPES: ErrorShape[]

export interface Fault {
  status?: number
  body?: string | object
  /** A function is called when the answer is sent, for values relative to that moment. */
  headers?: Record<string, string> | (() => Record<string, string>)
  /** Answer an error body of this shape instead of body. */
  shape?: ErrorShape
  errorCode?: string
  errorMessage?: string
  reset?: boolean
  hang?: boolean
  delayMs?: number
}

export interface RecordedRequest {
  route: Route | 'unknown'
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: string
  connection: number
  at: number
  status?: number
}

export interface FakeApp {
  /** Registration refuses other package names. */
  packageName?: string
  /** The track registration returns; 'devtest' unless given. */
  trackId?: string
  /** Registered by an earlier run: with refuseRepeatRegistration, registering it is refused. */
  registered?: boolean
}

export interface FakeAmazonOptions {
  clientId?: string
  clientSecret?: string
  apps?: Record<string, FakeApp>
  tokenLifetime?: number
  /** Answer 409 to a registration of an app registered before (or marked registered). */
  refuseRepeatRegistration?: boolean
  /** The shape of the fake's own API errors (400); 'nested' unless given. */
  errorShape?: ErrorShape
  port?: number
  tls?: { key: string | Buffer; cert: string | Buffer }
}

export declare class FakeAmazon {
  readonly clientId: string
  readonly clientSecret: string
  readonly url: string
  readonly tokenUrl: string
  readonly apiUrl: string
  errorShape: ErrorShape
  readonly apps: Map<string, FakeApp>
  refuseRepeatRegistration: boolean
  requests: RecordedRequest[]
  connectionCount: number
  tokens: Map<string, number>
  registrations: Map<string, { trackId: string; certificates: Set<string>; packageName: string }>
  testers: Map<string, unknown>
  reset(): void
  close(): Promise<void>
  fault(route: Route, ...faults: Fault[]): void
  expireTokens(): void
  requestsTo(route: Route): RecordedRequest[]
}

export declare function startFakeAmazon(options?: FakeAmazonOptions): Promise<FakeAmazon>
