"use strict";
exports.id = 693;
exports.ids = [693,908];
exports.modules = {

/***/ 9908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CertificateError: () => (/* binding */ CertificateError),
/* harmony export */   parseCertificateBytes: () => (/* binding */ parseCertificateBytes),
/* harmony export */   parseCertificateText: () => (/* binding */ parseCertificateText),
/* harmony export */   u: () => (/* binding */ parseStoredCertificate)
/* harmony export */ });
/* harmony import */ var _shared_mask_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5249);

/** Why a certificate could not be read; the caller names the input it came from. */
class CertificateError extends Error {
    name = 'CertificateError';
}
// Markers only: each match starts at a literal "-----" and its label cannot contain "-", so the
// matches never overlap and the scan is linear. Blocks are paired up from them in pemBlocks().
const PEM_MARKER = /-----(BEGIN|END) ([A-Z0-9 ]+)-----/g;
/** A certificate is 1–2 KB of PEM; more than this is not a certificate input. */
const MAX_CERTIFICATE_TEXT = 1024 * 1024;
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
    if (normalised.length > MAX_CERTIFICATE_TEXT) {
        throw new CertificateError('is larger than 1 MB; a certificate is 1–2 KB of PEM: pass only the certificate');
    }
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
/**
 * Reads a signer certificate as an APK's signature stores it. Android keeps those bytes verbatim
 * as the app's signature, bytes after the certificate's end included, so a certificate made of
 * fewer bytes could never match it: such bytes are refused here, not cut off.
 */
function parseStoredCertificate(der) {
    // Parsed first: bytes that are no certificate at all are said to be that.
    const certificate = fromDer(der);
    const element = outerElement(der);
    if (element && element.length < der.length) {
        throw new CertificateError(`is followed by ${der.length - element.length} bytes that are not part of it, which ` +
            'Android keeps as part of the signature, so no certificate registered could match; ' +
            're-sign the APK with apksigner');
    }
    return certificate;
}
/**
 * The PEM blocks of a text: a BEGIN marker opens a block when an END marker of the same label
 * follows it somewhere; everything up to the first such END is its body. The same pairing as
 * /-----BEGIN (L)-----([\s\S]*?)-----END \1-----/g, which backtracks quadratically on a text of
 * many unclosed BEGIN lines, done in one pass over the markers.
 */
function pemBlocks(text) {
    const markers = [...text.matchAll(PEM_MARKER)];
    const lastEnd = new Map();
    markers.forEach((marker, index) => {
        if (marker[1] === 'END')
            lastEnd.set(marker[2] ?? '', index);
    });
    const blocks = [];
    let open;
    markers.forEach((marker, index) => {
        const [whole, kind, label = ''] = marker;
        const at = marker.index;
        if (!open) {
            if (kind === 'BEGIN' && (lastEnd.get(label) ?? -1) > index)
                open = { label, bodyStart: at + whole.length };
        }
        else if (kind === 'END' && label === open.label) {
            blocks.push({ label, body: text.slice(open.bodyStart, at) });
            open = undefined;
        }
    });
    return blocks;
}
function pemToDer(text) {
    const blocks = pemBlocks(text);
    const labels = blocks.map(block => block.label);
    if (labels.some(label => label?.includes('PRIVATE KEY'))) {
        throw new CertificateError('contains a PRIVATE KEY block: pass only the certificate (cert.pem), never the key, and ' +
            'rotate the key if it was stored where others can read it');
    }
    const certificates = blocks.filter(block => block.label === 'CERTIFICATE');
    if (certificates.length === 0) {
        throw new CertificateError('has no complete -----BEGIN CERTIFICATE----- … -----END CERTIFICATE----- block');
    }
    if (certificates.length > 1) {
        throw new CertificateError(`holds ${certificates.length} certificates: pass only the one the app is signed with`);
    }
    const body = (certificates[0]?.body ?? '').replace(/\s+/g, '');
    if (!BASE64.test(body))
        throw new CertificateError('has a PEM body that is not base64');
    return Buffer.from(body, 'base64');
}
function fromDer(given) {
    // The certificate's own bytes, as given: Android hashes and compares a certificate exactly as
    // the signature stores it, so the fingerprint and the PEM sent are of these bytes, never of
    // OpenSSL's re-encoding (x509.raw), which differs for a non-canonical DER (a long-form length).
    const der = outerElement(given);
    let x509;
    try {
        // Loaded here, not imported: node:crypto costs a CLI run without a certificate a sixth of
        // Node's own start-up (npm run bench).
        const { X509Certificate } = process.getBuiltinModule('node:crypto');
        if (!der)
            throw new Error('not DER');
        x509 = new X509Certificate(der);
    }
    catch {
        throw new CertificateError('is not a valid X.509 certificate (the DER data does not parse); a keystore (.p12, .jks) ' +
            'or a key is not a certificate: pass the certificate alone, such as devtest-cert.pem');
    }
    const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
    let key;
    try {
        key = x509.publicKey;
    }
    catch {
        throw new CertificateError("has a public key that does not decode (the certificate's key data is corrupt or of a " +
            'kind OpenSSL does not know); sign the app with a certificate made by keytool or openssl');
    }
    const details = key.asymmetricKeyDetails ?? {};
    let keyType = (key.asymmetricKeyType ?? 'unknown').toUpperCase();
    if (key.asymmetricKeyType === 'ec' && details.namedCurve) {
        keyType = `EC ${CURVE_NAMES[details.namedCurve] ?? details.namedCurve}`;
    }
    else if (details.modulusLength) {
        keyType = `${keyType} ${details.modulusLength}`;
    }
    const { createHash } = process.getBuiltinModule('node:crypto');
    const sha256 = createHash('sha256').update(der).digest('hex').toUpperCase();
    return {
        pem: `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`,
        sha256: sha256.match(/../g)?.join(':') ?? '',
        // From the file or the artifact, so shown only through printable().
        subject: (0,_shared_mask_js__WEBPACK_IMPORTED_MODULE_0__/* .untrustedText */ .Ui)(x509.subject.split('\n').join(', '), 300),
        keyType,
        isEllipticCurve: key.asymmetricKeyType === 'ec',
        validFrom: new Date(x509.validFrom),
        validTo: new Date(x509.validTo)
    };
}
/**
 * The first DER element of the bytes (tag, length, content), as stored: what the certificate
 * is, without whatever follows it. Hand-written because only the outer length is needed, and
 * an ASN.1 library would decode (and could re-encode) all of it. Any length form is taken, the
 * redundant long forms too, as Android's and OpenSSL's parsers take them.
 */
function outerElement(bytes) {
    if (bytes.length < 2 || bytes[0] !== 0x30)
        return undefined;
    const first = bytes[1] ?? 0;
    let length = first;
    let header = 2;
    if (first & 0x80) {
        const count = first & 0x7f;
        if (count === 0 || count > 4 || bytes.length < 2 + count)
            return undefined;
        length = 0;
        for (let i = 0; i < count; i++)
            length = length * 256 + (bytes[2 + i] ?? 0);
        header = 2 + count;
    }
    if (header + length > bytes.length)
        return undefined;
    return bytes.subarray(0, header + length);
}


/***/ }),

/***/ 693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readSignedArtifacts: () => (/* binding */ readSignedArtifacts)
/* harmony export */ });
/* unused harmony export fileSha256 */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9908);
/* harmony import */ var _shared_input_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2324);
/* harmony import */ var _shared_input_words_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4261);
/* harmony import */ var _shared_mask_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5249);
/* harmony import */ var _package_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1935);






/**
 * Finds the files apk names and reads each signed artifact by position, never whole. Several
 * files (splits per ABI or density) must be one app signed by one key: registration is done once
 * for them all.
 */
async function readSignedArtifacts(value, workspace, problems) {
    // Loaded only when apk is given: the file finder, ZIP and PKCS#7 readers stay out of every
    // other run.
    const { findArtifacts } = await __webpack_require__.e(/* import() */ 408).then(__webpack_require__.bind(__webpack_require__, 4408));
    const search = await findArtifacts(value, workspace);
    for (const problem of search.problems)
        problems.add('apk', problem);
    if (!('files' in search))
        return undefined;
    const read = [];
    for (const { fullPath, shown } of search.files) {
        const artifact = await readOneArtifact(fullPath, shown, workspace, problems);
        if (artifact)
            read.push(artifact);
    }
    if (read.length !== search.files.length)
        return undefined;
    const [first, ...others] = read;
    if (!first)
        return undefined;
    const disagree = others.some(other => other.packageName !== first.packageName ||
        other.certificate.sha256 !== first.certificate.sha256);
    if (disagree) {
        problems.add('apk', `names ${read.length} artifacts that are not one app signed by one key; registration needs ` +
            'the same package and signer in every file: ' +
            read
                .map(a => `${a.file.path}: ${(0,_package_name_js__WEBPACK_IMPORTED_MODULE_4__/* .shownPackage */ .K)(a.packageName)}, signer SHA-256 ${a.certificate.sha256}`)
                .join('; '));
        return undefined;
    }
    return {
        packageName: first.packageName,
        certificate: first.certificate,
        files: read.map(a => a.file),
        located: search.files.map(({ fullPath }, index) => {
            const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(workspace, fullPath);
            const within = inside !== '' && !inside.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(inside);
            const identity = read[index]?.identity ?? { dev: -1, ino: -1, size: -1, mtimeMs: -1 };
            return { fullPath, path: within ? inside : fullPath, identity };
        })
    };
}
/**
 * The SHA-256 of an artifact read earlier, as lower-case hex as sha256sum prints it, read 1 MB at
 * a time whatever its size; or why it was not computed. For the job summary, after a run that
 * registered the build: testers compare it with the file they are given. The file is opened as
 * the readers open it (a FIFO or a device put in its place is refused at once, never waited on),
 * and hashed only while it is the file that was read: one replaced or written to since would give
 * the hash of a build nobody checked. Every read waits until the deadline (a time in ms, as
 * Date.now()) at most: a slow disk must not hold the step.
 */
async function fileSha256(location, deadline) {
    const { openInputFile } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2324));
    const { fstat } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3024, 23));
    const { promisify } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7975, 23));
    const { createHash } = process.getBuiltinModule('node:crypto');
    const late = { notComputed: 'it could not be read again in time' };
    const changed = { notComputed: 'the file changed after it was read' };
    if (Date.now() >= deadline)
        return late;
    const opening = openInputFile(location.fullPath, '/');
    const opened = await beforeDeadline(opening, deadline).catch(() => undefined);
    if (opened === TIMED_OUT) {
        void opening.then(late => late.handle.close()).catch(() => undefined);
        return late;
    }
    if (!opened)
        return { notComputed: 'it could no longer be opened as a file' };
    const { handle } = opened;
    const same = async () => {
        const stats = await promisify(fstat)(handle.fd);
        const { dev, ino, size, mtimeMs } = location.identity;
        return (stats.dev === dev && stats.ino === ino && stats.size === size && stats.mtimeMs === mtimeMs);
    };
    try {
        if (!(await same()))
            return changed;
        const hash = createHash('sha256');
        const buffer = Buffer.alloc(Math.min(HASH_CHUNK, Math.max(1, location.identity.size)));
        for (let position = 0; position < location.identity.size;) {
            const length = Math.min(buffer.length, location.identity.size - position);
            const done = await beforeDeadline(handle.read(buffer, 0, length, position), deadline);
            if (done === TIMED_OUT)
                return late;
            if (done.bytesRead === 0)
                return changed;
            hash.update(buffer.subarray(0, done.bytesRead));
            position += done.bytesRead;
        }
        return (await same()) ? { sha256: hash.digest('hex') } : changed;
    }
    catch {
        return { notComputed: 'it could not be read again' };
    }
    finally {
        // A read still under way when the deadline passed finishes into a buffer nobody reads.
        void handle.close().catch(() => undefined);
    }
}
const HASH_CHUNK = (/* unused pure expression or super */ null && (1024 * 1024));
const TIMED_OUT = Symbol('timed out');
/** The promise's value, or TIMED_OUT once the deadline (ms, as Date.now()) has passed. */
async function beforeDeadline(promise, deadline) {
    let timer;
    const timeout = new Promise(resolve => {
        timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, deadline - Date.now()));
    });
    try {
        return await Promise.race([promise, timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** What to do about an artifact that could not be opened, by InputFileError's code. */
const toSignedFile = w => `point ${w.name('apk')} at the signed .apk or .aab`;
const OPEN_FIXES = {
    EACCES: w => `make it readable by ${w.reader}`,
    EPERM: w => `make it readable by ${w.reader}`,
    NOT_REGULAR: toSignedFile,
    EISDIR: toSignedFile,
    ENOENT: toSignedFile
};
async function readOneArtifact(fullPath, shown, workspace, problems) {
    const { ArtifactError, readArtifact } = await __webpack_require__.e(/* import() */ 71).then(__webpack_require__.bind(__webpack_require__, 1071));
    let opened;
    try {
        opened = await (0,_shared_input_file_js__WEBPACK_IMPORTED_MODULE_2__.openInputFile)(fullPath, workspace);
    }
    catch (error) {
        if (!(error instanceof _shared_input_file_js__WEBPACK_IMPORTED_MODULE_2__.InputFileError))
            throw error;
        const fix = OPEN_FIXES[error.code];
        const { why } = error;
        problems.add('apk', w => `${shown} ${why}${fix ? `; ${(0,_shared_input_words_js__WEBPACK_IMPORTED_MODULE_5__/* .fixIn */ .l)(fix, w)}` : ''}`);
        return undefined;
    }
    try {
        const artifact = await readArtifact(opened, fullPath);
        const { fstat } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3024, 23));
        const { promisify } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7975, 23));
        const stats = await promisify(fstat)(opened.handle.fd);
        return {
            identity: { dev: stats.dev, ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs },
            file: {
                path: shown,
                size: opened.size,
                scheme: artifact.scheme,
                // Notes quote certificate subjects, which are the file's content.
                notes: artifact.notes.map(note => (0,_shared_mask_js__WEBPACK_IMPORTED_MODULE_3__/* .untrustedText */ .Ui)(note, 1000)),
                // Set only when there are any: most files have one signer for every Fire OS level.
                ...(artifact.warnings.length > 0 && {
                    warnings: artifact.warnings.map(warning => (0,_shared_mask_js__WEBPACK_IMPORTED_MODULE_3__/* .untrustedText */ .Ui)(warning, 1000))
                })
            },
            packageName: artifact.packageName,
            certificate: (0,_certificate_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStoredCertificate */ .u)(artifact.certificate)
        };
    }
    catch (error) {
        if (!(error instanceof ArtifactError) && !(error instanceof _certificate_js__WEBPACK_IMPORTED_MODULE_1__.CertificateError))
            throw error;
        const what = error instanceof _certificate_js__WEBPACK_IMPORTED_MODULE_1__.CertificateError
            ? `has a signer certificate that ${error.message}`
            : error.message;
        const fix = error instanceof ArtifactError ? error.fix : undefined;
        // Entry names quoted in it are the file's content; the fix is ours.
        const shownWhat = `${shown} ${(0,_shared_mask_js__WEBPACK_IMPORTED_MODULE_3__/* .untrustedText */ .Ui)(what, 1000)}`;
        problems.add('apk', w => (fix ? `${shownWhat}; ${(0,_shared_input_words_js__WEBPACK_IMPORTED_MODULE_5__/* .fixIn */ .l)(fix, w)}` : shownWhat));
        return undefined;
    }
    finally {
        await opened.handle.close();
    }
}


/***/ })

};
;