export const id = 693;
export const ids = [693,992,908];
export const modules = {

/***/ 7992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  InputFileError: () => (/* binding */ InputFileError),
  MAX_INPUT_FILE_BYTES: () => (/* binding */ MAX_INPUT_FILE_BYTES),
  isSystemFile: () => (/* reexport */ isSystemFile),
  openInputFile: () => (/* binding */ openInputFile),
  pathOfDescriptor: () => (/* binding */ pathOfDescriptor),
  readInputFile: () => (/* binding */ readInputFile),
  readToCap: () => (/* binding */ readToCap)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/shared/platform.ts
// What differs between the runners' systems (Linux, macOS, Windows) for the files and signals
// this step handles, in one place, each with the platform passed in so that every case is tested
// on any machine (__tests__/unit/shared/platform.test.ts). The list of assumptions reviewed is there too.

/**
 * open() flags by name, ORed, leaving out the ones this platform lacks: Windows has neither
 * O_NONBLOCK nor O_NOFOLLOW (fs.constants has no such key there). Without O_NONBLOCK nothing
 * waits there: opening a named pipe (\\.\pipe\…) fails at once without a server, and fstat then
 * tells a pipe or a device from a file. Without O_NOFOLLOW the caller's realpath check remains.
 */
function openFlags(names, available = external_node_fs_.constants) {
    return names.reduce((flags, name) => flags | (available[name] ?? 0), 0);
}
/**
 * Linux and macOS: the kernel's and the devices' files. /proc/self/environ and its kind are
 * regular files holding the runner's secrets; macOS has no /proc but /dev/fd/N and /dev/stdin.
 * /dev/shm is ordinary memory-backed storage, and stays open.
 */
const POSIX_SYSTEM_FILES = /^\/(proc|sys)\/|^\/dev\/(?!shm\/)/;
/** Windows: the device namespaces, \\.\… (pipes, disks, NUL) and \\?\… */
const WINDOWS_DEVICE_NAMESPACE = /^[\\/]{2}[.?][\\/]/;
/** …but \\?\C:\… and \\?\UNC\… are long-path spellings of ordinary files and shares. */
const WINDOWS_LONG_FILE_PATH = /^[\\/]{2}\?[\\/]([a-z]:[\\/]|unc[\\/])/i;
/**
 * Windows' reserved names open the device in any directory, with any extension and trailing
 * dots or spaces: D:\a\repo\nul.txt is NUL. The superscript digits are reserved too.
 */
const WINDOWS_RESERVED_NAME = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\.[^\\/]*)?[. ]*$/i;
/** Whether a real path is a system file or a device, which no input or output of this step is. */
function isSystemFile(realPath, platform = process.platform) {
    if (platform !== 'win32')
        return POSIX_SYSTEM_FILES.test(realPath);
    if (WINDOWS_DEVICE_NAMESPACE.test(realPath) && !WINDOWS_LONG_FILE_PATH.test(realPath)) {
        return true;
    }
    const name = realPath.slice(Math.max(realPath.lastIndexOf('/'), realPath.lastIndexOf('\\')) + 1);
    return WINDOWS_RESERVED_NAME.test(name);
}
/** What isSystemFile refuses, in words for a message on this platform. */
function systemFileKinds(platform = process.platform) {
    return platform === 'win32'
        ? 'a Windows device (\\\\.\\…, NUL, CON, COM1…)'
        : 'under /proc, /sys or /dev';
}
/**
 * The link naming the file a descriptor has open, where the system has one: /proc/self/fd on
 * Linux (and Android). macOS and Windows have none that Node reads, so the caller falls back to
 * the realpath of the name; on Windows a readlink of /proc/… would read D:\proc\…, a path
 * anyone may create.
 */
function descriptorLink(fd, platform = process.platform) {
    return platform === 'linux' || platform === 'android' ? `/proc/self/fd/${fd}` : undefined;
}
/**
 * A file size limit (ulimit -f) stops a process at the write that crosses it with SIGXFSZ, and
 * nothing is said; handled, the write fails with EFBIG instead, which the writers report.
 * Windows has no such signal (nor ulimit): nothing to listen for there. Whether it listened.
 */
function handleFileSizeSignal(target = process, platform = process.platform) {
    if (platform === 'win32')
        return false;
    target.on('SIGXFSZ', () => undefined);
    return true;
}

// EXTERNAL MODULE: ./src/shared/printable.ts
var printable = __webpack_require__(6146);
;// CONCATENATED MODULE: ./src/shared/input-file.ts






/**
 * The most a tester list or a certificate file may hold. Real ones are a few kilobytes; the cap
 * keeps /dev/zero, a log file or a build output named by mistake from filling the memory.
 */
const MAX_INPUT_FILE_BYTES = 1024 * 1024;
/** Where a read of a file whose size stat does not know (0, as under /proc) starts. */
const INITIAL_READ_BYTES = 16 * 1024;
const openFile = (0,external_node_util_.promisify)(external_node_fs_.open);
const fstatFile = (0,external_node_util_.promisify)(external_node_fs_.fstat);
const readFile = (0,external_node_util_.promisify)(external_node_fs_.read);
const closeFile = (0,external_node_util_.promisify)(external_node_fs_.close);
function handleOf(fd) {
    return {
        fd,
        read: async (buffer, offset, length, position) => ({
            bytesRead: (await readFile(fd, buffer, offset, length, position)).bytesRead
        }),
        close: () => closeFile(fd)
    };
}
/** Why an open failed, by its error code; any other code is named as it is. */
const OPEN_FAILURES = {
    ENOENT: 'does not exist',
    ENOTDIR: 'does not exist (a part of the path is a file, not a directory)',
    EACCES: 'cannot be read (permission denied)',
    EPERM: 'cannot be read (permission denied)'
};
/** What to do about a file that could not be opened, by InputFileError's code. */
const FIXES = {
    ENOENT: (workspace, w) => `; give a path relative to ${w.workspace} (${workspace})`,
    ENOTDIR: (workspace, w) => `; give a path relative to ${w.workspace} (${workspace})`,
    NOT_REGULAR: () => '; name the file itself',
    EISDIR: () => '; name the file itself'
};
/** Why a file named by an input could not be opened as a regular file. */
class InputFileError extends Error {
    why;
    code;
    name = 'InputFileError';
    constructor(
    /** "does not exist", "is a directory", "is a named pipe (FIFO), not a file", … */
    why, 
    /** ENOENT, EISDIR, … or NOT_REGULAR; the caller picks the fix from it. */
    code) {
        super(why);
        this.why = why;
        this.code = code;
    }
}
/** What an opened path that is not a regular file is, as a message names it. */
const NOT_A_FILE = { fifo: 'a named pipe (FIFO)', socket: 'a socket', device: 'a device' };
/**
 * Opens a file named by an input (relative to the workspace, or absolute), refusing anything
 * that is not a regular file. O_NONBLOCK keeps a FIFO or a device from blocking the open; fstat
 * on the opened descriptor then decides, so a file swapped after a check cannot slip through.
 * The caller closes the handle.
 */
async function openInputFile(path, workspace) {
    const fullPath = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(workspace, path);
    let handle;
    try {
        handle = handleOf(await openFile(fullPath, openFlags(['O_RDONLY', 'O_NONBLOCK'])));
    }
    catch (error) {
        const code = error.code ?? 'EIO';
        // A device with nothing behind it (a terminal the process has not got) refuses the open.
        if (code === 'ENXIO' || code === 'ENODEV')
            throw new InputFileError('is a device, not a file', 'NOT_REGULAR');
        throw new InputFileError(OPEN_FAILURES[code] ?? `cannot be opened (${code})`, code);
    }
    try {
        const stats = await fstatFile(handle.fd);
        if (stats.isDirectory())
            throw new InputFileError('is a directory', 'EISDIR');
        if (!stats.isFile()) {
            const kind = stats.isFIFO() ? 'fifo' : stats.isSocket() ? 'socket' : 'device';
            throw new InputFileError(`is ${NOT_A_FILE[kind]}, not a file`, 'NOT_REGULAR');
        }
        // A link in a pull request can name /proc/self/environ. No input of this action lives there.
        if (isSystemFile(pathOfDescriptor(handle.fd, fullPath))) {
            throw new InputFileError(`is a system file (${systemFileKinds()}), not a file of yours`, 'NOT_REGULAR');
        }
        return { handle, path: fullPath, size: stats.size };
    }
    catch (error) {
        await handle.close();
        if (error instanceof InputFileError)
            throw error;
        const code = error.code ?? 'EIO';
        throw new InputFileError(`cannot be read (${code})`, code);
    }
}
/**
 * The real path of the file a descriptor has open. On Linux /proc/self/fd names it: the file
 * that was opened, even if the path was swapped for a link to another since, which a realpath of
 * the name would follow instead. Elsewhere (macOS, Windows: platform.ts), the realpath of the
 * name. Synchronous: one readlink, and the CLI's --output-env check runs before anything is
 * awaited.
 */
function pathOfDescriptor(fd, fullPath, platform = process.platform) {
    const link = descriptorLink(fd, platform);
    if (link !== undefined) {
        try {
            return (0,external_node_fs_.readlinkSync)(link);
        }
        catch {
            // /proc not mounted (some containers): the name's realpath, as elsewhere.
        }
    }
    return (0,external_node_fs_.realpathSync)(fullPath);
}
/**
 * Reads a whole small file named by an input (a tester list, a certificate): only a regular
 * file, and only up to MAX_INPUT_FILE_BYTES. Anything else is a problem that names the file,
 * never its content.
 */
async function readInputFile(path, workspace, input, problems) {
    let file;
    try {
        file = await openInputFile(path, workspace);
    }
    catch (error) {
        if (!(error instanceof InputFileError))
            throw error;
        const shown = (0,printable/* printable */.g$)((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(workspace, path), 300);
        const shownWorkspace = (0,printable/* printable */.g$)(workspace, 300);
        const { why, code } = error;
        problems.add(input, w => `${shown} ${why}${FIXES[code]?.(shownWorkspace, w) ?? ''}`);
        return undefined;
    }
    const shown = (0,printable/* printable */.g$)(file.path, 300);
    try {
        if (file.size > MAX_INPUT_FILE_BYTES) {
            problems.add(input, tooLarge(shown, `${file.size} bytes`));
            return undefined;
        }
        const bytes = await readToCap(file.handle, file.size, MAX_INPUT_FILE_BYTES);
        if (bytes === undefined)
            problems.add(input, tooLarge(shown, 'more than 1 MB'));
        return bytes;
    }
    catch (error) {
        const code = error.code;
        problems.add(input, `${shown} cannot be read (${code ?? 'unknown error'})`);
        return undefined;
    }
    finally {
        await file.handle.close();
    }
}
/**
 * Reads an open file to its end, or returns undefined once it holds more than cap bytes. The
 * size stat gave is a hint only: a file can grow after the stat, and some report 0 and hold
 * more. The buffer starts at that size (plus one byte, to see growth) and doubles up to the cap,
 * because a megabyte allocated for every 2 KB certificate costs a garbage collection.
 */
async function readToCap(handle, sizeHint, cap) {
    let buffer = Buffer.allocUnsafe(Math.min(Math.max(sizeHint + 1, INITIAL_READ_BYTES), cap + 1));
    let length = 0;
    for (;;) {
        if (length === buffer.length) {
            const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, cap + 1));
            buffer.copy(grown, 0, 0, length);
            buffer = grown;
        }
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0)
            return buffer.subarray(0, length);
        length += bytesRead;
        if (length > cap)
            return undefined;
    }
}
function tooLarge(shown, size) {
    return (`${shown} is ${size}; at most 1 MB is read (a tester list or a certificate is a few ` +
        'kilobytes): check that the input names the right file');
}


/***/ }),

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
/* harmony export */   fileSha256: () => (/* binding */ fileSha256),
/* harmony export */   readSignedArtifacts: () => (/* binding */ readSignedArtifacts)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9908);
/* harmony import */ var _shared_input_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7992);
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
    const { findArtifacts } = await __webpack_require__.e(/* import() */ 471).then(__webpack_require__.bind(__webpack_require__, 5471));
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
    const { openInputFile } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7992));
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
const HASH_CHUNK = 1024 * 1024;
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
