// A Node warning, not behaviour. tunnel, which @actions/http-client uses for proxies, builds the
// Proxy-Authorization header with `new Buffer()`, so every run behind a proxy that needs
// credentials printed "DeprecationWarning: Buffer() is deprecated" (Node spares code under
// node_modules, but the bundle is not). tsconfig.json "paths" points the bundle's "tunnel" here:
// the same agents, with the header built by Buffer.from and added to the CONNECT request.
// tunnel's agents also have no destroy(): a CONNECT to a proxy that never answers, or a tunnel
// that goes silent, would keep the process alive after the run. Each agent gets one here, which
// http.ts calls when an attempt's time is up and when the run ends.
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

function destroyable(createAgent) {
  return options => {
    const agent = createAgent(options)
    /** CONNECT requests to the proxy, until their socket closes (a tunnel's socket is theirs). */
    const connects = new Set()
    const request = agent.request
    agent.request = (...args) => {
      const connect = request(...args)
      connects.add(connect)
      connect.once('close', () => connects.delete(connect))
      return connect
    }
    agent.destroy = () => {
      agent.requests.length = 0 // queued requests: none is sent after this
      for (const connect of connects) connect.destroy()
      // Established tunnels; a tunnel still being set up holds a placeholder object.
      for (const socket of agent.sockets) if (typeof socket.destroy === 'function') socket.destroy()
    }
    return agent
  }
}

const agentMaker = createAgent => withProxyAuthHeader(destroyable(createAgent))

module.exports = {
  ...tunnel,
  httpOverHttp: agentMaker(tunnel.httpOverHttp),
  httpsOverHttp: agentMaker(tunnel.httpsOverHttp),
  httpOverHttps: agentMaker(tunnel.httpOverHttps),
  httpsOverHttps: agentMaker(tunnel.httpsOverHttps)
}
