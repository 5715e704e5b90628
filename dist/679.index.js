export const id = 679;
export const ids = [679];
export const modules = {

/***/ 1679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AmazonClient: () => (/* binding */ AmazonClient)
});

// UNUSED EXPORTS: LWA_SCOPE

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
;// CONCATENATED MODULE: ./src/amazon/errors.ts

/**
 * What a second registration of the same app returns is not documented (docs/amazon-api.md):
 * a 400 or 409 on a repeat run most likely means "registered already", and the cure is a change
 * to the workflow or the command, spelt out exactly in the front door's words.
 */
const registeredBefore = (w) => 'If an earlier run already registered the app, register it once only: save ' +
    `${w.earlierTrack} as ${w.savedTrackHome}, DEVTEST_TRACK_ID, and ${w.passSavedTrack}; ` +
    `${w.thisRun} then only adds testers.`;
/** Where the security profile's credentials are shown. */
const WEB_SETTINGS = 'Developer Console → Apps & Services → API Access → App Submission API → your security ' +
    'profile → Web Settings';
/**
 * The failures Amazon is known to answer with, each with what the user should do, written once:
 * a fix that names inputs is a template over the front door's words (InputWords). The client
 * maps a response to one of these; anything else falls back to Amazon's own message.
 */
const KnownErrors = {
    lwaInvalidClient: {
        what: 'Login with Amazon rejected the client credentials',
        fix: w => `Check ${w.credentials}: copy both from ${WEB_SETTINGS}.`
    },
    lwaInvalidScope: {
        what: 'Login with Amazon refused the scope appstore::apps:readwrite',
        fix: 'Attach the security profile to the App Submission API (Developer Console → Apps & ' +
            'Services → API Access → App Submission API), then re-run.'
    },
    lwaWrongEndpoint: {
        what: 'The token endpoint did not accept a client-credentials request',
        fix: w => `Check ${w.name('token-url')}: it must be the Login with Amazon token endpoint, ` +
            'https://api.amazon.com/auth/o2/token (the default).'
    },
    lwaMalformedRequest: {
        what: 'Login with Amazon could not read the token request',
        fix: w => `Copy ${w.name('client-id')} and ${w.name('client-secret')} again, exactly as the ` +
            'security profile shows them (no quotes, spaces or line breaks around them). If ' +
            `${w.name('token-url')} is ${w.given}, leave it ${w.unset} for ` +
            'https://api.amazon.com/auth/o2/token.'
    },
    lwaOther: {
        what: 'Login with Amazon refused the token request',
        fix: w => `Check ${w.list(['client-id', 'client-secret', 'token-url'])}.`
    },
    notAuthorized: {
        what: 'Amazon refused the request even with a fresh access token (403 Forbidden)',
        fix: w => 'Known causes: the security profile is not attached to the App Submission API ' +
            '(Developer Console → Apps & Services → API Access → App Submission API → attach the ' +
            `profile ${w.credentialsOwner}); ${w.name('app-id')} belongs to another developer ` +
            `account than the security profile; or ${w.name('api-url')} or ` +
            `${w.name('api-version')} do not name Amazon's API (leave both ${w.unset}).`
    },
    appNotFound: {
        what: 'Amazon does not know the app (404 Not Found)',
        fix: w => `Check ${w.name('app-id')} (amzn1.devportal.mobileapp.…, on the app's page in the ` +
            'Developer Console) and that the app belongs to the account of this security profile.'
    },
    trackNotFound: {
        what: 'Amazon does not know the app or the track (404 Not Found)',
        fix: w => `Check ${w.name('app-id')} and ${w.name('track-id')}; leave ${w.name('track-id')} ` +
            `${w.unset} to register the app and use the track Amazon returns.`
    },
    registerRejected: {
        what: 'Amazon rejected the DevTest registration (400 Bad Request)',
        fix: w => `Check that ${w.name('package-name')} is the app's package and that the certificate is ` +
            'the one the app is signed with (DevTest takes ECDSA certificates, at most 3 per app). ' +
            registeredBefore(w)
    },
    testersRejected: {
        what: 'Amazon rejected the tester list (400 Bad Request)',
        fix: 'Check the tester emails and group names; Amazon allows 50 testers per app.'
    },
    conflict: {
        what: 'Amazon reported a conflict (409)',
        fix: registeredBefore
    },
    answerTooLarge: {
        what: 'Amazon answered with more than 1 MB',
        fix: w => `No answer of this API is that large: check that ${w.name('api-url')} and ` +
            `${w.name('token-url')} point at Amazon (leave both ${w.unset} for the defaults), and ` +
            're-run.'
    },
    unexpectedResponse: {
        what: 'Amazon answered 200 without the expected data',
        fix: w => `Check ${w.name('api-url')} and ${w.name('token-url')} point at Amazon (the defaults ` +
            'do). If they do, re-run; if it persists, Amazon changed the API: open an issue on this ' +
            'action.'
    },
    hostNotFound: {
        what: 'The host name does not exist',
        fix: w => `Check the host in ${w.name('api-url')} and ${w.name('token-url')}, or leave both ` +
            `${w.unset} for Amazon's own endpoints.`
    },
    untrustedCertificate: {
        what: "The server's TLS certificate is not trusted",
        fix: w => `Check ${w.name('api-url')} and ${w.name('token-url')}. Behind a proxy that inspects ` +
            'TLS, give its CA certificate to Node in the NODE_EXTRA_CA_CERTS environment variable.'
    },
    transient: {
        what: 'Amazon kept failing with temporary errors',
        fix: w => `This is usually a passing outage: ${w.rerun}. Raise ${w.name('max-attempts')} or ` +
            `${w.name('request-timeout')} if it happens often.`
    },
    runDeadline: {
        what: "The run's deadline was reached before Amazon answered",
        fix: w => 'Every retry and Retry-After wait counts against one deadline (the plan shows it). This is ' +
            `usually a passing outage: ${w.rerun}; raise ${w.name('max-attempts')} or ` +
            `${w.name('request-timeout')} to allow a slower Amazon, or check that ` +
            `${w.name('api-url')}, ${w.name('token-url')} and any HTTPS_PROXY answer.`
    },
    unexpectedStatus: {
        what: 'Amazon answered with an unexpected status',
        fix: w => `Check ${w.name('api-url')} and ${w.name('token-url')}. If they are right, re-run; if ` +
            "it persists, see Amazon's message."
    }
};
/** Statuses worth another attempt; every other 4xx is final. */
const TRANSIENT_STATUSES = new Set([429, 500, 502, 503, 504]);
/**
 * Connection failures that another attempt cannot cure: the host name does not exist, or the
 * server's TLS certificate is not trusted. Every other network error is retried.
 */
const FINAL_NETWORK_ERRORS = {
    ENOTFOUND: 'hostNotFound',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'untrustedCertificate',
    SELF_SIGNED_CERT_IN_CHAIN: 'untrustedCertificate',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'untrustedCertificate',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'untrustedCertificate',
    CERT_HAS_EXPIRED: 'untrustedCertificate',
    ERR_TLS_CERT_ALTNAME_INVALID: 'untrustedCertificate'
};
/** The kind of a final error status from the DevTest API, by the call that got it. */
function apiErrorKind(operation, status) {
    if (status === 404)
        return operation === 'register' ? 'appNotFound' : 'trackNotFound';
    if (status === 400)
        return operation === 'register' ? 'registerRejected' : 'testersRejected';
    if (status === 409)
        return 'conflict';
    return 'unexpectedStatus';
}
/** Login with Amazon's error codes that say what to fix; any other code is lwaOther. */
const LWA_ERROR_KINDS = {
    invalid_client: 'lwaInvalidClient',
    invalid_scope: 'lwaInvalidScope',
    unsupported_grant_type: 'lwaWrongEndpoint',
    invalid_request: 'lwaMalformedRequest'
};
/** The kind of a Login with Amazon refusal, by the error code of its body. */
function lwaErrorKind(code) {
    return ((typeof code === 'string' && Object.hasOwn(LWA_ERROR_KINDS, code) && LWA_ERROR_KINDS[code]) ||
        'lwaOther');
}
/**
 * A failure of a known kind. With an HTTP status, the detail is Amazon's own answer; without
 * one (a network error, or retries that ran out), it is what went wrong on the way.
 */
class AmazonError extends errors/* ActionError */.lZ {
    kind;
    status;
    detail;
    constructor(kind, status, detail, context) {
        const known = KnownErrors[kind];
        // Amazon's own words when it answered; what went wrong on the way when it did not.
        const said = !detail ? '' : `${status !== undefined ? ' Amazon said' : ' Details'}: ${detail}`;
        super('amazon', `${context}: ${known.what}.${said}`, known.fix);
        this.kind = kind;
        this.status = status;
        this.detail = detail;
        this.name = 'AmazonError';
    }
}

// EXTERNAL MODULE: ./src/shared/mask.ts
var mask = __webpack_require__(5249);
// EXTERNAL MODULE: ./src/shared/printable.ts
var printable = __webpack_require__(6146);
;// CONCATENATED MODULE: ./src/amazon/error-body.ts
// Amazon's error bodies, read for the one sentence worth quoting in the error line: the shapes
// are not documented and gateways answer HTML, so nothing here assumes a shape.


const MAX_MESSAGE_LENGTH = 300;
/** How deep an error body is searched for a message, and how many of its errors are quoted. */
const MAX_DEPTH = 4;
const MAX_ERRORS_QUOTED = 5;
/**
 * Amazon's error message from a body of any shape: the field names of its error bodies are not
 * documented and gateways answer HTML, so every known shape is tried and nothing is assumed
 * (docs/amazon-api.md lists the shapes seen). The most specific sentence wins: the entries of
 * an "errors" list over a generic top-level "Bad Request". Emails are masked and control
 * characters escaped, since it goes to the log.
 */
function readErrorMessage(body) {
    const text = body.trim();
    if (text === '')
        return undefined;
    let message;
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        json = undefined;
    }
    if (json !== undefined)
        message = messageFromJson(json, 0);
    else
        message = /<[a-z!]/i.test(text.slice(0, 1024)) ? messageFromHtml(text) : text;
    if (!message)
        return undefined;
    const oneLine = message.replace(/\s+/g, ' ').trim();
    return oneLine === '' ? undefined : (0,printable/* printable */.g$)((0,mask/* maskEmailsIn */.Tu)(oneLine), MAX_MESSAGE_LENGTH + 1);
}
function messageFromJson(value, depth) {
    if (typeof value === 'string')
        return value;
    if (typeof value !== 'object' || value === null || depth > MAX_DEPTH)
        return undefined;
    if (Array.isArray(value)) {
        const parts = value
            .slice(0, MAX_ERRORS_QUOTED)
            .map(item => messageFromJson(item, depth + 1))
            .filter(Boolean);
        return parts.length > 0 ? parts.join('; ') : undefined;
    }
    const record = value;
    const text = (key) => typeof record[key] === 'string' && record[key] !== '' ? record[key] : undefined;
    // {"message": "Bad Request", "errors": [{"errorCode": …, "errorMessage": …}]}: the list says
    // what is wrong, the top-level message only which status it was.
    const listed = record.errors !== undefined ? messageFromJson(record.errors, depth + 1) : undefined;
    if (listed)
        return listed;
    const code = text('errorCode') ?? text('code') ?? text('error');
    const message = text('errorMessage') ??
        text('message') ??
        text('Message') ??
        text('error_description') ??
        text('detail');
    if (message)
        return code && code !== message ? `${code}: ${message}` : message;
    return code;
}
/**
 * The title of an HTML page, or its text without tags. By hand with indexOf rather than regular
 * expressions: /<title[^>]*>([\s\S]*?)<\/title>/ and tag-stripping patterns backtrack
 * quadratically on a large page with many unclosed tags, and this reads what any gateway sends.
 */
function messageFromHtml(html) {
    // Lower-casing ASCII letters only keeps every index the same as in html.
    const lower = html.replace(/[A-Z]/g, letter => letter.toLowerCase());
    const titleAt = lower.indexOf('<title');
    if (titleAt >= 0) {
        const open = lower.indexOf('>', titleAt);
        const close = open < 0 ? -1 : lower.indexOf('</title', open);
        const title = close < 0 ? '' : html.slice(open + 1, close).trim();
        if (title)
            return title;
    }
    let text = '';
    let at = 0;
    while (at < html.length && text.length <= MAX_MESSAGE_LENGTH * 4) {
        const tag = lower.indexOf('<', at);
        text += ` ${html.slice(at, tag < 0 ? html.length : tag)}`;
        if (tag < 0)
            break;
        const skipTo = ['<script', '<style'].find(name => lower.startsWith(name, tag));
        const end = skipTo ? lower.indexOf(`</${skipTo.slice(1)}`, tag) : lower.indexOf('>', tag);
        if (end < 0)
            break;
        at = skipTo ? lower.indexOf('>', end) + 1 || html.length : end + 1;
    }
    const stripped = text.trim();
    return stripped === '' ? undefined : stripped;
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
;// CONCATENATED MODULE: ./src/amazon/http.ts

/** Far above any real answer of these APIs (a few hundred bytes); the rest is never read. */
const MAX_RESPONSE_BYTES = 1024 * 1024;
/** A request that got no HTTP answer: the connection failed or the time ran out. */
class RequestFailure extends Error {
    timedOut;
    code;
    name = 'RequestFailure';
    constructor(message, timedOut, 
    /** Node's error code, such as ECONNRESET or DEPTH_ZERO_SELF_SIGNED_CERT. */
    code) {
        super(message);
        this.timedOut = timedOut;
        this.code = code;
    }
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
class HttpTransport {
    userAgent;
    timeoutMs;
    client;
    agents = new Set();
    constructor(userAgent, timeoutMs) {
        this.userAgent = userAgent;
        this.timeoutMs = timeoutMs;
        this.client = this.newClient();
    }
    newClient() {
        return new lib/* HttpClient */.Qq(this.userAgent, [], {
            keepAlive: true,
            socketTimeout: this.timeoutMs,
            allowRetries: false,
            allowRedirects: false
        });
    }
    async post(url, body, headers, timeoutMs = this.timeoutMs) {
        const client = this.client;
        // The agent the request will use (direct or through the proxy), made now so it is known.
        const agents = new Set([client.getAgent(url)]);
        for (const agent of agents)
            this.agents.add(agent);
        let timer;
        const deadline = new Promise((_, reject) => {
            timer = setTimeout(() => {
                // Destroying the agent's sockets ends the stuck request; later attempts need a new client.
                this.close(client, agents);
                this.client = this.newClient();
                reject(new RequestFailure(`no complete answer within ${timeoutMs / 1000} s`, true));
            }, timeoutMs);
        });
        const exchange = (async () => {
            try {
                const response = await client.post(url, body, headers);
                return {
                    status: response.message.statusCode ?? 0,
                    headers: response.message.headers,
                    ...(await readCapped(response.message))
                };
            }
            catch (error) {
                const { message, code } = error;
                throw new RequestFailure(message, /timeout/i.test(message), code);
            }
        })();
        exchange.catch(() => undefined); // the deadline may have won; its loser must not go unhandled
        try {
            return await Promise.race([exchange, deadline]);
        }
        finally {
            clearTimeout(timer);
        }
    }
    /** Closes every connection this transport opened, through a proxy or not. */
    dispose() {
        this.close(this.client, this.agents);
    }
    close(client, agents) {
        client.dispose();
        for (const agent of agents) {
            agent.destroy?.();
            this.agents.delete(agent);
        }
    }
}
/**
 * Reads a body up to MAX_RESPONSE_BYTES, keeping the chunks and joining them once: http-client's
 * readBody() joins per chunk, which is quadratic on a large answer, and reads without a limit.
 * Past the cap the connection is dropped.
 */
async function readCapped(message) {
    const chunks = [];
    let length = 0;
    for await (const chunk of message) {
        const bytes = chunk;
        if (length + bytes.length > MAX_RESPONSE_BYTES) {
            chunks.push(bytes.subarray(0, MAX_RESPONSE_BYTES - length));
            message.destroy();
            return { body: Buffer.concat(chunks).toString('utf8'), tooLarge: true };
        }
        chunks.push(bytes);
        length += bytes.length;
    }
    return { body: Buffer.concat(chunks).toString('utf8') };
}

// EXTERNAL MODULE: ./src/amazon/retry-policy.ts
var retry_policy = __webpack_require__(9137);
;// CONCATENATED MODULE: ./src/amazon/retry.ts
/**
 * The retry policy for transient failures: a bounded number of attempts, exponential backoff
 * with jitter between them, and the server's Retry-After honoured up to a cap.
 */

/** A failure worth another attempt: a network error, a timeout, 429 or a 5xx gateway status. */
class TransientFailure extends Error {
    retryAfterMs;
    name = 'TransientFailure';
    constructor(message, 
    /** What the server asked for with Retry-After, in milliseconds. */
    retryAfterMs) {
        super(message);
        this.retryAfterMs = retryAfterMs;
    }
}
/** Thrown when every attempt failed transiently; carries the last failure. */
class RetriesExhausted extends Error {
    attempts;
    lastFailure;
    name = 'RetriesExhausted';
    constructor(attempts, lastFailure) {
        super(`${lastFailure.message} (${attempts} attempt${attempts === 1 ? '' : 's'})`);
        this.attempts = attempts;
        this.lastFailure = lastFailure;
    }
}
/**
 * Thrown when the run's deadline leaves no time for another attempt or for the wait before it;
 * carries the last failure, if there was one.
 */
class DeadlineReached extends Error {
    attempts;
    lastFailure;
    name = 'DeadlineReached';
    constructor(attempts, lastFailure) {
        super(lastFailure
            ? `${lastFailure.message} (${attempts} attempt${attempts === 1 ? '' : 's'}; no time left for another)`
            : 'no time left for the request');
        this.attempts = attempts;
        this.lastFailure = lastFailure;
    }
}
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/** "Equal jitter": half the exponential delay is fixed, the other half random. */
function backoffDelay(attempt, policy, random = Math.random) {
    const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(exponential / 2 + random() * (exponential / 2));
}
/** Retry-After as delta-seconds or an HTTP-date, in milliseconds from now; undefined if unusable. */
function parseRetryAfter(value, now = Date.now()) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    // An HTTP-date names its weekday and month; without letters Date.parse guesses, so refuse.
    if (!/[A-Za-z]/.test(text))
        return undefined;
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/**
 * Runs operation until it succeeds, throws something other than TransientFailure, has been
 * tried policy.maxAttempts times, or would run past the deadline hooks.remainingMs tells.
 */
async function withRetry(operation, policy, hooks = {}) {
    const wait = hooks.sleep ?? sleep;
    const remaining = hooks.remainingMs ?? (() => Infinity);
    for (let attempt = 1;; attempt++) {
        if (attempt === 1 && remaining() <= 0)
            throw new DeadlineReached(0);
        try {
            return await operation(attempt);
        }
        catch (error) {
            if (!(error instanceof TransientFailure))
                throw error;
            if (remaining() <= 0)
                throw new DeadlineReached(attempt, error);
            if (attempt >= policy.maxAttempts)
                throw new RetriesExhausted(attempt, error);
            const delay = error.retryAfterMs !== undefined
                ? Math.min(error.retryAfterMs, policy.maxRetryAfterMs)
                : backoffDelay(attempt, policy, hooks.random);
            // Waiting past the deadline would only end in failure later: end now, saying why.
            if (delay >= remaining())
                throw new DeadlineReached(attempt, error);
            hooks.onRetry?.(error, attempt, delay);
            await wait(delay);
        }
    }
}

// EXTERNAL MODULE: ./src/testers/testers.ts + 8 modules
var testers = __webpack_require__(8341);
// EXTERNAL MODULE: ./src/amazon/track-id.ts
var track_id = __webpack_require__(8245);
;// CONCATENATED MODULE: ./src/amazon/client.ts
// The DevTest API client: the token, the registration and the tester list, each call through the
// same retry, token refresh and error mapping. API reference: docs/amazon-api.md (what is
// documented by Amazon and what is assumed). Over 250 lines because the three calls share that
// machinery as private methods of one class; the failure catalogue, the error-body reader, HTTP
// and retry are modules of their own.







const LWA_SCOPE = 'appstore::apps:readwrite';
/** What an HTTP header may carry: visible ASCII, as a bearer token is. */
const HEADER_SAFE_TOKEN = /^[\x21-\x7e]{1,8192}$/;
const OPERATION_NAMES = {
    token: 'Getting an access token',
    register: 'Registering the app for DevTest',
    addTesters: 'Adding testers'
};
/**
 * Amazon's App Submission API for Testing: a Login-with-Amazon token, then the two DevTest
 * calls. One transport for LWA and one for the API, so the two API calls share a keep-alive
 * connection to their host.
 */
class AmazonClient {
    options;
    tokenTransport;
    apiTransport;
    accessToken;
    /** The client secret and every token received: redacted from anything quoted. */
    secrets = new Set();
    // The client secret is masked by getInputs(), as soon as it is read.
    constructor(options) {
        this.options = options;
        this.secrets.add(options.clientSecret);
        this.tokenTransport = new HttpTransport(options.userAgent, options.timeoutMs);
        this.apiTransport = new HttpTransport(options.userAgent, options.timeoutMs);
    }
    /** Registers the app and certificate for DevTest; returns the track Amazon assigned. */
    async register(appId, packageName, certificatePem) {
        const response = await this.callApi('register', ['applications', appId, 'devtest', 'register'], { packageName, certificate: certificatePem });
        const trackId = readJson(response.body)?.trackId;
        if (typeof trackId !== 'string' || trackId === '') {
            throw this.error('unexpectedResponse', 'register', response);
        }
        if (!(0,track_id/* isTrackId */.t)(trackId)) {
            throw new AmazonError('unexpectedResponse', response.status, `HTTP ${response.status}, a trackId "${(0,printable/* printable */.g$)(trackId, 60)}" that is not a track name (${track_id/* TRACK_ID_RULE */.B})`, OPERATION_NAMES.register);
        }
        return trackId;
    }
    /** Adds the groups to the track; returns what Amazon reports it added. */
    async addTesters(appId, trackId, groups) {
        const response = await this.callApi('addTesters', ['applications', appId, 'tracks', trackId, 'testers'], { groups });
        const body = readJson(response.body);
        const count = body?.uniqueTesterCount;
        const added = body?.groups;
        // A 200 that reports no group or no tester, or more testers than an app may have, did not
        // do what was asked: it must not end the step green.
        if (typeof count !== 'number' ||
            !Number.isSafeInteger(count) ||
            count < 1 ||
            count > testers.MAX_TESTERS_PER_APP ||
            !Array.isArray(added) ||
            added.length === 0 ||
            !added.every(name => typeof name === 'string')) {
            throw this.error('unexpectedResponse', 'addTesters', response);
        }
        return { groups: added, uniqueTesterCount: count };
    }
    dispose() {
        this.tokenTransport.dispose();
        this.apiTransport.dispose();
    }
    async token() {
        if (this.accessToken)
            return this.accessToken;
        const form = new URLSearchParams({
            grant_type: 'client_credentials',
            client_id: this.options.clientId,
            client_secret: this.options.clientSecret,
            scope: LWA_SCOPE
        });
        const response = await this.send('token', this.tokenTransport, this.options.tokenUrl, form.toString(), {
            'Content-Type': 'application/x-www-form-urlencoded',
            Accept: 'application/json'
        });
        if (response.status !== 200)
            throw this.lwaError(response);
        // A 200 from the token endpoint may hold a token in a shape not understood here: it is never
        // quoted, since only a token read as one can be masked.
        const token = readJson(response.body)?.access_token;
        if (typeof token !== 'string' || token === '') {
            throw new AmazonError('unexpectedResponse', 200, 'HTTP 200 without an access_token in a JSON object (the answer is not shown: it may hold a token)', OPERATION_NAMES.token);
        }
        this.options.log.secret(token);
        this.secrets.add(token);
        if (!HEADER_SAFE_TOKEN.test(token)) {
            throw new AmazonError('unexpectedResponse', 200, 'HTTP 200 with an access_token that cannot be sent in a header', OPERATION_NAMES.token);
        }
        this.accessToken = token;
        return token;
    }
    /**
     * One API call. A 403 most often means the token expired, so it is repeated once with a new
     * token; a second 403 means the security profile may not use the API at all.
     */
    async callApi(operation, segments, body) {
        const url = this.apiUrl(segments);
        const json = JSON.stringify(body);
        const post = async () => this.send(operation, this.apiTransport, url, json, {
            'Content-Type': 'application/json',
            Accept: 'application/json',
            Authorization: `Bearer ${await this.token()}`
        });
        let response = await post();
        if (response.status === 401 || response.status === 403) {
            this.options.log.info(`Amazon answered ${response.status}; fetching a new access token and trying once more.`);
            this.accessToken = undefined;
            response = await post();
            if (response.status === 401 || response.status === 403) {
                throw this.error('notAuthorized', operation, response);
            }
        }
        if (response.status === 200)
            return response;
        throw this.error(apiErrorKind(operation, response.status), operation, response);
    }
    /**
     * The base URL's own path is kept; every segment is encoded, so an id cannot change the path.
     * encodeURIComponent keeps "." and "..", which the URL parser then collapses: those, and empty
     * segments, are refused here whatever validation let through.
     */
    apiUrl(segments) {
        if (segments.some(segment => segment === '' || segment === '.' || segment === '..')) {
            throw new Error(`refusing an empty or dot segment in the API path`);
        }
        const base = this.options.apiUrl.replace(/\/+$/, '');
        return [base, this.options.apiVersion, ...segments]
            .map((s, i) => (i === 0 ? s : encodeURIComponent(s)))
            .join('/');
    }
    /** Sends with retries for transient failures only; the response may still be an error. */
    async send(operation, transport, url, body, headers) {
        const { log } = this.options;
        try {
            return await withRetry(async (attempt) => {
                log.debug(`${OPERATION_NAMES[operation]}: POST ${url} (attempt ${attempt})`);
                let response;
                try {
                    response = await transport.post(url, body, headers, this.attemptTimeoutMs());
                }
                catch (error) {
                    if (!(error instanceof RequestFailure))
                        throw error;
                    const final = error.code ? FINAL_NETWORK_ERRORS[error.code] : undefined;
                    if (final)
                        throw new AmazonError(final, undefined, error.message, OPERATION_NAMES[operation]);
                    throw new TransientFailure(error.message);
                }
                log.debug(`${OPERATION_NAMES[operation]}: HTTP ${response.status}`);
                if (response.tooLarge) {
                    const what = `HTTP ${response.status} with an answer over 1 MB`;
                    if (TRANSIENT_STATUSES.has(response.status))
                        throw new TransientFailure(what);
                    throw new AmazonError('answerTooLarge', response.status, what, OPERATION_NAMES[operation]);
                }
                if (TRANSIENT_STATUSES.has(response.status)) {
                    const retryAfter = header(response, 'retry-after');
                    throw new TransientFailure(`HTTP ${response.status}${this.describeBody(response.body)}`, parseRetryAfter(retryAfter));
                }
                return response;
            }, this.options.retry, {
                sleep: this.options.sleep,
                remainingMs: () => this.options.deadline?.remainingMs() ?? Infinity,
                onRetry: (failure, attempt, delayMs) => log.warning(`${OPERATION_NAMES[operation]}: attempt ${attempt} of ${this.options.retry.maxAttempts} ` +
                    `failed (${failure.message}); retrying in ${(delayMs / 1000).toFixed(1)} s.`)
            });
        }
        catch (error) {
            if (error instanceof RetriesExhausted) {
                throw new AmazonError('transient', undefined, error.message, OPERATION_NAMES[operation]);
            }
            if (error instanceof DeadlineReached) {
                throw new AmazonError('runDeadline', undefined, error.message, OPERATION_NAMES[operation]);
            }
            throw error;
        }
    }
    /** An attempt's timeout, cut to what is left of the run's deadline. */
    attemptTimeoutMs() {
        const left = this.options.deadline?.remainingMs() ?? Infinity;
        return Math.max(1, Math.min(this.options.timeoutMs, left));
    }
    /**
     * Amazon's message, with the client secret and every token redacted first: a server that
     * echoes the request would otherwise print them, and once a message is cut to length the
     * runner's exact-match masking no longer recognises what is left.
     */
    readMessage(body) {
        let text = body;
        for (const secret of this.secrets) {
            if (secret.length < 4)
                continue;
            for (const form of new Set([secret, encodeURIComponent(secret)]))
                text = text.split(form).join('***');
        }
        return readErrorMessage(text);
    }
    describeBody(body) {
        const said = this.readMessage(body);
        return said ? `: ${said}` : '';
    }
    lwaError(response) {
        return this.error(lwaErrorKind(readJson(response.body)?.error), 'token', response);
    }
    error(kind, operation, response) {
        const said = this.readMessage(response.body);
        const nothing = response.body.trim() === '' ? 'empty body' : 'no message in the answer';
        const message = `HTTP ${response.status}, ${said ?? nothing}`;
        return new AmazonError(kind, response.status, message, OPERATION_NAMES[operation]);
    }
}
function header(response, name) {
    const value = response.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function readJson(body) {
    try {
        const value = JSON.parse(body);
        return typeof value === 'object' && value !== null && !Array.isArray(value)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
