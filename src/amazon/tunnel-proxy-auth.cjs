// A Node warning, not behaviour. tunnel, which @actions/http-client uses for proxies, builds the
// Proxy-Authorization header with `new Buffer()`, so every run behind a proxy that needs
// credentials printed "DeprecationWarning: Buffer() is deprecated" (Node spares code under
// node_modules, but the bundle is not). tsconfig.json "paths" points the bundle's "tunnel" here:
// the same agents, with the header built by Buffer.from and added to the CONNECT request.
'use strict'
const tunnel = require('tunnel/lib/tunnel.js')

function withProxyAuthHeader(createAgent) {
  return options => {
    const proxyAuth = options?.proxy?.proxyAuth
    if (!proxyAuth) return createAgent(options)
    const proxy = { ...options.proxy }
    delete proxy.proxyAuth
    const agent = createAgent({ ...options, proxy })
    const header = `Basic ${Buffer.from(proxyAuth).toString('base64')}`
    // agent.request sends only the CONNECT request to the proxy.
    const request = agent.request
    agent.request = (connectOptions, ...rest) =>
      request(
        {
          ...connectOptions,
          headers: { ...connectOptions.headers, 'Proxy-Authorization': header }
        },
        ...rest
      )
    return agent
  }
}

module.exports = {
  ...tunnel,
  httpOverHttp: withProxyAuthHeader(tunnel.httpOverHttp),
  httpsOverHttp: withProxyAuthHeader(tunnel.httpsOverHttp),
  httpOverHttps: withProxyAuthHeader(tunnel.httpOverHttps),
  httpsOverHttps: withProxyAuthHeader(tunnel.httpsOverHttps)
}
