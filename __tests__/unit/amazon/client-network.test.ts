// Network failures no local server can produce on demand (an unknown host, an untrusted TLS
// certificate with a given code) are injected by replacing the transport module.
import { describe, expect, it, jest } from '@jest/globals'
import { WORKFLOW_WORDS } from '../../../src/action/words.js'

const failures: { message: string; code: string }[] = []
let posts = 0

// The stand-in defines its own RequestFailure: the client checks errors against the class of the
// module it imports, which is this one.
jest.unstable_mockModule('../../../src/amazon/http.js', () => {
  class RequestFailure extends Error {
    constructor(
      message: string,
      readonly timedOut: boolean,
      readonly code?: string
    ) {
      super(message)
    }
  }
  class HttpTransport {
    async post(): Promise<never> {
      posts++
      const failure = failures.shift() ?? { message: 'read ECONNRESET', code: 'ECONNRESET' }
      throw new RequestFailure(failure.message, false, failure.code)
    }
    dispose(): void {}
  }
  return { RequestFailure, HttpTransport }
})

const { AmazonClient } = await import('../../../src/amazon/client.js')
const { AmazonError } = await import('../../../src/amazon/errors.js')

function client() {
  return new AmazonClient({
    tokenUrl: 'https://api.amazon.com/auth/o2/token',
    apiUrl: 'https://developer.amazon.com/api/appstore',
    apiVersion: 'v1',
    clientId: 'amzn1.application-oa2-client.x',
    clientSecret: 'secret',
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1 },
    timeoutMs: 1000,
    userAgent: 'test',
    log: { info: () => {}, warning: () => {}, debug: () => {}, secret: () => {} },
    sleep: async () => {}
  })
}

async function registerFailure() {
  posts = 0
  const error = await client()
    .register('amzn1.devportal.mobileapp.x', 'com.example.app', 'PEM')
    .catch((e: unknown) => e)
  expect(error).toBeInstanceOf(AmazonError)
  return error as InstanceType<typeof AmazonError>
}

describe('network failures', () => {
  it('an unknown host is final: no retry, and the hint names the URL inputs', async () => {
    failures.push({ message: 'getaddrinfo ENOTFOUND api.amazon.cmo', code: 'ENOTFOUND' })
    const error = await registerFailure()
    expect(posts).toBe(1)
    expect(error.kind).toBe('hostNotFound')
    expect(error.message).toBe(
      'Getting an access token: The host name does not exist. Details: getaddrinfo ENOTFOUND api.amazon.cmo'
    )
    expect(error.hintIn(WORKFLOW_WORDS)).toMatch(/api-url and token-url/)
  })

  it.each([
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID'
  ])('TLS %s is final and points at NODE_EXTRA_CA_CERTS', async code => {
    failures.push({ message: `tls: ${code}`, code })
    const error = await registerFailure()
    expect(posts).toBe(1)
    expect(error.kind).toBe('untrustedCertificate')
    expect(error.hintIn(WORKFLOW_WORDS)).toMatch(/NODE_EXTRA_CA_CERTS/)
  })

  it('other network errors are retried up to max-attempts', async () => {
    failures.push({ message: 'getaddrinfo EAI_AGAIN api.amazon.com', code: 'EAI_AGAIN' })
    const error = await registerFailure()
    expect(posts).toBe(3)
    expect(error.kind).toBe('transient')
    expect(error.message).toContain('Details: read ECONNRESET (3 attempts)')
  })
})
