export const id = 471;
export const ids = [471];
export const modules = {

/***/ 5471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  findArtifacts: () => (/* binding */ findArtifacts)
});

// UNUSED EXPORTS: MAX_ARTIFACTS, MAX_VISITED, patternOf, searchRoot

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/signing/artifact-list.ts
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

// EXTERNAL MODULE: ./src/shared/mask.ts
var mask = __webpack_require__(5249);
;// CONCATENATED MODULE: ./src/signing/artifact-paths.ts
// Finds the files the apk input names: one path, a glob pattern, or several of either separated
// by newlines or commas (as signing steps output them). Only the file system is read here; the
// artifacts themselves are opened by the caller. Over 250 lines because a search that finds
// nothing says where it looked and which artifacts are nearby, which is a walk of its own.





// Through node:fs, loaded with Node itself, rather than node:fs/promises (see input-file.ts).
const opendir = (0,external_node_util_.promisify)(external_node_fs_.opendir);
const stat = (0,external_node_util_.promisify)(external_node_fs_.stat);
/** Entries a pattern's walk may visit; a pattern over a huge tree stops there, and says so. */
const MAX_VISITED = 100_000;
/** Files one apk value may name: per-ABI and per-density splits are a few dozen at most. */
const MAX_ARTIFACTS = 32;
/** Artifacts listed as "nearby" when nothing matched. */
const NEARBY_LISTED = 5;
/** Entries the "nearby" listing may visit. */
const NEARBY_VISITED = 20_000;
async function findArtifacts(value, workspace, limits = { maxVisited: MAX_VISITED, maxArtifacts: MAX_ARTIFACTS }) {
    const items = splitArtifactList(value);
    if (items.length === 0) {
        return { problems: ['names no file; give the path or pattern of the signed .apk or .aab'] };
    }
    const problems = [];
    const found = new Map();
    for (const item of items) {
        const result = PATTERN_CHARACTER.test(item)
            ? await expandPattern(item, workspace, limits.maxVisited)
            : await checkPath(item, workspace);
        if (!Array.isArray(result)) {
            problems.push(result);
            continue;
        }
        for (const fullPath of result)
            found.set(fullPath, { fullPath, shown: show(fullPath, workspace) });
    }
    if (problems.length > 0)
        return { problems };
    if (found.size > limits.maxArtifacts) {
        return {
            problems: [
                `names ${found.size} files, more than the ${limits.maxArtifacts} one run reads; ` +
                    'narrow the pattern to the signed release artifacts'
            ]
        };
    }
    const files = [...found.values()].sort((a, b) => (a.shown < b.shown ? -1 : 1));
    return { files, problems: [] };
}
/** A path as the user sees it: relative to the workspace when inside it, escaped. */
function show(fullPath, workspace) {
    const inside = (0,external_node_path_.relative)(workspace, fullPath);
    const shown = inside !== '' && !inside.startsWith('..') && !(0,external_node_path_.isAbsolute)(inside) ? inside : fullPath;
    return (0,mask/* untrustedText */.Ui)(shown, 300);
}
async function checkPath(path, workspace) {
    const fullPath = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(workspace, path);
    const shown = (0,mask/* untrustedText */.Ui)(path, 300);
    let isDirectory;
    try {
        isDirectory = (await stat(fullPath)).isDirectory();
    }
    catch (error) {
        const code = error.code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR')
            return [fullPath]; // opening it will say why
        const near = await nearbyArtifacts((0,external_node_path_.dirname)(fullPath), workspace);
        const looked = `${shown} does not exist (looked in ${(0,mask/* untrustedText */.Ui)((0,external_node_path_.dirname)(fullPath), 300)})${near}`;
        const shownWorkspace = (0,mask/* untrustedText */.Ui)(workspace, 300);
        return w => `${looked}; give the path of the signed file, relative to ${w.workspace} ` +
            `(${shownWorkspace}) or absolute, or a pattern such as app/build/outputs/**/*.apk`;
    }
    if (!isDirectory)
        return [fullPath];
    const inside = await artifactsUnder(fullPath, workspace, NEARBY_VISITED);
    const listing = inside.length > 0
        ? `; the artifacts in it: ${inside.join(', ')}`
        : '; it holds no .apk or .aab file';
    let directory = shown;
    // A trailing separator either way (app\build\ on Windows).
    while (directory.endsWith('/') || directory.endsWith('\\'))
        directory = directory.slice(0, -1);
    const example = `${directory}/**/*.apk`;
    return `${shown} is a directory${listing}; name the signed file, or give a pattern such as ${example}`;
}
async function expandPattern(pattern, workspace, maxVisited) {
    // Loaded only for patterns, so a plain path costs no start-up.
    const { default: picomatch } = await __webpack_require__.e(/* import() */ 6).then(__webpack_require__.t.bind(__webpack_require__, 4006, 23));
    const { absolute, nocase } = patternOf(pattern, workspace);
    const { base, glob } = picomatch.scan(absolute);
    const root = searchRoot(base);
    const isMatch = picomatch(absolute, { dot: false, nocase });
    // Without **, nothing deeper than the pattern's own segments can match.
    const maxDepth = /\*\*|\{/.test(glob) ? Infinity : glob.split('/').length;
    const enterDotDirectories = /(^|\/)\./.test(glob);
    const matches = [];
    const walked = await walk(root, { maxDepth, limit: maxVisited, enterDotDirectories }, path => {
        if (isMatch(toSlashes(path)))
            matches.push(path);
        return true;
    });
    const shownPattern = (0,mask/* untrustedText */.Ui)(pattern, 300);
    const searched = (0,mask/* untrustedText */.Ui)(root, 300);
    if (walked === 'limit') {
        return (`${shownPattern}: stopped after visiting ${maxVisited} files and directories under ` +
            `${searched} without finishing; start the pattern with the directory that holds the ` +
            'artifacts, such as app/build/outputs/**/*.apk');
    }
    if (matches.length > 0)
        return matches;
    const near = await nearbyArtifacts(root, workspace);
    return (`no file matches ${shownPattern} (searched ${searched})${near}; check the pattern, and that ` +
        'the step that builds and signs the app ran before this one');
}
function toSlashes(path) {
    return external_node_path_.sep === '/' ? path : path.split(external_node_path_.sep).join('/');
}
/**
 * An apk pattern as picomatch reads it: absolute, in forward slashes. On Windows a backslash is
 * a separator (app\build\**\*.apk, D:\a\repo\repo\…), never a glob escape, and D:/a/… keeps
 * its drive. The match ignores case where the file system does by default (Windows, macOS):
 * there app-release.APK is a file the pattern *.apk names, as a plain path to it would be.
 */
function patternOf(pattern, workspace, path = (external_node_path_default()), platform = process.platform) {
    const absolute = path.isAbsolute(pattern) ? pattern : path.join(workspace, pattern);
    return {
        absolute: path.sep === '/' ? absolute : absolute.split(path.sep).join('/'),
        nocase: platform === 'win32' || platform === 'darwin'
    };
}
/** The directory a pattern's walk starts from: a drive's root is D:/ (D: alone is its cwd). */
function searchRoot(base) {
    if (base === '')
        return '/';
    return /^[A-Za-z]:$/.test(base) ? `${base}/` : base;
}
/**
 * Breadth-first walk of the files under root, nearest first, calling onFile for each regular file
 * (or symlink to one) until it returns false. Symlinked directories are not entered (a link loop
 * or a link out of the tree would walk forever), dot directories only when asked. Stops after
 * limit entries: 'limit' then, else 'done'.
 */
async function walk(root, { maxDepth, limit, enterDotDirectories }, onFile) {
    let visited = 0;
    let level = [root];
    for (let depth = 1; level.length > 0 && depth <= maxDepth; depth++) {
        const next = [];
        for (const directory of level) {
            const files = [];
            try {
                // Leaving the for-await loop closes the directory.
                for await (const entry of await opendir(directory)) {
                    if (++visited > limit)
                        return 'limit';
                    const path = (0,external_node_path_.join)(directory, entry.name);
                    let isFile = entry.isFile();
                    if (entry.isSymbolicLink()) {
                        isFile = await stat(path).then(s => s.isFile(), () => false);
                    }
                    if (isFile)
                        files.push(path);
                    else if (entry.isDirectory() && (enterDotDirectories || !entry.name.startsWith('.'))) {
                        next.push(path);
                    }
                }
            }
            catch {
                continue; // unreadable or gone: nothing to find there
            }
            for (const path of files.sort())
                if (!onFile(path))
                    return 'stopped';
        }
        level = next.sort();
    }
    return 'done';
}
/** Up to a handful of .apk/.aab files under directory, nearest first, as shown paths. */
async function artifactsUnder(directory, workspace, limit) {
    const found = [];
    await walk(directory, { maxDepth: Infinity, limit, enterDotDirectories: false }, path => {
        if (ARTIFACT_NAME.test(path))
            found.push(show(path, workspace));
        return found.length < NEARBY_LISTED;
    });
    return found;
}
/**
 * "; .apk/.aab files nearby: …" from the nearest existing directory at or above start (not above
 * the workspace when start is inside it), or "; there is no .apk or .aab file under …".
 */
async function nearbyArtifacts(start, workspace) {
    let directory = start;
    const insideWorkspace = !(0,external_node_path_.relative)(workspace, start).startsWith('..');
    for (;;) {
        const isDirectory = await stat(directory).then(s => s.isDirectory(), () => false);
        const parent = (0,external_node_path_.dirname)(directory);
        if (isDirectory || parent === directory || (insideWorkspace && directory === workspace))
            break;
        directory = parent;
    }
    let found = await artifactsUnder(directory, workspace, NEARBY_VISITED);
    if (found.length === 0 && insideWorkspace && directory !== workspace) {
        directory = workspace;
        found = await artifactsUnder(workspace, workspace, NEARBY_VISITED);
    }
    return found.length > 0
        ? `; .apk/.aab files nearby: ${found.join(', ')}`
        : `; there is no .apk or .aab file under ${(0,mask/* untrustedText */.Ui)(directory, 300)}`;
}


/***/ })

};
