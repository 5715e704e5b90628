export const id = 992;
export const ids = [992];
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


/***/ })

};
