// Every run ends, whatever the network does: behind a proxy that never answers CONNECT, or that
// answers 200 and then passes nothing, the bundled action and CLI print their error and exit
// soon after, with every socket and agent closed. Boundedness is the behaviour here, so these
// cases assert a duration, with a wide margin for busy machines.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startFakeAmazon } from '../../fake-amazon/server.mjs'
import { runAction } from '../support/run-action.mjs'
import { runCli } from '../support/run-cli.mjs'
import { startConnectProxy, type ConnectProxy, type ProxyStall } from '../support/connect-proxy.js'

const APP = 'amzn1.devportal.mobileapp.0123456789abcdef0123456789abcdef'
const HOST = 'https://fake-amazon.test:8443'
const fixtures = new URL('../fixtures/', import.meta.url).pathname
/** 2 attempts of 2 s for the token and 1 s between them: about 5 s until the error. */
const REQUESTS = { 'max-attempts': '2', 'request-timeout': '2' }
/** Far beyond the 5 s of the run, far below the 45 s after which the child is killed. */
const PROMPT_EXIT_MS = 30_000

const proxies = new Map<ProxyStall, ConnectProxy>()
beforeAll(async () => {
  for (const stall of ['connect', 'tunnel'] as const)
    proxies.set(stall, await startConnectProxy(1, stall))
})
afterAll(async () => {
  for (const proxy of proxies.values()) await proxy.close()
})
const proxyEnv = (stall: ProxyStall) => ({
  HTTPS_PROXY: `http://127.0.0.1:${proxies.get(stall)?.port ?? 0}`,
  NO_PROXY: ''
})

describe.each(['connect', 'tunnel'] as const)('a proxy that stalls at %s', stall => {
  it('the action prints its error and exits', async () => {
    const result = await runAction({
      workspace: fixtures,
      timeoutMs: 45_000,
      env: proxyEnv(stall),
      inputs: {
        'client-id': 'amzn1.application-oa2-client.0123456789abcdef0123456789abcdef',
        'client-secret': 'amzn1.oa2-cs.v1.0123456789abcdef0123456789abcdef0123456789abcdef',
        'app-id': APP,
        'package-name': 'com.example.app',
        'certificate-file': 'certs/ec-p384.pem',
        testers: 'ada@example.com',
        'api-url': `${HOST}/api/appstore`,
        'token-url': `${HOST}/auth/o2/token`,
        ...REQUESTS
      }
    })
    expect(result.timedOut).toBe(false)
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(
      /^::error::Getting an access token: .*no complete answer within 2 s/m
    )
    expect(result.durationMs).toBeLessThan(PROMPT_EXIT_MS)
  })

  it('the CLI prints its error and exits', async () => {
    const result = await runCli({
      cwd: fixtures,
      timeoutMs: 45_000,
      env: {
        ...proxyEnv(stall),
        AMAZON_CLIENT_ID: 'amzn1.application-oa2-client.0123456789abcdef0123456789abcdef',
        AMAZON_CLIENT_SECRET: 'amzn1.oa2-cs.v1.0123456789abcdef0123456789abcdef0123456789abcdef'
      },
      args: [
        '--app-id',
        APP,
        '--package-name',
        'com.example.app',
        '--certificate-file',
        'certs/ec-p384.pem',
        '--testers',
        'ada@example.com',
        '--api-url',
        `${HOST}/api/appstore`,
        '--token-url',
        `${HOST}/auth/o2/token`,
        '--max-attempts',
        '2',
        '--request-timeout',
        '2'
      ]
    })
    expect(result.timedOut).toBe(false)
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(
      /^error: Getting an access token: .*no complete answer within 2 s/m
    )
    expect(result.durationMs).toBeLessThan(PROMPT_EXIT_MS)
  })
})

describe('the overall deadline', () => {
  it('is in the plan, and a Retry-After that ends past it is not waited for', async () => {
    const fake = await startFakeAmazon({ apps: { [APP]: { trackId: 'devtest' } } })
    try {
      // A minute asked for; 2 attempts of 1 s give a budget of 13 s for the whole run.
      fake.fault('token', { status: 503, headers: { 'Retry-After': '60' } })
      const result = await runAction({
        workspace: fixtures,
        timeoutMs: 45_000,
        inputs: {
          'client-id': fake.clientId,
          'client-secret': fake.clientSecret,
          'app-id': APP,
          'package-name': 'com.example.app',
          'certificate-file': 'certs/ec-p384.pem',
          testers: 'ada@example.com',
          'api-url': fake.apiUrl,
          'token-url': fake.tokenUrl,
          'max-attempts': '2',
          'request-timeout': '1'
        }
      })
      expect(result.stdout).toContain(
        'Deadline: the requests end within 13 s (3 calls × 2 attempts × 1 s, with backoff'
      )
      expect(result.exitCode).toBe(1)
      const errors = result.stdout.split('\n').filter(line => line.startsWith('::error::'))
      expect(errors).toHaveLength(1)
      expect(decodeURIComponent(errors[0] ?? '')).toMatch(
        /^::error::Getting an access token: The run's deadline was reached before Amazon answered.*HTTP 503 \(1 attempt; no time left for another\)/
      )
      expect(fake.requestsTo('token')).toHaveLength(1)
      expect(result.durationMs).toBeLessThan(PROMPT_EXIT_MS)
    } finally {
      await fake.close()
    }
  })
})
