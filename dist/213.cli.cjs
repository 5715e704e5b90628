"use strict";
exports.id = 213;
exports.ids = [213];
exports.modules = {

/***/ 6213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_GROUPS: () => (/* reexport */ MAX_GROUPS),
  MAX_TESTERS_PER_APP: () => (/* reexport */ MAX_TESTERS_PER_APP),
  formatOfFile: () => (/* reexport */ formatOfFile),
  formatOfText: () => (/* reexport */ formatOfText),
  parseTesters: () => (/* binding */ parseTesters)
});

;// CONCATENATED MODULE: ./src/testers/model.ts
/** Amazon's documented limit of DevTest testers per app. */
const MAX_TESTERS_PER_APP = 50;
/**
 * The most groups a list may name. Amazon documents no limit; every group holds at least one of
 * the app's 50 testers, so a list of more groups than that is one gone wrong (a tester per
 * group, a column read as group names), and it is refused before it becomes a huge request.
 */
const MAX_GROUPS = 50;

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/mask.ts
var mask = __webpack_require__(5249);
// EXTERNAL MODULE: ./src/shared/printable.ts
var printable = __webpack_require__(6146);
;// CONCATENATED MODULE: ./src/testers/collector.ts




// Pragmatic address check: one @, no spaces or brackets, a dotted domain of valid labels. Every
// part is anchored and separated by "@" or ".", so it runs in linear time.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
const MAX_EMAIL_LENGTH = 254;
/** Longer than any "First Last <email>"; longer lines are refused before any other check. */
const MAX_ENTRY_LENGTH = 1000;
const TESTER_KEYS = new Set(['email', 'firstName', 'lastName']);
const HOW_TO_WRITE = 'write one tester as "email" or "First Last <email>", one per line';
/** How many duplicates or unknown columns a warning names; the rest are counted. */
const NAMED_IN_WARNING = 5;
/**
 * Why a written address is not one, without repeating what was written: a file named as a
 * tester list may be anything (a credential store, /proc/self/environ), so only an address-like
 * token is shown, masked and cut short; anything else is described, never quoted.
 */
function notAnAddress(text) {
    // Split where no address goes on (quotes, commas, brackets, colons as in JSON or a URL), so
    // that at most the address itself is quoted, never a name or a key beside it.
    const tokens = text.split(/[\s"',;:{}[\]<>()]+/).filter(part => part !== '');
    const token = tokens.find(part => part.includes('@'));
    if (token === undefined)
        return `is not an email address (there is no "@"); ${HOW_TO_WRITE}`;
    if (tokens.length > 1 && EMAIL.test(token)) {
        return `has text beside the address "${(0,mask/* untrustedText */.Ui)(token, 60)}"; ${HOW_TO_WRITE}`;
    }
    // Quoted only when shaped like an address (its start and its domain shown, the rest masked):
    // "password=@Xk9…" or "a@b.com=Hunter2" hold a secret where a domain would be.
    if (ADDRESS_SHAPE.test(token)) {
        return `"${(0,mask/* untrustedText */.Ui)(token, 60)}" is not an email address; ${HOW_TO_WRITE}`;
    }
    return `is not an email address (the text around its "@" is not an address); ${HOW_TO_WRITE}`;
}
/**
 * Something before an "@" and nothing, or a dotted name of domain characters, after it: an
 * address with a typo in it (ada@, ada@example..com), which is worth showing, masked.
 */
const ADDRESS_SHAPE = /^[^@]+@([A-Za-z0-9-]*\.[A-Za-z0-9.-]*)?$/;
/** "First Last <email>" → name and address; undefined when the text has no <…> at its end. */
function splitNamed(text) {
    // By hand: the obvious /^(.*?)\s*<([^<>]*)>$/ backtracks quadratically on long lines.
    if (!text.endsWith('>'))
        return undefined;
    const open = text.lastIndexOf('<');
    if (open < 0)
        return undefined;
    return { name: text.slice(0, open).trim(), email: text.slice(open + 1, -1).trim() };
}
class Collector {
    options;
    entries = [];
    problems = new errors/* ProblemList */.Ku();
    warnings = [];
    constructor(options) {
        this.options = options;
    }
    problem(message, where) {
        this.problems.add(this.options.input, message, where);
    }
    add(group, tester, where) {
        const { email } = tester;
        if (email.length > MAX_EMAIL_LENGTH || (0,printable/* hasControl */.aQ)(email) || !EMAIL.test(email)) {
            this.problem(notAnAddress(email), where);
            return;
        }
        this.entries.push({ group, tester, where });
    }
    /**
     * A tester written as text: "email" or "First Last <email>". A line that holds several
     * addresses separated by commas or semicolons (a common slip) is read as that many testers.
     */
    addText(group, text, where) {
        if (text.length > MAX_ENTRY_LENGTH) {
            this.problem(`is longer than ${MAX_ENTRY_LENGTH} characters; ${HOW_TO_WRITE}`, where);
            return;
        }
        const ats = text.split('@').length - 1;
        if (ats > 1 && /[,;]/.test(text)) {
            for (const part of text.split(/[,;]/)) {
                if (part.trim() !== '')
                    this.addOne(group, part.trim(), where);
            }
            return;
        }
        this.addOne(group, text, where);
    }
    addOne(group, text, where) {
        const named = splitNamed(text);
        if (!named) {
            this.add(group, { email: text }, where);
            return;
        }
        const [firstName, ...rest] = named.name.split(/\s+/).filter(Boolean);
        const tester = { email: named.email };
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
        if ((0,printable/* hasControl */.aQ)(name)) {
            this.problem('a tester group name holds a line break or another control character; write each ' +
                'group name on one line', where);
            return undefined;
        }
        return name;
    }
}
/** A group name as messages show it: masked like any tester text, on one line, short. */
const groupLabel = (name) => `"${(0,mask/* untrustedText */.Ui)(name, 60)}"`;
/** A group named in a problem: a file's key may be anything, so quoted only when a plain word. */
const groupNamed = (name) => {
    const excerpt = (0,mask/* nameExcerpt */.Xm)(name);
    return excerpt ? `group ${excerpt}` : 'the group on this line';
};
/** A CSV header cell in a message: quoted only when a plain word. */
const quoted = (cell) => {
    const excerpt = (0,mask/* nameExcerpt */.Xm)(cell);
    return excerpt ? ` (${excerpt})` : '';
};
function finish(collector) {
    const groups = new Map();
    const seen = new Map(); // group + lower-case email → where it was first read
    const duplicates = [];
    let duplicateCount = 0;
    for (const { group, tester, where } of collector.entries) {
        const key = `${group}\n${tester.email.toLowerCase()}`;
        const first = seen.get(key);
        if (first !== undefined) {
            duplicateCount++;
            if (duplicates.length < NAMED_IN_WARNING)
                duplicates.push(`${(0,mask/* maskEmail */.vA)(tester.email)} in group ${groupLabel(group)} (${first} and ${where})`);
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
    // One warning for all duplicates: 20,000 repeated lines must not make 20,000 warnings.
    if (duplicateCount === 1) {
        collector.warnings.push(`${duplicates[0]?.replace(' in group ', ' is listed twice in group ')}; the duplicate was removed.`);
    }
    else if (duplicateCount > 1) {
        const more = (0,errors/* andMore */.v)(duplicateCount - duplicates.length, 'duplicate');
        collector.warnings.push(`${duplicateCount} testers are listed twice in the same group; the duplicates were ` +
            `removed: ${duplicates.join('; ')}${more ? ` ${more}` : ''}.`);
    }
    const unique = new Set(collector.entries.map(entry => entry.tester.email.toLowerCase()));
    if (collector.problems.size === 0 && unique.size === 0) {
        collector.problem('lists no testers; give at least one tester email');
    }
    if (unique.size > MAX_TESTERS_PER_APP) {
        collector.problem(`lists ${unique.size} unique testers; Amazon allows at most ${MAX_TESTERS_PER_APP} ` +
            'DevTest testers per app, so remove some');
    }
    if (groups.size > MAX_GROUPS) {
        collector.problem(`lists ${groups.size} groups; at most ${MAX_GROUPS} are sent (an app has at most ` +
            `${MAX_TESTERS_PER_APP} testers): check that group names are names, not testers`);
    }
    return {
        testers: { groups: [...groups.values()], uniqueTesterCount: unique.size },
        problems: collector.problems,
        warnings: collector.warnings
    };
}

;// CONCATENATED MODULE: ./src/testers/format.ts
/**
 * The format of a tester file: from its name, and otherwise, as for an inline list, from its
 * shape. A CI system's file variable (GitLab's type File) is a path without an extension.
 */
function formatOfFile(path, text) {
    const lower = path.toLowerCase();
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return 'yaml';
    if (lower.endsWith('.csv'))
        return 'csv';
    if (lower.endsWith('.txt'))
        return 'lines';
    return formatOfText(text);
}
/**
 * The format of an inline list, from its shape: JSON starts with a bracket, CSV with a header
 * naming an email column, YAML has "group:" keys or "- " items; anything else is plain lines.
 */
function formatOfText(text) {
    const lines = text
        .split(/\r?\n/)
        .map(line => withoutComment(line).trim())
        .filter(line => line !== '');
    const first = lines[0] ?? '';
    if (first.startsWith('{') || first.startsWith('['))
        return 'json';
    if (csvDelimiter(first) !== undefined)
        return 'csv';
    if (lines.some(line => line.endsWith(':') || line.startsWith('- ')))
        return 'yaml';
    return 'lines';
}
const CSV_DELIMITERS = [',', ';', '\t'];
const DELIMITER_NAMES = {
    ',': 'commas',
    ';': 'semicolons',
    '\t': 'tabs'
};
/**
 * The delimiter of a CSV header line that names an email column: commas, or the semicolons that
 * Excel writes in many locales, or tabs. Undefined when no delimiter gives an email column.
 */
function csvDelimiter(header) {
    return CSV_DELIMITERS.find(delimiter => header.includes(delimiter) &&
        header.split(delimiter).some(cell => normaliseHeader(cell.replace(/"/g, '')) === 'email'));
}
/**
 * The line without its comment: a "#" starts one at the start of the line or after a blank; inside
 * an address it is a legal character. By hand: /(^|\s)#.*$/ is quadratic on a line of many " #"
 * that ends in a carriage return, which "." does not match.
 */
function withoutComment(line) {
    for (let at = line.indexOf('#'); at !== -1; at = line.indexOf('#', at + 1)) {
        if (at === 0 || /\s/.test(line[at - 1] ?? ''))
            return line.slice(0, at);
    }
    return line;
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

;// CONCATENATED MODULE: ./src/testers/lines.ts

function readLines(text, collector) {
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = withoutComment(raw).trim();
        if (line !== '')
            collector.addText(collector.options.defaultGroup, line, `line ${index + 1}`);
    });
}

;// CONCATENATED MODULE: ./src/testers/csv.ts



async function readCsv(text, collector) {
    const { parse } = await __webpack_require__.e(/* import() */ 712).then(__webpack_require__.bind(__webpack_require__, 712));
    const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = csvDelimiter(headerLine) ?? mostFrequentDelimiter(headerLine);
    let rows;
    try {
        rows = parse(text, {
            delimiter,
            info: true,
            skip_empty_lines: true,
            relax_column_count: true,
            trim: true
        });
    }
    catch (error) {
        // csv-parse quotes the offending field in its message: name the error and the line only.
        const { code, lines } = error;
        collector.problem(`is not valid CSV (${readable(code ?? 'unreadable')}); check the quotes on that line`, lines ? `line ${lines}` : undefined);
        return;
    }
    const [header, ...records] = rows;
    const cells = header?.record ?? [];
    const columns = cells.map(normaliseHeader);
    if (!columns.includes('email')) {
        const seen = cells.length > 1
            ? `, read as ${cells.length} columns separated by ${DELIMITER_NAMES[delimiter]}`
            : '';
        collector.problem(`the CSV header has no "email" column${seen}; start the file with a header such as ` +
            '"email,firstName,lastName,group" (commas, semicolons or tabs)', 'line 1');
        return;
    }
    // One warning for all unknown columns, naming the first few.
    const unknown = columns.flatMap((column, index) => column === '' && (cells[index] ?? '') !== '' ? [index] : []);
    if (unknown.length > 0) {
        const named = unknown
            .slice(0, NAMED_IN_WARNING)
            .map(index => `${index + 1}${quoted(cells[index] ?? '')}`);
        const more = (0,errors/* andMore */.v)(unknown.length - named.length, 'column');
        collector.warnings.push(`${collector.options.input}: the CSV column${unknown.length === 1 ? '' : 's'} ` +
            `${named.join(', ')}${more ? ` ${more}` : ''} ${unknown.length === 1 ? 'is not one' : 'are not ones'} ` +
            'the action reads (email, firstName, lastName, group); ignored.');
    }
    // Looked up once: a header of thousands of columns must not cost that much per row.
    const indexOf = new Map(['email', 'firstName', 'lastName', 'group'].map(n => [n, columns.indexOf(n)]));
    const column = (record, name) => {
        const index = indexOf.get(name) ?? -1;
        return index < 0 ? '' : (record[index] ?? '').trim();
    };
    for (const { record, info } of records) {
        const where = `line ${info.lines}`;
        const group = collector.groupName(column(record, 'group') || collector.options.defaultGroup, where);
        if (group === undefined)
            continue;
        const email = column(record, 'email');
        const firstName = column(record, 'firstName');
        const lastName = column(record, 'lastName');
        if (email === '')
            collector.problem('the email cell is empty', where);
        else if (firstName === '' && lastName === '')
            collector.addText(group, email, where);
        else {
            const tester = { email };
            if (firstName)
                tester.firstName = firstName;
            if (lastName)
                tester.lastName = lastName;
            collector.add(group, tester, where);
        }
    }
}
/** Without an email column, the header is split where it most likely was meant to be. */
function mostFrequentDelimiter(header) {
    const count = (delimiter) => header.split(delimiter).length;
    return [...CSV_DELIMITERS].sort((a, b) => count(b) - count(a))[0] ?? ',';
}
/** An error code such as DUPLICATE_KEY as words: "duplicate key". */
function readable(code) {
    return code.toLowerCase().replace(/^csv_/, '').replace(/_/g, ' ');
}

;// CONCATENATED MODULE: ./src/testers/tree-limits.ts
/**
 * The shape a YAML or JSON tester list may have, checked on the yaml package's lexer before the
 * file is parsed: the parser builds a node with a position for every bracket, comma, dash and
 * anchor, and a 1 MB file of "[" or of commas peaked at over 1 GB, enough to have a runner with
 * little memory killed without an annotation. The lexer only yields tokens, one at a time, so
 * this pass holds nothing but counters and stops at the first limit passed.
 *
 * The limits follow from what a tester list can hold: 50 groups and 50 testers (Amazon's limit
 * per app), a tester in several groups at most 50 × 50 = 2,500 times.
 */
/**
 * Levels of indentation and brackets. A list needs 5: the groups, a group's fields, its testers,
 * a tester's fields, a value. A sequence may stand at its key's indentation, so one level of
 * nesting can show as none here; 16 is ample for every way of writing a list and still tiny.
 */
const MAX_TREE_DEPTH = 16;
/**
 * Tokens that make a node or a pair: scalars, "-", "?", ":", "[", "{", ",", anchors, aliases,
 * tags. A tester written in full in flow style, {email: a, firstName: b, lastName: c}, is 12 of
 * them, so the largest list Amazon takes, 2,500 such testers, is 30,000; comments and blank
 * lines are not counted.
 */
const MAX_TREE_TOKENS = 50_000;
/**
 * Anchors and aliases. The reader expands no alias (a tester or group given as one is refused),
 * so a list needs none; a few are tolerated, as one per group and one per use of it.
 */
const MAX_ANCHORS = 100;
const NODE_TOKENS = new Set([
    'scalar',
    'seq-item-ind',
    'explicit-key-ind',
    'map-value-ind',
    'flow-map-start',
    'flow-seq-start',
    'comma',
    'anchor',
    'alias',
    'tag'
]);
/** The lexer's markers: one control character each, not part of the text. */
const MARKERS = new Set(['doc-mode', 'flow-error-end', 'scalar']);
/** The first limit the text passes, or undefined when its shape is one a tester list can have. */
function treeShapeProblem(yaml, text) {
    let line = 1;
    let column = 0;
    let tokens = 0;
    let anchors = 0;
    let flowDepth = 0;
    /** Columns of the block collections open at this point. */
    const blocks = [];
    let lineStarted = false;
    let sourceNext = false;
    const at = () => `line ${line}`;
    /** A block node starts at this column: it closes the deeper ones and may open a level. */
    const blockAt = (col) => {
        while (blocks.length > 0 && (blocks.at(-1) ?? 0) > col)
            blocks.pop();
        if (blocks.length === 0 || (blocks.at(-1) ?? 0) < col)
            blocks.push(col);
        return blocks.length + flowDepth > MAX_TREE_DEPTH;
    };
    for (const token of new yaml.Lexer().lex(text)) {
        const type = sourceNext ? null : yaml.CST.tokenType(token);
        sourceNext = type === 'scalar';
        if (type !== null && MARKERS.has(type) && token.length === 1) {
            if (type === 'scalar')
                tokens++;
            if (tokens > MAX_TREE_TOKENS)
                return tooMany(at());
            continue;
        }
        const content = type !== 'space' && type !== 'newline' && type !== 'comment' && type !== 'byte-order-mark';
        if (content && flowDepth === 0) {
            const startsBlock = !lineStarted || type === 'seq-item-ind' || type === 'explicit-key-ind';
            if (startsBlock && blockAt(column))
                return tooDeep(at());
        }
        if (content)
            lineStarted = true;
        if (type === 'flow-seq-start' || type === 'flow-map-start') {
            flowDepth++;
            if (blocks.length + flowDepth > MAX_TREE_DEPTH)
                return tooDeep(at());
        }
        else if ((type === 'flow-seq-end' || type === 'flow-map-end') && flowDepth > 0) {
            flowDepth--;
        }
        if (type !== null && NODE_TOKENS.has(type)) {
            tokens++;
            if (tokens > MAX_TREE_TOKENS)
                return tooMany(at());
        }
        if (type === 'anchor' || type === 'alias') {
            anchors++;
            if (anchors > MAX_ANCHORS) {
                return {
                    message: `uses more than ${MAX_ANCHORS} anchors and aliases; a tester list needs none ` +
                        '(write each tester where it belongs)',
                    where: at()
                };
            }
        }
        // Where the next token starts: a scalar or comment may span lines.
        const lastBreak = token.lastIndexOf('\n');
        if (lastBreak < 0) {
            column += token.length;
        }
        else {
            for (let i = token.indexOf('\n'); i >= 0; i = token.indexOf('\n', i + 1))
                line++;
            column = token.length - lastBreak - 1;
            lineStarted = type !== 'newline' && column > 0 && content;
        }
    }
    return undefined;
}
function tooDeep(where) {
    return {
        message: `nests deeper than ${MAX_TREE_DEPTH} levels of indentation and brackets; a tester list ` +
            'needs 5 (groups, their fields, their testers, a tester, its fields)',
        where
    };
}
function tooMany(where) {
    return {
        message: `holds more than ${MAX_TREE_TOKENS.toLocaleString('en-US')} entries, keys and values; ` +
            'a list of 50 groups of 50 testers needs fewer: check that this is the tester list',
        where
    };
}

;// CONCATENATED MODULE: ./src/testers/tree.ts




/**
 * YAML and JSON share one reader: the yaml package parses both (JSON is YAML 1.2) and keeps the
 * position of every node, so problems name a line in either format.
 */
async function readTree(text, collector) {
    const yaml = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const shape = treeShapeProblem(yaml, text); // before the parser builds a node per token
    if (shape)
        return collector.problem(shape.message, shape.where);
    const lineCounter = new yaml.LineCounter();
    // uniqueKeys compares every key with every other (quadratic on a file of many groups), and
    // pretty errors copy the offending line into each message: duplicates are found below with a
    // Set, and messages are not quoted anyway.
    const document = yaml.parseDocument(text, {
        lineCounter,
        uniqueKeys: false,
        prettyErrors: false
    });
    if (document.errors.length > 0) {
        // The parser's messages may quote the text; the error code and line say enough.
        for (const error of document.errors) {
            const where = `line ${lineCounter.linePos(error.pos[0]).line}`;
            collector.problem(`cannot be parsed (${readable(error.code)}); check the indentation and quoting`, where);
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
            readTesterFields(group, node);
        }
        else {
            collector.problem('a tester must be an email, "First Last <email>" or {email, firstName, lastName}', at(node));
        }
    };
    // Field by field rather than toJSON(): no alias in a hostile file is ever expanded.
    const readTesterFields = (group, node) => {
        const fields = new Map();
        const unknownKeys = [];
        for (const pair of node.items) {
            const key = isScalar(pair.key) ? String(pair.key.value) : '?';
            if (fields.has(key)) {
                collector.problem(`a tester gives "${key}" twice`, at(node));
                return;
            }
            if (TESTER_KEYS.has(key))
                fields.set(key, pair.value);
            else
                unknownKeys.push(key);
        }
        if (unknownKeys.length > 0) {
            const named = unknownKeys.slice(0, 3).flatMap(key => (0,mask/* nameExcerpt */.Xm)(key) ?? []);
            collector.problem(`${named.length > 0 ? `unknown tester field ${named.join(', ')}` : 'an unknown tester field'}; ` +
                'a tester has "email" and optionally "firstName" and "lastName"', at(node));
            return;
        }
        // undefined: absent or empty; null: not text (a problem is added then).
        const text = (key) => {
            const value = fields.get(key);
            if (value === undefined || value === null)
                return undefined;
            if (isScalar(value) && value.value === null)
                return undefined;
            if (isScalar(value) && typeof value.value === 'string')
                return value.value.trim() || undefined;
            collector.problem(`"${key}" must be text`, at(node));
            return null;
        };
        const email = text('email');
        if (email === null)
            return;
        if (email === undefined) {
            collector.problem('a tester has no "email"', at(node));
            return;
        }
        const tester = { email };
        for (const key of ['firstName', 'lastName']) {
            const name = text(key);
            if (name)
                tester[key] = name;
        }
        collector.add(group, tester, at(node));
    };
    const readTesterList = (group, node, where) => {
        const isEmpty = node === null ||
            (isScalar(node) && node.value === null) ||
            (isSeq(node) && node.items.length === 0);
        if (isEmpty) {
            collector.problem(`${groupNamed(group)} has no testers; add testers or remove the group`, where);
            return;
        }
        // QA: ada@example.com, grace@example.com — one line of testers, as in a plain list.
        if (isScalar(node) && typeof node.value === 'string') {
            readTester(group, node);
            return;
        }
        if (!isSeq(node)) {
            collector.problem(`${groupNamed(group)} must hold a list of testers`, where);
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
        const seen = new Set();
        for (const pair of root.items) {
            const key = isScalar(pair.key) ? pair.key.value : pair.key;
            const name = collector.groupName(key, at(pair.key));
            if (name === undefined)
                continue;
            if (seen.has(name)) {
                collector.problem('this group is named twice in the mapping; merge the two lists', at(pair.key));
                continue;
            }
            seen.add(name);
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

;// CONCATENATED MODULE: ./src/testers/testers.ts




/** Parses a tester list in any of the supported formats, and checks it. */
async function parseTesters(raw, options) {
    // Editors on Windows often save UTF-8 with a byte order mark; it is not part of the first line.
    const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
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




/***/ })

};
;