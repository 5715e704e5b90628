// What differs between the runners' systems (Linux, macOS, Windows) for the files and signals
// this step handles, in one place, each with the platform passed in so that every case is tested
// on any machine (__tests__/unit/shared/platform.test.ts). The list of assumptions reviewed is there too.
import { constants } from 'node:fs'

export type OpenFlag = 'O_RDONLY' | 'O_RDWR' | 'O_CREAT' | 'O_NOFOLLOW' | 'O_NONBLOCK'

/**
 * open() flags by name, ORed, leaving out the ones this platform lacks: Windows has neither
 * O_NONBLOCK nor O_NOFOLLOW (fs.constants has no such key there). Without O_NONBLOCK nothing
 * waits there: opening a named pipe (\\.\pipe\…) fails at once without a server, and fstat then
 * tells a pipe or a device from a file. Without O_NOFOLLOW the caller's realpath check remains.
 */
export function openFlags(
  names: readonly OpenFlag[],
  available: Partial<Record<OpenFlag, number>> = constants
): number {
  return names.reduce((flags, name) => flags | (available[name] ?? 0), 0)
}

/**
 * Linux and macOS: the kernel's and the devices' files. /proc/self/environ and its kind are
 * regular files holding the runner's secrets; macOS has no /proc but /dev/fd/N and /dev/stdin.
 * /dev/shm is ordinary memory-backed storage, and stays open.
 */
const POSIX_SYSTEM_FILES = /^\/(proc|sys)\/|^\/dev\/(?!shm\/)/
/** Windows: the device namespaces, \\.\… (pipes, disks, NUL) and \\?\… */
const WINDOWS_DEVICE_NAMESPACE = /^[\\/]{2}[.?][\\/]/
/** …but \\?\C:\… and \\?\UNC\… are long-path spellings of ordinary files and shares. */
const WINDOWS_LONG_FILE_PATH = /^[\\/]{2}\?[\\/]([a-z]:[\\/]|unc[\\/])/i
/**
 * Windows' reserved names open the device in any directory, with any extension and trailing
 * dots or spaces: D:\a\repo\nul.txt is NUL. The superscript digits are reserved too.
 */
const WINDOWS_RESERVED_NAME =
  /^(con|prn|aux|nul|conin\$|conout\$|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\.[^\\/]*)?[. ]*$/i

/** Whether a real path is a system file or a device, which no input or output of this step is. */
export function isSystemFile(realPath: string, platform: NodeJS.Platform = process.platform) {
  if (platform !== 'win32') return POSIX_SYSTEM_FILES.test(realPath)
  if (WINDOWS_DEVICE_NAMESPACE.test(realPath) && !WINDOWS_LONG_FILE_PATH.test(realPath)) {
    return true
  }
  const name = realPath.slice(Math.max(realPath.lastIndexOf('/'), realPath.lastIndexOf('\\')) + 1)
  return WINDOWS_RESERVED_NAME.test(name)
}

/** What isSystemFile refuses, in words for a message on this platform. */
export function systemFileKinds(platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32'
    ? 'a Windows device (\\\\.\\…, NUL, CON, COM1…)'
    : 'under /proc, /sys or /dev'
}

/**
 * The link naming the file a descriptor has open, where the system has one: /proc/self/fd on
 * Linux (and Android). macOS and Windows have none that Node reads, so the caller falls back to
 * the realpath of the name; on Windows a readlink of /proc/… would read D:\proc\…, a path
 * anyone may create.
 */
export function descriptorLink(
  fd: number,
  platform: NodeJS.Platform = process.platform
): string | undefined {
  return platform === 'linux' || platform === 'android' ? `/proc/self/fd/${fd}` : undefined
}

/**
 * A file size limit (ulimit -f) stops a process at the write that crosses it with SIGXFSZ, and
 * nothing is said; handled, the write fails with EFBIG instead, which the writers report.
 * Windows has no such signal (nor ulimit): nothing to listen for there. Whether it listened.
 */
export function handleFileSizeSignal(
  target: Pick<NodeJS.Process, 'on'> = process,
  platform: NodeJS.Platform = process.platform
): boolean {
  if (platform === 'win32') return false
  target.on('SIGXFSZ', () => undefined)
  return true
}
