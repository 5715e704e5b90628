// The directory of this file, links resolved, found when a chunk first loads: the chunks are
// beside it (script/bundle-cli.mjs).
let __cli_chunk_directory;
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

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

/***/ 2324:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   InputFileError: () => (/* binding */ InputFileError),
/* harmony export */   MAX_INPUT_FILE_BYTES: () => (/* binding */ MAX_INPUT_FILE_BYTES),
/* harmony export */   isSystemFile: () => (/* reexport safe */ _platform_js__WEBPACK_IMPORTED_MODULE_3__.Ag),
/* harmony export */   openInputFile: () => (/* binding */ openInputFile),
/* harmony export */   pathOfDescriptor: () => (/* binding */ pathOfDescriptor),
/* harmony export */   readInputFile: () => (/* binding */ readInputFile),
/* harmony export */   readToCap: () => (/* binding */ readToCap)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5130);
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6146);






/**
 * The most a tester list or a certificate file may hold. Real ones are a few kilobytes; the cap
 * keeps /dev/zero, a log file or a build output named by mistake from filling the memory.
 */
const MAX_INPUT_FILE_BYTES = 1024 * 1024;
/** Where a read of a file whose size stat does not know (0, as under /proc) starts. */
const INITIAL_READ_BYTES = 16 * 1024;
const openFile = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.open);
const fstatFile = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.fstat);
const readFile = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.read);
const closeFile = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.close);
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
    const fullPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, path);
    let handle;
    try {
        handle = handleOf(await openFile(fullPath, (0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .openFlags */ .IL)(['O_RDONLY', 'O_NONBLOCK'])));
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
        if ((0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .isSystemFile */ .Ag)(pathOfDescriptor(handle.fd, fullPath))) {
            throw new InputFileError(`is a system file (${(0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .systemFileKinds */ .p0)()}), not a file of yours`, 'NOT_REGULAR');
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
    const link = (0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .descriptorLink */ .K6)(fd, platform);
    if (link !== undefined) {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(link);
        }
        catch {
            // /proc not mounted (some containers): the name's realpath, as elsewhere.
        }
    }
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(fullPath);
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
        const shown = (0,_printable_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g$)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, path), 300);
        const shownWorkspace = (0,_printable_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g$)(workspace, 300);
        const { why, code } = error;
        problems.add(input, w => `${shown} ${why}${FIXES[code]?.(shownWorkspace, w) ?? ''}`);
        return undefined;
    }
    const shown = (0,_printable_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g$)(file.path, 300);
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

/***/ 5130:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ isSystemFile),
/* harmony export */   IL: () => (/* binding */ openFlags),
/* harmony export */   K6: () => (/* binding */ descriptorLink),
/* harmony export */   WG: () => (/* binding */ handleFileSizeSignal),
/* harmony export */   p0: () => (/* binding */ systemFileKinds)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// What differs between the runners' systems (Linux, macOS, Windows) for the files and signals
// this step handles, in one place, each with the platform passed in so that every case is tested
// on any machine (__tests__/unit/shared/platform.test.ts). The list of assumptions reviewed is there too.

/**
 * open() flags by name, ORed, leaving out the ones this platform lacks: Windows has neither
 * O_NONBLOCK nor O_NOFOLLOW (fs.constants has no such key there). Without O_NONBLOCK nothing
 * waits there: opening a named pipe (\\.\pipe\…) fails at once without a server, and fstat then
 * tells a pipe or a device from a file. Without O_NOFOLLOW the caller's realpath check remains.
 */
function openFlags(names, available = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants) {
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

/***/ 1950:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xk: () => (/* binding */ ARTIFACT_NAME),
/* harmony export */   dC: () => (/* binding */ splitArtifactList),
/* harmony export */   hK: () => (/* binding */ PATTERN_CHARACTER)
/* harmony export */ });
// How an apk value lists its files, apart from the search (artifact-paths.ts), so that the CLI
// can tell which files a run reads without loading the file system walk.
/** Splits an apk value into its paths and patterns: newline- or comma-separated. */
function splitArtifactList(value) {
    return value
        .split(/[\r\n,]/)
        .map(item => item.trim())
        .filter(item => item !== '');
}
/** Characters that make an apk item a glob pattern rather than a path. */
const PATTERN_CHARACTER = /[*?[\]{}]/;
/** The names of the artifacts an apk value may name: an APK or an Android App Bundle. */
const ARTIFACT_NAME = /\.(apk|aab)$/i;


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

module.exports = require("assert");

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

/***/ 5692:
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

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = require("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 9023:
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
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
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
/******/ 					installChunk(require((__cli_chunk_directory ??= require("path").dirname(require("fs").realpathSync(__filename)) + "/") + __nccwpck_require__.u(chunkId)));
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
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

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __nccwpck_require__(8382);
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
            const { readInputFile } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 2324));
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
    const [{ formatOfFile, formatOfText, parseTesters }, { MAX_INPUT_FILE_BYTES, readInputFile }] = await Promise.all([__nccwpck_require__.e(/* import() */ 341).then(__nccwpck_require__.bind(__nccwpck_require__, 8341)), Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 2324))]);
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

;// CONCATENATED MODULE: ./src/cli/did-you-mean.ts
/**
 * The known flag a mistyped one most likely meant: the closest by edit distance (insertions,
 * deletions, substitutions and swaps of neighbours), when it is close enough to be a typo and no
 * other flag is as close. Flags are short (at most ~20 characters), so the quadratic table is tiny.
 */
function closestFlag(typed, known) {
    const name = typed.toLowerCase().replace(/_/g, '-');
    // A third of the name, at most 3: "tester" → "testers", never "json" → "apk".
    const limit = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
    let best;
    let bestDistance = limit + 1;
    let tie = false;
    for (const flag of known) {
        const distance = editDistance(name, flag);
        if (distance < bestDistance) {
            best = flag;
            bestDistance = distance;
            tie = false;
        }
        else if (distance === bestDistance)
            tie = true;
    }
    return tie ? undefined : best;
}
/** Optimal string alignment distance. */
function editDistance(a, b) {
    if (Math.abs(a.length - b.length) > 3)
        return Infinity;
    const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
            }
        }
    }
    return rows[a.length][b.length];
}

;// CONCATENATED MODULE: ./src/cli/args.ts





/** The CLI's own flags, beside the action's inputs. */
const CLI_FLAGS = {
    json: { type: 'boolean', description: 'Print the result as JSON on stdout.' },
    'output-env': {
        type: 'string',
        value: 'file',
        description: 'After a run, write TRACK_ID, UNIQUE_TESTER_COUNT, CERTIFICATE_SHA256 and ARTIFACT_PATHS ' +
            "(comma-separated) to this file as dotenv (GitLab's artifacts: reports: dotenv, Bitrise " +
            'envman).'
    },
    debug: {
        type: 'boolean',
        description: 'Log every request, and the stack trace of an unexpected error.'
    },
    help: { type: 'boolean', short: 'h', description: 'Print this help.' },
    version: { type: 'boolean', description: 'Print the version.' }
};
/** Inputs that are true or false in action.yml are flags without a value here. */
const isBooleanInput = (name) => {
    const spec = ACTION_INPUTS[name];
    return spec.default === 'true' || spec.default === 'false';
};
/**
 * Flags a typo may be pointed at: not the credentials, which belong in the environment (a
 * secret on a command line lands in the shell history and the process list).
 */
const SUGGESTED_FLAGS = () => Object.keys(OPTIONS).filter(name => !(name in CREDENTIAL_NAMES));
function unknownFlag(rawName, name) {
    const meant = rawName.startsWith('--') ? closestFlag(name, SUGGESTED_FLAGS()) : undefined;
    return meant ? `unknown flag ${rawName}; did you mean --${meant}?` : `unknown flag ${rawName}`;
}
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
    const { values, tokens } = (0,external_node_util_.parseArgs)({
        args: [...argv],
        options: OPTIONS,
        strict: false,
        allowPositionals: true,
        tokens: true
    });
    const problems = [];
    const given = new Set();
    let previous;
    for (const token of tokens) {
        if (token.kind === 'positional') {
            // Never quoted: a stray value may be a secret after a mistyped flag (--client_secret …)
            // or the second tester of a list given unquoted.
            problems.push(previous?.kind === 'option' && OPTIONS[previous.name]?.type === 'boolean'
                ? `${previous.rawName} takes no value: drop the value after it (${previous.rawName} ` +
                    'alone turns it on)'
                : previous?.kind === 'option'
                    ? `unexpected value after ${previous.rawName}; every value follows its flag (quote a ` +
                        'value that holds spaces)'
                    : `unexpected value (argument ${token.index + 1}); every value follows its flag`);
        }
        else if (token.kind === 'option') {
            const spec = OPTIONS[token.name];
            if (!spec)
                problems.push(unknownFlag(token.rawName, token.name));
            else if (spec.type === 'string' && token.value === undefined)
                problems.push(`${token.rawName} needs a value`);
            // Non-strict parseArgs takes the next argument as the value even when it is a flag; a value
            // that starts with -- and is given that way is a forgotten value (a PEM starts with -----).
            else if (spec.type === 'string' && token.inlineValue === false && isFlag(token.value))
                problems.push(`${token.rawName} needs a value (the next argument is the flag ${token.value}; write ` +
                    `${token.rawName}=<value> for a value that starts with --)`);
            else if (spec.type === 'boolean' && token.value !== undefined)
                problems.push(`${token.rawName} takes no value`);
            else if (spec.type === 'string' && given.has(token.name))
                // parseArgs keeps the last; a second --testers would drop the first list unnoticed.
                problems.push(`--${token.name} is given twice; give it once (a list of testers or APKs goes in one ` +
                    'value, one a line)');
            else if (token.name === 'output-env' && token.value === '')
                problems.push('--output-env needs a file name');
            given.add(token.name);
        }
        previous = token;
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
    for (const [name, variable] of Object.entries(CREDENTIAL_NAMES)) {
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
/**
 * action.yml's sentences that only a workflow reads, as the command line says them (the
 * credentials' note, "Better set … in the environment", stands in for the first).
 */
const WORKFLOW_SENTENCES = {
    'Pass it from a secret.': '',
    'Required unless dry-run is true.': 'Required unless --dry-run is given.',
    'In a public repository pass it from a secret: the runner prints with: values in the step log.': 'In CI, pass it from a secret variable: a command line shows in logs and process lists.'
};
const HYPHENATED_INPUT = new RegExp(`(?<![-\\w])(${INPUT_NAMES.filter(name => name.includes('-')).join('|')})(?![-\\w])`, 'g');
/** An input's description from action.yml in the command line's words: flags, not inputs. */
function inCommandLineWords(description) {
    let text = description;
    for (const [workflow, commandLine] of Object.entries(WORKFLOW_SENTENCES)) {
        text = text.split(workflow).join(commandLine);
    }
    // Hyphenated input names are flags here; a plain word such as "apk" may be prose.
    return text.replace(HYPHENATED_INPUT, '--$1').replace(/ {2,}/g, ' ').trim();
}
/** --help, from action.yml's inputs and the CLI's own flags. */
function helpText() {
    const inputs = INPUT_NAMES.map(name => {
        const spec = ACTION_INPUTS[name];
        const variable = name in CREDENTIAL_NAMES ? CREDENTIAL_NAMES[name] : '';
        const notes = [
            spec.required ? 'Required.' : '',
            spec.default !== undefined && !isBooleanInput(name) ? `Default: ${spec.default}.` : '',
            variable ? `Better set ${variable} in the environment.` : ''
        ];
        const flag = isBooleanInput(name) ? `--${name}` : `--${name} <value>`;
        // action.yml says "true to …" of a boolean input; here it is a flag without a value.
        const description = inCommandLineWords(isBooleanInput(name)
            ? spec.description.replace(/^true to (\w)/, (_, first) => first.toUpperCase())
            : spec.description);
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
        'Exit codes: 0 done; 1 the run failed (Amazon, the network, writing the result, or a bug); 2 bad',
        'input (nothing was sent).',
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

;// CONCATENATED MODULE: ./src/cli/log.ts


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
/** The shortest value redacted as a secret. */
const MIN_SECRET_LENGTH = 8;
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
        // A value this short is no secret (validation refuses it) and would turn ordinary words of
        // the log into ***.
        if (value.length < MIN_SECRET_LENGTH || this.secrets.includes(value))
            return;
        // Longest first, so a secret that contains another is replaced whole.
        this.secrets = [...this.secrets, value].sort((a, b) => b.length - a.length);
    }
    /** Text as it may leave the process: every secret replaced by ***, every email masked. */
    redact(text) {
        let result = text;
        for (const secret of this.secrets)
            result = result.split(secret).join('***');
        return (0,mask/* maskEmailsIn */.Tu)(result);
    }
    /**
     * Text as it may be shown on a terminal: redacted, control characters escaped, and nothing a
     * GitHub job's runner would obey as a workflow command (a line starting with ::, or ##[
     * anywhere), since the CLI runs inside jobs too.
     */
    clean(text) {
        return (0,printable/* inertLog */.H_)(this.redact(text).replace(CONTROL, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
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

;// CONCATENATED MODULE: ./src/engine/settings.ts
/** The package and certificate read for this run: sent to register, or checked only. */
function registrationOf(settings) {
    return settings.target.kind === 'register'
        ? settings.target.registration
        : settings.target.checked;
}

;// CONCATENATED MODULE: ./src/cli/output.ts


/** As in the action: the fingerprint once known, the rest only from Amazon's answers. */
function outputsOf(record) {
    const outputs = {};
    const certificate = record.settings && registrationOf(record.settings)?.certificate;
    if (record.trackId !== undefined && record.result) {
        outputs.trackId = record.trackId;
        outputs.uniqueTesterCount = record.result.uniqueTesterCount;
        outputs.groups = record.result.groups;
        const files = record.settings && registrationOf(record.settings)?.artifactFiles;
        if (files && files.length > 0)
            outputs.artifactPaths = files.map(file => file.path);
    }
    if (certificate)
        outputs.certificateSha256 = certificate.sha256;
    return outputs;
}
// What a dotenv value may hold unquoted in every reader (GitLab, Bitrise envman, dotenv): a track
// id from Amazon holding a newline or a quote would otherwise set other variables. The comma
// separates the paths of ARTIFACT_PATHS.
const PLAIN_VALUE = /^[A-Za-z0-9._:/@+,-]*$/;
/** A path ARTIFACT_PATHS can list: plain, and without the comma that separates them. */
const PLAIN_PATH = /^[A-Za-z0-9._:/@+-]+$/;
const VARIABLE_NAME = /^[A-Z][A-Z0-9_]*$/;
/** Whether a line is one dotenvOf writes: a variable name, "=", a plain value. */
function isDotenvLine(line) {
    const equals = line.indexOf('=');
    return (equals > 0 &&
        VARIABLE_NAME.test(line.slice(0, equals)) &&
        PLAIN_VALUE.test(line.slice(equals + 1)));
}
/**
 * TRACK_ID, UNIQUE_TESTER_COUNT, CERTIFICATE_SHA256 and ARTIFACT_PATHS (comma-separated) as a
 * dotenv file, for what is known. Throws when a value could not be written safely.
 */
function dotenvOf(outputs) {
    const entries = [
        ['TRACK_ID', outputs.trackId],
        ['UNIQUE_TESTER_COUNT', outputs.uniqueTesterCount],
        ['CERTIFICATE_SHA256', outputs.certificateSha256]
    ];
    const paths = outputs.artifactPaths ?? [];
    const unsafe = paths.find(path => !PLAIN_PATH.test(path));
    if (unsafe !== undefined)
        throw new UnsafePathError();
    if (paths.length > 0)
        entries.push(['ARTIFACT_PATHS', paths.join(',')]);
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
        // Amazon's answer is what cannot be written, so the failure is Amazon's, not the file's.
        super('amazon', `${variable} is not written to the --output-env file: Amazon's value holds characters a ` +
            'dotenv file cannot carry safely (only letters, digits and . _ : / @ + - are written)', 'Read the value from --json instead; if Amazon keeps answering such values, open an issue.');
        this.variable = variable;
    }
}
/** An artifact path that a dotenv line cannot hold as it is. */
class UnsafePathError extends errors/* ActionError */.lZ {
    variable;
    name = 'UnsafePathError';
    constructor(variable = 'ARTIFACT_PATHS') {
        // The run is done; only its output file cannot hold the path the user's build has.
        super('output', `${variable} is not written to the --output-env file: an artifact path holds characters a ` +
            'dotenv file cannot carry safely (only letters, digits and . _ : / @ + - are written, and a ' +
            'comma separates the paths)', 'Rename the artifact (e.g. app-release.apk), or read artifactPaths from --json instead.');
        this.variable = variable;
    }
}

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
    const { AmazonClient } = await Promise.all(/* import() */[__nccwpck_require__.e(73), __nccwpck_require__.e(341), __nccwpck_require__.e(144)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1679));
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/signing/artifact-list.ts
var artifact_list = __nccwpck_require__(1950);
// EXTERNAL MODULE: ./src/shared/input-file.ts
var input_file = __nccwpck_require__(2324);
// EXTERNAL MODULE: ./src/shared/platform.ts
var platform = __nccwpck_require__(5130);
;// CONCATENATED MODULE: ./src/cli/output-env.ts








/** Why the --output-env path cannot be written, in words that follow its path. */
class OutputEnvError extends Error {
    name = 'OutputEnvError';
}
/**
 * The --output-env file could not be written after the run: the run itself is done (Amazon may
 * have registered the app and added the testers), so the fix is the file, not another run.
 */
class OutputWriteError extends errors/* ActionError */.lZ {
    name = 'OutputWriteError';
    constructor(shown, code, outputs) {
        const done = outputs.trackId !== undefined
            ? `: Amazon added the testers to track "${outputs.trackId}"`
            : '';
        super('output', `--output-env: ${shown} could not be written (${code})`, `The run itself is done${done}, as the log above says; do not run it again for the ` +
            'file. Free space or lift the file size limit, or name another file.');
    }
}
/**
 * The first line of every file this CLI writes, by which a later run knows it may replace the
 * file. A variable, not a comment: GitLab's dotenv report refuses a file with a comment line,
 * and the Bitrise loop in docs/cli.md would pass one to envman as a variable name.
 */
const OUTPUT_ENV_MARKER = 'APPSTORE_DEVTEST_VERSION';
/** The variables the CLI wrote before the marker was added: such a file is an earlier output. */
const UNMARKED_NAMES = new Set(['TRACK_ID', 'UNIQUE_TESTER_COUNT', 'CERTIFICATE_SHA256']);
/** Writes the outputs to the --output-env file opened by openOutputEnv. */
function writeOutputEnv(fd, outputs, shown) {
    const text = `${OUTPUT_ENV_MARKER}=${ACTION_VERSION}\n${dotenvOf(outputs)}`;
    try {
        (0,external_node_fs_.writeSync)(fd, text);
    }
    catch (error) {
        throw new OutputWriteError(shown, error.code ?? 'EIO', outputs);
    }
}
/** How much of an existing file is read to tell an earlier run's output from anything else. */
const CHECKED_BYTES = 4096;
/** Why the open of the --output-env path failed, by its error code, in words after the path. */
const OPEN_FAILURES = {
    ELOOP: 'is a symbolic link; name a file',
    EISDIR: 'is a directory; name a file',
    ENXIO: 'is not a regular file (a pipe, socket or device); name a file'
};
/**
 * Opens the --output-env file before the run and empties it, so a path that cannot be written
 * is bad input found before anything is sent, and a failed run never leaves an earlier run's
 * values. Only a new file or an earlier run's output (OUTPUT_ENV_MARKER), a regular file reached without a symbolic
 * link inside the working directory, and never a system file: a committed devtest.env that
 * links elsewhere, or a mistyped flag naming the APK, the tester list or the CI configuration,
 * must not make the run overwrite it. Every check after the open is made on the opened
 * descriptor, so a path swapped in the meantime cannot slip through; O_NONBLOCK keeps a FIFO
 * from blocking the open.
 */
function openOutputEnv(path, cwd, inputs) {
    const fullPath = (0,external_node_path_.resolve)(cwd, path);
    if (artifact_list/* ARTIFACT_NAME */.Xk.test(fullPath)) {
        throw new OutputEnvError('names an APK; name a new file, such as devtest.env');
    }
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(fullPath, (0,platform/* openFlags */.IL)(['O_RDWR', 'O_CREAT', 'O_NOFOLLOW', 'O_NONBLOCK']), 0o644);
    }
    catch (error) {
        const code = error.code ?? 'EIO';
        throw new OutputEnvError(OPEN_FAILURES[code] ?? `cannot be written (${code})`);
    }
    try {
        const stats = (0,external_node_fs_.fstatSync)(fd);
        if (!stats.isFile()) {
            throw new OutputEnvError('is not a regular file (a pipe, socket or device); name a file');
        }
        const opened = (0,input_file.pathOfDescriptor)(fd, fullPath);
        if ((0,platform/* isSystemFile */.Ag)(opened)) {
            throw new OutputEnvError(`is a system file (${(0,platform/* systemFileKinds */.p0)()}); name a file`);
        }
        if (linkedInside(cwd, fullPath, opened)) {
            throw new OutputEnvError('is reached through a symbolic link in the working directory; name the file by its ' +
                'own path');
        }
        const input = inputNaming(stats, cwd, inputs);
        if (input) {
            throw new OutputEnvError(`is the ${input} input; name a new file, such as devtest.env`);
        }
        if (!holdsOnlyDotenv(fd)) {
            throw new OutputEnvError('holds something other than an earlier --output-env file; name a new file, such as ' +
                'devtest.env');
        }
        (0,external_node_fs_.ftruncateSync)(fd, 0);
        return fd;
    }
    catch (error) {
        (0,external_node_fs_.closeSync)(fd);
        if (error instanceof OutputEnvError)
            throw error;
        throw new OutputEnvError(`cannot be written (${error.code ?? 'EIO'})`);
    }
}
/**
 * Whether a path inside the working directory led elsewhere than it reads: a directory link
 * committed to the repository. A path outside it was typed by the user, links and all.
 */
function linkedInside(cwd, fullPath, opened) {
    const below = (0,external_node_path_.relative)(cwd, fullPath);
    if (below === '' || below.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(below))
        return false;
    return opened !== (0,external_node_path_.join)((0,external_node_fs_.realpathSync)(cwd), below);
}
/**
 * Whether an existing file is empty or is what this CLI writes: OUTPUT_ENV_MARKER on the first
 * line, then NAME=value lines (or, from before the marker, only the CLI's own variables). A
 * project's dotenv file, an APK or anything else may not be replaced.
 */
function holdsOnlyDotenv(fd) {
    const head = Buffer.alloc(CHECKED_BYTES);
    const length = (0,external_node_fs_.readSync)(fd, head, 0, CHECKED_BYTES, 0);
    if (length === 0)
        return true;
    const lines = head.subarray(0, length).toString('latin1').split('\n');
    // A last line cut by the read is judged by what was read of it.
    const dotenv = lines.every(line => line === '' || isDotenvLine(line.slice(0, 300)));
    const marked = lines[0]?.startsWith(`${OUTPUT_ENV_MARKER}=`) === true;
    const unmarked = lines.every(line => line === '' || UNMARKED_NAMES.has(line.split('=')[0] ?? ''));
    return dotenv && (marked || unmarked);
}
/** The input whose file is this one (the same device and inode), if any. */
function inputNaming(file, cwd, inputs) {
    const named = [
        ['testers-file', inputs['testers-file']],
        ['certificate-file', inputs['certificate-file']],
        ...(0,artifact_list/* splitArtifactList */.dC)(inputs.apk)
            .filter(item => !artifact_list/* PATTERN_CHARACTER */.hK.test(item))
            .map((item) => ['apk', item])
    ];
    for (const [input, given] of named) {
        const path = given.trim();
        if (path === '')
            continue;
        const stats = statOrUndefined(() => (0,external_node_fs_.statSync)((0,external_node_path_.resolve)(cwd, path)));
        if (stats && stats.dev === file.dev && stats.ino === file.ino)
            return input;
    }
    return undefined;
}
function statOrUndefined(stat) {
    try {
        return stat();
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/shared/input-words.ts
var input_words = __nccwpck_require__(4261);
;// CONCATENATED MODULE: ./src/cli/words.ts


/** A flag, or for a credential the environment variable that carries it (never a flag). */
const nameOf = (input) => input === 'client-id' || input === 'client-secret' ? CREDENTIAL_NAMES[input] : `--${input}`;
/** The command line's words: inputs are flags, the credentials environment variables. */
const COMMAND_LINE_WORDS = {
    name: nameOf,
    list: inputs => (0,input_words/* inWords */.r)(inputs.map(nameOf)),
    credentials: `${CREDENTIAL_NAMES['client-id']} and ${CREDENTIAL_NAMES['client-secret']}`,
    credentialsOwner: `whose credentials are in ${CREDENTIAL_NAMES['client-id']} and ${CREDENTIAL_NAMES['client-secret']}`,
    unset: 'out',
    given: 'given',
    rerun: 'run it again',
    earlierTrack: 'the track of that run (its log says `Registered; Amazon assigned track "…"`; --json and ' +
        '--output-env give it too)',
    earlierRunTrack: 'the track ID an earlier run printed',
    savedTrackHome: 'a CI variable',
    passSavedTrack: 'pass --track-id "$DEVTEST_TRACK_ID"',
    workspace: 'the current directory',
    thisRun: 'the run',
    reader: 'your user'
};

;// CONCATENATED MODULE: ./src/cli/main.ts










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
    // Before anything is printed, usage errors included.
    log.secret(env[CREDENTIAL_NAMES['client-secret']] ?? '');
    const json = command.json;
    /** Ends the run before anything is sent: bad input, exit code 2. */
    const refuse = (message, hint) => {
        log.error(message, hint);
        const dryRun = command.kind === 'run' && command.inputs['dry-run'] === 'true';
        if (json)
            printJson(io, log, refusal(message, hint, dryRun));
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
    let cwd;
    try {
        cwd = io.cwd();
    }
    catch (error) {
        const code = error.code ?? 'EIO';
        return refuse(`the current directory cannot be read (${code}); was it deleted? cd into one.`);
    }
    for (const warning of command.warnings)
        log.warning(warning);
    const shownOutputEnv = (0,printable/* printable */.g$)(command.outputEnv ?? '', 300);
    let outputEnv;
    if (command.outputEnv !== undefined) {
        try {
            outputEnv = openOutputEnv(command.outputEnv, cwd, inputs);
        }
        catch (error) {
            if (!(error instanceof OutputEnvError))
                throw error;
            return refuse(`--output-env: ${shownOutputEnv} ${error.message}; nothing was sent to Amazon.`);
        }
    }
    const record = newRunRecord();
    let failure;
    const fail = (error) => {
        failure = describeFailure(error, COMMAND_LINE_WORDS);
        logWarnings(record, log);
        if (command.debug && error instanceof Error && error.stack)
            log.debug(error.stack);
        log.error(failure.message, hintFor(failure, inputs));
    };
    try {
        await runStep(inputs, cwd, log, record);
    }
    catch (error) {
        fail(error);
    }
    if (outputEnv !== undefined) {
        // After a failed run too: what is known, as the action's outputs have it (the fingerprint once
        // the certificate was read). Then the run's own failure is the one reported, and a value
        // unsafe for dotenv leaves the file empty.
        try {
            writeOutputEnv(outputEnv, outputsOf(record), shownOutputEnv);
        }
        catch (error) {
            if (failure === undefined)
                fail(error);
        }
        finally {
            (0,external_node_fs_.closeSync)(outputEnv);
        }
    }
    const exitCode = !failure ? EXIT.done : failure.kind === 'input' ? EXIT.badInput : EXIT.failed;
    if (json) {
        const result = {
            ok: !failure,
            // Settings exist only when the inputs passed; a refused dry run is a dry run still.
            dryRun: record.settings?.dryRun ?? inputs['dry-run'] === 'true',
            exitCode,
            outputs: outputsOf(record),
            warnings: log.warnings
        };
        if (failure) {
            const hint = hintFor(failure, inputs);
            result.error = {
                kind: failure.kind,
                message: failure.message,
                ...(hint && { hint })
            };
        }
        printJson(io, log, result);
    }
    return exitCode;
}
function refusal(message, hint, dryRun) {
    return {
        ok: false,
        dryRun,
        exitCode: EXIT.badInput,
        outputs: {},
        warnings: [],
        error: { kind: 'input', message, ...(hint && { hint }) }
    };
}
/**
 * The result on stdout, redacted like the log: each string before it is encoded, since the
 * encoding escapes what the redaction looks for (a quote in a secret becomes \"). DEL and the C1
 * controls, which JSON.stringify leaves raw, become \u escapes: still valid JSON, and inert on a
 * terminal. So does the [ of "##[", which a GitHub job's runner obeys anywhere in a line of the
 * step's output; the value decoded is unchanged.
 */
function printJson(io, log, result) {
    const json = JSON.stringify(result, (_key, value) => (typeof value === 'string' ? log.redact(value) : value), 2)
        .replace(/[\u007f-\u009f]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(/##\[/g, '##\\u005b');
    io.stdout(`${json}\n`);
}
/** What to do about a failure, worded for the command line. */
function hintFor(failure, inputs) {
    if (failure.kind === 'bug')
        return BUG_HINT;
    if (failure.kind !== 'input')
        return failure.hint;
    const missing = missingCredentials(failure, inputs);
    if (missing.length === 0)
        return undefined;
    return (`Set ${missing.map(name => CREDENTIAL_NAMES[name]).join(' and ')} in the environment to ` +
        "the security profile's credentials, or pass --dry-run to check everything else without them.");
}

;// CONCATENATED MODULE: ./src/cli/output-fd.ts

/** A terminal (or /dev/null): where Node's own stdio stream is the right writer. */
function isCharacterDevice(fd) {
    try {
        return (0,external_node_fs_.fstatSync)(fd).isCharacterDevice();
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
 * away (EPIPE) ends the output, not the run; any other failed write (a full disk, a file size
 * limit) ends the output too, and is reported once to onFailure with its code, so the caller
 * can say the result was lost instead of dying with a stack trace.
 */
function fdWriter(fd, stream, onFailure = () => undefined) {
    let useStream = isCharacterDevice(fd);
    let closed = false;
    const fail = (error) => {
        if (closed)
            return;
        closed = true;
        const code = error.code ?? 'EIO';
        if (code !== 'EPIPE')
            onFailure(code);
    };
    let streamed;
    const toStream = (text) => {
        if (!streamed) {
            streamed = stream();
            // Its errors arrive later, as events: without a listener they would end the process.
            streamed.on('error', fail);
        }
        streamed.write(text);
    };
    return text => {
        if (closed)
            return;
        if (useStream) {
            toStream(text);
            return;
        }
        let rest = Buffer.from(text);
        while (rest.length > 0) {
            try {
                rest = rest.subarray((0,external_node_fs_.writeSync)(fd, rest));
            }
            catch (error) {
                if (error.code !== 'EAGAIN') {
                    fail(error);
                    return;
                }
                useStream = true;
                toStream(rest);
                return;
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/cli.ts
// The CLI: npx appstore-devtest … (package.json "bin"). Bundled to dist/cli.cjs, the bin, which
// dist/cli.js also starts (see script/bundle-cli.mjs). Output to a pipe or a file is written
// directly, which keeps start-up near bare Node (see output-fd.ts).



// Under a file size limit a write fails with EFBIG instead of killing the CLI unheard; the
// writers below say so (platform.ts; not on Windows, which has no SIGXFSZ).
(0,platform/* handleFileSizeSignal */.WG)();
const stderr = fdWriter(2, () => process.stderr);
// The run's result goes to stdout: a run whose result was lost did not do its job. A terminal's
// stream reports a failed write later, as an event, possibly after the run has ended.
let runExitCode;
let stdoutFailure;
const stdout = fdWriter(1, () => process.stdout, code => {
    stdoutFailure = code;
    if (runExitCode !== undefined)
        reportLostResult(runExitCode);
});
function reportLostResult(code) {
    stderr(`error: stdout could not be written (${stdoutFailure}); the result is lost.\n`);
    process.exitCode = Math.max(code, EXIT.failed);
}
// Node's modules that only some runs need are loaded when needed, with process.getBuiltinModule
// (Node 20.16, and 22.3 in the 22 line): without it, say so once instead of failing half-way
// with a stack trace.
if (typeof process.getBuiltinModule !== 'function') {
    stderr('error: appstore-devtest needs Node 20.16 or a later 20, or 22.3 or later (package.json ' +
        `engines: ^20.16.0 || >=22.3.0); this is Node ${process.versions.node}.\n`);
    process.exitCode = EXIT.badInput;
}
else {
    void runCli(process.argv.slice(2), process.env, {
        stdout,
        stderr,
        colour: isCharacterDevice(2) &&
            process.stderr.isTTY === true &&
            process.env.NO_COLOR === undefined &&
            process.env.TERM !== 'dumb',
        cwd: () => process.cwd()
    }).then(code => {
        runExitCode = code;
        if (stdoutFailure !== undefined)
            reportLostResult(code);
        else
            process.exitCode = code;
    });
}

module.exports = __webpack_exports__;
/******/ })()
;