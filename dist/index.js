import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 9137:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ DEFAULT_BACKOFF)
/* harmony export */ });
// The policy's shape and defaults apart from the retry loop: the run's overall deadline and the
// plan are worked out from them in every run, the loop is loaded only when a request is due.
const DEFAULT_BACKOFF = { baseDelayMs: 1000, maxDelayMs: 16_000, maxRetryAfterMs: 60_000 };


/***/ }),

/***/ 8245:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ TRACK_ID_RULE),
/* harmony export */   t: () => (/* binding */ isTrackId)
/* harmony export */ });
/**
 * A DevTest track ID, given as track-id or returned by Amazon ("devtest"), becomes a segment of
 * the testers URL and a step output. It must be a plain name: "." or ".." would be collapsed by
 * the URL parser and send the token and tester list to another path, and a line break in it
 * would reach the log. Starting with a letter or digit rules out both dot segments.
 */
const TRACK_ID = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,127}$/;
function isTrackId(value) {
    return TRACK_ID.test(value);
}
const TRACK_ID_RULE = 'a track ID is up to 128 letters, digits, ".", "_", "~" or "-", starting with a letter or digit';


/***/ }),

/***/ 8382:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bl: () => (/* binding */ MAX_LISTED),
/* harmony export */   Ku: () => (/* binding */ ProblemList),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   lZ: () => (/* binding */ ActionError),
/* harmony export */   v: () => (/* binding */ andMore)
/* harmony export */ });
/* harmony import */ var _input_words_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4261);

/**
 * How many problems (or warnings) are spelt out; the rest are counted. A list of 20,000 bad lines
 * must not become a 2 MB annotation: the first ones show what is wrong, the count how much.
 */
const MAX_LISTED = 20;
/** A listed line: the input as the door names it (app-id, --app-id), where in it, the message. */
function formatProblem(problem, words) {
    const where = problem.where ? ` (${problem.where})` : '';
    return `${words.name(problem.input)}${where}: ${problem.message}`;
}
/** "and 3 more problems", or nothing when everything was listed. */
function andMore(unlisted, noun) {
    if (unlisted <= 0)
        return undefined;
    return `… and ${unlisted} more ${unlisted === 1 ? noun : `${noun}s`}`;
}
/**
 * Every problem found in the inputs, thrown once so the user sees them all in one run. Its own
 * message is the headline; the list is in a front door's words (messageIn), rendered only here.
 */
class InputError extends Error {
    /** The problems spelt out: the first MAX_LISTED. */
    problems;
    /** All problems found, listed or not. */
    total;
    constructor(problems, total = problems.length) {
        super(`${total === 1 ? '1 problem' : `${total} problems`} with the inputs, nothing was sent to Amazon`);
        this.name = 'InputError';
        this.problems = problems;
        this.total = total;
    }
    /** The listed problems, each message in a front door's words. */
    problemsIn(words) {
        return this.problems.map(problem => ({ ...problem, message: (0,_input_words_js__WEBPACK_IMPORTED_MODULE_0__/* .fixIn */ .l)(problem.message, words) }));
    }
    /** The headline and one line per problem, in a front door's words. */
    messageIn(words) {
        const more = andMore(this.total - this.problems.length, 'problem');
        return (`${this.message}:\n` +
            this.problemsIn(words)
                .map(problem => `- ${formatProblem(problem, words)}`)
                .join('\n') +
            (more ? `\n- ${more}` : ''));
    }
}
/**
 * A failure with a known cause: what happened, and what the user should do about it. Its kind is
 * set where it is thrown: 'amazon' for a failure on the way to or at Amazon, 'output' when the run
 * is done and only writing its result failed.
 */
class ActionError extends Error {
    failureKind;
    fix;
    constructor(failureKind, message, 
    /** The fix, in the words of whichever front door reports it. */
    fix) {
        super(message);
        this.failureKind = failureKind;
        this.fix = fix;
        this.name = 'ActionError';
    }
    /** The fix in a front door's words. */
    hintIn(words) {
        return (0,_input_words_js__WEBPACK_IMPORTED_MODULE_0__/* .fixIn */ .l)(this.fix, words);
    }
}
/**
 * Collects input problems while validation carries on, so all of them are reported at once.
 * Only the first MAX_LISTED are kept in full; the rest are counted, so memory and the message
 * stay bounded however many problems a hostile list holds.
 */
class ProblemList {
    kept = [];
    count = 0;
    add(input, message, where) {
        this.count++;
        if (this.kept.length < MAX_LISTED)
            this.kept.push(where ? { input, where, message } : { input, message });
    }
    /** Takes over another list's problems, listed and counted. */
    addAll(other) {
        for (const problem of other.kept)
            this.add(problem.input, problem.message, problem.where);
        this.count += other.count - other.kept.length;
    }
    /** The problems spelt out, in the order found. */
    get listed() {
        return this.kept;
    }
    /** Every problem found, listed or not. */
    get size() {
        return this.count;
    }
    throwIfAny() {
        if (this.count > 0)
            throw new InputError([...this.kept], this.count);
    }
}


/***/ }),

/***/ 4261:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ fixIn),
/* harmony export */   r: () => (/* binding */ inWords)
/* harmony export */ });
/** Worded text (a fix, an input problem) in a front door's words. */
const fixIn = (text, words) => typeof text === 'string' ? text : text(words);
/** "a", "a and b", "a, b and c". */
function inWords(items) {
    return items.length <= 1
        ? (items[0] ?? '')
        : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}


/***/ }),

/***/ 5249:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tu: () => (/* binding */ maskEmailsIn),
/* harmony export */   Ui: () => (/* binding */ untrustedText),
/* harmony export */   Xm: () => (/* binding */ nameExcerpt),
/* harmony export */   vA: () => (/* binding */ maskEmail)
/* harmony export */ });
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6146);
/**
 * Tester emails are personal data and workflow logs are often public, so everything the action
 * prints shows them as a•••@example.com: enough to recognise a tester, not enough to mail one.
 * Masking works on anything shaped like local@domain, valid address or not, so a typo, a comma
 * list or a credential in a URL (user:token@host) is masked too.
 */

/** Characters that end the local part of an address-like token when walking left from "@". */
// RFC 5322 allows ' = / | { } ` and more in a local part, so only what cannot be in one stops.
const LOCAL_STOP = new Set([...' \t\r\n\f\v<>()[],;:"\\@', '\u00a0']);
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
/** A name with a dot before a letter, as a domain has (example.com), unlike a version (1.2). */
const DOTTED_NAME = /\.[A-Za-z]/;
function maskEmail(email) {
    const at = email.lastIndexOf('@');
    if (at <= 0)
        return '•••';
    return `${email[0]}•••${email.slice(at)}`;
}
/**
 * Masks every local@domain-like token inside a free text. Hand-written rather than a regular
 * expression: an unanchored pattern with a repeated class before "@" backtracks quadratically on
 * long texts without one, and this runs on whatever a file or a server sent. Each character is
 * visited a bounded number of times.
 */
function maskEmailsIn(text) {
    let result = '';
    let copiedUpTo = 0;
    let at = text.indexOf('@');
    while (at !== -1) {
        const quoted = quotedLocalPartStart(text, at, copiedUpTo);
        let start = quoted ?? at;
        if (quoted === undefined)
            while (start > copiedUpTo && !LOCAL_STOP.has(text[start - 1] ?? ' '))
                start--;
        let end = at + 1;
        while (end < text.length && DOMAIN_CHAR.test(text[end] ?? ''))
            end++;
        if (quoted !== undefined) {
            // Shown as "•••"@domain: masking it again gives the same text.
            result += `${text.slice(copiedUpTo, quoted)}"•••"${text.slice(at, end)}`;
            copiedUpTo = end;
        }
        else if (start < at) {
            result += `${text.slice(copiedUpTo, start)}${text[start]}•••${text.slice(at, end)}`;
            copiedUpTo = end;
        }
        else if (DOTTED_NAME.test(text.slice(at + 1, end))) {
            // Nothing before the "@" of a domain-like name: an address whose local part was lost, or a
            // key that only looks like one; shown as neither. "@home" in a path or "@scope/pkg" stays.
            result += `${text.slice(copiedUpTo, at)}@•••`;
            copiedUpTo = end;
        }
        at = text.indexOf('@', Math.max(end, at + 1));
    }
    return result + text.slice(copiedUpTo);
}
/** The longest local part an address may have (RFC 5321), plus its two quotes. */
const MAX_QUOTED_LOCAL_PART = 66;
/** What a quoted local part cannot hold: a line break, or the brackets around an address. */
const QUOTED_STOP = new Set([...'\r\n<>']);
/**
 * Where a quoted local part ("john doe"@example.com) that ends right before the "@" at `at`
 * starts, if there is one on the same line. The search back is bounded, so the scan stays linear.
 */
function quotedLocalPartStart(text, at, floor) {
    if (text[at - 1] !== '"')
        return undefined;
    const limit = Math.max(floor, at - MAX_QUOTED_LOCAL_PART);
    for (let i = at - 2; i >= limit; i--) {
        const c = text[i] ?? '';
        if (c === '"')
            return i;
        if (QUOTED_STOP.has(c))
            return undefined;
    }
    return undefined;
}
/**
 * The one way to show untrusted text (a tester list's entries, an app ID, a path, a name read
 * from a file): every address-like token masked, control characters escaped, and cut to a short
 * excerpt. Problems, warnings, log lines and summary cells that quote such text go through here.
 */
function untrustedText(text, maxLength = 80) {
    return (0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(maskEmailsIn(text), maxLength);
}
/**
 * Letters and digits of any script, spaces, dots, underscores and hyphens. Built on first use, not
 * written as a literal: V8 checks a literal's syntax while it compiles the module, and the Unicode
 * classes cost that check 2.4 M instructions (~0.7 ms) at every start, also of runs that never
 * quote a name.
 */
let plainWordPattern;
const plainWord = () => (plainWordPattern ??= new RegExp('^[\\p{L}\\p{N} ._-]+$', 'u'));
/**
 * A name read from a file (a column header, a field or group name) as a problem may quote it:
 * a short plain word, masked like any tester text. Anything longer or with other characters
 * ("AWS_SECRET=…", "PATH=/usr/bin:…") may be a file's content and is not quoted: undefined.
 */
function nameExcerpt(name) {
    const text = name.trim();
    if (text.length > 24 || !plainWord().test(text))
        return undefined;
    return `"${untrustedText(text, 24)}"`;
}


/***/ }),

/***/ 6146:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H_: () => (/* binding */ inertLog),
/* harmony export */   aQ: () => (/* binding */ hasControl),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony export withoutOldCommands */
/**
 * Text read from outside (files, artifacts, Amazon's answers) is shown through here before it
 * reaches the log, an annotation or the job summary. A line feed in such text would start a new
 * log line, and a new log line that begins with "::" is a workflow command the runner obeys; the
 * runner also obeys its older syntax, "##[name]data", anywhere in a line (actions/runner,
 * ActionCommand.TryParse); bidi controls can make a log line read differently from what it holds.
 * Each becomes a visible escape.
 */
// C0 controls, DEL, C1 controls, the Arabic letter mark and left-to-right / right-to-left
// marks, the Unicode line and paragraph separators, bidi embeddings, overrides and isolates, and
// the byte order mark / zero-width no-break space.
const UNPRINTABLE = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** The same characters, without the global flag: test() then keeps no state between calls. */
const CONTAINS_UNPRINTABLE = new RegExp(UNPRINTABLE.source);
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** The text on one line, every control character shown as an escape, at most maxLength long. */
function printable(text, maxLength = 200) {
    const escaped = text.replace(UNPRINTABLE, char => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return truncate(withoutOldCommands(escaped), maxLength);
}
/** The runner's older command prefix: "##[", obeyed wherever it stands in a line. */
const OLD_COMMAND_PREFIX = /##\[/g;
/**
 * Text in which no "##[" starts a command: shown as "##\[", which reads the same to a person and
 * holds no "##[", so escaping it twice changes nothing.
 */
function withoutOldCommands(text) {
    return text.replace(OLD_COMMAND_PREFIX, '##\\[');
}
// What the runner trims before looking for "::" (.NET's char.IsWhiteSpace): JavaScript's \s
// and the next line character U+0085.
const COMMAND_AT_LINE_START = /^([\s\u0085]*):(?=:)/gm;
/**
 * A log line, or several, that the runner takes for text: no "##[" anywhere and no line that
 * starts with "::" (shown as ": :"). The last step before anything is written to a job's log.
 */
function inertLog(text) {
    return withoutOldCommands(text).replace(COMMAND_AT_LINE_START, '$1: ');
}
/** Cuts text to maxLength characters, marking the cut with an ellipsis. */
function truncate(text, maxLength) {
    return text.length > maxLength ? `${text.slice(0, Math.max(0, maxLength - 1))}…` : text;
}
/** True when text holds a control character or line separator: nothing a name may contain. */
function hasControl(text) {
    return CONTAINS_UNPRINTABLE.test(text);
}


/***/ }),

/***/ 1935:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ shownPackage),
/* harmony export */   r: () => (/* binding */ PACKAGE_NAME)
/* harmony export */ });
/* harmony import */ var _shared_mask_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5249);

/** An Android package name: dot-separated words, each starting with a letter (com.example.app). */
const PACKAGE_NAME = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/;
/** A package name as it may be printed: one read from an artifact is the file's content. */
function shownPackage(name) {
    return (0,_shared_mask_js__WEBPACK_IMPORTED_MODULE_0__/* .untrustedText */ .Ui)(name, 121);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 9242:
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
const load = () => (undici ??= __WEBPACK_EXTERNAL_createRequire(import.meta.url)('./undici/index.cjs'))
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

/***/ 7673:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// A Node warning, not behaviour. tunnel, which @actions/http-client uses for proxies, builds the
// Proxy-Authorization header with `new Buffer()`, so every run behind a proxy that needs
// credentials printed "DeprecationWarning: Buffer() is deprecated" (Node spares code under
// node_modules, but the bundle is not). tsconfig.json "paths" points the bundle's "tunnel" here:
// the same agents, with the header built by Buffer.from and added to the CONNECT request.
// tunnel's agents also have no destroy(): a CONNECT to a proxy that never answers, or a tunnel
// that goes silent, would keep the process alive after the run. Each agent gets one here, which
// http.ts calls when an attempt's time is up and when the run ends.

const tunnel = __nccwpck_require__(218)

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


/***/ }),

/***/ 4942:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient)
});

// UNUSED EXPORTS: Headers, HttpClientError, HttpClientResponse, HttpCodes, MediaTypes, getProxyUrl, isHttps

// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./src/amazon/tunnel-proxy-auth.cjs
var tunnel_proxy_auth = __nccwpck_require__(7673);
// EXTERNAL MODULE: ./src/amazon/lazy-undici.cjs
var lazy_undici = __nccwpck_require__(9242);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel_proxy_auth.httpsOverHttps : tunnel_proxy_auth.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel_proxy_auth.httpOverHttps : tunnel_proxy_auth.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new lazy_undici.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __nccwpck_require__(4942);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary_summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: ./src/shared/action-yml.ts
// Generated from action.yml by script/generate-action-yml-module.mjs (npm run generate).
// Do not edit: change action.yml and run npm run generate.
/** The action's inputs: the CLI's flags. */
const ACTION_INPUTS = {
    'client-id': {
        description: 'Login with Amazon client ID of the security profile attached to the App Submission API (amzn1.application-oa2-client.…). Pass it from a secret. Required unless dry-run is true.',
        required: false
    },
    'client-secret': {
        description: 'Client secret of that security profile. Pass it from a secret. Required unless dry-run is true.',
        required: false
    },
    'app-id': {
        description: "The app's ID in the Developer Console (amzn1.devportal.mobileapp.…).",
        required: true
    },
    'package-name': {
        description: "The app's package name, e.g. com.example.app. Required unless apk or track-id is set.",
        required: false
    },
    certificate: {
        description: 'The certificate the app is signed with, for teams that register before they sign: PEM text (BEGIN/END lines) or base64 DER. CRLF and literal \\n sequences (a PEM pasted on one line) are accepted. Give this, certificate-file or apk, unless track-id is set.',
        required: false
    },
    'certificate-file': {
        description: 'Path of a PEM or DER certificate file, relative to the workspace or absolute (at most 1 MB).',
        required: false
    },
    apk: {
        description: 'The signed .apk or .aab (the signing step\'s output): a path, a glob pattern (app/build/outputs/**/*-release*-signed.apk), or several paths or patterns separated by newlines or commas, relative to the workspace or absolute. The package name and the signing certificate are read from it: the certificate a Fire OS 8 device verifies (which signer that is, and the warning when an older Fire OS sees another: "What apk reads" in docs/getting-started.md). Several files (per-ABI splits) must share both, and are registered once. certificate, certificate-file and package-name may be omitted, and must match when given. With track-id it is still read and checked, but not sent.',
        required: false
    },
    testers: {
        description: 'Inline tester list: one tester per line ("email" or "First Last <email>"), a YAML mapping of group → testers, JSON, or CSV with a header. Give this or testers-file. In a public repository pass it from a secret: the runner prints with: values in the step log.',
        required: false
    },
    'testers-file': {
        description: "Path of a .json, .yaml/.yml, .csv or .txt tester file, relative to the workspace or absolute (at most 1 MB); any other name (a CI system's file variable) is read by its shape, as testers is. Give this or testers.",
        required: false
    },
    'tester-group': {
        description: 'Group for testers listed without a group.',
        required: false,
        default: 'DevTest'
    },
    'track-id': {
        description: 'When set, skip registration and add the testers to this track: the trackId output of an earlier run, e.g. from a repository variable.',
        required: false
    },
    'dry-run': {
        description: 'true to check every input, show what would be sent, and send nothing. No credentials are needed.',
        required: false,
        default: 'false'
    },
    'api-url': {
        description: 'Base URL of the Appstore API. https, or http on a loopback address (localhost, 127.0.0.1, [::1]) for a local test server.',
        required: false,
        default: 'https://developer.amazon.com/api/appstore'
    },
    'token-url': {
        description: 'Login with Amazon token endpoint. https, or http on a loopback address (localhost, 127.0.0.1, [::1]) for a local test server.',
        required: false,
        default: 'https://api.amazon.com/auth/o2/token'
    },
    'api-version': { description: 'Appstore API version.', required: false, default: 'v1' },
    'max-attempts': {
        description: 'Attempts per request for transient failures (network errors, timeouts, 429, 5xx), 1 to 10.',
        required: false,
        default: '4'
    },
    'request-timeout': {
        description: 'Seconds one attempt of a request may take, 1 to 600.',
        required: false,
        default: '30'
    }
};
/** The inputs' defaults, as the runner applies them: the code applies them to empty values too. */
const ACTION_DEFAULTS = {
    'tester-group': 'DevTest',
    'dry-run': 'false',
    'api-url': 'https://developer.amazon.com/api/appstore',
    'token-url': 'https://api.amazon.com/auth/o2/token',
    'api-version': 'v1',
    'max-attempts': '4',
    'request-timeout': '30'
};
/** The action's outputs. */
const ACTION_OUTPUTS = {
    trackId: {
        description: 'The DevTest track Amazon returned on registration (or the given track-id). Set only when Amazon added the testers: not on a dry run or a failed run.'
    },
    uniqueTesterCount: {
        description: 'Unique testers across the groups added, as Amazon counted them. Not set on a dry run or a failed run.'
    },
    groups: {
        description: 'JSON array of the group names Amazon added, e.g. ["QA","Beta"]. Not set on a dry run or a failed run.'
    },
    certificateSha256: {
        description: 'SHA-256 fingerprint of the certificate, colon-separated upper-case hex (as keytool prints it). Set whenever the certificate was read: also on a dry run and on a run that failed later.'
    },
    artifactPaths: {
        description: "The signed artifact(s) read via apk, one path per line (relative to the workspace when inside it): the build testers need, e.g. for actions/upload-artifact's path. Set only when Amazon added the testers and apk was given."
    }
};

;// CONCATENATED MODULE: ./src/signing/certificate-warnings.ts
/** How far ahead an expiry is worth a warning: time enough to plan a new signing key. */
const EXPIRY_WARNING_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;
const NEW_CERTIFICATE = 'openssl req -x509 -nodes -newkey ec -pkeyopt ec_paramgen_curve:secp384r1 -days 9125 ' +
    '-subj "/CN=<your app> DevTest" -keyout key.pem -out cert.pem';
const RENEWAL_COST = 'A new certificate means a new signing key for the DevTest builds and takes one of the ' +
    "app's 3 certificate slots; make it last (-days 9125 is 25 years)";
/** What is worth a warning about a certificate that is otherwise usable. */
function certificateWarnings(certificate, now) {
    const warnings = [];
    if (!certificate.isEllipticCurve) {
        warnings.push(`The certificate's key is ${certificate.keyType}; Appstore DevTest supports ECDSA ` +
            `(elliptic-curve) certificates only. Create one with: ${NEW_CERTIFICATE}`);
    }
    const msLeft = certificate.validTo.getTime() - now.getTime();
    const day = certificate.validTo.toISOString().slice(0, 10);
    if (msLeft < 0) {
        warnings.push(`The certificate expired on ${day}. ${RENEWAL_COST}: ` + NEW_CERTIFICATE);
    }
    else if (msLeft < EXPIRY_WARNING_DAYS * DAY_MS) {
        // Counted in calendar days, as the date beside it is: a certificate made today for 30 days
        // expires "in 30 days", not in 29 days and some hours.
        const days = Math.round((utcDay(certificate.validTo) - utcDay(now)) / DAY_MS);
        const when = days === 0 ? 'today' : days === 1 ? 'in 1 day' : `in ${days} days`;
        warnings.push(`The certificate expires on ${day}, ${when}. ${RENEWAL_COST}: ${NEW_CERTIFICATE}`);
    }
    if (certificate.validFrom.getTime() > now.getTime()) {
        warnings.push(`The certificate is not valid before ${certificate.validFrom.toISOString()}.`);
    }
    return warnings;
}
/** The start of a date's day, in UTC, as the ISO dates shown are. */
function utcDay(date) {
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __nccwpck_require__(8382);
// EXTERNAL MODULE: ./src/shared/mask.ts
var mask = __nccwpck_require__(5249);
// EXTERNAL MODULE: ./src/shared/printable.ts
var printable = __nccwpck_require__(6146);
// EXTERNAL MODULE: ./src/signing/package-name.ts
var package_name = __nccwpck_require__(1935);
;// CONCATENATED MODULE: ./src/signing/registration.ts

/**
 * Reads the package name and signing certificate from package-name, certificate /
 * certificate-file and apk. With apk, the signed artifact supplies both, and whatever the other
 * inputs also give must match it. With track-id (skipRegistration), nothing is required, but
 * what is given is still read and checked: every release re-runs the step with the same apk,
 * and its fingerprint and expiry are worth seeing there too.
 */
async function readRegistration(inputs, workspace, problems, { skipRegistration }) {
    const problemsBefore = problems.size;
    const apkGiven = inputs.apk !== '';
    let artifact;
    if (apkGiven) {
        const { readSignedArtifacts } = await __nccwpck_require__.e(/* import() */ 693).then(__nccwpck_require__.bind(__nccwpck_require__, 693));
        artifact = await readSignedArtifacts(inputs.apk, workspace, problems);
    }
    const given = await readCertificate(inputs, workspace, problems, {
        required: !skipRegistration && !apkGiven
    });
    let packageName = inputs['package-name'];
    let certificate = given;
    if (artifact) {
        const names = artifact.files.map(file => file.path).join(', ');
        if (given && given.sha256 !== artifact.certificate.sha256) {
            const source = inputs.certificate.trim() !== '' ? 'certificate' : 'certificate-file';
            const signers = `${given.subject} (SHA-256 ${given.sha256}), the artifact's signer is ` +
                `${artifact.certificate.subject} (SHA-256 ${artifact.certificate.sha256})`;
            const are = artifact.files.length > 1 ? 'are' : 'is';
            problems.add(source, w => `is not the certificate ${names} ${are} signed with: ${w.name(source)} gives ${signers}; ` +
                `remove ${w.name(source)} to use the artifact's certificate, or sign with this one`);
        }
        if (packageName !== '' && packageName !== artifact.packageName) {
            const packages = `"${(0,package_name/* shownPackage */.K)(packageName)}" differs from the package of ${names}, "${(0,package_name/* shownPackage */.K)(artifact.packageName)}"`;
            problems.add('package-name', w => `${packages}; remove ${w.name('package-name')} to use the artifact's, or point ` +
                `${w.name('apk')} at the right artifact`);
        }
        certificate = artifact.certificate;
        packageName ||= artifact.packageName;
    }
    if (packageName === '' && !apkGiven && !skipRegistration) {
        problems.add('package-name', w => "is required to register the app: give the app's package name, e.g. com.example.app, " +
            `or point ${w.name('apk')} at the signed APK`);
    }
    else if (packageName !== '' && !package_name/* PACKAGE_NAME */.r.test(packageName)) {
        problems.add('package-name', `"${(0,package_name/* shownPackage */.K)(packageName)}" is not an Android package name (dot-separated words such as com.example.app)`);
    }
    if (!certificate || problems.size > problemsBefore)
        return undefined;
    const registration = { packageName, certificate };
    if (artifact) {
        registration.artifacts = artifact.files;
        registration.artifactFiles = artifact.located;
    }
    return registration;
}
async function readCertificate(inputs, workspace, problems, { required }) {
    const text = inputs.certificate;
    const file = inputs['certificate-file'];
    if (text.trim() !== '' && file !== '') {
        problems.add('certificate', w => `is set together with ${w.name('certificate-file')}; give exactly one of them`);
        return undefined;
    }
    if (text.trim() !== '' || file !== '') {
        const { CertificateError, parseCertificateBytes, parseCertificateText } = await __nccwpck_require__.e(/* import() */ 908).then(__nccwpck_require__.bind(__nccwpck_require__, 9908));
        try {
            if (text.trim() !== '')
                return parseCertificateText(text);
            const { readInputFile } = await __nccwpck_require__.e(/* import() */ 992).then(__nccwpck_require__.bind(__nccwpck_require__, 7992));
            const bytes = await readInputFile(file, workspace, 'certificate-file', problems);
            return bytes ? parseCertificateBytes(bytes) : undefined;
        }
        catch (error) {
            if (!(error instanceof CertificateError))
                throw error;
            problems.add(text.trim() !== '' ? 'certificate' : 'certificate-file', error.message);
            return undefined;
        }
    }
    if (required) {
        problems.add('certificate', w => `is required to register the app: set ${w.name('certificate')} (PEM text, e.g. from a ` +
            `secret), ${w.name('certificate-file')} (a path in ${w.workspace}) or ${w.name('apk')} ` +
            '(the signed APK or AAB)');
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/amazon/track-id.ts
var track_id = __nccwpck_require__(8245);
;// CONCATENATED MODULE: ./src/engine/inputs.ts
// Validation: the runner's or the command line's input strings into typed Settings, every problem
// collected in one ProblemList and reported at once, before anything is sent. Over 250 lines
// because every input's rule lives here, one short reader each; the readers of whole files
// (registration, tester lists) are in signing/ and testers/.

// Static, though only a run with a certificate uses it: 2.7 kB compiled at every start cost less
// than the chunk file the CLI would open (and its compile-cache entry) in every such run.






/** action.yml's defaults, applied here too so an empty input means the same everywhere. */
const DEFAULTS = ACTION_DEFAULTS;
/** Every input, in action.yml's order. */
const INPUT_NAMES = Object.keys(ACTION_INPUTS);
const APP_ID = /^amzn1\.devportal\.mobileapp\.[A-Za-z0-9]+$/;
const CLIENT_ID = /^amzn1\.application-oa2-client\.[A-Za-z0-9]+$/;
// Login with Amazon secrets are long runs of letters, digits and a few marks (amzn1.oa2-cs.v1.…,
// or 64 hex digits). Anything else is a paste gone wrong, and a secret must be redactable: a
// one-character secret would turn every such character of the log into ***, and one with a quote
// or a backslash would not be found again in the JSON that escapes it.
const CLIENT_SECRET_CHARACTERS = /^[\x21\x23-\x5b\x5d-\x7e]+$/;
const MIN_CLIENT_SECRET_LENGTH = 16;
const API_VERSION = /^v[0-9]+$/;
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;
const MAX_ATTEMPTS_LIMIT = 10;
const REQUEST_TIMEOUT_LIMIT = 600;
/**
 * Checks every input and reads the certificate and tester list, collecting all problems so the
 * user fixes them in one go. Throws InputError when anything is wrong; nothing has been sent then.
 */
async function validateInputs(raw, workspace, 
/** Warnings are added here as they are found, so a run that fails still shows them. */
warnings = []) {
    const inputs = withDefaults(raw);
    const problems = new errors/* ProblemList */.Ku();
    const dryRun = readBoolean(inputs, 'dry-run', problems);
    const credentials = readCredentials(inputs, problems, { dryRun });
    const appId = inputs['app-id'];
    if (appId === '') {
        problems.add('app-id', "is required: copy it from the app's page in the Developer Console (amzn1.devportal.mobileapp.…)");
    }
    else if (!APP_ID.test(appId)) {
        problems.add('app-id', `"${(0,mask/* untrustedText */.Ui)(appId, 60)}" is not an Appstore app ID; it looks like amzn1.devportal.mobileapp.<hex> ` +
            "and is shown on the app's page in the Developer Console");
    }
    if ((0,printable/* hasControl */.aQ)(inputs['tester-group'])) {
        problems.add('tester-group', 'must be one group name on one line without control characters, such as DevTest');
        // Checked once here, not again for every tester that would fall into it.
        inputs['tester-group'] = DEFAULTS['tester-group'];
    }
    const trackId = inputs['track-id'] || undefined;
    if (trackId !== undefined && !(0,track_id/* isTrackId */.t)(trackId)) {
        const shown = (0,mask/* untrustedText */.Ui)(trackId, 60);
        problems.add('track-id', w => `"${shown}" is not a track ID (${track_id/* TRACK_ID_RULE */.B}); give ${w.earlierRunTrack}, or leave ` +
            `it ${w.unset} to register the app`);
    }
    const registration = await readRegistration(inputs, workspace, problems, {
        skipRegistration: trackId !== undefined
    });
    const testers = await readTesterList(inputs, workspace, problems, warnings);
    const apiUrl = readUrl(inputs, 'api-url', problems);
    const tokenUrl = readUrl(inputs, 'token-url', problems);
    if (!API_VERSION.test(inputs['api-version'])) {
        problems.add('api-version', `"${(0,mask/* untrustedText */.Ui)(inputs['api-version'], 60)}" is not an API version such as v1`);
    }
    const maxAttempts = readNumber(inputs, 'max-attempts', problems);
    const timeoutSeconds = readNumber(inputs, 'request-timeout', problems);
    const target = trackId !== undefined
        ? registration
            ? { kind: 'existing-track', trackId, checked: registration }
            : { kind: 'existing-track', trackId }
        : registration && { kind: 'register', registration };
    if (registration) {
        warnings.push(...certificateWarnings(registration.certificate, new Date()));
        // Split APKs share one signer, so their Fire OS warnings are the same: each is said once.
        const fromArtifacts = registration.artifacts?.flatMap(artifact => artifact.warnings ?? []) ?? [];
        warnings.push(...new Set(fromArtifacts));
    }
    problems.throwIfAny();
    if (testers && target) {
        const common = {
            appId,
            target,
            testers,
            amazon: {
                apiUrl,
                tokenUrl,
                apiVersion: inputs['api-version'],
                maxAttempts,
                timeoutMs: Math.round(timeoutSeconds * 1000)
            }
        };
        if (dryRun)
            return credentials ? { ...common, dryRun, credentials } : { ...common, dryRun };
        if (credentials)
            return { ...common, dryRun, credentials };
    }
    // Every reader above returns nothing only after adding a problem, so this is never reached.
    throw new Error('the inputs were refused without a problem to report');
}
function withDefaults(raw) {
    const inputs = { ...raw };
    for (const [name, value] of Object.entries(DEFAULTS)) {
        if (inputs[name].trim() === '')
            inputs[name] = value;
    }
    for (const name of INPUT_NAMES) {
        // Multi-line inputs keep their inner lines; everything else is one trimmed value.
        if (name !== 'certificate' && name !== 'testers')
            inputs[name] = inputs[name].trim();
    }
    return inputs;
}
function readBoolean(inputs, name, problems) {
    const value = inputs[name];
    if (TRUE_VALUES.includes(value))
        return true;
    if (!FALSE_VALUES.includes(value))
        problems.add(name, `"${(0,mask/* untrustedText */.Ui)(value, 60)}" is not a boolean; use true or false`);
    return false;
}
function readCredentials(inputs, problems, { dryRun }) {
    const clientId = inputs['client-id'];
    const clientSecret = inputs['client-secret'];
    if (clientId === '' && !dryRun) {
        problems.add('client-id', "is required (the security profile's client ID), unless this is a dry run");
    }
    else if (clientId !== '' && !CLIENT_ID.test(clientId)) {
        problems.add('client-id', 'is not a Login with Amazon client ID (amzn1.application-oa2-client.…); copy the Client ID ' +
            "from the security profile's Web Settings");
    }
    if (clientSecret === '' && !dryRun) {
        problems.add('client-secret', "is required (the security profile's client secret), unless this is a dry run");
    }
    else if (/\s/.test(clientSecret)) {
        problems.add('client-secret', 'contains white space; copy the Client Secret again, without line breaks');
    }
    else if (clientSecret !== '' && !CLIENT_SECRET_CHARACTERS.test(clientSecret)) {
        problems.add('client-secret', 'holds characters a client secret never has (quotes, backslashes, control or non-ASCII ' +
            'characters); copy the Client Secret again');
    }
    else if (clientSecret !== '' && clientSecret.length < MIN_CLIENT_SECRET_LENGTH) {
        problems.add('client-secret', `is only ${clientSecret.length} character${clientSecret.length === 1 ? '' : 's'} long, ` +
            'far shorter than a client secret; copy the whole Client Secret');
    }
    if (clientId === '' || clientSecret === '')
        return undefined;
    return { clientId, clientSecret };
}
async function readTesterList(inputs, workspace, problems, warnings) {
    const text = inputs.testers;
    const file = inputs['testers-file'];
    const defaultGroup = inputs['tester-group'];
    if (text.trim() !== '' && file !== '') {
        problems.add('testers', w => `is set together with ${w.name('testers-file')}; give exactly one of them`);
        return undefined;
    }
    else if (text.trim() === '' && file === '') {
        problems.add('testers', w => `is required: list the tester emails in ${w.name('testers')} (one per line) or point ` +
            `${w.name('testers-file')} at a .json, .yaml, .csv or .txt file`);
        return undefined;
    }
    // Loaded only for a list to read: a run refused for a missing input compiles no parser.
    const [{ formatOfFile, formatOfText, parseTesters }, { MAX_INPUT_FILE_BYTES, readInputFile }] = await Promise.all([__nccwpck_require__.e(/* import() */ 341).then(__nccwpck_require__.bind(__nccwpck_require__, 8341)), __nccwpck_require__.e(/* import() */ 992).then(__nccwpck_require__.bind(__nccwpck_require__, 7992))]);
    let result;
    if (text.trim() !== '') {
        if (text.length > MAX_INPUT_FILE_BYTES) {
            problems.add('testers', 'is longer than 1 MB; a tester list is a few kilobytes');
            return undefined;
        }
        result = await parseTesters(text, {
            format: formatOfText(text),
            input: 'testers',
            defaultGroup
        });
    }
    else {
        const bytes = await readInputFile(file, workspace, 'testers-file', problems);
        if (!bytes)
            return undefined;
        const text = bytes.toString('utf8');
        result = await parseTesters(text, {
            format: formatOfFile(file, text),
            input: 'testers-file',
            defaultGroup
        });
    }
    problems.addAll(result.problems);
    for (const warning of result.warnings)
        warnings.push(warning);
    return result.testers;
}
function readUrl(inputs, name, problems) {
    const value = inputs[name];
    let url;
    try {
        url = new URL(value);
    }
    catch {
        const shown = (0,mask/* untrustedText */.Ui)(value, 100);
        problems.add(name, w => `"${shown}" is not a URL; leave it ${w.unset} for ${DEFAULTS[name]}`);
        return value;
    }
    const loopback = LOOPBACK_HOSTS.test(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        const protocol = url.protocol;
        problems.add(name, w => `must use https (got ${protocol}//); leave it ${w.unset} for ${DEFAULTS[name]}`);
    }
    else if (url.username || url.password) {
        problems.add(name, w => 'must not hold a user name or password; credentials go in ' +
            `${w.name('client-id')} and ${w.name('client-secret')}`);
    }
    else if (url.search || url.hash) {
        problems.add(name, w => `must not have a query or fragment; leave it ${w.unset} for ${DEFAULTS[name]}`);
    }
    return value;
}
/** The numeric inputs' ranges; an attempt is counted, a timeout may be a fraction of a second. */
const NUMBER_RULES = {
    'max-attempts': { min: 1, max: MAX_ATTEMPTS_LIMIT, whole: true, kind: 'a whole number' },
    'request-timeout': {
        min: 1,
        max: REQUEST_TIMEOUT_LIMIT,
        whole: false,
        kind: 'a number of seconds'
    }
};
function readNumber(inputs, name, problems) {
    const { min, max, whole, kind } = NUMBER_RULES[name];
    const value = inputs[name];
    const number = Number(value);
    const valid = /^\d+(\.\d+)?$/.test(value) && (!whole || Number.isInteger(number));
    if (!valid || number < min || number > max) {
        problems.add(name, `"${(0,mask/* untrustedText */.Ui)(value, 60)}" must be ${kind} from ${min} to ${max}`);
    }
    return number;
}

;// CONCATENATED MODULE: ./src/action/inputs.ts


/** Reads every input. The client secret is masked before anything else can print it. */
function getInputs() {
    const inputs = Object.fromEntries(INPUT_NAMES.map(name => [name, getInput(name)]));
    if (inputs['client-secret'])
        core_setSecret(inputs['client-secret']);
    return inputs;
}

// EXTERNAL MODULE: ./src/shared/input-words.ts
var input_words = __nccwpck_require__(4261);
;// CONCATENATED MODULE: ./src/action/words.ts

/** The workflow's words: inputs are `with:` keys, the credentials repository secrets. */
const WORKFLOW_WORDS = {
    name: input => input,
    list: inputs => `the ${(0,input_words/* inWords */.r)(inputs)} inputs`,
    credentials: 'the client-id and client-secret secrets',
    credentialsOwner: 'whose client-id and client-secret this workflow uses',
    unset: 'empty',
    given: 'set',
    rerun: 're-run the job',
    earlierTrack: "the trackId output of that run (it is in that run's log and job summary)",
    earlierRunTrack: 'the trackId output of an earlier run',
    savedTrackHome: 'a repository variable',
    passSavedTrack: 'add `track-id: ${{ vars.DEVTEST_TRACK_ID }}` to this step',
    workspace: 'the workspace',
    thisRun: 'the step',
    reader: "the runner's user"
};

// EXTERNAL MODULE: ./src/amazon/retry-policy.ts
var retry_policy = __nccwpck_require__(9137);
;// CONCATENATED MODULE: ./src/engine/run-deadline.ts

function runBudget(amazon, registers, backoff = retry_policy/* DEFAULT_BACKOFF */.V) {
    const { maxAttempts, timeoutMs } = amazon;
    const apiCalls = registers ? 2 : 1;
    const calls = 1 + apiCalls;
    const refreshes = apiCalls;
    // Between attempts: the backoff before attempt n is at most min(cap, base × 2^(n-1)).
    let waits = 0;
    for (let attempt = 1; attempt < maxAttempts; attempt++) {
        waits += Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** (attempt - 1));
    }
    const perCall = maxAttempts * timeoutMs + waits;
    // A refresh is one more token request and one more try of the call, each one attempt long.
    const totalMs = calls * perCall + refreshes * 2 * timeoutMs;
    return { calls, refreshes, totalMs };
}
/** The budget of the run these settings describe. */
function runBudgetOf(settings) {
    return runBudget(settings.amazon, settings.target.kind === 'register');
}
/** "10 min 24 s", "45 s". */
function formatDuration(ms) {
    const seconds = Math.ceil(ms / 1000);
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    if (minutes === 0)
        return `${rest} s`;
    return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
/** The plan's line: how long the requests may take at most, and from what. */
function describeRunBudget(settings) {
    const { calls, totalMs } = runBudgetOf(settings);
    const { maxAttempts, timeoutMs } = settings.amazon;
    return (`Deadline: the requests end within ${formatDuration(totalMs)} (${calls} calls × ` +
        `${maxAttempts} attempt${maxAttempts === 1 ? '' : 's'} × ${timeoutMs / 1000} s, with backoff ` +
        'and token refreshes; a Retry-After past it is not waited for).');
}
/** A point in time the run's requests must end by, on a clock that tests can replace. */
class RunDeadline {
    budgetMs;
    now;
    atMs;
    constructor(budgetMs, now = Date.now) {
        this.budgetMs = budgetMs;
        this.now = now;
        this.atMs = now() + budgetMs;
    }
    remainingMs() {
        return Math.max(0, this.atMs - this.now());
    }
}

;// CONCATENATED MODULE: ./src/engine/settings.ts
/** The package and certificate read for this run: sent to register, or checked only. */
function registrationOf(settings) {
    return settings.target.kind === 'register'
        ? settings.target.registration
        : settings.target.checked;
}

;// CONCATENATED MODULE: ./src/engine/plan.ts





/**
 * What is about to be sent, line by line: tester emails masked, and text read from files or
 * artifacts escaped and cut, so no line of it can be a workflow command.
 */
function describePlan(settings) {
    const { target, testers } = settings;
    const lines = [`App: ${settings.appId}`];
    const read = registrationOf(settings);
    if (read) {
        const { artifacts = [], packageName, certificate } = read;
        for (const artifact of artifacts) {
            lines.push(`Read ${(0,printable/* printable */.g$)(artifact.path, 300)} (${formatSize(artifact.size)}): package and ${artifact.scheme} signer certificate.`);
            for (const note of artifact.notes)
                lines.push((0,printable/* printable */.g$)(note, 1000));
        }
        if (artifacts.length > 1) {
            lines.push(`The ${artifacts.length} artifacts agree on the package and the signer certificate.`);
        }
        if (packageName !== '')
            lines.push(`Package: ${packageName}`);
        lines.push(...describeCertificate(certificate));
    }
    if (target.kind === 'existing-track') {
        const checked = read ? '; the certificate above is checked, not sent' : '';
        lines.push(`Track: ${target.trackId} (given; registration skipped${checked})`);
    }
    const groups = testers.groups.slice(0, errors/* MAX_LISTED */.Bl);
    for (const group of groups) {
        lines.push(`Group "${(0,mask/* untrustedText */.Ui)(group.name, 60)}": ${countTesters(group.testers.length, 'tester')} — ${maskedList(group)}`);
    }
    const more = (0,errors/* andMore */.v)(testers.groups.length - groups.length, 'group');
    if (more)
        lines.push(`${more} (see the job summary)`);
    lines.push(`Unique testers: ${testers.uniqueTesterCount}`);
    lines.push(describeRunBudget(settings));
    return lines;
}
function describeCertificate(certificate) {
    return [
        `Certificate subject: ${certificate.subject}`,
        `Certificate key: ${certificate.keyType}`,
        `Certificate valid: ${certificate.validFrom.toISOString()} to ${certificate.validTo.toISOString()}`,
        `Certificate SHA-256: ${certificate.sha256}`
    ];
}
/** A group's members, masked: a•••@example.com, b•••@example.com. */
function maskedList(group) {
    return group.testers.map(tester => (0,mask/* maskEmail */.vA)(tester.email)).join(', ');
}
/** Group names Amazon reported back, masked and escaped like any tester text. */
function describeGroups(groups) {
    const named = groups.slice(0, errors/* MAX_LISTED */.Bl).map(group => `"${(0,mask/* untrustedText */.Ui)(group, 60)}"`);
    const more = (0,errors/* andMore */.v)(groups.length - named.length, 'group');
    return more ? `${named.join(', ')} ${more}` : named.join(', ');
}
/** "1 tester", "3 unique testers". */
function countTesters(count, noun) {
    return count === 1 ? `1 ${noun}` : `${count} ${noun}s`;
}
/** Bytes as the runner's UI shows file sizes: 1.5 GB, 23.4 kB (decimal units). */
function formatSize(bytes) {
    const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}

;// CONCATENATED MODULE: ./src/shared/version.ts
/** The action's name and version, sent as the User-Agent. A test keeps it equal to package.json. */
const ACTION_NAME = 'appstore-devtest-action';
const ACTION_VERSION = '1.1.0';
const USER_AGENT = `${ACTION_NAME}/${ACTION_VERSION}`;

;// CONCATENATED MODULE: ./src/engine/run.ts






/** A new record, before anything is known. */
function newRunRecord() {
    return { warnings: [] };
}
/**
 * Logs the warnings not logged yet: the first MAX_LISTED, then how many more there are. Called
 * after validation and again on failure, so warnings found before a failure are not lost.
 */
function logWarnings(record, log) {
    const from = record.warningsLogged ?? 0;
    const shown = Math.min(record.warnings.length, errors/* MAX_LISTED */.Bl);
    for (const warning of record.warnings.slice(from, shown))
        log.warning(warning);
    const more = (0,errors/* andMore */.v)(record.warnings.length - Math.max(shown, from), 'warning');
    if (more && from < record.warnings.length)
        log.warning(more);
    record.warningsLogged = record.warnings.length;
}
/**
 * The step, whichever door it came in by: check the inputs, then token → register → add testers.
 * Fills record as it goes, so a failure still reports what was done; throws on failure (see
 * describeFailure). Nothing here knows of @actions/core or of the terminal.
 */
async function runStep(inputs, workspace, log, record) {
    const settings = await log.group('Checking the inputs', async () => {
        const checked = await validateInputs(inputs, workspace, record.warnings);
        for (const line of describePlan(checked))
            log.info(line);
        return checked;
    });
    record.settings = settings;
    logWarnings(record, log);
    if (settings.dryRun) {
        log.info('Dry run: the inputs are valid; nothing was sent to Amazon.');
        return;
    }
    // Loaded only when a request is due: a dry run loads no network stack.
    const { AmazonClient } = await Promise.all(/* import() */[__nccwpck_require__.e(341), __nccwpck_require__.e(679)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1679));
    const { amazon, credentials, target } = settings;
    const client = new AmazonClient({
        tokenUrl: amazon.tokenUrl,
        apiUrl: amazon.apiUrl,
        apiVersion: amazon.apiVersion,
        clientId: credentials.clientId,
        clientSecret: credentials.clientSecret,
        retry: { maxAttempts: amazon.maxAttempts, ...retry_policy/* DEFAULT_BACKOFF */.V },
        timeoutMs: amazon.timeoutMs,
        userAgent: USER_AGENT,
        log,
        deadline: new RunDeadline(runBudgetOf(settings).totalMs)
    });
    try {
        const trackId = target.kind === 'register'
            ? await log.group('Registering the app for DevTest', async () => {
                const { packageName, certificate } = target.registration;
                const assigned = await client.register(settings.appId, packageName, certificate.pem);
                log.info(`Registered; Amazon assigned track "${assigned}".`); // a checked name
                return assigned;
            })
            : target.trackId;
        record.trackId = trackId;
        record.result = await log.group(`Adding testers to track "${trackId}"`, async () => {
            const result = await client.addTesters(settings.appId, trackId, settings.testers.groups);
            log.info(`Amazon added groups ${describeGroups(result.groups)}; ${countTesters(result.uniqueTesterCount, 'unique tester')}.`);
            return result;
        });
    }
    finally {
        client.dispose();
    }
}

;// CONCATENATED MODULE: ./src/engine/failure.ts

function describeFailure(error, words) {
    if (error instanceof errors/* InputError */.dz)
        return { kind: 'input', message: error.messageIn(words), error };
    if (error instanceof errors/* ActionError */.lZ) {
        return { kind: error.failureKind, message: error.message, hint: error.hintIn(words) };
    }
    return {
        kind: 'bug',
        message: `Unexpected error: ${error instanceof Error ? error.message : String(error)}`
    };
}
/**
 * What the credentials are called outside the step: the secrets of the README's workflow and the
 * CLI's environment variables alike.
 */
const CREDENTIAL_NAMES = {
    'client-id': 'AMAZON_CLIENT_ID',
    'client-secret': 'AMAZON_CLIENT_SECRET'
};
/**
 * The credentials a refused run lacks: each front door says where they come from (secrets in a
 * workflow, variables on a command line).
 */
function missingCredentials(failure, inputs) {
    if (failure.kind !== 'input' || inputs === undefined)
        return [];
    return ['client-id', 'client-secret'].filter(name => inputs[name] === '' && failure.error.problems.some(problem => problem.input === name));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/action/report.ts







/** Outputs are set from Amazon's answers only; a dry run sets just what is known locally. */
function setOutputs(record) {
    const certificate = record.settings && registrationOf(record.settings)?.certificate;
    if (certificate)
        setOutput('certificateSha256', certificate.sha256);
    if (record.trackId !== undefined && record.result) {
        setOutput('trackId', record.trackId);
        setOutput('uniqueTesterCount', String(record.result.uniqueTesterCount));
        // A group named like an address is tester text too: masked here as everywhere.
        setOutput('groups', JSON.stringify(record.result.groups.map(mask/* maskEmailsIn */.Tu)));
        setArtifactPaths(record);
    }
}
/**
 * artifactPaths: the files read via apk, one per line, for the step that hands the build to
 * testers (actions/upload-artifact). A path with a line break in it would become two paths:
 * then the output is not set, and the log says why.
 */
function setArtifactPaths(record) {
    const files = record.settings && registrationOf(record.settings)?.artifactFiles;
    if (!files || files.length === 0)
        return;
    // eslint-disable-next-line no-control-regex -- control characters are what is refused
    if (files.some(file => /[\u0000-\u001f\u007f\u0085\u2028\u2029]/.test(file.path))) {
        warning('artifactPaths is not set: an artifact path holds a line break or another control ' +
            'character, which a list of one path per line cannot carry; rename the file.');
        return;
    }
    setOutput('artifactPaths', files.map(file => file.path).join('\n'));
    const patterns = files.filter(file => READ_AS_PATTERN.test(file.path));
    const [first] = patterns;
    if (first) {
        const others = patterns.length > 1 ? ` (and ${patterns.length - 1} more)` : '';
        warning(`artifactPaths lists ${(0,mask/* untrustedText */.Ui)(first.path, 200)}${others}, a name that ` +
            'actions/upload-artifact reads as a pattern (*, ?, [ ], a leading # or !, a space at ' +
            'either end), so it may upload other files or none; rename the file, such as ' +
            'app-release.apk.');
    }
}
/**
 * What the glob matcher behind actions/upload-artifact's path input (@actions/glob) does not take
 * literally in a line: wildcards and character classes, a leading # (a comment) or ! (an
 * exclusion), and white space at either end (trimmed). One character each: linear.
 */
const READ_AS_PATTERN = /[*?[\]]|^[#!]|^\s|\s$/;
/** The summary's heading, by how the run ended. */
const HEADINGS = {
    failed: '❌ Amazon Appstore DevTest: failed',
    dryRun: '🧪 Amazon Appstore DevTest: dry run (nothing sent)',
    done: '✅ Amazon Appstore DevTest: testers added'
};
/**
 * Writes the job summary; skipped where the runner gave no summary file (a local run). Every
 * list in it is cut at MAX_LISTED rows, so it stays far under GitHub's 1 MiB limit.
 */
async function writeSummary(record) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    const { settings, failure } = record;
    const outcome = failure ? 'failed' : settings?.dryRun ? 'dryRun' : 'done';
    const summary = summary_summary.addHeading(HEADINGS[outcome], 2);
    if (failure) {
        // Input errors list one problem per line under a headline: show them as a list.
        const [headline = '', ...lines] = failure.message.split('\n');
        summary.addRaw(`<p><strong>${report_escape(headline)}</strong></p>`, true);
        if (lines.length > 0)
            summary.addList(lines.map(line => report_escape(line.replace(/^- /, ''))));
        if (failure.hint)
            summary.addRaw(`<p>${report_escape(failure.hint)}</p>`, true);
    }
    if (record.warnings.length > 0) {
        summary.addHeading('⚠️ Warnings', 3);
        const listed = record.warnings.slice(0, errors/* MAX_LISTED */.Bl).map(report_escape);
        const more = (0,errors/* andMore */.v)(record.warnings.length - listed.length, 'warning');
        summary.addList(more ? [...listed, more] : listed);
    }
    if (settings) {
        const rows = [['App', settings.appId]];
        const registration = registrationOf(settings);
        const certificate = registration?.certificate;
        if (registration?.packageName)
            rows.push(['Package', registration.packageName]);
        for (const artifact of registration?.artifacts ?? []) {
            rows.push(['Artifact read', `${artifact.path} (${formatSize(artifact.size)})`]);
        }
        const track = record.trackId ??
            (settings.target.kind === 'existing-track' ? settings.target.trackId : undefined);
        if (track)
            rows.push(['Track', track]);
        if (certificate) {
            rows.push(['Certificate SHA-256', certificate.sha256]);
            rows.push(['Certificate key', certificate.keyType]);
            rows.push(['Certificate expires', certificate.validTo.toISOString()]);
        }
        rows.push([
            'Unique testers',
            record.result
                ? String(record.result.uniqueTesterCount)
                : `${settings.testers.uniqueTesterCount} (in the request)`
        ]);
        summary.addTable(rows.map(([name, value]) => [{ data: name, header: true }, report_escape(value)]));
        // Which signer was taken and why (v3.1 rotation, several signers), once for all files.
        const notes = [...new Set(registration?.artifacts?.flatMap(artifact => artifact.notes) ?? [])];
        if (notes.length > 0)
            summary.addList(notes.slice(0, errors/* MAX_LISTED */.Bl).map(report_escape));
        const groups = settings.testers.groups;
        const more = (0,errors/* andMore */.v)(groups.length - errors/* MAX_LISTED */.Bl, 'group');
        summary.addTable([
            [
                { data: 'Group', header: true },
                { data: 'Testers', header: true },
                { data: 'Members (masked)', header: true }
            ],
            ...groups
                .slice(0, errors/* MAX_LISTED */.Bl)
                .map(group => [
                report_escape((0,mask/* untrustedText */.Ui)(group.name, 60)),
                String(group.testers.length),
                report_escape(maskedList(group))
            ]),
            ...(more ? [[report_escape(more), '', '']] : [])
        ]);
        if (!failure && !settings.dryRun && record.result)
            await addForTesters(summary, record);
    }
    // Appended synchronously, as core.setOutput appends to GITHUB_OUTPUT: core.summary.write()
    // goes through fs/promises, whose first call starts libuv's thread pool, which cost a run with
    // no inputs a tenth of bare Node's start-up for one small append (npm run bench).
    (0,external_node_fs_.appendFileSync)(file, summary.stringify(), 'utf8');
    summary.emptyBuffer();
}
/** How long the summary may spend hashing the files: 2 GB take a few seconds. */
const HASH_SECONDS = 30;
/**
 * After a run that added testers: the build they need, so whoever hands it on (a release asset,
 * a workflow artifact) can say what it is. Each file is hashed here, as a stream, and only now:
 * a dry run or a failed run reads no more than the signature.
 */
async function addForTesters(summary, record) {
    const registration = record.settings && registrationOf(record.settings);
    const files = registration?.artifactFiles ?? [];
    const read = registration?.artifacts ?? [];
    if (!registration || files.length === 0)
        return;
    const { fileSha256 } = await __nccwpck_require__.e(/* import() */ 693).then(__nccwpck_require__.bind(__nccwpck_require__, 693));
    const { certificate } = registration;
    const rows = [];
    const deadline = Date.now() + HASH_SECONDS * 1000;
    for (const [index, file] of files.slice(0, errors/* MAX_LISTED */.Bl).entries()) {
        const shown = read[index];
        const hashed = await fileSha256(file, deadline);
        rows.push([
            report_escape(shown?.path ?? (0,mask/* untrustedText */.Ui)(file.path, 300)),
            report_escape(shown ? formatSize(shown.size) : ''),
            'sha256' in hashed
                ? `<code>${report_escape(hashed.sha256)}</code>`
                : report_escape(`not computed: ${hashed.notComputed} (within ${HASH_SECONDS} s for all files)`)
        ]);
    }
    summary.addHeading('📦 For your testers', 3);
    summary.addTable([
        [
            { data: 'File', header: true },
            { data: 'Size', header: true },
            { data: 'SHA-256', header: true }
        ],
        ...rows
    ]);
    summary.addRaw(`<p>Signed with ${report_escape(certificate.subject)} (certificate SHA-256 ` +
        `${report_escape(certificate.sha256)}), the certificate registered for DevTest. ` +
        'DevTest delivers no build: hand this file on yourself (the <code>artifactPaths</code> ' +
        'output names it, e.g. for actions/upload-artifact). A tester needs a Fire device with ' +
        'Fire OS 6 or later, signed in with the Amazon account whose email was added, and this ' +
        'build installed on it.</p>', true);
}
/**
 * HTML-escaped and on one line: the summary is Markdown with HTML in it, where a line break in a
 * value could end the HTML block and let the rest be read as Markdown (images, links).
 */
function report_escape(text) {
    return (0,printable/* printable */.g$)(text, 2000).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./src/action/main.ts







/**
 * The engine's log as workflow commands: groups, annotations and masks for the runner. Plain
 * lines are the only ones the runner parses for commands of its own (the others are commands
 * already), so they are made inert.
 */
const coreLog = {
    info: message => info((0,printable/* inertLog */.H_)(message)),
    warning: warning,
    debug: core_debug,
    secret: core_setSecret,
    group: group
};
/** The action: inputs from the runner, the step, then outputs and job summary. */
async function run() {
    const record = newRunRecord();
    let inputs;
    try {
        inputs = getInputs();
        const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
        await runStep(inputs, workspace, coreLog, record);
        setOutputs(record);
        await writeSummary(record);
    }
    catch (error) {
        await fail(error, record, inputs);
    }
}
/** One ::error:: line that says what failed and what to do; a stack trace only in debug mode. */
async function fail(error, record, inputs) {
    const failure = describeFailure(error, WORKFLOW_WORDS);
    const { message } = failure;
    const hint = failure.kind === 'input'
        ? credentialsHint(missingCredentials(failure, inputs))
        : failure.kind === 'bug'
            ? 'This is a bug in the action; please report it with the step log (run with step debug on).'
            : failure.hint;
    if (isDebug() && error instanceof Error && error.stack)
        core_debug(error.stack);
    // Warnings found before validation failed are part of the result too.
    logWarnings(record, coreLog);
    record.failure = hint ? { message, hint } : { message };
    setFailed(hint ? `${message}\n${hint}` : message);
    try {
        setOutputs(record);
        await writeSummary(record);
    }
    catch (summaryError) {
        warning(`Could not write the job summary: ${summaryError.message}`);
    }
}
/** Where the credentials a refused run lacks come from in a workflow. */
function credentialsHint(missing) {
    if (missing.length === 0)
        return undefined;
    const lines = missing.map(name => `${name}: \${{ secrets.${CREDENTIAL_NAMES[name]} }}`);
    // A step that already has these lines got empty secrets: the usual first-run mistake, which the
    // step cannot tell from a missing line, since the runner expands the expression before it runs.
    return (`Pass ${missing.length === 1 ? 'it' : 'them'} from the repository's secrets, ` +
        `${lines.join(' and ')}, or set dry-run: true to check everything else without them. ` +
        `If the step already has ${missing.length === 1 ? 'that line' : 'those lines'}, the ` +
        `${missing.length === 1 ? 'secret is' : 'secrets are'} empty in this run: not created under ` +
        'Settings → Secrets and variables → Actions, or withheld (pull requests from forks and from ' +
        'Dependabot get no Actions secrets).');
}

;// CONCATENATED MODULE: ./src/index.ts

void run();

