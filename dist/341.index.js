export const id = 341;
export const ids = [341];
export const modules = {

/***/ 8341:
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
/**
 * A group name's length. Amazon states no limit, but a name is sent in every request and shown
 * in the summary: a megabyte of key in a hostile file is refused here, not sent.
 */
const MAX_GROUP_NAME_LENGTH = 256;
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
        if (name.length > MAX_GROUP_NAME_LENGTH) {
            this.problem(`a tester group name is longer than ${MAX_GROUP_NAME_LENGTH} characters; give each ` +
                'group a short name, such as QA', where);
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

;// CONCATENATED MODULE: ./src/testers/tree-positions.ts
// Where the nodes of a YAML or JSON tester list stand, for the problems that name a line:
// js-yaml's events point into the text by offsets, and these turn offsets into lines in one pass.
/**
 * The text with every lone carriage return (old Mac line ends) made a line feed, as js-yaml reads
 * it: the same length, so offsets stay where they were. A single-character lookahead: linear.
 */
function withLineFeeds(text) {
    return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}
/**
 * Line numbers of offsets, from a cursor that moves from the last offset asked: the reader asks
 * in the order of the text, so counting the lines of a whole file costs one pass over it.
 */
class LineCursor {
    offset = 0;
    line = 1;
    text;
    constructor(text) {
        this.text = withLineFeeds(text);
    }
    /** "line N" of an offset; -1 (js-yaml's "absent") names the line of the last offset asked. */
    at(offset) {
        return `line ${this.lineOf(offset)}`;
    }
    lineOf(offset) {
        if (offset < 0)
            return this.line;
        const { text } = this;
        while (this.offset < offset) {
            const next = text.indexOf('\n', this.offset);
            if (next < 0 || next >= offset)
                break;
            this.line++;
            this.offset = next + 1;
        }
        while (this.offset > offset) {
            const previous = text.lastIndexOf('\n', this.offset - 1);
            if (previous < offset) {
                this.offset = offset;
                break;
            }
            this.line--;
            this.offset = previous;
        }
        if (this.offset < offset)
            this.offset = offset;
        return this.line;
    }
}
/**
 * Where each node starts, its anchor or tag included, asked in the order of the events. An empty
 * scalar has no offset in js-yaml's events: it stands at the indicator after the last node read
 * ("-", ":", ","), and the next empty one looks past that, so each part of the text is scanned
 * once for the whole file.
 */
class NodeOffsets {
    yaml;
    end = 0;
    text;
    constructor(yaml, text) {
        this.yaml = yaml;
        this.text = withLineFeeds(text);
    }
    /** The offset of an event's node; -1 for a document or an end, or past the text. */
    of(event) {
        const { EVENT_ID } = this.yaml;
        if (event.type === EVENT_ID.DOCUMENT || event.type === EVENT_ID.POP)
            return -1;
        let start;
        let end;
        if (event.type === EVENT_ID.ALIAS) {
            start = event.anchorStart;
            end = event.anchorEnd;
        }
        else {
            const own = event.type === EVENT_ID.SCALAR ? event.valueStart : event.start;
            const props = [event.anchorStart, event.tagStart].filter(at => at >= 0);
            start = props.length > 0 ? Math.min(...props) : own;
            end = event.type === EVENT_ID.SCALAR ? event.valueEnd : event.start;
        }
        if (start < 0) {
            start = indicatorAfter(this.text, this.end);
            end = start + 1;
        }
        this.end = Math.max(this.end, end);
        return start;
    }
}
/**
 * The first character from offset on that is not a blank, a closing bracket or quote, or part
 * of a comment: where an empty node's indicator stands; -1 past the text. No regular expression.
 */
function indicatorAfter(text, offset) {
    let i = offset;
    while (i < text.length) {
        const char = text[i] ?? '';
        if (char === '#' && (i === 0 || ' \t\n\r'.includes(text[i - 1] ?? ''))) {
            const lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0)
                return -1;
            i = lineEnd;
        }
        else if (' \t\r\n]}"\''.includes(char)) {
            i++;
        }
        else {
            return i;
        }
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/testers/tree-limits.ts

/**
 * The shape a YAML or JSON tester list may have, and its parse into js-yaml's events. The
 * parser's parseEvents yields one flat array of small records that point into the text by
 * offsets (no node objects, no copies of the text), but it yields all of them at once: a 1 MB
 * file of "a," or of "-" lines is half a million events, about 75 MB of heap, enough to have a
 * runner with little memory killed without an annotation. So a linear scan first bounds how
 * many events the text can make, counting the characters that every node, pair and collection
 * needs (see eventBound); only a text under that bound is parsed in full. A text over it is
 * refused, and only the part before the bound is parsed, to say which limit it passed first.
 *
 * The limits follow from what a tester list can hold: 50 groups and 50 testers (Amazon's limit
 * per app), a tester in several groups at most 50 × 50 = 2,500 times.
 */
/**
 * Levels of nesting (js-yaml's maxDepth): a list needs 5, the groups, a group's fields, its
 * testers, a tester's fields, a value; 16 is ample for every way of writing one and still tiny.
 */
const MAX_TREE_DEPTH = 16;
/**
 * js-yaml's maxDepth counts the document and the value at the bottom too: 16 levels of
 * collections around a value are 18 of its levels.
 */
const PARSER_MAX_DEPTH = MAX_TREE_DEPTH + 2;
/**
 * Lines. When js-yaml refuses a text it describes the place with a snippet, for which it keeps
 * two numbers per line of the whole text: a 1 MB file of line breaks with one error in it peaked
 * at 140–180 MB. A list of 50 groups of 50 testers written one field to a line has under 10,000.
 */
const MAX_TREE_LINES = 100_000;
/**
 * Events: a scalar, an alias, the start and the end of a collection or document. A tester
 * written in full, {email: a, firstName: b, lastName: c}, is 8 of them, so the largest list
 * Amazon takes, 2,500 such testers, is about 20,000; comments and blank lines make none.
 */
const MAX_TREE_TOKENS = 50_000;
/**
 * Anchors and aliases. The reader expands no alias (a tester or group given as one is refused),
 * so a list needs none; a few are tolerated, as one per group and one per use of it.
 */
const MAX_ANCHORS = 100;
/**
 * The most events the scan lets the parser make: at about 150 bytes of heap each, some 35 MB at
 * worst (a hostile 1 MB file is refused in about 110 MB of RSS, in a 64 MB heap). The scan's
 * bound is loose: the largest list Amazon takes is about 56,000 by it, in JSON or flow style.
 */
const MAX_EVENT_BOUND = 4 * MAX_TREE_TOKENS;
/**
 * More events than the text can make, and the offset where that bound passes MAX_EVENT_BOUND
 * (-1 when it does not). Every event needs one of these characters, counted wherever they
 * stand (in a quoted string or a comment too, which only makes the bound looser): a sequence
 * item a "-" before a blank, a "[" or ","; a mapping key or value a ":", "?", "{" or ","; a
 * collection, with its end, the first of its items; a document, "---" or "...". One pass, no
 * regular expression.
 */
function eventBound(text) {
    let bound = 3; // the first document, its root and its end
    const { length } = text;
    for (let i = 0; i < length; i++) {
        switch (text.charCodeAt(i)) {
            case 0x2c: // ,  an item, or a key and its value
                bound += 2;
                break;
            case 0x5b: // [  the sequence, its end, its first item
                bound += 3;
                break;
            case 0x3a: // :  a key, its value, and maybe their mapping and its end
            case 0x3f: // ?
            case 0x7b: // {
                bound += 4;
                break;
            case 0x2d: {
                // -  an item, and maybe its sequence and its end ("---" too: a document)
                const next = i + 1 < length ? text.charCodeAt(i + 1) : 0x20;
                if (next === 0x20 || next === 0x0a || next === 0x0d || next === 0x09)
                    bound += 3;
                break;
            }
            case 0x2e: // "..." ends a document, the next one starts without a mark
                if (text.startsWith('...', i)) {
                    bound += 3;
                    i += 2;
                }
                break;
        }
        if (bound > MAX_EVENT_BOUND)
            return { bound, passedAt: i };
    }
    return { bound, passedAt: -1 };
}
/**
 * Where line MAX_TREE_LINES + 1 starts, or -1 when the text has no more lines than that. A line
 * ends at a line feed or at a carriage return, as js-yaml reads it. One pass, no regular
 * expression.
 */
function lineLimitPassedAt(text) {
    let lines = 1;
    const { length } = text;
    for (let i = 0; i < length; i++) {
        const char = text.charCodeAt(i);
        if (char === 0x0d && text.charCodeAt(i + 1) === 0x0a)
            continue; // CRLF: one break, at its LF
        if (char === 0x0a || char === 0x0d) {
            lines++;
            if (lines > MAX_TREE_LINES)
                return i + 1;
        }
    }
    return -1;
}
/**
 * Parses a tester list into events, within the limits: the first limit passed, or the parse
 * error, is the one problem returned. No message quotes the text: js-yaml's reasons can (an
 * alias's or a tag's name), so each is mapped to fixed words, with the line.
 */
function readTreeEvents(yaml, text) {
    const { passedAt } = eventBound(text);
    if (passedAt >= 0) {
        // Refused either way; the part before the bound says which limit came first. Cut at a line
        // break when there is one, so that a block list's part still parses.
        const lineEnd = text.lastIndexOf('\n', passedAt);
        const head = text.slice(0, lineEnd > 0 ? lineEnd + 1 : passedAt);
        const lines = new LineCursor(text);
        let events;
        try {
            events = yaml.parseEvents(head, { maxDepth: PARSER_MAX_DEPTH });
        }
        catch (error) {
            const depth = depthProblem(error);
            return { problem: depth ?? tooMany(lines.at(passedAt)) };
        }
        return { problem: eventsProblem(yaml, head, events) ?? tooMany(lines.at(passedAt)) };
    }
    const linesPassedAt = lineLimitPassedAt(text);
    if (linesPassedAt >= 0)
        return { problem: tooLong(new LineCursor(text).at(linesPassedAt)) };
    let events;
    try {
        events = yaml.parseEvents(text, { maxDepth: PARSER_MAX_DEPTH });
    }
    catch (error) {
        return { problem: depthProblem(error) ?? parseProblem(error) };
    }
    const problem = eventsProblem(yaml, text, events);
    return problem ? { problem } : { events, lines: new LineCursor(text) };
}
/**
 * The first limit the text passes, or undefined when its shape is one a tester list can have
 * (a text that cannot be parsed passes no limit: readTreeEvents says why it cannot).
 */
function treeShapeProblem(yaml, text) {
    const result = readTreeEvents(yaml, text);
    if (result.problem === undefined)
        return undefined;
    return result.problem.message.startsWith('cannot be parsed') ? undefined : result.problem;
}
/** The first of the limits on events passed, in the order of the text. */
function eventsProblem(yaml, text, events) {
    const { EVENT_ID } = yaml;
    const lines = new LineCursor(text);
    const offsets = new NodeOffsets(yaml, text);
    let anchors = 0;
    let documents = 0;
    let offset = -1;
    for (let i = 0; i < events.length; i++) {
        const event = events[i];
        if (event.type === EVENT_ID.POP)
            continue;
        if (event.type === EVENT_ID.DOCUMENT) {
            documents++;
            if (event.directives.some(directive => directive.kind === 'tag')) {
                return tagged(lines.at(offset));
            }
            continue;
        }
        const anchored = event.anchorStart >= 0;
        const start = offsets.of(event);
        if (start >= 0)
            offset = start;
        if (documents > 1) {
            return {
                message: 'cannot be parsed (it holds more than one YAML document); remove the "---" or ' +
                    '"..." lines',
                where: lines.at(offset)
            };
        }
        if (i >= MAX_TREE_TOKENS)
            return tooMany(lines.at(offset));
        if (event.type === EVENT_ID.ALIAS || anchored) {
            anchors++;
            if (anchors > MAX_ANCHORS) {
                return {
                    message: `uses more than ${MAX_ANCHORS} anchors and aliases; a tester list needs none ` +
                        '(write each tester where it belongs)',
                    where: lines.at(offset)
                };
            }
        }
        if (event.type !== EVENT_ID.ALIAS && event.tagStart >= 0) {
            const isStr = event.type === EVENT_ID.SCALAR &&
                event.tagEnd - event.tagStart === 5 &&
                text.startsWith('!!str', event.tagStart);
            if (!isStr)
                return tagged(lines.at(event.tagStart));
        }
    }
    return undefined;
}
function tagged(where) {
    return {
        message: 'uses a YAML tag ("!" before a value); a tester list needs none but "!!str" ' +
            '(write each value as text, in quotes if needed)',
        where
    };
}
/** js-yaml's words for its failures, as fixed words of ours: its own may quote the text. */
const PARSE_REASONS = [
    ['tab characters', 'a tab in the indentation'],
    ['indentation', 'bad indentation'],
    ['quoted scalar', 'a quote that is not closed'],
    ['comma', 'a missing comma'],
    ['flow collection', 'a bracket that is not closed'],
    ['duplication of an anchor', 'a value with two anchors'],
    ['duplication of a tag', 'a value with two tags'],
    ['anchor', 'an anchor that cannot be read'],
    ['alias', 'an alias that cannot be read'],
    ['directive', 'a directive that cannot be read'],
    ['tag', 'a tag that cannot be read'],
    ['non-printable', 'a control character'],
    ['null byte', 'a control character'],
    ['escape', 'an escape sequence that cannot be read'],
    ['block scalar', 'a block scalar that cannot be read'],
    ['mapping', 'a mapping entry that cannot be read'],
    ['document', 'a document that cannot be read']
];
function failureLine(error) {
    const line = error?.mark?.line;
    return typeof line === 'number' ? `line ${line + 1}` : undefined;
}
function depthProblem(error) {
    const reason = error?.reason;
    if (typeof reason !== 'string' || !reason.startsWith('nesting exceeded maxDepth'))
        return undefined;
    return {
        message: `nests deeper than ${MAX_TREE_DEPTH} levels of indentation and brackets; a tester list ` +
            'needs 5 (groups, their fields, their testers, a tester, its fields)',
        where: failureLine(error)
    };
}
function parseProblem(error) {
    const reason = error?.reason;
    const words = typeof reason === 'string'
        ? (PARSE_REASONS.find(([part]) => reason.includes(part))?.[1] ?? 'a syntax error')
        : 'a syntax error';
    // YAML wants the lines of a bracketed list inside a block one indented past its key, the
    // closing bracket's too, and spaces around it: a layout many editors allow and js-yaml refuses.
    const fix = words.includes('indentation')
        ? 'check the indentation: a [ ] or { } list over several lines is indented past its key, ' +
            'its closing bracket too, with spaces, not tabs'
        : 'check the indentation and quoting';
    return { message: `cannot be parsed (${words}); ${fix}`, where: failureLine(error) };
}
function tooLong(where) {
    return {
        message: `has more than ${MAX_TREE_LINES.toLocaleString('en-US')} lines; a list of 50 groups of 50 ` +
            'testers needs fewer than 10,000: check that this is the tester list',
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




async function readTree(text, collector) {
    const yaml = await __webpack_require__.e(/* import() */ 243).then(__webpack_require__.bind(__webpack_require__, 3243));
    const parsed = readTreeEvents(yaml, text);
    if (parsed.problem)
        return collector.problem(parsed.problem.message, parsed.problem.where);
    const { events, lines } = parsed;
    const { EVENT_ID, SCALAR_STYLE } = yaml;
    // Events in order, the nodes of the one document; depth is bounded (MAX_TREE_DEPTH), and the
    // recursion with it. Lines are asked in the order of the text, so counting them is linear.
    let next = 0;
    const offsets = new NodeOffsets(yaml, text);
    const node = () => {
        const event = events[next++];
        if (event === undefined || event.type === EVENT_ID.POP)
            return undefined;
        if (event.type === EVENT_ID.DOCUMENT)
            return node();
        const where = lines.at(offsets.of(event));
        if (event.type === EVENT_ID.ALIAS)
            return { kind: 'alias', where };
        if (event.type === EVENT_ID.SCALAR) {
            const source = yaml.getScalarValue(text, event);
            // Plain scalars are typed as YAML 1.2 types them; quoted ones and "!!str" are text (any
            // other tag was refused by readTreeEvents).
            const value = event.style === SCALAR_STYLE.PLAIN && event.tagStart < 0
                ? yaml.CORE_SCHEMA.resolveImplicitScalarTag(source).value
                : source;
            return { kind: 'scalar', value, where };
        }
        if (event.type === EVENT_ID.SEQUENCE) {
            const items = [];
            for (let item = node(); item !== undefined; item = node())
                items.push(item);
            return { kind: 'seq', items, where };
        }
        const pairs = [];
        for (let key = node(); key !== undefined; key = node()) {
            const value = node(); // js-yaml gives every key a value, an empty scalar if none is written
            if (value === undefined)
                break; // the mapping's end, read already
            pairs.push([key, value]);
        }
        return { kind: 'map', pairs, where };
    };
    const root = node();
    const isText = (value) => value?.kind === 'scalar' && typeof value.value === 'string';
    const isNull = (value) => value?.kind === 'scalar' && value.value === null;
    const keyOf = (key) => (key.kind === 'scalar' ? String(key.value) : '?');
    /** The value of the first pair with this key. */
    const get = (map, key) => map.pairs.find(([candidate]) => candidate.kind === 'scalar' && candidate.value === key)?.[1];
    const at = (value) => value?.where ?? lines.at(-1);
    const readTester = (group, node) => {
        if (isText(node)) {
            collector.addText(group, node.value.trim(), at(node));
        }
        else if (node?.kind === 'map') {
            readTesterFields(group, node);
        }
        else {
            collector.problem('a tester must be an email, "First Last <email>" or {email, firstName, lastName}', at(node));
        }
    };
    // Field by field: no alias in a hostile file is ever expanded.
    const readTesterFields = (group, node) => {
        const fields = new Map();
        const unknownKeys = [];
        for (const [keyNode, value] of node.pairs) {
            const key = keyOf(keyNode);
            // Only the three known keys are kept, so the one quoted here is one of them.
            if (fields.has(key)) {
                collector.problem(`a tester gives "${key}" twice`, at(node));
                return;
            }
            if (TESTER_KEYS.has(key))
                fields.set(key, value);
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
            if (value === undefined || isNull(value))
                return undefined;
            if (isText(value))
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
        const isEmpty = isNull(node) || (node?.kind === 'seq' && node.items.length === 0);
        if (isEmpty) {
            collector.problem(`${groupNamed(group)} has no testers; add testers or remove the group`, where);
            return;
        }
        // QA: ada@example.com, grace@example.com — one line of testers, as in a plain list.
        if (isText(node)) {
            readTester(group, node);
            return;
        }
        if (node?.kind !== 'seq') {
            collector.problem(`${groupNamed(group)} must hold a list of testers`, where);
            return;
        }
        for (const item of node.items)
            readTester(group, item);
    };
    const readGroupObject = (node) => {
        if (node.kind !== 'map') {
            collector.problem('a group must be {"name": …, "testers": […]}', at(node));
            return;
        }
        const nameNode = get(node, 'name');
        const name = collector.groupName(nameNode?.kind === 'scalar' ? nameNode.value : undefined, at(node));
        if (name !== undefined)
            readTesterList(name, get(node, 'testers'), at(node));
    };
    if (root?.kind === 'map') {
        const groups = get(root, 'groups');
        if (root.pairs.length === 1 && groups?.kind === 'seq') {
            // The API's own body: {"groups": [{"name": …, "testers": […]}]}
            for (const item of groups.items)
                readGroupObject(item);
            return;
        }
        // A mapping of group name → testers.
        const seen = new Set();
        for (const [key, value] of root.pairs) {
            const name = collector.groupName(key.kind === 'scalar' ? key.value : undefined, at(key));
            if (name === undefined)
                continue;
            if (seen.has(name)) {
                collector.problem('this group is named twice in the mapping; merge the two lists', at(key));
                continue;
            }
            seen.add(name);
            readTesterList(name, value, at(key));
        }
    }
    else if (root?.kind === 'seq') {
        const isGroupList = root.items.some(item => item.kind === 'map' && get(item, 'testers') !== undefined);
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
