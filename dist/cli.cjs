/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ ProblemList),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   lZ: () => (/* binding */ ActionError)
/* harmony export */ });
/**
 * Errors the user is meant to read. Anything else that escapes is a bug, and main.ts reports it
 * as one; these carry a message and a fix and are printed without a stack trace.
 */
function formatProblem(problem) {
    const where = problem.where ? ` (${problem.where})` : '';
    return `${problem.input}${where}: ${problem.message}`;
}
/** Every problem found in the inputs, thrown once so the user sees them all in one run. */
class InputError extends Error {
    problems;
    constructor(problems) {
        const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
        super(`${count} with the inputs, nothing was sent to Amazon:\n` +
            problems.map(p => `- ${formatProblem(p)}`).join('\n'));
        this.name = 'InputError';
        this.problems = problems;
    }
}
/** A failure with a known cause: what happened, and what the user should do about it. */
class ActionError extends Error {
    hint;
    constructor(message, hint) {
        super(message);
        this.name = 'ActionError';
        this.hint = hint;
    }
}
/** Collects input problems while validation carries on, so all of them are reported at once. */
class ProblemList {
    problems = [];
    add(input, message, where) {
        this.problems.push(where ? { input, where, message } : { input, message });
    }
    addAll(problems) {
        this.problems.push(...problems);
    }
    get size() {
        return this.problems.length;
    }
    throwIfAny() {
        if (this.problems.length > 0)
            throw new InputError(this.problems);
    }
}


/***/ }),

/***/ 5235:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ maskEmailsIn),
/* harmony export */   v: () => (/* binding */ maskEmail)
/* harmony export */ });
/**
 * Tester emails are personal data and workflow logs are often public, so everything the action
 * prints shows them as a•••@example.com: enough to recognise a tester, not enough to mail one.
 */
const EMAIL_IN_TEXT = /([A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;
function maskEmail(email) {
    const at = email.lastIndexOf('@');
    if (at <= 0)
        return '•••';
    return `${email[0]}•••${email.slice(at)}`;
}
/** Masks every email address inside a free text, such as an error message from Amazon. */
function maskEmailsIn(text) {
    return text.replace(EMAIL_IN_TEXT, '$1•••@$2');
}


/***/ }),

/***/ 9809:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ TransientFailure),
/* harmony export */   VU: () => (/* binding */ DEFAULT_BACKOFF),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   w1: () => (/* binding */ RetriesExhausted)
/* harmony export */ });
/* unused harmony exports sleep, backoffDelay */
/**
 * The retry policy for transient failures: a bounded number of attempts, exponential backoff
 * with jitter between them, and the server's Retry-After honoured up to a cap.
 */
const DEFAULT_BACKOFF = { baseDelayMs: 1000, maxDelayMs: 16_000, maxRetryAfterMs: 60_000 };
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
 * Runs operation until it succeeds, throws something other than TransientFailure, or has been
 * tried policy.maxAttempts times.
 */
async function withRetry(operation, policy, hooks = {}) {
    const wait = hooks.sleep ?? sleep;
    for (let attempt = 1;; attempt++) {
        try {
            return await operation(attempt);
        }
        catch (error) {
            if (!(error instanceof TransientFailure))
                throw error;
            if (attempt >= policy.maxAttempts)
                throw new RetriesExhausted(attempt, error);
            const delay = error.retryAfterMs !== undefined
                ? Math.min(error.retryAfterMs, policy.maxRetryAfterMs)
                : backoffDelay(attempt, policy, hooks.random);
            hooks.onRetry?.(error, attempt, delay);
            await wait(delay);
        }
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 3311:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = require("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 1404:
/***/ ((module) => {

module.exports = require("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = require("zlib");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".cli.cjs";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = require("node:path");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = require("node:util");
;// CONCATENATED MODULE: ./src/action-yml.ts
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
        description: 'The certificate the app is signed with: PEM text (BEGIN/END lines) or base64 DER. CRLF and literal \\n sequences (a PEM pasted on one line) are accepted. Give this, certificate-file or apk, unless track-id is set.',
        required: false
    },
    'certificate-file': {
        description: 'Path, relative to the workspace, of a PEM or DER certificate file.',
        required: false
    },
    apk: {
        description: "Path, relative to the workspace, of the signed .apk or .aab. Its signer certificate (v3, then v2, then v1 signature) and its manifest's package name are used; certificate, certificate-file and package-name may be omitted, and must match the artifact when given.",
        required: false
    },
    testers: {
        description: 'Inline tester list: one tester per line ("email" or "First Last <email>"), a YAML mapping of group → testers, JSON, or CSV with a header. Give this or testers-file.',
        required: false
    },
    'testers-file': {
        description: 'Path, relative to the workspace, of a .json, .yaml/.yml, .csv or plain-text tester file.',
        required: false
    },
    'tester-group': {
        description: 'Group for testers listed without a group.',
        required: false,
        default: 'DevTest'
    },
    'track-id': {
        description: 'When set, skip registration and add the testers to this track.',
        required: false
    },
    'dry-run': {
        description: 'true to validate every input, print the plan and the job summary, and send nothing. No credentials are needed.',
        required: false,
        default: 'false'
    },
    'api-url': {
        description: 'Base URL of the Appstore API.',
        required: false,
        default: 'https://developer.amazon.com/api/appstore'
    },
    'token-url': {
        description: 'Login with Amazon token endpoint.',
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
/** The action's outputs. */
const ACTION_OUTPUTS = {
    trackId: {
        description: 'The DevTest track Amazon returned on registration (or the given track-id).'
    },
    uniqueTesterCount: {
        description: 'Unique testers across the groups added, as Amazon counted them.'
    },
    groups: { description: 'JSON array of the group names Amazon added, e.g. ["QA","Beta"].' },
    'certificate-sha256': {
        description: 'SHA-256 fingerprint of the certificate, colon-separated upper-case hex.'
    }
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/certificate.ts

/** Why a certificate could not be read; the caller names the input it came from. */
class CertificateError extends Error {
    name = 'CertificateError';
}
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const CURVE_NAMES = {
    prime256v1: 'P-256',
    secp384r1: 'P-384',
    secp521r1: 'P-521'
};
/**
 * Reads a certificate given as PEM text or base64 DER. Secrets pasted on one line arrive with
 * literal "\n" sequences and CRLF line ends; both are undone before parsing.
 */
function parseCertificateText(text) {
    const normalised = text
        .replace(/\\r\\n|\\n|\\r/g, '\n')
        .replace(/\r\n?/g, '\n')
        .trim();
    if (normalised === '')
        throw new CertificateError('is empty');
    if (normalised.includes('-----BEGIN'))
        return fromDer(pemToDer(normalised));
    const base64 = normalised.replace(/\s+/g, '');
    if (!BASE64.test(base64)) {
        throw new CertificateError('is neither PEM (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----) nor base64 DER');
    }
    return fromDer(Buffer.from(base64, 'base64'));
}
/** Reads a certificate file: DER bytes as they are, anything else as text. */
function parseCertificateBytes(bytes) {
    // A DER certificate starts with a SEQUENCE tag; PEM and base64 text never do.
    if (bytes[0] === 0x30)
        return fromDer(bytes);
    return parseCertificateText(bytes.toString('utf8'));
}
function pemToDer(text) {
    const blocks = [...text.matchAll(PEM_BLOCK)];
    const labels = blocks.map(block => block[1]);
    if (labels.some(label => label?.includes('PRIVATE KEY'))) {
        throw new CertificateError('contains a PRIVATE KEY block: pass only the certificate (cert.pem), never the key, and ' +
            'rotate the key if it was stored where others can read it');
    }
    const certificates = blocks.filter(block => block[1] === 'CERTIFICATE');
    if (certificates.length === 0) {
        throw new CertificateError('has no complete -----BEGIN CERTIFICATE----- … -----END CERTIFICATE----- block');
    }
    if (certificates.length > 1) {
        throw new CertificateError(`holds ${certificates.length} certificates: pass only the one the app is signed with`);
    }
    const body = (certificates[0]?.[2] ?? '').replace(/\s+/g, '');
    if (!BASE64.test(body))
        throw new CertificateError('has a PEM body that is not base64');
    return Buffer.from(body, 'base64');
}
function fromDer(der) {
    let x509;
    try {
        x509 = new external_node_crypto_.X509Certificate(der);
    }
    catch {
        throw new CertificateError('is not a valid X.509 certificate (the DER data does not parse)');
    }
    const raw = x509.raw;
    const lines = raw.toString('base64').match(/.{1,64}/g) ?? [];
    const key = x509.publicKey;
    const details = key.asymmetricKeyDetails ?? {};
    let keyType = (key.asymmetricKeyType ?? 'unknown').toUpperCase();
    if (key.asymmetricKeyType === 'ec' && details.namedCurve) {
        keyType = `EC ${CURVE_NAMES[details.namedCurve] ?? details.namedCurve}`;
    }
    else if (details.modulusLength) {
        keyType = `${keyType} ${details.modulusLength}`;
    }
    return {
        pem: `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`,
        sha256: x509.fingerprint256,
        subject: x509.subject.split('\n').join(', '),
        keyType,
        isEllipticCurve: key.asymmetricKeyType === 'ec',
        validFrom: new Date(x509.validFrom),
        validTo: new Date(x509.validTo)
    };
}
/** What is worth a warning about a certificate that is otherwise usable. */
function certificateWarnings(certificate, now) {
    const warnings = [];
    if (!certificate.isEllipticCurve) {
        warnings.push(`The certificate's key is ${certificate.keyType}; Appstore DevTest supports ECDSA ` +
            '(elliptic-curve) certificates only. Create one with: openssl req -x509 -nodes ' +
            '-newkey ec -pkeyopt ec_paramgen_curve:secp384r1 -keyout key.pem -out cert.pem');
    }
    if (certificate.validTo.getTime() < now.getTime()) {
        warnings.push(`The certificate expired on ${certificate.validTo.toISOString()}.`);
    }
    if (certificate.validFrom.getTime() > now.getTime()) {
        warnings.push(`The certificate is not valid before ${certificate.validFrom.toISOString()}.`);
    }
    return warnings;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = require("node:fs/promises");
;// CONCATENATED MODULE: ./src/input-file.ts


/** Reads a file named by an input, relative to the workspace; a problem if it cannot be read. */
async function readInputFile(path, workspace, input, problems) {
    const fullPath = (0,external_node_path_namespaceObject.isAbsolute)(path) ? path : (0,external_node_path_namespaceObject.resolve)(workspace, path);
    try {
        return await (0,promises_namespaceObject.readFile)(fullPath);
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT'
            ? 'does not exist'
            : code === 'EISDIR'
                ? 'is a directory'
                : `cannot be read (${code ?? error.message})`;
        problems.add(input, `${fullPath} ${why}; give a path relative to the workspace (${workspace})`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/registration.ts


const PACKAGE_NAME = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/;
/**
 * Reads the package name and signing certificate from package-name, certificate /
 * certificate-file and apk. With apk, the signed artifact supplies both, and whatever the other
 * inputs also give must match it. With track-id (skipRegistration), nothing is required.
 */
async function readRegistration(inputs, workspace, skipRegistration, problems, warnings) {
    const problemsBefore = problems.size;
    const apkGiven = inputs.apk !== '';
    const artifact = apkGiven ? await readApk(inputs.apk, workspace, problems) : undefined;
    const given = await readCertificate(inputs, workspace, !skipRegistration && !apkGiven, problems);
    let packageName = inputs['package-name'];
    if (skipRegistration) {
        if (packageName !== '' || given || apkGiven) {
            warnings.push('track-id is set, so registration is skipped: package-name and the certificate are not sent.');
        }
        return undefined;
    }
    let certificate = given;
    if (artifact) {
        if (given && given.sha256 !== artifact.certificate.sha256) {
            const source = inputs.certificate.trim() !== '' ? 'certificate' : 'certificate-file';
            problems.add(source, `is not the certificate ${inputs.apk} is signed with: ${source} gives ` +
                `${given.subject} (SHA-256 ${given.sha256}), the artifact's signer is ` +
                `${artifact.certificate.subject} (SHA-256 ${artifact.certificate.sha256}); ` +
                `remove ${source} to use the artifact's certificate, or sign with this one`);
        }
        if (packageName !== '' && packageName !== artifact.packageName) {
            problems.add('package-name', `"${packageName}" differs from the package of ${inputs.apk}, "${artifact.packageName}"; ` +
                "remove package-name to use the artifact's, or point apk at the right artifact");
        }
        certificate = artifact.certificate;
        packageName ||= artifact.packageName;
    }
    if (packageName === '' && !apkGiven) {
        problems.add('package-name', "is required to register the app: give the app's package name, e.g. com.example.app, " +
            'or point apk at the signed APK');
    }
    else if (packageName !== '' && !PACKAGE_NAME.test(packageName)) {
        problems.add('package-name', `"${packageName}" is not an Android package name (dot-separated words such as com.example.app)`);
    }
    if (!certificate || problems.size > problemsBefore)
        return undefined;
    const registration = { packageName, certificate };
    if (artifact) {
        registration.artifact = { path: inputs.apk, scheme: artifact.scheme, notes: artifact.notes };
    }
    return registration;
}
async function readApk(path, workspace, problems) {
    const bytes = await readInputFile(path, workspace, 'apk', problems);
    if (!bytes)
        return undefined;
    // Loaded only when apk is given: the ZIP and PKCS#7 readers stay out of every other run.
    const { ArtifactError, readArtifact } = await Promise.all(/* import() */[__nccwpck_require__.e(467), __nccwpck_require__.e(32)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6032));
    try {
        const artifact = await readArtifact(bytes, path);
        return { ...artifact, certificate: parseCertificateBytes(artifact.certificate) };
    }
    catch (error) {
        if (!(error instanceof ArtifactError) && !(error instanceof CertificateError))
            throw error;
        const what = error instanceof CertificateError
            ? `has a signer certificate that ${error.message}`
            : error.message;
        problems.add('apk', `${path} ${what}`);
        return undefined;
    }
}
async function readCertificate(inputs, workspace, required, problems) {
    const text = inputs.certificate;
    const file = inputs['certificate-file'];
    if (text.trim() !== '' && file !== '') {
        problems.add('certificate', 'and certificate-file are both set; give exactly one of them');
        return undefined;
    }
    try {
        if (text.trim() !== '')
            return parseCertificateText(text);
        if (file !== '') {
            const bytes = await readInputFile(file, workspace, 'certificate-file', problems);
            return bytes ? parseCertificateBytes(bytes) : undefined;
        }
    }
    catch (error) {
        if (!(error instanceof CertificateError))
            throw error;
        problems.add(text.trim() !== '' ? 'certificate' : 'certificate-file', error.message);
        return undefined;
    }
    if (required) {
        problems.add('certificate', 'is required to register the app: set certificate (PEM text, e.g. from a secret), ' +
            'certificate-file (a path in the workspace) or apk (the signed APK or AAB)');
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/mask.ts
var mask = __nccwpck_require__(5235);
;// CONCATENATED MODULE: ./src/testers.ts

/** Amazon's documented limit of DevTest testers per app. */
const MAX_TESTERS_PER_APP = 50;
// Pragmatic address check: one @, no spaces or brackets, a dotted domain of valid labels.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
const NAMED_EMAIL = /^(.*?)\s*<([^<>]*)>$/;
const TESTER_KEYS = new Set(['email', 'firstName', 'lastName']);
class Collector {
    options;
    entries = [];
    problems = [];
    constructor(options) {
        this.options = options;
    }
    problem(message, where) {
        this.problems.push(where ? { input: this.options.input, where, message } : { input: this.options.input, message });
    }
    add(group, tester, where) {
        if (!EMAIL.test(tester.email) || tester.email.length > 254) {
            this.problem(`"${tester.email}" is not an email address; write one tester as "email" or "First Last <email>"`, where);
            return;
        }
        this.entries.push({ group, tester, where });
    }
    /** A tester written as text: "email" or "First Last <email>". */
    addText(group, text, where) {
        const named = NAMED_EMAIL.exec(text);
        if (!named) {
            this.add(group, { email: text }, where);
            return;
        }
        const [firstName, ...rest] = (named[1] ?? '').trim().split(/\s+/).filter(Boolean);
        const tester = { email: (named[2] ?? '').trim() };
        if (firstName)
            tester.firstName = firstName;
        if (rest.length > 0)
            tester.lastName = rest.join(' ');
        this.add(group, tester, where);
    }
    groupName(value, where) {
        const name = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
        if (name === '') {
            this.problem('a tester group has no name; give every group a non-empty name', where);
            return undefined;
        }
        return name;
    }
}
/** Parses a tester list in any of the supported formats, and checks it. */
async function parseTesters(raw, options) {
    // Editors on Windows often save UTF-8 with a byte order mark; it is not part of the first line.
    const text = raw.replace(/^\uFEFF/, '');
    const collector = new Collector(options);
    switch (options.format) {
        case 'lines':
            readLines(text, collector);
            break;
        case 'csv':
            await readCsv(text, collector);
            break;
        case 'yaml':
        case 'json':
            await readTree(text, collector);
            break;
    }
    return finish(collector);
}
/** The format of a tester file, from its name. */
function formatOfFile(path) {
    const lower = path.toLowerCase();
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return 'yaml';
    if (lower.endsWith('.csv'))
        return 'csv';
    return 'lines';
}
/**
 * The format of an inline list, from its shape: JSON starts with a bracket, CSV with a header
 * naming an email column, YAML has "group:" keys or "- " items; anything else is plain lines.
 */
function formatOfText(text) {
    const lines = text
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '' && !line.startsWith('#'));
    const first = lines[0] ?? '';
    if (first.startsWith('{') || first.startsWith('['))
        return 'json';
    if (first.includes(',') && first.split(',').some(cell => normaliseHeader(cell) === 'email')) {
        return 'csv';
    }
    if (lines.some(line => line.endsWith(':') || line.startsWith('- ')))
        return 'yaml';
    return 'lines';
}
function readLines(text, collector) {
    text.split(/\r?\n/).forEach((raw, index) => {
        // A "#" starts a comment at the start of a line or after a blank; inside an address it is
        // a legal character.
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (line !== '')
            collector.addText(collector.options.defaultGroup, line, `line ${index + 1}`);
    });
}
function normaliseHeader(cell) {
    const key = cell
        .trim()
        .toLowerCase()
        .replace(/[^a-z]/g, '');
    const aliases = {
        email: 'email',
        emailaddress: 'email',
        firstname: 'firstName',
        givenname: 'firstName',
        lastname: 'lastName',
        surname: 'lastName',
        familyname: 'lastName',
        group: 'group',
        groupname: 'group'
    };
    return aliases[key] ?? '';
}
async function readCsv(text, collector) {
    const { parse } = await __nccwpck_require__.e(/* import() */ 712).then(__nccwpck_require__.bind(__nccwpck_require__, 712));
    let rows;
    try {
        rows = parse(text, {
            info: true,
            skip_empty_lines: true,
            relax_column_count: true,
            trim: true
        });
    }
    catch (error) {
        collector.problem(`is not valid CSV: ${error.message}`);
        return;
    }
    const [header, ...records] = rows;
    const columns = (header?.record ?? []).map(normaliseHeader);
    const emailColumn = columns.indexOf('email');
    if (emailColumn < 0) {
        collector.problem('the CSV header has no "email" column; start the file with a header such as ' +
            '"email,firstName,lastName,group"', 'line 1');
        return;
    }
    const column = (record, name) => {
        const index = columns.indexOf(name);
        return index < 0 ? '' : (record[index] ?? '').trim();
    };
    for (const { record, info } of records) {
        const where = `line ${info.lines}`;
        const group = column(record, 'group') || collector.options.defaultGroup;
        const tester = { email: column(record, 'email') };
        const firstName = column(record, 'firstName');
        const lastName = column(record, 'lastName');
        if (firstName)
            tester.firstName = firstName;
        if (lastName)
            tester.lastName = lastName;
        if (tester.email === '')
            collector.problem('the email cell is empty', where);
        else
            collector.add(group, tester, where);
    }
}
/**
 * YAML and JSON share one reader: the yaml package parses both (JSON is YAML 1.2) and keeps the
 * position of every node, so problems name a line in either format.
 */
async function readTree(text, collector) {
    const yaml = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const lineCounter = new yaml.LineCounter();
    const document = yaml.parseDocument(text, { lineCounter, uniqueKeys: true });
    if (document.errors.length > 0) {
        for (const error of document.errors) {
            const where = error.linePos ? `line ${error.linePos[0].line}` : undefined;
            collector.problem(`cannot be parsed: ${error.message.split('\n')[0]}`, where);
        }
        return;
    }
    const at = (node) => {
        const offset = node?.range?.[0] ?? 0;
        return `line ${lineCounter.linePos(offset).line}`;
    };
    const root = document.contents;
    const { isMap, isSeq, isScalar } = yaml;
    const readTester = (group, node) => {
        if (isScalar(node) && typeof node.value === 'string') {
            collector.addText(group, node.value.trim(), at(node));
        }
        else if (isMap(node)) {
            const value = node.toJSON();
            const unknown = Object.keys(value).filter(key => !TESTER_KEYS.has(key));
            if (unknown.length > 0) {
                collector.problem(`unknown tester field ${unknown.map(k => `"${k}"`).join(', ')}; a tester has ` +
                    '"email" and optionally "firstName" and "lastName"', at(node));
                return;
            }
            if (typeof value.email !== 'string' || value.email.trim() === '') {
                collector.problem('a tester has no "email"', at(node));
                return;
            }
            const tester = { email: value.email.trim() };
            for (const key of ['firstName', 'lastName']) {
                const name = value[key];
                if (name === undefined || name === null)
                    continue;
                if (typeof name !== 'string')
                    collector.problem(`"${key}" must be text`, at(node));
                else if (name.trim() !== '')
                    tester[key] = name.trim();
            }
            collector.add(group, tester, at(node));
        }
        else {
            collector.problem('a tester must be an email, "First Last <email>" or {email, firstName, lastName}', at(node));
        }
    };
    const readTesterList = (group, node, where) => {
        const isEmpty = node === null ||
            (isScalar(node) && node.value === null) ||
            (isSeq(node) && node.items.length === 0);
        if (isEmpty) {
            collector.problem(`group "${group}" has no testers; add testers or remove the group`, where);
            return;
        }
        if (!isSeq(node)) {
            collector.problem(`group "${group}" must hold a list of testers`, where);
            return;
        }
        for (const item of node.items)
            readTester(group, item);
    };
    const readGroupObject = (node) => {
        if (!isMap(node)) {
            collector.problem('a group must be {"name": …, "testers": […]}', at(node));
            return;
        }
        const name = collector.groupName(node.get('name'), at(node));
        if (name !== undefined)
            readTesterList(name, node.get('testers', true), at(node));
    };
    if (isMap(root)) {
        const groups = root.get('groups', true);
        if (root.items.length === 1 && isSeq(groups)) {
            // The API's own body: {"groups": [{"name": …, "testers": […]}]}
            for (const item of groups.items)
                readGroupObject(item);
            return;
        }
        // A mapping of group name → testers.
        for (const pair of root.items) {
            const key = isScalar(pair.key) ? pair.key.value : pair.key;
            const name = collector.groupName(key, at(pair.key));
            if (name !== undefined)
                readTesterList(name, pair.value, at(pair.key));
        }
    }
    else if (isSeq(root)) {
        const isGroupList = root.items.some(item => isMap(item) && item.has('testers'));
        for (const item of root.items) {
            if (isGroupList)
                readGroupObject(item);
            else
                readTester(collector.options.defaultGroup, item);
        }
    }
    else {
        collector.problem('must be a list of testers, a mapping of group name to testers, or {"groups": […]}');
    }
}
function finish(collector) {
    const warnings = [];
    const groups = new Map();
    const seen = new Map(); // group + lower-case email → where it was first read
    for (const { group, tester, where } of collector.entries) {
        const key = `${group}\n${tester.email.toLowerCase()}`;
        const first = seen.get(key);
        if (first !== undefined) {
            warnings.push(`${(0,mask/* maskEmail */.v)(tester.email)} is listed twice in group "${group}" (${first} and ${where}); ` +
                'the duplicate was removed.');
            continue;
        }
        seen.set(key, where);
        let entry = groups.get(group);
        if (!entry) {
            entry = { name: group, testers: [] };
            groups.set(group, entry);
        }
        entry.testers.push(tester);
    }
    const unique = new Set(collector.entries.map(entry => entry.tester.email.toLowerCase()));
    if (collector.problems.length === 0 && unique.size === 0) {
        collector.problem('lists no testers; give at least one tester email');
    }
    if (unique.size > MAX_TESTERS_PER_APP) {
        collector.problem(`lists ${unique.size} unique testers; Amazon allows at most ${MAX_TESTERS_PER_APP} ` +
            'DevTest testers per app, so remove some');
    }
    return {
        testers: { groups: [...groups.values()], uniqueTesterCount: unique.size },
        problems: collector.problems,
        warnings
    };
}

;// CONCATENATED MODULE: ./src/inputs.ts





/** action.yml's defaults, applied here too so an empty input means the same everywhere. */
const DEFAULTS = {
    'tester-group': 'DevTest',
    'dry-run': 'false',
    'api-url': 'https://developer.amazon.com/api/appstore',
    'token-url': 'https://api.amazon.com/auth/o2/token',
    'api-version': 'v1',
    'max-attempts': '4',
    'request-timeout': '30'
};
const INPUT_NAMES = [
    'client-id',
    'client-secret',
    'app-id',
    'package-name',
    'certificate',
    'certificate-file',
    'apk',
    'testers',
    'testers-file',
    'tester-group',
    'track-id',
    'dry-run',
    'api-url',
    'token-url',
    'api-version',
    'max-attempts',
    'request-timeout'
];
const APP_ID = /^amzn1\.devportal\.mobileapp\.[A-Za-z0-9]+$/;
const CLIENT_ID = /^amzn1\.application-oa2-client\.[A-Za-z0-9]+$/;
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
async function validateInputs(raw, workspace) {
    const inputs = withDefaults(raw);
    const problems = new errors/* ProblemList */.Ku();
    const warnings = [];
    const dryRun = readBoolean(inputs, 'dry-run', problems);
    const credentials = readCredentials(inputs, dryRun, problems);
    const appId = inputs['app-id'];
    if (appId === '') {
        problems.add('app-id', "is required: copy it from the app's page in the Developer Console (amzn1.devportal.mobileapp.…)");
    }
    else if (!APP_ID.test(appId)) {
        problems.add('app-id', `"${appId}" is not an Appstore app ID; it looks like amzn1.devportal.mobileapp.<hex> ` +
            "and is shown on the app's page in the Developer Console");
    }
    if (/[\r\n]/.test(inputs['tester-group'])) {
        problems.add('tester-group', 'must be one group name on one line, such as DevTest');
    }
    const trackId = inputs['track-id'] || undefined;
    if (trackId !== undefined && /\s/.test(trackId)) {
        problems.add('track-id', `"${trackId}" contains white space; give the trackId Amazon returned, or leave it empty`);
    }
    const registration = await readRegistration(inputs, workspace, trackId !== undefined, problems, warnings);
    const testers = await readTesterList(inputs, workspace, problems, warnings);
    const apiUrl = readUrl(inputs, 'api-url', problems);
    const tokenUrl = readUrl(inputs, 'token-url', problems);
    if (!API_VERSION.test(inputs['api-version'])) {
        problems.add('api-version', `"${inputs['api-version']}" is not an API version such as v1`);
    }
    const maxAttempts = readNumber(inputs, 'max-attempts', 1, MAX_ATTEMPTS_LIMIT, true, problems);
    const timeoutSeconds = readNumber(inputs, 'request-timeout', 1, REQUEST_TIMEOUT_LIMIT, false, problems);
    const target = trackId !== undefined
        ? { kind: 'existing-track', trackId }
        : registration && { kind: 'register', registration };
    if (registration)
        warnings.push(...certificateWarnings(registration.certificate, new Date()));
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
            },
            warnings
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
        problems.add(name, `"${value}" is not a boolean; use true or false`);
    return false;
}
function readCredentials(inputs, dryRun, problems) {
    const clientId = inputs['client-id'];
    const clientSecret = inputs['client-secret'];
    if (clientId === '' && !dryRun) {
        problems.add('client-id', "is required: pass the security profile's client ID from a secret, " +
            'e.g. client-id: ${{ secrets.AMAZON_CLIENT_ID }} (or set dry-run: true)');
    }
    else if (clientId !== '' && !CLIENT_ID.test(clientId)) {
        problems.add('client-id', 'is not a Login with Amazon client ID (amzn1.application-oa2-client.…); copy the Client ID ' +
            "from the security profile's Web Settings");
    }
    if (clientSecret === '' && !dryRun) {
        problems.add('client-secret', "is required: pass the security profile's client secret from a secret, " +
            'e.g. client-secret: ${{ secrets.AMAZON_CLIENT_SECRET }} (or set dry-run: true)');
    }
    else if (/\s/.test(clientSecret)) {
        problems.add('client-secret', 'contains white space; copy the Client Secret again, without line breaks');
    }
    if (clientId === '' || clientSecret === '')
        return undefined;
    return { clientId, clientSecret };
}
async function readTesterList(inputs, workspace, problems, warnings) {
    const text = inputs.testers;
    const file = inputs['testers-file'];
    const defaultGroup = inputs['tester-group'];
    let result;
    if (text.trim() !== '' && file !== '') {
        problems.add('testers', 'and testers-file are both set; give exactly one of them');
        return undefined;
    }
    else if (text.trim() !== '') {
        result = await parseTesters(text, {
            format: formatOfText(text),
            input: 'testers',
            defaultGroup
        });
    }
    else if (file !== '') {
        const bytes = await readInputFile(file, workspace, 'testers-file', problems);
        if (!bytes)
            return undefined;
        result = await parseTesters(bytes.toString('utf8'), {
            format: formatOfFile(file),
            input: 'testers-file',
            defaultGroup
        });
    }
    else {
        problems.add('testers', 'is required: list the tester emails in testers (one per line) or point testers-file at a ' +
            '.json, .yaml, .csv or .txt file');
        return undefined;
    }
    problems.addAll(result.problems);
    warnings.push(...result.warnings);
    return result.testers;
}
function readUrl(inputs, name, problems) {
    const value = inputs[name];
    let url;
    try {
        url = new URL(value);
    }
    catch {
        problems.add(name, `"${value}" is not a URL; leave it empty for ${DEFAULTS[name]}`);
        return value;
    }
    const loopback = LOOPBACK_HOSTS.test(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        problems.add(name, `must use https (got ${url.protocol}//); leave it empty for ${DEFAULTS[name]}`);
    }
    else if (url.username || url.password) {
        problems.add(name, 'must not hold a user name or password; credentials go in client-id and client-secret');
    }
    else if (url.search || url.hash) {
        problems.add(name, `must not have a query or fragment; leave it empty for ${DEFAULTS[name]}`);
    }
    return value;
}
function readNumber(inputs, name, min, max, integer, problems) {
    const value = inputs[name];
    const number = Number(value);
    const valid = /^\d+(\.\d+)?$/.test(value) && (!integer || Number.isInteger(number));
    if (!valid || number < min || number > max) {
        const kind = integer ? 'a whole number' : 'a number of seconds';
        problems.add(name, `"${value}" must be ${kind} from ${min} to ${max}`);
    }
    return number;
}

;// CONCATENATED MODULE: ./src/cli-args.ts



const INPUTS_MATCH_ACTION_YML = true;
/** The CLI's own flags, beside the action's inputs. */
const CLI_FLAGS = {
    json: { type: 'boolean', description: 'Print the result as JSON on stdout.' },
    'output-env': {
        type: 'string',
        value: 'file',
        description: 'After a run, write TRACK_ID, UNIQUE_TESTER_COUNT and CERTIFICATE_SHA256 to this file as ' +
            "dotenv (GitLab's artifacts: reports: dotenv, Bitrise envman)."
    },
    debug: {
        type: 'boolean',
        description: 'Log every request, and the stack trace of an unexpected error.'
    },
    help: { type: 'boolean', short: 'h', description: 'Print this help.' },
    version: { type: 'boolean', description: 'Print the version.' }
};
/** Credentials come from the environment, so they stay out of shell history and `ps`. */
const CREDENTIAL_VARIABLES = {
    'client-id': 'AMAZON_CLIENT_ID',
    'client-secret': 'AMAZON_CLIENT_SECRET'
};
/** Inputs that are true or false in action.yml are flags without a value here. */
const isBooleanInput = (name) => {
    const spec = ACTION_INPUTS[name];
    return spec.default === 'true' || spec.default === 'false';
};
const OPTIONS = {
    ...Object.fromEntries(INPUT_NAMES.map(name => [name, { type: isBooleanInput(name) ? 'boolean' : 'string' }])),
    ...CLI_FLAGS
};
/**
 * Reads the command line and the credential variables. Every problem is reported at once, as
 * with the inputs. parseArgs runs non-strict so that unknown flags and missing values are listed
 * together instead of one per run.
 */
function parseCommandLine(argv, env) {
    const { values, tokens } = (0,external_node_util_namespaceObject.parseArgs)({
        args: [...argv],
        options: OPTIONS,
        strict: false,
        allowPositionals: true,
        tokens: true
    });
    const problems = [];
    for (const token of tokens) {
        if (token.kind === 'positional') {
            problems.push(`unexpected argument "${token.value}"; every value follows its flag`);
        }
        else if (token.kind === 'option') {
            const spec = OPTIONS[token.name];
            if (!spec)
                problems.push(`unknown flag ${token.rawName}`);
            else if (spec.type === 'string' && token.value === undefined)
                problems.push(`${token.rawName} needs a value`);
            // Non-strict parseArgs takes the next argument as the value even when it is a flag; a value
            // that starts with -- and is given that way is a forgotten value (a PEM starts with -----).
            else if (spec.type === 'string' && token.inlineValue === false && isFlag(token.value))
                problems.push(`${token.rawName} needs a value (the next argument is the flag ${token.value}; write ` +
                    `${token.rawName}=<value> for a value that starts with --)`);
            else if (spec.type === 'boolean' && token.value !== undefined)
                problems.push(`${token.rawName} takes no value`);
        }
    }
    if (values.help === true)
        return { kind: 'help' };
    if (problems.length > 0)
        return { kind: 'usage', problems, json: values.json === true };
    if (values.version === true)
        return { kind: 'version' };
    const warnings = [];
    const inputs = Object.fromEntries(INPUT_NAMES.map(name => {
        const value = values[name];
        return [name, value === true ? 'true' : typeof value === 'string' ? value : ''];
    }));
    const flagged = [];
    for (const [name, variable] of Object.entries(CREDENTIAL_VARIABLES)) {
        if (inputs[name] !== '')
            flagged.push(`--${name}`);
        else
            inputs[name] = env[variable] ?? '';
    }
    if (flagged.length > 0) {
        warnings.push(`${flagged.join(' and ')} on the command line land${flagged.length === 1 ? 's' : ''} in ` +
            'shell history and process lists; set AMAZON_CLIENT_ID and AMAZON_CLIENT_SECRET in the ' +
            'environment instead.');
    }
    const outputEnv = values['output-env'];
    return {
        kind: 'run',
        inputs,
        json: values.json === true,
        ...(typeof outputEnv === 'string' && { outputEnv }),
        debug: values.debug === true,
        warnings
    };
}
function isFlag(value) {
    const name = /^--([a-z-]+)(=|$)/.exec(value ?? '')?.[1];
    return name !== undefined && name in OPTIONS;
}
const WIDTH = 100;
const FLAG_COLUMN = 28;
/** --help, from action.yml's inputs and the CLI's own flags. */
function helpText() {
    const inputs = INPUT_NAMES.map(name => {
        const spec = ACTION_INPUTS[name];
        const variable = name in CREDENTIAL_VARIABLES ? CREDENTIAL_VARIABLES[name] : '';
        const notes = [
            spec.required ? 'Required.' : '',
            spec.default !== undefined && !isBooleanInput(name) ? `Default: ${spec.default}.` : '',
            variable ? `Better set ${variable} in the environment.` : ''
        ];
        const flag = isBooleanInput(name) ? `--${name}` : `--${name} <value>`;
        // action.yml says "true to …" of a boolean input; here it is a flag without a value.
        const description = isBooleanInput(name)
            ? spec.description.replace(/^true to (\w)/, (_, first) => first.toUpperCase())
            : spec.description;
        return describeFlag(flag, [description, ...notes].filter(Boolean).join(' '));
    });
    const own = Object.entries(CLI_FLAGS).map(([name, spec]) => {
        const short = 'short' in spec ? `-${spec.short}, ` : '';
        const value = 'value' in spec ? ` <${spec.value}>` : '';
        return describeFlag(`${short}--${name}${value}`, spec.description);
    });
    return [
        'Usage: appstore-devtest [flags]',
        '',
        wrap('Registers a signed Android app for Amazon Appstore DevTest and adds its testers: the ' +
            'appstore-devtest GitHub Action, for every other CI and for a laptop. The flags are the ' +
            "action's inputs. Credentials come from AMAZON_CLIENT_ID and AMAZON_CLIENT_SECRET; paths " +
            "are relative to the current directory (the action's workspace). The log goes to stderr.", 0),
        '',
        "Inputs (the action's, from action.yml):",
        ...inputs,
        '',
        'Output:',
        ...own,
        '',
        'Exit codes: 0 done, 1 Amazon or network failure, 2 bad input (nothing was sent).',
        ''
    ].join('\n');
}
function describeFlag(flag, description) {
    const text = wrap(description, FLAG_COLUMN);
    const head = `  ${flag}`;
    return head.length < FLAG_COLUMN
        ? head.padEnd(FLAG_COLUMN) + text.trimStart()
        : `${head}\n${text}`;
}
function wrap(text, indent) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
        if (line !== '' && indent + line.length + 1 + word.length > WIDTH) {
            lines.push(line);
            line = word;
        }
        else {
            line = line === '' ? word : `${line} ${word}`;
        }
    }
    lines.push(line);
    return lines.map(l => ' '.repeat(indent) + l).join('\n');
}
void INPUTS_MATCH_ACTION_YML;

;// CONCATENATED MODULE: ./src/cli-log.ts

const STYLES = {
    heading: ['\x1b[1m', '\x1b[22m'],
    warning: ['\x1b[33m', '\x1b[39m'],
    error: ['\x1b[31m', '\x1b[39m'],
    debug: ['\x1b[2m', '\x1b[22m']
};
// C0 and C1 controls other than the newline, and DEL: a byte from a file or from Amazon must not
// move the cursor, recolour the terminal or end a line early.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
/**
 * The engine's log for people at a terminal. Every line is cleaned before it is written: every
 * registered secret is replaced by ***, emails are masked, and control characters are shown
 * escaped. Headings stand where the action opens log groups.
 */
class TerminalLog {
    options;
    secrets = [];
    started = false;
    /** Every warning given, for --json. */
    warnings = [];
    constructor(options) {
        this.options = options;
    }
    secret(value) {
        if (value === '' || this.secrets.includes(value))
            return;
        // Longest first, so a secret that contains another is replaced whole.
        this.secrets = [...this.secrets, value].sort((a, b) => b.length - a.length);
    }
    /** Text as it may leave the process: every secret replaced by ***, every email masked. */
    redact(text) {
        let result = text;
        for (const secret of this.secrets)
            result = result.split(secret).join('***');
        return (0,mask/* maskEmailsIn */.T)(result);
    }
    /**
     * Text as it may be shown on a terminal: redacted, control characters escaped, and no line
     * starting with :: (run inside a GitHub job, it would be a workflow command).
     */
    clean(text) {
        return this.redact(text)
            .replace(CONTROL, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
            .replace(/^(\s*):(?=:)/gm, '$1: ');
    }
    info(message) {
        this.print('', message);
    }
    warning(message) {
        this.warnings.push(message);
        this.print('warning: ', message, 'warning');
    }
    debug(message) {
        if (this.options.debug)
            this.print('debug: ', message, 'debug');
    }
    /** The failure, and on the lines below it what to do. */
    error(message, hint) {
        this.print('error: ', message, 'error');
        if (hint)
            this.print('', hint);
    }
    async group(title, stage) {
        // A blank line before every heading but the first sets the stages apart.
        this.print('', `${this.started ? '\n' : ''}▸ ${title}`, 'heading');
        return stage();
    }
    /** Writes a message: the prefix on its first line, later lines indented beneath. */
    print(prefix, message, style) {
        const [open, close] = style && this.options.colour ? STYLES[style] : ['', ''];
        const indent = ' '.repeat(prefix.length);
        const lines = this.clean(message)
            .split('\n')
            .map((line, i) => (line === '' ? '' : `${i === 0 ? prefix : indent}${line}`));
        this.options.write(`${open}${lines.join('\n')}${close}\n`);
        this.started = true;
    }
}

;// CONCATENATED MODULE: ./src/settings.ts
/** The registration, when the run registers the app. */
function registrationOf(settings) {
    return settings.target.kind === 'register' ? settings.target.registration : undefined;
}

;// CONCATENATED MODULE: ./src/cli-output.ts


/** As in the action: the fingerprint once known, the rest only from Amazon's answers. */
function outputsOf(record) {
    const outputs = {};
    const certificate = record.settings && registrationOf(record.settings)?.certificate;
    if (record.trackId !== undefined && record.result) {
        outputs.trackId = record.trackId;
        outputs.uniqueTesterCount = record.result.uniqueTesterCount;
        outputs.groups = record.result.groups;
    }
    if (certificate)
        outputs['certificate-sha256'] = certificate.sha256;
    return outputs;
}
// What a dotenv value may hold unquoted in every reader (GitLab, Bitrise envman, dotenv): a track
// id from Amazon holding a newline or a quote would otherwise set other variables.
const PLAIN_VALUE = /^[A-Za-z0-9._:/@+-]*$/;
/**
 * TRACK_ID, UNIQUE_TESTER_COUNT and CERTIFICATE_SHA256 as a dotenv file, for what is known.
 * Throws when a value could not be written safely.
 */
function dotenvOf(outputs) {
    const entries = [
        ['TRACK_ID', outputs.trackId],
        ['UNIQUE_TESTER_COUNT', outputs.uniqueTesterCount],
        ['CERTIFICATE_SHA256', outputs['certificate-sha256']]
    ];
    let text = '';
    for (const [name, value] of entries) {
        if (value === undefined)
            continue;
        if (!PLAIN_VALUE.test(String(value))) {
            throw new UnsafeOutputError(name);
        }
        text += `${name}=${value}\n`;
    }
    return text;
}
/** A value from Amazon that a dotenv file cannot hold as it is. */
class UnsafeOutputError extends errors/* ActionError */.lZ {
    variable;
    name = 'UnsafeOutputError';
    constructor(variable) {
        super(`${variable} is not written to the --output-env file: Amazon's value holds characters a ` +
            'dotenv file cannot carry safely (only letters, digits and ._:/@+- are written)', 'Read the value from --json instead; if Amazon keeps answering such values, open an issue.');
        this.variable = variable;
    }
}

;// CONCATENATED MODULE: ./src/plan.ts

/** What is about to be sent, line by line, with tester emails masked. */
function describePlan(settings) {
    const { target, testers } = settings;
    const lines = [`App: ${settings.appId}`];
    if (target.kind === 'register') {
        const { artifact, packageName, certificate } = target.registration;
        if (artifact) {
            lines.push(`Read ${artifact.path}: package and ${artifact.scheme} signer certificate.`);
            lines.push(...artifact.notes);
        }
        lines.push(`Package: ${packageName}`);
        lines.push(...describeCertificate(certificate));
    }
    else {
        lines.push(`Track: ${target.trackId} (given; registration skipped)`);
    }
    for (const group of testers.groups) {
        lines.push(`Group "${group.name}": ${countTesters(group.testers.length)} — ${maskedList(group)}`);
    }
    lines.push(`Unique testers: ${testers.uniqueTesterCount}`);
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
    return group.testers.map(tester => (0,mask/* maskEmail */.v)(tester.email)).join(', ');
}
function countTesters(count) {
    return count === 1 ? '1 tester' : `${count} testers`;
}

// EXTERNAL MODULE: ./src/retry.ts
var retry = __nccwpck_require__(9809);
;// CONCATENATED MODULE: ./src/version.ts
/** The action's name and version, sent as the User-Agent. A test keeps it equal to package.json. */
const ACTION_NAME = 'appstore-devtest-action';
const ACTION_VERSION = '1.0.0';
const USER_AGENT = `${ACTION_NAME}/${ACTION_VERSION}`;

;// CONCATENATED MODULE: ./src/engine.ts




/**
 * The step, whichever door it came in by: check the inputs, then token → register → add testers.
 * Fills record as it goes, so a failure still reports what was done; throws on failure (see
 * describeFailure). Nothing here knows of @actions/core or of the terminal.
 */
async function runStep(inputs, workspace, log, record) {
    const settings = await log.group('Checking the inputs', async () => {
        const checked = await validateInputs(inputs, workspace);
        for (const line of describePlan(checked))
            log.info(line);
        return checked;
    });
    record.settings = settings;
    for (const warning of settings.warnings)
        log.warning(warning);
    if (settings.dryRun) {
        log.info('Dry run: the inputs are valid; nothing was sent to Amazon.');
        return;
    }
    // Loaded only when a request is due: a dry run loads no network stack.
    const { AmazonClient } = await Promise.all(/* import() */[__nccwpck_require__.e(73), __nccwpck_require__.e(473)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3818));
    const { amazon, credentials, target } = settings;
    const client = new AmazonClient({
        tokenUrl: amazon.tokenUrl,
        apiUrl: amazon.apiUrl,
        apiVersion: amazon.apiVersion,
        clientId: credentials.clientId,
        clientSecret: credentials.clientSecret,
        retry: { maxAttempts: amazon.maxAttempts, ...retry/* DEFAULT_BACKOFF */.VU },
        timeoutMs: amazon.timeoutMs,
        userAgent: USER_AGENT,
        log
    });
    try {
        const trackId = target.kind === 'register'
            ? await log.group('Registering the app for DevTest', async () => {
                const { packageName, certificate } = target.registration;
                const assigned = await client.register(settings.appId, packageName, certificate.pem);
                log.info(`Registered; Amazon assigned track "${assigned}".`);
                return assigned;
            })
            : target.trackId;
        record.trackId = trackId;
        record.result = await log.group(`Adding testers to track "${trackId}"`, async () => {
            const result = await client.addTesters(settings.appId, trackId, settings.testers.groups);
            log.info(`Amazon added groups ${result.groups.map(g => `"${g}"`).join(', ')}; ${result.uniqueTesterCount} unique testers.`);
            return result;
        });
    }
    finally {
        client.dispose();
    }
}

;// CONCATENATED MODULE: ./src/failure.ts

function describeFailure(error) {
    if (error instanceof errors/* InputError */.dz)
        return { kind: 'input', message: error.message, error };
    if (error instanceof errors/* ActionError */.lZ)
        return { kind: 'amazon', message: error.message, hint: error.hint };
    return {
        kind: 'bug',
        message: `Unexpected error: ${error instanceof Error ? error.message : String(error)}`
    };
}

;// CONCATENATED MODULE: ./src/cli-main.ts








const EXIT = { done: 0, failed: 1, badInput: 2 };
const BUG_HINT = 'This is a bug in appstore-devtest; please report it with the log of a run with --debug.';
/** The CLI: flags and environment → the engine → log on stderr, result on stdout; the exit code. */
async function runCli(argv, env, io) {
    const command = parseCommandLine(argv, env);
    if (command.kind === 'help') {
        io.stdout(helpText());
        return EXIT.done;
    }
    if (command.kind === 'version') {
        io.stdout(`appstore-devtest ${ACTION_VERSION}\n`);
        return EXIT.done;
    }
    const log = new TerminalLog({
        write: io.stderr,
        colour: io.colour,
        debug: command.kind === 'run' && command.debug
    });
    const json = command.json;
    /** Ends the run before anything is sent: bad input, exit code 2. */
    const refuse = (message, hint) => {
        log.error(message, hint);
        if (json)
            printJson(io, log, refusal(message, hint));
        return EXIT.badInput;
    };
    if (command.kind === 'usage') {
        const { problems } = command;
        return refuse(problems.length === 1
            ? problems[0]
            : `${problems.length} problems with the command line:\n${problems.map(p => `- ${p}`).join('\n')}`, 'Run appstore-devtest --help for the flags.');
    }
    const { inputs } = command;
    log.secret(inputs['client-secret']);
    for (const warning of command.warnings)
        log.warning(warning);
    // Opened now, so a path that cannot be written is bad input, found before anything is sent; and
    // so a failed run leaves an empty file, never the outputs of an earlier one.
    let outputEnv;
    if (command.outputEnv !== undefined) {
        try {
            outputEnv = (0,external_node_fs_namespaceObject.openSync)((0,external_node_path_namespaceObject.resolve)(io.cwd, command.outputEnv), 'w');
        }
        catch (error) {
            const why = error.code ?? error.message;
            return refuse(`--output-env: ${command.outputEnv} cannot be written (${why}); nothing was sent to Amazon.`);
        }
    }
    const record = {};
    let failure;
    try {
        await runStep(inputs, io.cwd, log, record);
        if (outputEnv !== undefined)
            (0,external_node_fs_namespaceObject.writeSync)(outputEnv, dotenvOf(outputsOf(record)));
    }
    catch (error) {
        failure = describeFailure(error);
        if (command.debug && error instanceof Error && error.stack)
            log.debug(error.stack);
        log.error(failure.message, hintFor(failure, inputs));
    }
    finally {
        if (outputEnv !== undefined)
            (0,external_node_fs_namespaceObject.closeSync)(outputEnv);
    }
    const exitCode = !failure ? EXIT.done : failure.kind === 'input' ? EXIT.badInput : EXIT.failed;
    if (json) {
        const result = {
            ok: !failure,
            dryRun: record.settings?.dryRun ?? false,
            exitCode,
            outputs: outputsOf(record),
            warnings: log.warnings
        };
        if (failure) {
            const hint = hintFor(failure, inputs);
            result.error = { kind: failure.kind, message: failure.message, ...(hint && { hint }) };
        }
        printJson(io, log, result);
    }
    return exitCode;
}
function refusal(message, hint) {
    return {
        ok: false,
        dryRun: false,
        exitCode: EXIT.badInput,
        outputs: {},
        warnings: [],
        error: { kind: 'input', message, ...(hint && { hint }) }
    };
}
/**
 * The result on stdout, redacted like the log. DEL and the C1 controls, which JSON.stringify
 * leaves raw, become \u escapes: still valid JSON, and inert on a terminal.
 */
function printJson(io, log, result) {
    const json = log
        .redact(JSON.stringify(result, null, 2))
        .replace(/[\u007f-\u009f]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    io.stdout(`${json}\n`);
}
/** What to do about a failure, worded for the command line. */
function hintFor(failure, inputs) {
    if (failure.kind === 'amazon')
        return failure.hint;
    if (failure.kind === 'bug')
        return BUG_HINT;
    // The engine's messages name the action's inputs; the CLI takes the credentials from variables.
    const missing = Object.entries(CREDENTIAL_VARIABLES).filter(([name]) => inputs[name] === '' && failure.error.problems.some(problem => problem.input === name));
    if (missing.length === 0)
        return undefined;
    return (`Set ${missing.map(([, variable]) => variable).join(' and ')} in the environment to the ` +
        "security profile's credentials, or pass --dry-run to check everything else without them.");
}

;// CONCATENATED MODULE: ./src/output-fd.ts

/** A terminal (or /dev/null): where Node's own stdio stream is the right writer. */
function isCharacterDevice(fd) {
    try {
        return (0,external_node_fs_namespaceObject.fstatSync)(fd).isCharacterDevice();
    }
    catch {
        return false;
    }
}
/**
 * A writer for stdout or stderr. Node's process.stdout/stderr on a pipe is a net.Socket, and
 * creating it loads net and the stream modules: a tenth of the CLI's start-up, for nothing a
 * blocking write does not do (Node writes pipes synchronously on Linux too). So pipes and files
 * are written with writeSync; a terminal gets Node's stream, and so does a pipe left
 * non-blocking by another process (EAGAIN), from its first refused write on. A reader that went
 * away (EPIPE) ends the output, not the run.
 */
function fdWriter(fd, stream) {
    let useStream = isCharacterDevice(fd);
    let closed = false;
    return text => {
        if (closed)
            return;
        if (useStream) {
            stream().write(text);
            return;
        }
        let rest = Buffer.from(text);
        while (rest.length > 0) {
            try {
                rest = rest.subarray((0,external_node_fs_namespaceObject.writeSync)(fd, rest));
            }
            catch (error) {
                const code = error.code;
                if (code === 'EPIPE') {
                    closed = true;
                    return;
                }
                if (code !== 'EAGAIN')
                    throw error;
                useStream = true;
                stream().write(rest);
                return;
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/cli.ts
// The CLI: npx appstore-devtest … (package.json "bin"). Bundled to dist/cli.cjs and started by
// dist/cli.js (see script/bundle-cli.mjs). Output to a pipe or a file is written directly, which
// keeps start-up near bare Node (see output-fd.ts).


void runCli(process.argv.slice(2), process.env, {
    stdout: fdWriter(1, () => process.stdout),
    stderr: fdWriter(2, () => process.stderr),
    colour: isCharacterDevice(2) &&
        process.stderr.isTTY === true &&
        process.env.NO_COLOR === undefined &&
        process.env.TERM !== 'dumb',
    cwd: process.cwd()
}).then(code => {
    process.exitCode = code;
});

module.exports = __webpack_exports__;
/******/ })()
;