"use strict";
exports.id = 473;
exports.ids = [473];
exports.modules = {

/***/ 3818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AmazonClient: () => (/* binding */ AmazonClient)
});

// UNUSED EXPORTS: LWA_SCOPE

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/mask.ts
var mask = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/printable.ts
var printable = __webpack_require__(5260);
;// CONCATENATED MODULE: ./src/amazon-errors.ts



/**
 * What a second registration of the same app returns is not documented (docs/amazon-api.md):
 * a 400 or 409 on a repeat run most likely means "registered already", and the cure is a change
 * to the workflow, spelt out here exactly, for each front door.
 */
const REGISTERED_BEFORE = 'If an earlier run already registered the app, register it once only: save the trackId ' +
    "output of that run (it is in that run's log and job summary) as a repository variable, " +
    'DEVTEST_TRACK_ID, and add `track-id: ${{ vars.DEVTEST_TRACK_ID }}` to this step; the step ' +
    'then only adds testers.';
const REGISTERED_BEFORE_CLI = 'If an earlier run already registered the app, register it once only: save the track of that ' +
    'run (its log says `Registered; Amazon assigned track "…"`; --json and --output-env give it ' +
    'too) as a CI variable, DEVTEST_TRACK_ID, and pass --track-id "$DEVTEST_TRACK_ID"; the run ' +
    'then only adds testers.';
/**
 * The failures Amazon is known to answer with, each with what the user should do: hint in the
 * workflow's words, cliHint where the command line's differ (variables, not secrets; flags). The
 * client maps a response to one of these; anything else falls back to Amazon's own message.
 */
const KnownErrors = {
    lwaInvalidClient: {
        what: 'Login with Amazon rejected the client credentials',
        hint: 'Check the client-id and client-secret secrets: copy both from Developer Console → Apps & ' +
            'Services → API Access → App Submission API → your security profile → Web Settings.',
        cliHint: 'Check AMAZON_CLIENT_ID and AMAZON_CLIENT_SECRET: copy both from Developer Console → Apps ' +
            '& Services → API Access → App Submission API → your security profile → Web Settings.'
    },
    lwaInvalidScope: {
        what: 'Login with Amazon refused the scope appstore::apps:readwrite',
        hint: 'Attach the security profile to the App Submission API (Developer Console → Apps & ' +
            'Services → API Access → App Submission API), then re-run.'
    },
    lwaWrongEndpoint: {
        what: 'The token endpoint did not accept a client-credentials request',
        hint: 'Check token-url: it must be the Login with Amazon token endpoint, ' +
            'https://api.amazon.com/auth/o2/token (the default).',
        cliHint: 'Check --token-url: it must be the Login with Amazon token endpoint, ' +
            'https://api.amazon.com/auth/o2/token (the default).'
    },
    lwaMalformedRequest: {
        what: 'Login with Amazon could not read the token request',
        hint: 'Copy client-id and client-secret again, exactly as the security profile shows them ' +
            '(no quotes, spaces or line breaks around them). If token-url is set, leave it empty ' +
            'for https://api.amazon.com/auth/o2/token.',
        cliHint: 'Copy AMAZON_CLIENT_ID and AMAZON_CLIENT_SECRET again, exactly as the security profile ' +
            'shows them (no quotes, spaces or line breaks around them). If --token-url is given, ' +
            'leave it out for https://api.amazon.com/auth/o2/token.'
    },
    lwaOther: {
        what: 'Login with Amazon refused the token request',
        hint: 'Check the client-id, client-secret and token-url inputs.',
        cliHint: 'Check AMAZON_CLIENT_ID, AMAZON_CLIENT_SECRET and --token-url.'
    },
    notAuthorized: {
        what: 'Amazon refused the request even with a fresh access token (403 Forbidden)',
        hint: 'Known causes: the security profile is not attached to the App Submission API ' +
            '(Developer Console → Apps & Services → API Access → App Submission API → attach the ' +
            'profile whose client-id and client-secret this workflow uses); app-id belongs to another ' +
            'developer account than the security profile; or api-url or api-version do not name ' +
            "Amazon's API (leave both empty).",
        cliHint: 'Known causes: the security profile is not attached to the App Submission API ' +
            '(Developer Console → Apps & Services → API Access → App Submission API → attach the ' +
            'profile whose credentials are in AMAZON_CLIENT_ID and AMAZON_CLIENT_SECRET); --app-id ' +
            'belongs to another developer account than the security profile; or --api-url or ' +
            "--api-version do not name Amazon's API (leave both out)."
    },
    appNotFound: {
        what: 'Amazon does not know the app (404 Not Found)',
        hint: "Check app-id (amzn1.devportal.mobileapp.…, on the app's page in the Developer Console) and " +
            'that the app belongs to the account of this security profile.',
        cliHint: "Check --app-id (amzn1.devportal.mobileapp.…, on the app's page in the Developer Console) " +
            'and that the app belongs to the account of this security profile.'
    },
    trackNotFound: {
        what: 'Amazon does not know the app or the track (404 Not Found)',
        hint: 'Check app-id and track-id; leave track-id empty to register the app and use the track ' +
            'Amazon returns.',
        cliHint: 'Check --app-id and --track-id; leave --track-id out (or empty) to register the app and ' +
            'use the track Amazon returns.'
    },
    registerRejected: {
        what: 'Amazon rejected the DevTest registration (400 Bad Request)',
        hint: "Check that package-name is the app's package and that the certificate is the one the " +
            'app is signed with (DevTest takes ECDSA certificates, at most 3 per app). ' +
            REGISTERED_BEFORE,
        cliHint: "Check that --package-name is the app's package and that the certificate is the one the " +
            'app is signed with (DevTest takes ECDSA certificates, at most 3 per app). ' +
            REGISTERED_BEFORE_CLI
    },
    testersRejected: {
        what: 'Amazon rejected the tester list (400 Bad Request)',
        hint: 'Check the tester emails and group names; Amazon allows 50 testers per app.'
    },
    conflict: {
        what: 'Amazon reported a conflict (409)',
        hint: REGISTERED_BEFORE,
        cliHint: REGISTERED_BEFORE_CLI
    },
    answerTooLarge: {
        what: 'Amazon answered with more than 1 MB',
        hint: 'No answer of this API is that large: check that api-url and token-url point at Amazon ' +
            '(leave both empty for the defaults), and re-run.',
        cliHint: 'No answer of this API is that large: check that --api-url and --token-url point at ' +
            'Amazon (leave both out for the defaults), and run it again.'
    },
    unexpectedResponse: {
        what: 'Amazon answered 200 without the expected data',
        hint: 'Check api-url and token-url point at Amazon (the defaults do). If they do, re-run; if it ' +
            'persists, Amazon changed the API: open an issue on this action.',
        cliHint: 'Check --api-url and --token-url point at Amazon (the defaults do). If they do, run it ' +
            'again; if it persists, Amazon changed the API: open an issue on appstore-devtest.'
    },
    hostNotFound: {
        what: 'The host name does not exist',
        hint: "Check the host in api-url and token-url, or leave both empty for Amazon's own endpoints.",
        cliHint: "Check the host in --api-url and --token-url, or leave both out for Amazon's own endpoints."
    },
    untrustedCertificate: {
        what: "The server's TLS certificate is not trusted",
        hint: 'Check api-url and token-url. Behind a proxy that inspects TLS, give its CA certificate to ' +
            'Node in the NODE_EXTRA_CA_CERTS environment variable.',
        cliHint: 'Check --api-url and --token-url. Behind a proxy that inspects TLS, give its CA ' +
            'certificate to Node in the NODE_EXTRA_CA_CERTS environment variable.'
    },
    transient: {
        what: 'Amazon kept failing with temporary errors',
        hint: 'This is usually a passing outage: re-run the job. Raise max-attempts or request-timeout ' +
            'if it happens often.',
        cliHint: 'This is usually a passing outage: run it again. Raise --max-attempts or ' +
            '--request-timeout if it happens often.'
    },
    unexpectedStatus: {
        what: 'Amazon answered with an unexpected status',
        hint: "Check api-url and token-url. If they are right, re-run; if it persists, see Amazon's message.",
        cliHint: 'Check --api-url and --token-url. If they are right, run it again; if it persists, see ' +
            "Amazon's message."
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
/** The kind of a Login with Amazon refusal, by the error code of its body. */
function lwaErrorKind(code) {
    return code === 'invalid_client'
        ? 'lwaInvalidClient'
        : code === 'invalid_scope'
            ? 'lwaInvalidScope'
            : code === 'unsupported_grant_type'
                ? 'lwaWrongEndpoint'
                : code === 'invalid_request'
                    ? 'lwaMalformedRequest'
                    : 'lwaOther';
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
        const said = !detail
            ? ''
            : status !== undefined
                ? ` Amazon said: ${detail}`
                : ` Details: ${detail}`;
        super(`${context}: ${known.what}.${said}`, known.hint, known.cliHint);
        this.kind = kind;
        this.status = status;
        this.detail = detail;
        this.name = 'AmazonError';
    }
}
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
;// CONCATENATED MODULE: ./src/http.ts

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
 * job forever.
 */
class HttpTransport {
    userAgent;
    timeoutMs;
    client;
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
    async post(url, body, headers) {
        const client = this.client;
        let timer;
        const deadline = new Promise((_, reject) => {
            timer = setTimeout(() => {
                // Destroying the agent's sockets ends the stuck request; later attempts need a new client.
                client.dispose();
                this.client = this.newClient();
                reject(new RequestFailure(`no complete answer within ${this.timeoutMs / 1000} s`, true));
            }, this.timeoutMs);
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
    dispose() {
        this.client.dispose();
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

// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(9809);
// EXTERNAL MODULE: ./src/testers.ts
var testers = __webpack_require__(4779);
// EXTERNAL MODULE: ./src/track-id.ts
var track_id = __webpack_require__(3216);
;// CONCATENATED MODULE: ./src/amazon-client.ts
// API reference: docs/amazon-api.md (what is documented by Amazon and what is assumed).






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
            count > testers/* MAX_TESTERS_PER_APP */.Cv ||
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
            return await (0,retry/* withRetry */.bD)(async (attempt) => {
                log.debug(`${OPERATION_NAMES[operation]}: POST ${url} (attempt ${attempt})`);
                let response;
                try {
                    response = await transport.post(url, body, headers);
                }
                catch (error) {
                    if (!(error instanceof RequestFailure))
                        throw error;
                    const final = error.code ? FINAL_NETWORK_ERRORS[error.code] : undefined;
                    if (final)
                        throw new AmazonError(final, undefined, error.message, OPERATION_NAMES[operation]);
                    throw new retry/* TransientFailure */.$r(error.message);
                }
                log.debug(`${OPERATION_NAMES[operation]}: HTTP ${response.status}`);
                if (response.tooLarge) {
                    const what = `HTTP ${response.status} with an answer over 1 MB`;
                    if (TRANSIENT_STATUSES.has(response.status))
                        throw new retry/* TransientFailure */.$r(what);
                    throw new AmazonError('answerTooLarge', response.status, what, OPERATION_NAMES[operation]);
                }
                if (TRANSIENT_STATUSES.has(response.status)) {
                    const retryAfter = header(response, 'retry-after');
                    throw new retry/* TransientFailure */.$r(`HTTP ${response.status}${this.describeBody(response.body)}`, (0,retry/* parseRetryAfter */.mu)(retryAfter));
                }
                return response;
            }, this.options.retry, {
                sleep: this.options.sleep,
                onRetry: (failure, attempt, delayMs) => log.warning(`${OPERATION_NAMES[operation]}: attempt ${attempt} of ${this.options.retry.maxAttempts} ` +
                    `failed (${failure.message}); retrying in ${(delayMs / 1000).toFixed(1)} s.`)
            });
        }
        catch (error) {
            if (error instanceof retry/* RetriesExhausted */.w1) {
                throw new AmazonError('transient', undefined, error.message, OPERATION_NAMES[operation]);
            }
            throw error;
        }
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


/***/ }),

/***/ 3319:
/***/ ((module) => {

// Start-up cost, not behaviour. @actions/http-client (loaded by @actions/core) imports undici at
// the top of its module only to build a ProxyAgent in getAgentDispatcher(), which neither this
// action nor @actions/core calls. Compiling and running undici's 0.9 MB was over a third of the
// action's start-up. So tsconfig.json "paths" points the bundle's "undici" here, script/bundle.sh
// builds undici on its own into dist/undici/index.cjs, and this loads that file the first time
// anything reads from undici: the whole API stays available, only later.

let undici
// __non_webpack_require__ is webpack's escape hatch: a plain require relative to dist/index.js,
// so the bundler neither follows nor inlines it.
// eslint-disable-next-line no-undef
const load = () => (undici ??= require('./undici/index.cjs'))
module.exports = new Proxy(
  {},
  {
    get: (_, name) => load()[name],
    has: (_, name) => name in load(),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_, name) => Object.getOwnPropertyDescriptor(load(), name)
  }
)


/***/ }),

/***/ 3992:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// A Node warning, not behaviour. tunnel, which @actions/http-client uses for proxies, builds the
// Proxy-Authorization header with `new Buffer()`, so every run behind a proxy that needs
// credentials printed "DeprecationWarning: Buffer() is deprecated" (Node spares code under
// node_modules, but the bundle is not). tsconfig.json "paths" points the bundle's "tunnel" here:
// the same agents, with the header built by Buffer.from and added to the CONNECT request.

const tunnel = __webpack_require__(218)

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


/***/ })

};
;