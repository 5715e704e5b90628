export const id = 71;
export const ids = [71];
export const modules = {

/***/ 1071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ArtifactError: () => (/* reexport */ byte_reader/* ArtifactError */.nE),
  readArtifact: () => (/* binding */ readArtifact)
});

// EXTERNAL MODULE: ./src/shared/mask.ts
var mask = __webpack_require__(5249);
// EXTERNAL MODULE: ./src/signing/apk/byte-reader.ts
var byte_reader = __webpack_require__(200);
;// CONCATENATED MODULE: ./src/signing/apk/binary-xml.ts


// Hand-written: Android's compiled ("binary") XML is an Android-only format, and the npm readers
// of it are unmaintained APK-info packages that do far more. Only what finds <manifest package>
// is read: the string pool and start-element chunks. Layout: ResourceTypes.h in AOSP.
const RES_XML_TYPE = 0x0003;
const RES_STRING_POOL_TYPE = 0x0001;
const RES_XML_START_ELEMENT_TYPE = 0x0102;
const UTF8_FLAG = 1 << 8;
const NO_STRING = 0xffffffff;
const TYPE_STRING = 0x03;
/**
 * The most text the string pool may decode to. A manifest's strings are kilobytes; a pool whose
 * offsets all point at one huge string would otherwise decode it once per offset.
 */
const MAX_DECODED_CHARS = 1024 * 1024;
/** The package attribute of the root <manifest> element of a binary AndroidManifest.xml. */
function binaryManifestPackage(xml) {
    const what = 'AndroidManifest.xml';
    if (xml.length < 8 || xml.readUInt16LE(0) !== RES_XML_TYPE) {
        throw new byte_reader/* ArtifactError */.nE(`has an ${what} that is not Android binary XML`);
    }
    let strings = () => undefined;
    let offset = xml.readUInt16LE(2);
    while (offset + 8 <= xml.length) {
        const type = xml.readUInt16LE(offset);
        const size = xml.readUInt32LE(offset + 4);
        if (size < 8 || offset + size > xml.length)
            throw new byte_reader/* ArtifactError */.nE(`has a truncated or corrupt ${what}`);
        const chunk = xml.subarray(offset, offset + size);
        if (type === RES_STRING_POOL_TYPE)
            strings = readStringPool(chunk);
        if (type === RES_XML_START_ELEMENT_TYPE) {
            // The first element is the root: <manifest>, or this is no manifest.
            return readPackageAttribute(chunk, strings);
        }
        offset += size;
    }
    throw new byte_reader/* ArtifactError */.nE(`has an ${what} without a <manifest> element`);
}
/**
 * The pool's strings, decoded lazily (only a few are ever needed: "manifest", "package" and the
 * package itself), each once, within MAX_DECODED_CHARS in all.
 */
function readStringPool(chunk) {
    const what = 'AndroidManifest.xml string pool';
    const header = new byte_reader/* ByteReader */.kP(chunk.subarray(8), what);
    const count = header.uint32();
    header.uint32(); // style count
    const flags = header.uint32();
    const stringsStart = header.uint32();
    const headerSize = chunk.readUInt16LE(2);
    if (headerSize + count * 4 > chunk.length)
        throw new byte_reader/* ArtifactError */.nE(`has a truncated or corrupt ${what}`);
    const decoded = new Map();
    let budget = MAX_DECODED_CHARS;
    return index => {
        if (index >= count)
            return undefined;
        const known = decoded.get(index);
        if (known !== undefined)
            return known;
        const at = stringsStart + chunk.readUInt32LE(headerSize + index * 4);
        const text = flags & UTF8_FLAG ? readUtf8(chunk, at) : readUtf16(chunk, at);
        budget -= text.length;
        if (budget < 0)
            throw new byte_reader/* ArtifactError */.nE(`has a corrupt ${what} (more text than a manifest)`);
        decoded.set(index, text);
        return text;
    };
}
function readUtf8(chunk, at) {
    // Two lengths, each one byte, or two with the high bit set: UTF-16 units, then UTF-8 bytes.
    const lengthAt = (position) => {
        const first = chunk[position] ?? 0;
        return first & 0x80
            ? [((first & 0x7f) << 8) | (chunk[position + 1] ?? 0), position + 2]
            : [first, position + 1];
    };
    const [, bytesAt] = lengthAt(at);
    const [length, start] = lengthAt(bytesAt);
    if (start + length > chunk.length)
        throw new byte_reader/* ArtifactError */.nE('has a corrupt AndroidManifest.xml string pool');
    return chunk.subarray(start, start + length).toString('utf8');
}
function readUtf16(chunk, at) {
    const corrupt = new byte_reader/* ArtifactError */.nE('has a corrupt AndroidManifest.xml string pool');
    if (at + 4 > chunk.length)
        throw corrupt;
    let length = chunk.readUInt16LE(at);
    let position = at + 2;
    if (length & 0x8000) {
        length = ((length & 0x7fff) << 16) | chunk.readUInt16LE(at + 2);
        position += 2;
    }
    if (position + length * 2 > chunk.length)
        throw corrupt;
    return chunk.subarray(position, position + length * 2).toString('utf16le');
}
/** The attributes of a start-element chunk; each "what" names the structure in an error. */
function* attributesOf(chunk, strings, what, attributeWhat = what) {
    const element = new byte_reader/* ByteReader */.kP(chunk.subarray(chunk.readUInt16LE(2)), what);
    element.uint32(); // namespace
    element.uint32(); // name
    const attributes = element.take(8);
    const attributeStart = attributes.readUInt16LE(0);
    const attributeSize = attributes.readUInt16LE(2);
    const attributeCount = attributes.readUInt16LE(4);
    const base = chunk.readUInt16LE(2) + attributeStart;
    for (let i = 0; i < attributeCount; i++) {
        const attribute = new byte_reader/* ByteReader */.kP(chunk.subarray(base + i * attributeSize, base + (i + 1) * attributeSize), attributeWhat);
        const namespace = attribute.uint32();
        const name = strings(attribute.uint32());
        const raw = attribute.uint32();
        attribute.take(3); // typed value: size, reserved
        const dataType = attribute.take(1)[0];
        yield { namespace, name, raw, dataType, data: attribute.uint32() };
    }
}
const TYPE_INT_DEC = 0x10;
const TYPE_INT_HEX = 0x11;
/** Start elements looked at for <uses-sdk>: it comes right after <manifest> in real manifests. */
const MAX_ELEMENTS_BEFORE_USES_SDK = 10_000;
/**
 * The android:minSdkVersion of <uses-sdk>, when the manifest states it as a number (a codename
 * of a preview platform is a string: undefined then, as when it is absent).
 */
function binaryManifestMinSdk(xml) {
    if (xml.length < 8 || xml.readUInt16LE(0) !== RES_XML_TYPE)
        return undefined;
    let strings = () => undefined;
    let offset = xml.readUInt16LE(2);
    for (let elements = 0; offset + 8 <= xml.length;) {
        const type = xml.readUInt16LE(offset);
        const size = xml.readUInt32LE(offset + 4);
        if (size < 8 || offset + size > xml.length)
            return undefined;
        const chunk = xml.subarray(offset, offset + size);
        if (type === RES_STRING_POOL_TYPE)
            strings = readStringPool(chunk);
        if (type === RES_XML_START_ELEMENT_TYPE) {
            if (++elements > MAX_ELEMENTS_BEFORE_USES_SDK)
                return undefined;
            const name = new byte_reader/* ByteReader */.kP(chunk.subarray(chunk.readUInt16LE(2)), 'AndroidManifest.xml');
            name.uint32(); // namespace
            if (strings(name.uint32()) === 'uses-sdk') {
                for (const attribute of attributesOf(chunk, strings, '<uses-sdk> in AndroidManifest.xml')) {
                    if (attribute.name !== 'minSdkVersion' || attribute.namespace === NO_STRING)
                        continue;
                    const isInt = attribute.dataType === TYPE_INT_DEC || attribute.dataType === TYPE_INT_HEX;
                    return isInt ? attribute.data : undefined;
                }
                return undefined;
            }
        }
        offset += size;
    }
    return undefined;
}
function readPackageAttribute(chunk, strings) {
    const element = new byte_reader/* ByteReader */.kP(chunk.subarray(chunk.readUInt16LE(2)), '<manifest> element in AndroidManifest.xml');
    element.uint32(); // namespace
    const name = strings(element.uint32());
    if (name !== 'manifest') {
        throw new byte_reader/* ArtifactError */.nE(`has an AndroidManifest.xml whose root is <${(0,mask/* untrustedText */.Ui)(name ?? '?', 60)}>, not <manifest>`);
    }
    for (const attribute of attributesOf(chunk, strings, '<manifest> element in AndroidManifest.xml', '<manifest> attribute in AndroidManifest.xml')) {
        if (attribute.namespace !== NO_STRING || attribute.name !== 'package')
            continue;
        if (attribute.raw !== NO_STRING)
            return strings(attribute.raw);
        return attribute.dataType === TYPE_STRING ? strings(attribute.data) : undefined;
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/shared/printable.ts
var printable = __webpack_require__(6146);
;// CONCATENATED MODULE: ./src/signing/apk/fire-os-signer.ts


/** Fire OS 6, 7 and 8 run API 25, 28 and 30; every level between is checked too. */
const FIRE_OS_LEVELS = [25, 26, 27, 28, 29, 30];
const REGISTERED_LEVEL = 30;
const FIRE_OS_NAMES = { 25: 'Fire OS 6', 28: 'Fire OS 7', 30: 'Fire OS 8' };
const V2_FROM = 24;
const SUBJECT_CHARS = 150;
const V3_FROM = 28;
/** What a device at one API level verifies, or why it refuses the APK. */
function signerAt(level, signatures) {
    const { v3, v2, v1 } = signatures;
    if (level >= V3_FROM && v3) {
        const covering = v3SignersAt(level, v3);
        // Android's v3 verifier skips the signers for other levels and refuses the APK when more
        // than one is left ("V3 only supports one signer"): the first is not taken.
        if (covering.length > 1)
            return {
                refused: `${covering.length} of its v3 signers cover API ${level}, where Android takes one`
            };
        const [signer] = covering;
        const certificate = signer?.certificates[0];
        if (certificate)
            return { scheme: 'v3', certificate };
        if (signer)
            return { refused: `its v3 signer for API ${level} has no certificate` };
        const ranges = v3
            .slice(0, 10)
            .map(s => `${s.minSdk}–${s.maxSdk}`)
            .join(', ');
        const more = v3.length > 10 ? ` and ${v3.length - 10} more` : '';
        return { refused: `its v3 signers cover API ${ranges}${more}, not ${level}` };
    }
    const known = level >= V3_FROM ? [2, 3] : level >= V2_FROM ? [2] : [];
    const stripped = (declared) => declared.find(id => known.includes(id));
    if (v2) {
        const certificate = v2[0]?.certificates[0];
        // v2 itself is found here: only a newer scheme it names can be missing.
        const missing = stripped(v2.flatMap(s => s.alsoSignedWith ?? []).filter(id => id !== 2));
        if (missing !== undefined)
            return {
                refused: `its v2 signature says it was also signed with v${missing}, which is missing (stripped)`
            };
        if (certificate)
            return { scheme: 'v2', certificate };
        return { refused: 'its v2 signer has no certificate' };
    }
    if (v1) {
        const missing = stripped(v1.signedWith);
        if (missing !== undefined) {
            return {
                refused: `its JAR signature says X-Android-APK-Signed: ${missing} (signed with v${missing}), but it has no v${missing} signature (stripped)`
            };
        }
        return { scheme: 'v1', certificate: v1.certificate };
    }
    return { refused: 'it has no signature that applies' };
}
/** The v3 signers whose [minSdk, maxSdk] covers a level: there must be exactly one. */
function v3SignersAt(level, v3) {
    return v3.filter(s => (s.minSdk ?? 0) <= level && level <= (s.maxSdk ?? 0));
}
/**
 * The certificate registered (the one API 30 verifies) and a warning for every Fire OS level,
 * from the app's minSdkVersion on, that verifies another or refuses the APK.
 */
function fireOsSigner(signatures, minSdk = 0) {
    const registered = signerAt(REGISTERED_LEVEL, signatures);
    if (registered.scheme === undefined) {
        return {
            refused: `is refused by Fire OS 8 (API ${REGISTERED_LEVEL}): ${registered.refused}; re-sign it with apksigner`
        };
    }
    // Consecutive levels with the same outcome, as ranges: API 25–27 v2 …, API 28–30 v3 ….
    const groups = [];
    const warnings = [];
    if (minSdk > REGISTERED_LEVEL) {
        warnings.push(`The app's minSdkVersion is ${minSdk}: no Fire OS device (API 25–30) can install it, so testers cannot either.`);
    }
    for (const level of FIRE_OS_LEVELS.filter(l => l >= minSdk)) {
        const outcome = signerAt(level, signatures);
        const key = outcome.scheme === undefined ? `refused ${outcome.refused}` : fingerprint(outcome.certificate);
        const last = groups[groups.length - 1];
        if (last && last.key === key)
            last.to = level;
        else
            groups.push({ from: level, to: level, outcome, key });
    }
    const registeredKey = fingerprint(registered.certificate);
    const registeredGroups = groups.filter(group => group.key === registeredKey);
    for (const group of groups) {
        if (group.key === registeredKey)
            continue;
        const levels = levelRange(group.from, group.to);
        if (group.outcome.scheme === undefined) {
            warnings.push(`Android at ${levels} refuses to install this APK: ${group.outcome.refused}. Testers on those devices cannot install it; re-sign it with apksigner.`);
            continue;
        }
        warnings.push(`Fire OS devices do not all verify one certificate: ${levels} verify the ${group.outcome.scheme} signer ` +
            `${describeCertificate(group.outcome.certificate)}; ${registeredGroups.map(g => levelRange(g.from, g.to)).join(' and ')} ` +
            `the ${registered.scheme} signer ${describeCertificate(registered.certificate)}, which is registered. ` +
            `DevTest then needs both certificates registered (it takes up to three): register the other one too, ` +
            'or sign every scheme with one key.');
    }
    return { scheme: registered.scheme, certificate: registered.certificate, warnings };
}
/** "API 25–27 (Fire OS 6)", "API 30 (Fire OS 8)". */
function levelRange(from, to) {
    const names = FIRE_OS_LEVELS.filter(l => l >= from && l <= to)
        .map(l => FIRE_OS_NAMES[l])
        .filter(Boolean);
    const api = from === to ? `API ${from}` : `API ${from}–${to}`;
    return names.length > 0 ? `${api} (${names.join(', ')})` : api;
}
/** SHA-256 of the stored certificate bytes, colon-separated upper-case hex (as keytool prints it). */
function fingerprint(der) {
    return (0,external_node_crypto_.createHash)('sha256').update(der).digest('hex').toUpperCase().match(/../g)?.join(':') ?? '';
}
/** "CN=…, O=… (SHA-256 AB:CD:…)": subject from the parsed certificate, hash of its stored bytes. */
function describeCertificate(der) {
    return `${subjectOf(der)} (SHA-256 ${fingerprint(der)})`;
}
/**
 * The subject, cut to SUBJECT_CHARS: a message quotes it beside a fingerprint and a fix, which a
 * subject of thousands of attributes would push past the message's own cut.
 */
function subjectOf(der) {
    if (!der)
        return 'no certificate';
    try {
        return (0,printable/* truncate */.xv)(new external_node_crypto_.X509Certificate(der).subject.split('\n').join(', '), SUBJECT_CHARS);
    }
    catch {
        return 'an unreadable certificate';
    }
}

;// CONCATENATED MODULE: ./src/signing/apk/proto-manifest.ts


// Hand-written: an app bundle keeps its manifest as an aapt2 XmlNode protobuf message
// (frameworks/base/tools/aapt2/Resources.proto). Reading one string attribute needs only the
// protobuf wire format (varints and length-delimited fields), not a protobuf library and schema.
//   XmlNode      { XmlElement element = 1; … }
//   XmlElement   { string namespace_uri = 2; string name = 3; repeated XmlAttribute attribute = 4; … }
//   XmlAttribute { string namespace_uri = 1; string name = 2; string value = 3; … }
const LENGTH_DELIMITED = 2;
/**
 * The length-delimited fields of a message, by field number, one at a time; other wire types are
 * skipped. A generator, not a list: a few kB of deflated manifest can hold millions of empty
 * attributes, and the walk stops at the one it looks for without keeping the others.
 */
function* fields(message) {
    let offset = 0;
    const varint = () => {
        let value = 0;
        for (let shift = 0; shift < 64; shift += 7) {
            if (offset >= message.length)
                throw new byte_reader/* ArtifactError */.nE('has a truncated or corrupt protobuf AndroidManifest.xml');
            const byte = message[offset++] ?? 0;
            value += (byte & 0x7f) * 2 ** shift;
            if (!(byte & 0x80))
                return value;
        }
        throw new byte_reader/* ArtifactError */.nE('has a corrupt protobuf AndroidManifest.xml');
    };
    while (offset < message.length) {
        const key = varint();
        const wireType = key % 8;
        const field = Math.floor(key / 8);
        if (wireType === 0)
            varint();
        else if (wireType === 1)
            offset += 8;
        else if (wireType === 5)
            offset += 4;
        else if (wireType === LENGTH_DELIMITED) {
            const length = varint();
            if (offset + length > message.length) {
                throw new byte_reader/* ArtifactError */.nE('has a truncated or corrupt protobuf AndroidManifest.xml');
            }
            const value = message.subarray(offset, offset + length);
            offset += length;
            yield [field, value];
        }
        else
            throw new byte_reader/* ArtifactError */.nE('has a corrupt protobuf AndroidManifest.xml');
    }
}
/** The first value of each of the wanted fields (a protobuf string field's last value wins,
 * but aapt2 writes each once). */
function firstOf(message, wanted) {
    const found = new Map();
    for (const [field, value] of fields(message)) {
        if (wanted.includes(field) && !found.has(field))
            found.set(field, value);
    }
    return found;
}
const proto_manifest_text = (value) => value?.toString('utf8') ?? '';
/** The package attribute of the root <manifest> element of a bundle's protobuf manifest. */
function protoManifestPackage(node) {
    const element = firstOf(node, [1]).get(1);
    if (!element)
        throw new byte_reader/* ArtifactError */.nE('has a protobuf AndroidManifest.xml without a root element');
    const name = proto_manifest_text(firstOf(element, [3]).get(3));
    if (name !== 'manifest') {
        throw new byte_reader/* ArtifactError */.nE(`has an AndroidManifest.xml whose root is <${(0,mask/* untrustedText */.Ui)(name, 60)}>, not <manifest>`);
    }
    for (const [field, attribute] of fields(element)) {
        if (field !== 4)
            continue;
        const attr = firstOf(attribute, [1, 2, 3]);
        if (proto_manifest_text(attr.get(1)) === '' && proto_manifest_text(attr.get(2)) === 'package')
            return proto_manifest_text(attr.get(3));
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/signing/apk/signing-block.ts

// Hand-written: the APK Signing Block and the v2/v3 signer structures are Android-specific and no
// maintained npm library reads them. Format: source.android.com/docs/security/features/apksigning.
const V2_BLOCK_ID = 0x7109871a;
const V3_BLOCK_ID = 0xf05368c0;
const V31_BLOCK_ID = 0x1b93ad61;
const PROOF_OF_ROTATION_ID = 0x3ba06f8c;
/** v2 signer attribute: the newer scheme (3) the APK was also signed with, against stripping. */
const STRIPPING_PROTECTION_ID = 0xbeeff00d;
const MAGIC = Buffer.from('APK Sig Block 42', 'latin1');
const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const ZIP64_EOCD_SIZE = 56;
/** Real signing blocks hold a handful of pairs (v2, v3, v3.1, padding, stamps). */
const MAX_PAIRS = 1024;
/** A scheme block is a few kB of digests, certificates and signatures; more is not a signature. */
const MAX_SCHEME_BLOCK_BYTES = 1024 * 1024;
/**
 * The ZIP central directory's offset, from the End of Central Directory record at the end of the
 * file, or from the ZIP64 record it points to when the offset does not fit in 32 bits. Reads the
 * last 64 kB at most (the record, plus the longest archive comment).
 */
async function centralDirectoryOffset(source) {
    const tailLength = Math.min(source.size, EOCD_SIZE + 0xffff);
    const tailStart = source.size - tailLength;
    const tail = await source.read(tailStart, tailLength, 'end of the ZIP archive');
    for (let at = tail.length - EOCD_SIZE; at >= 0; at--) {
        if (tail.readUInt32LE(at) !== EOCD_SIGNATURE)
            continue;
        if (at + EOCD_SIZE + tail.readUInt16LE(at + 20) !== tail.length)
            continue;
        const offset = tail.readUInt32LE(at + 16);
        const eocdAt = tailStart + at;
        const found = offset === 0xffffffff ? await zip64Offset(source, eocdAt) : offset;
        if (found > eocdAt)
            throw new byte_reader/* ArtifactError */.nE('has a corrupt ZIP end of central directory record');
        return found;
    }
    throw new byte_reader/* ArtifactError */.nE('is not a ZIP archive (no end of central directory record)');
}
async function zip64Offset(source, eocdAt) {
    const what = 'ZIP64 end of central directory record';
    const locator = new byte_reader/* ByteReader */.kP(await source.read(eocdAt - ZIP64_LOCATOR_SIZE, ZIP64_LOCATOR_SIZE, what), what);
    if (locator.uint32() !== ZIP64_LOCATOR_SIGNATURE)
        throw new byte_reader/* ArtifactError */.nE(`has no ${what}`);
    locator.uint32(); // disk
    const recordAt = locator.uint64();
    const record = new byte_reader/* ByteReader */.kP(await source.read(recordAt, ZIP64_EOCD_SIZE, what), what);
    if (record.uint32() !== ZIP64_EOCD_SIGNATURE)
        throw new byte_reader/* ArtifactError */.nE(`has a corrupt ${what}`);
    record.take(44); // size, versions, disks, entry counts, directory size
    return record.uint64();
}
/**
 * The ID → value pairs of the APK Signing Block, which sits right before the central directory;
 * undefined when there is none (the APK is unsigned or signed with v1 only). Only the values of
 * the wanted IDs are read, the first of each; the others (padding, stamps) are skipped over.
 */
async function readSigningBlock(source, wanted) {
    const what = 'APK Signing Block';
    const cdOffset = await centralDirectoryOffset(source);
    if (cdOffset < 32)
        return undefined;
    const footer = await source.read(cdOffset - 24, 24, what);
    if (!footer.subarray(8).equals(MAGIC))
        return undefined;
    const sizeInFooter = new byte_reader/* ByteReader */.kP(footer.subarray(0, 8), what).uint64();
    const start = cdOffset - sizeInFooter - 8;
    if (sizeInFooter < 24 || start < 0)
        throw new byte_reader/* ArtifactError */.nE(`has a truncated or corrupt ${what}`);
    const sizeInHeader = new byte_reader/* ByteReader */.kP(await source.read(start, 8, what), what).uint64();
    if (sizeInHeader !== sizeInFooter)
        throw new byte_reader/* ArtifactError */.nE(`has a corrupt ${what} (its two sizes differ)`);
    const values = new Map();
    const end = cdOffset - 24;
    let position = start + 8;
    for (let pairs = 0; position < end; pairs++) {
        if (pairs === MAX_PAIRS)
            throw new byte_reader/* ArtifactError */.nE(`has a corrupt ${what} (more than ${MAX_PAIRS} entries)`);
        const header = new byte_reader/* ByteReader */.kP(await source.read(position, 12, what), what);
        const length = header.uint64();
        const id = header.uint32();
        if (length < 4 || length > end - position - 8)
            throw new byte_reader/* ArtifactError */.nE(`has a truncated or corrupt ${what}`);
        // The first pair of an ID is the one Android reads (ApkSigningBlockUtils stops there); a
        // second v2 block after it, with another certificate, is never verified.
        if (wanted.includes(id) && !values.has(id)) {
            if (length - 4 > MAX_SCHEME_BLOCK_BYTES) {
                throw new byte_reader/* ArtifactError */.nE(`has a corrupt ${what}: a signature block of ${length - 4} bytes, ` +
                    `more than the ${MAX_SCHEME_BLOCK_BYTES} bytes a signature can take`);
            }
            values.set(id, await source.read(position + 12, length - 4, what));
        }
        position += 8 + length;
    }
    return values;
}
/** Signers of a v2 block (ID 0x7109871a). */
function readV2Signers(value) {
    return new byte_reader/* ByteReader */.kP(value, 'v2 signature block').sequence().map(signer => {
        const signedData = signer.lengthPrefixed();
        signedData.sequence(); // digests
        const certificates = signedData.sequence().map(c => c.rest());
        const alsoSignedWith = [];
        if (signedData.remaining > 0) {
            for (const attribute of signedData.sequence()) {
                if (attribute.uint32() === STRIPPING_PROTECTION_ID && attribute.remaining >= 4)
                    alsoSignedWith.push(attribute.uint32());
            }
        }
        return alsoSignedWith.length > 0 ? { certificates, alsoSignedWith } : { certificates };
    });
}
/** Signers of a v3 or v3.1 block (IDs 0xf05368c0, 0x1b93ad61), with their rotation lineage. */
function readV3Signers(value, name = 'v3') {
    return new byte_reader/* ByteReader */.kP(value, `${name} signature block`).sequence().map(signer => {
        const signedData = signer.lengthPrefixed();
        signedData.sequence(); // digests
        const certificates = signedData.sequence().map(c => c.rest());
        // Signed, as Android reads them (ByteBuffer.getInt): a maxSdk of 0xffffffff is -1, so that
        // signer applies nowhere, and a minSdk of 0xffffffff covers every level from the first.
        const minSdk = signedData.int32();
        const maxSdk = signedData.int32();
        let lineage;
        for (const attribute of signedData.sequence()) {
            if (attribute.uint32() === PROOF_OF_ROTATION_ID)
                lineage = readLineage(attribute);
        }
        return lineage ? { certificates, minSdk, maxSdk, lineage } : { certificates, minSdk, maxSdk };
    });
}
/** Proof-of-rotation: a version, then one length-prefixed node per certificate, oldest first. */
function readLineage(attribute) {
    attribute.uint32(); // version
    const certificates = [];
    while (attribute.remaining > 0) {
        if (certificates.length === byte_reader/* MAX_ITEMS */._5)
            throw new byte_reader/* ArtifactError */.nE(`has a corrupt v3 rotation lineage (more than ${byte_reader/* MAX_ITEMS */._5} keys)`);
        const node = attribute.lengthPrefixed('v3 rotation lineage');
        certificates.push(node.lengthPrefixed().lengthPrefixed().rest());
    }
    return certificates;
}

;// CONCATENATED MODULE: ./src/signing/apk/byte-source.ts

function checkRange(size, position, length, what) {
    if (!Number.isSafeInteger(position) ||
        !Number.isSafeInteger(length) ||
        position < 0 ||
        length < 0 ||
        position + length > size) {
        throw new byte_reader/* ArtifactError */.nE(`has a truncated or corrupt ${what}`);
    }
}
/** Reads through an open file descriptor, with positioned reads. */
function fileSource(handle, size) {
    return {
        size,
        async read(position, length, what) {
            checkRange(size, position, length, what);
            const buffer = Buffer.alloc(length);
            let filled = 0;
            while (filled < length) {
                const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
                // The file shrank since it was opened: what is missing is truncated.
                if (bytesRead === 0)
                    throw new byte_reader/* ArtifactError */.nE(`has a truncated ${what}`);
                filled += bytesRead;
            }
            return buffer;
        }
    };
}
/** The same over bytes in memory, for tests and small pieces already read. */
function bufferSource(bytes) {
    return {
        size: bytes.length,
        read(position, length, what) {
            checkRange(bytes.length, position, length, what);
            return Promise.resolve(bytes.subarray(position, position + length));
        }
    };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/signing/apk/zip.ts


/**
 * Most entries an archive may list. Fire OS 6–8 (Android 7.1–11) read APKs with a libziparchive
 * that has no ZIP64 and so holds at most 65,535 entries; a real APK or bundle has thousands. The
 * bound is checked against the end record's count before the directory is walked, so a directory
 * of a million names costs nothing.
 */
const MAX_ENTRIES = 65_535;
/** Entries an artifact reader asks for are a manifest and a signature block or two. */
const MAX_KEPT = 256;
/**
 * Reads are served from windows of this size: yauzl asks for every central directory header in
 * two small reads, which would be two system calls per entry; a window holds hundreds of them.
 */
const READ_WINDOW = 1024 * 1024;
/** The names kept to find duplicates: a real APK's take a megabyte or two. */
const MAX_NAME_BYTES = 32 * 1024 * 1024;
/**
 * Opens a ZIP archive with yauzl, which reads the end record (ZIP64 too) and the central
 * directory with positioned reads, never the whole file. It reads through the caller's file
 * handle (yauzl.fromFd would close the descriptor itself when done, under the caller's feet).
 * Names are the raw bytes of the central directory, as Android's libziparchive compares them
 * (latin1, one character per byte): an Info-ZIP Unicode Path extra field renames nothing, since
 * Android ignores it. A name listed twice is refused, as Android refuses such an APK. Only
 * entries whose names pass keep are remembered.
 */
async function openZip(file, keep) {
    const { default: yauzl } = await __webpack_require__.e(/* import() */ 663).then(__webpack_require__.t.bind(__webpack_require__, 663, 19));
    const { handle } = file;
    let window;
    class HandleReader extends yauzl.RandomAccessReader {
        _readStreamForRange(start, end) {
            return rangeStream(handle, start, end);
        }
        read(buffer, offset, length, position, callback) {
            const served = () => {
                const bytes = window?.bytes ?? Buffer.alloc(0);
                const from = position - (window?.start ?? 0);
                const count = Math.max(0, Math.min(length, bytes.length - from));
                return bytes.copy(buffer, offset, from, from + count);
            };
            if (window &&
                position >= window.start &&
                position + length <= window.start + window.bytes.length) {
                // Served from memory, the callback still comes later: yauzl reads the next entry from
                // inside it, which would otherwise recurse once per entry.
                queueMicrotask(() => callback(null, served()));
                return;
            }
            // A ZIP64 locator can point anywhere, past the end of the file or of what a number holds:
            // said so, instead of Node's RangeError quoting the position.
            if (!Number.isSafeInteger(position) || position < 0 || position + length > file.size) {
                queueMicrotask(() => callback(new Error('a record points past the end of the file')));
                return;
            }
            const size = Math.max(length, Math.min(READ_WINDOW, file.size - position));
            const bytes = Buffer.alloc(Math.max(0, size));
            handle.read(bytes, 0, bytes.length, position).then(({ bytesRead }) => {
                window = { start: position, bytes: bytes.subarray(0, bytesRead) };
                callback(null, served());
            }, (error) => callback(error));
        }
        close(callback) {
            callback(null); // the handle belongs to the caller
        }
    }
    const zip = await new Promise((resolve, reject) => yauzl.fromRandomAccessReader(new HandleReader(), file.size, { lazyEntries: true, autoClose: false, decodeStrings: false }, (error, opened) => error
        ? reject(new byte_reader/* ArtifactError */.nE(`is not a ZIP archive (${reason(error)})`))
        : resolve(opened)));
    const entries = new Map();
    try {
        if (zip.entryCount > MAX_ENTRIES) {
            throw new byte_reader/* ArtifactError */.nE(`lists ${zip.entryCount} ZIP entries, more than the ${MAX_ENTRIES} Android's APK reader ` +
                'takes; the file is corrupt or not an Android artifact');
        }
        const seen = new Set();
        let nameBytes = 0;
        await new Promise((resolve, reject) => {
            zip.on('entry', (entry) => {
                const name = rawName(entry);
                if (seen.has(name)) {
                    // Named when it is one this step reads (the manifest, a signature block); any other
                    // name is only the file's content.
                    const which = keep(name) ? name : `number ${seen.size + 1}`;
                    reject(new byte_reader/* ArtifactError */.nE(`lists the entry ${which} twice; Android refuses an APK with a duplicate entry, ` +
                        'so rebuild it'));
                    return;
                }
                seen.add(name);
                nameBytes += name.length;
                if (nameBytes > MAX_NAME_BYTES) {
                    reject(new byte_reader/* ArtifactError */.nE(`has entry names of more than ${MAX_NAME_BYTES} bytes in all`));
                    return;
                }
                if (keep(name)) {
                    if (entries.size === MAX_KEPT) {
                        reject(new byte_reader/* ArtifactError */.nE(`has more than ${MAX_KEPT} manifest or signature entries`));
                        return;
                    }
                    entries.set(name, entry);
                }
                zip.readEntry();
            });
            zip.on('end', () => resolve());
            zip.on('error', (error) => reject(new byte_reader/* ArtifactError */.nE(`is a corrupt ZIP archive (${reason(error)})`)));
            zip.readEntry();
        });
    }
    catch (error) {
        zip.close();
        throw error;
    }
    return {
        names: [...entries.keys()],
        read: (name, maxBytes) => readEntry(zip, entries.get(name), name, maxBytes),
        readStart: name => readEntryStart(zip, entries.get(name), name),
        close: () => zip.close()
    };
}
/** With decodeStrings off, yauzl gives the name's bytes (its typings say string). */
function rawName(entry) {
    const name = entry.fileName;
    return Buffer.isBuffer(name) ? name.toString('latin1') : String(name);
}
/**
 * Bytes start to end of the file as a stream, read by position. Not handle.createReadStream:
 * destroying that stream (as yauzl does) closes the handle, autoClose or not.
 */
function rangeStream(handle, start, end) {
    let position = start;
    return new external_node_stream_.Readable({
        highWaterMark: 64 * 1024,
        read(size) {
            const length = Math.min(size, end - position);
            if (length <= 0) {
                this.push(null);
                return;
            }
            const buffer = Buffer.alloc(length);
            handle.read(buffer, 0, length, position).then(({ bytesRead }) => {
                if (bytesRead === 0)
                    return this.destroy(new Error('unexpected end of file'));
                position += bytesRead;
                this.push(buffer.subarray(0, bytesRead));
            }, (error) => this.destroy(error));
        }
    });
}
/**
 * An entry's bytes, read raw and inflated unless stored: Android's reader treats every method
 * other than STORED (0) as DEFLATED, so a manifest that declares method 21 still installs.
 */
async function readEntry(zip, entry, name, maxBytes) {
    if (!entry)
        throw new byte_reader/* ArtifactError */.nE(`has no ${name}`);
    const tooLarge = (how = 'inflates to') => new byte_reader/* ArtifactError */.nE(`has a ${name} that ${how} more than ${maxBytes} bytes; such an entry takes a few kB, ` +
        'so the file is corrupt or not an Android artifact');
    const corrupt = (why) => new byte_reader/* ArtifactError */.nE(`has a corrupt entry ${name} (${why})`);
    // The declared size first, then the compressed size: deflate can spend gigabytes of empty
    // blocks on no output, which would be read to the end. Inflating stops at the cap whatever
    // the header says.
    if (entry.uncompressedSize > maxBytes)
        throw tooLarge();
    if (entry.compressedSize > maxBytes + 65536)
        throw tooLarge('takes');
    const raw = await readRaw(zip, entry, entry.compressedSize, corrupt);
    let bytes = raw;
    if (entry.compressionMethod !== 0) {
        const { inflateRawSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 23));
        try {
            bytes = inflateRawSync(raw, { maxOutputLength: maxBytes });
        }
        catch (error) {
            if (error.code === 'ERR_BUFFER_TOO_LARGE')
                throw tooLarge();
            throw corrupt('invalid deflate data');
        }
    }
    if (bytes.length > maxBytes)
        throw tooLarge();
    if (bytes.length !== entry.uncompressedSize)
        throw corrupt(`it holds ${bytes.length} bytes, not the ${entry.uncompressedSize} declared`);
    return bytes;
}
/** Up to end bytes of an entry's data as stored. */
function readRaw(zip, entry, end, corrupt) {
    return new Promise((resolve, reject) => zip.openReadStream(entry, { decodeFileData: false, start: 0, end }, (error, stream) => {
        if (error)
            return reject(corrupt(reason(error)));
        const chunks = [];
        stream.on('data', (chunk) => chunks.push(chunk));
        stream.on('end', () => resolve(Buffer.concat(chunks)));
        stream.on('error', (e) => reject(corrupt(reason(e))));
    }));
}
/** What readStart reads: 16 kB as stored inflate to at most 17 MB, of which 64 kB are kept. */
const START_RAW_BYTES = 16 * 1024;
const START_BYTES = 64 * 1024;
async function readEntryStart(zip, entry, name) {
    if (!entry)
        throw new byte_reader/* ArtifactError */.nE(`has no ${name}`);
    const corrupt = (why) => new byte_reader/* ArtifactError */.nE(`has a corrupt entry ${name} (${why})`);
    const raw = await readRaw(zip, entry, Math.min(entry.compressedSize, START_RAW_BYTES), corrupt);
    if (entry.compressionMethod === 0)
        return raw.subarray(0, START_BYTES);
    const { constants, inflateRawSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 23));
    try {
        // A sync flush at the end: the input is cut short on purpose, so inflate what is there.
        return inflateRawSync(raw, {
            finishFlush: constants.Z_SYNC_FLUSH,
            maxOutputLength: 1100 * START_RAW_BYTES
        }).subarray(0, START_BYTES);
    }
    catch {
        throw corrupt('invalid deflate data');
    }
}
/**
 * yauzl's description of what is wrong, without the name or bytes it may quote from the file
 * after a colon ("invalid characters in fileName: …"): the archive's content stays out of logs.
 */
function reason(error) {
    return (error.message.split(':')[0] ?? '').replace(/[^\x20-\x7e]/g, '?').slice(0, 120);
}

;// CONCATENATED MODULE: ./src/signing/apk/artifact.ts








const JAR_SIGNATURE_BLOCK = /^META-INF\/[^/]+\.(RSA|EC|DSA)$/i;
const JAR_SIGNATURE_FILE = /^META-INF\/[^/]+\.SF$/i;
const APK_MANIFEST = 'AndroidManifest.xml';
const AAB_MANIFEST = 'base/manifest/AndroidManifest.xml';
/** Caps on what an entry may inflate to: real manifests and signature blocks take kilobytes. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const MAX_JAR_SIGNATURE_BYTES = 1024 * 1024;
/**
 * Reads the signer certificate and the package name of a signed .apk or .aab. For an APK, the
 * certificate is the one a Fire OS 8 device (API 30) verifies (see fire-os-signer.ts): the v3
 * signer whose SDK range covers 30, else the v2 signer, else v1; v3.1 applies from API 33 only
 * and is ignored. An .aab has v1 JAR signing only. Reads by position only what it needs (the end records, the central
 * directory, the signing block, the manifest and a signature entry), whatever the file's size.
 */
async function readArtifact(file, fileName) {
    const lower = fileName.toLowerCase();
    const kind = lower.endsWith('.apk') ? 'apk' : lower.endsWith('.aab') ? 'aab' : undefined;
    if (!kind)
        throw new byte_reader/* ArtifactError */.nE('is neither an .apk nor an .aab file');
    const manifest = kind === 'apk' ? APK_MANIFEST : AAB_MANIFEST;
    const zip = await openZip(file, name => name === manifest || JAR_SIGNATURE_BLOCK.test(name) || JAR_SIGNATURE_FILE.test(name));
    try {
        return await readOpenArtifact(fileSource(file.handle, file.size), zip, kind, manifest);
    }
    finally {
        zip.close();
    }
}
async function readOpenArtifact(source, zip, kind, manifest) {
    const notes = [];
    const warnings = [];
    const found = kind === 'apk' ? await apkSignatures(source, zip, notes) : await jarSigner(zip, notes);
    if (!found) {
        throw kind === 'apk'
            ? new byte_reader/* ArtifactError */.nE('is not signed: it has no APK Signing Block and no META-INF/*.RSA, *.EC or *.DSA', w => `point ${w.name('apk')} at the output of the signing step`)
            : new byte_reader/* ArtifactError */.nE('is not signed: it has no META-INF/*.RSA, *.EC or *.DSA', w => `sign the bundle (jarsigner) and point ${w.name('apk')} at the signed file`);
    }
    const manifestBytes = await zip.read(manifest, MAX_MANIFEST_BYTES);
    const packageName = kind === 'apk' ? binaryManifestPackage(manifestBytes) : protoManifestPackage(manifestBytes);
    // Levels below the app's minSdkVersion never install it: their signer does not matter.
    const signer = 'signatures' in found
        ? apkSigner(found, binaryManifestMinSdk(manifestBytes), notes, warnings)
        : found;
    if (!packageName)
        throw new byte_reader/* ArtifactError */.nE('has an AndroidManifest.xml without a package attribute');
    return {
        kind,
        packageName,
        notes,
        warnings,
        certificate: signer.certificate,
        scheme: signer.scheme
    };
}
/** The signatures of an APK: its signing block's v3, v3.1 and v2, and v1 where no v2 is. */
async function apkSignatures(source, zip, notes) {
    const block = await readSigningBlock(source, [V31_BLOCK_ID, V3_BLOCK_ID, V2_BLOCK_ID]);
    const signatures = {};
    const v31Value = block?.get(V31_BLOCK_ID);
    const v3Value = block?.get(V3_BLOCK_ID);
    const v2Value = block?.get(V2_BLOCK_ID);
    // A v3 signer for other levels is skipped unread by Android, certificates and all: only the
    // one that applies must have a certificate (signerAt checks it).
    if (v3Value)
        signatures.v3 = nonEmpty(readV3Signers(v3Value), 'v3', { each: false });
    if (v2Value)
        signatures.v2 = nonEmpty(readV2Signers(v2Value), 'v2');
    // JAR signing applies only where no v2 signature does (v3 applies from API 28 only).
    if (!signatures.v2) {
        const v1 = await jarSigner(zip, notes);
        if (v1)
            signatures.v1 = { certificate: v1.certificate, signedWith: v1.signedWith };
    }
    if (!signatures.v3 && !signatures.v2 && !signatures.v1) {
        if (v31Value)
            throw new byte_reader/* ArtifactError */.nE('has only a v3.1 signature, which Android reads from API 33 only (and refuses without a v3 block); sign it with v3 (apksigner) too');
        return undefined;
    }
    if (!v31Value)
        return { signatures };
    try {
        return { signatures, v31: readV3Signers(v31Value, 'v3.1') };
    }
    catch (error) {
        if (!(error instanceof byte_reader/* ArtifactError */.nE))
            throw error;
        // Fire OS never reads v3.1: a corrupt one keeps no tester from installing the build.
        notes.push(`The APK's v3.1 block (read by Android 13, API 33, and later) is corrupt (the file ${error.message}), ` +
            'so devices from Android 13 on refuse the APK; Fire OS (API 25–30) ignores v3.1.');
        return { signatures };
    }
}
/** The certificate a Fire OS 8 device verifies, with warnings for the levels that differ. */
function apkSigner(found, minSdk, notes, warnings) {
    const { signatures, v31 } = found;
    const chosen = fireOsSigner(signatures, minSdk);
    if ('refused' in chosen)
        throw new byte_reader/* ArtifactError */.nE(chosen.refused);
    if (chosen.scheme === 'v3' && signatures.v3)
        noteV3(signatures.v3, chosen.certificate, notes);
    if (chosen.scheme === 'v2' && signatures.v2)
        noteV2(signatures.v2, notes);
    if (v31)
        noteV31(v31, chosen.certificate, notes);
    warnings.push(...chosen.warnings);
    return { certificate: chosen.certificate, scheme: chosen.scheme };
}
function nonEmpty(signers, scheme, { each = true } = {}) {
    if (signers.length === 0 || (each && signers.some(s => !s.certificates[0])))
        throw new byte_reader/* ArtifactError */.nE(`has a ${scheme} signature block without a signer certificate`);
    return signers;
}
/** v3 signers cover SDK ranges: the log says which was taken (the one for API 30). */
function noteV3(signers, certificate, notes) {
    // The signer for API 30, not the first with the same certificate: another may hold it too.
    const [chosen] = v3SignersAt(REGISTERED_LEVEL, signers);
    if (!chosen?.certificates[0]?.equals(certificate))
        return;
    if (signers.length > 1) {
        notes.push(`The APK has ${signers.length} v3 signers for different SDK ranges; took the one for SDK ${chosen.minSdk}–${chosen.maxSdk}: ${subjectOf(chosen.certificates[0])}.`);
    }
    if (chosen.lineage && chosen.lineage.length > 1) {
        notes.push(`The v3 signer rotated its key: lineage of ${chosen.lineage.length} certificates, ` +
            `oldest ${subjectOf(chosen.lineage[0])}; took the current signer ${subjectOf(chosen.certificates[0])}.`);
    }
}
/** Android requires every v2 signer to verify; the first one's certificate is registered. */
function noteV2(signers, notes) {
    if (signers.length < 2)
        return;
    const names = signers.map(s => subjectOf(s.certificates[0]));
    notes.push(`The APK has ${signers.length} v2 signers (${names.join('; ')}); took the first.`);
}
/** A v3.1 block that names another key: Android 13+ verifies it, Fire OS does not. */
function noteV31(signers, registered, notes) {
    const other = signers
        .map(s => s.certificates[0])
        .find(c => c !== undefined && !c.equals(registered));
    if (!other)
        return;
    // Android reads v3.1 from API 33 only, whatever lower minSdk a signer claims.
    const from = Math.max(33, Math.min(...signers.map(s => s.minSdk ?? 33)));
    notes.push(`The APK's v3.1 block (key rotation for Android 13, API 33, and later) names another key: ` +
        `${describeCertificate(other)}; Android ${from === 33 ? '13+' : `API ${from}+`} devices see that one. ` +
        `Fire OS (API 25–30) ignores v3.1 and verifies ${describeCertificate(registered)}, so that one is registered.`);
}
async function jarSigner(zip, notes) {
    const blocks = zip.names.filter(name => JAR_SIGNATURE_BLOCK.test(name)).sort();
    const first = blocks[0];
    if (!first)
        return undefined;
    // Loaded here, not imported: the ASN.1 modules that read PKCS#7 are large, and only a v1
    // signature needs them (npm run bench).
    const { apkSignedSchemes, jarSignerCertificates } = await Promise.all(/* import() */[__webpack_require__.e(467), __webpack_require__.e(428)]).then(__webpack_require__.bind(__webpack_require__, 5428));
    const certificates = jarSignerCertificates(await zip.read(first, MAX_JAR_SIGNATURE_BYTES), first);
    if (blocks.length > 1 || certificates.length > 1) {
        notes.push(`The JAR signature has ${Math.max(blocks.length, certificates.length)} signers; took ${first} (${subjectOf(certificates[0])}).`);
    }
    // The .SF beside the block: its main section declares the newer schemes (stripping protection).
    const signatureFile = first.replace(/\.[^.]+$/, '.SF');
    const sfName = zip.names.find(name => name.toUpperCase() === signatureFile.toUpperCase());
    const signedWith = sfName ? apkSignedSchemes(await zip.readStart(sfName)) : [];
    const certificate = certificates[0];
    if (!certificate)
        return undefined;
    return { certificate, scheme: 'v1', signedWith };
}


/***/ }),

/***/ 200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _5: () => (/* binding */ MAX_ITEMS),
/* harmony export */   kP: () => (/* binding */ ByteReader),
/* harmony export */   nE: () => (/* binding */ ArtifactError)
/* harmony export */ });
/** Why an APK or AAB could not be read; the caller names the file and the input. */
class ArtifactError extends Error {
    fix;
    name = 'ArtifactError';
    constructor(message, 
    /** What to do, where the cause is the input's (an unsigned build named), not the file's. */
    fix) {
        super(message);
        this.fix = fix;
    }
}
/**
 * Most items one sequence of a signature scheme may hold (signers, digests, certificates,
 * attributes, lineage keys): real ones hold a few. Without a bound, a block of millions of
 * zero-length items would become millions of objects.
 */
const MAX_ITEMS = 256;
/**
 * Little-endian reads with bounds checks, for the hand-written Android formats: any read past
 * the end is a truncated or corrupt structure, reported as such instead of a RangeError.
 */
class ByteReader {
    bytes;
    what;
    offset = 0;
    constructor(bytes, 
    /** What is being read, for the error message: "the v2 signer block", … */
    what) {
        this.bytes = bytes;
        this.what = what;
    }
    get remaining() {
        return this.bytes.length - this.offset;
    }
    need(count) {
        if (count < 0 || count > this.remaining) {
            throw new ArtifactError(`has a truncated or corrupt ${this.what}`);
        }
    }
    uint32() {
        this.need(4);
        const value = this.bytes.readUInt32LE(this.offset);
        this.offset += 4;
        return value;
    }
    /** A signed 32-bit value, as Java's ByteBuffer.getInt() reads it (0xffffffff is -1). */
    int32() {
        this.need(4);
        const value = this.bytes.readInt32LE(this.offset);
        this.offset += 4;
        return value;
    }
    uint64() {
        this.need(8);
        const value = this.bytes.readBigUInt64LE(this.offset);
        this.offset += 8;
        if (value > BigInt(Number.MAX_SAFE_INTEGER))
            throw new ArtifactError(`has a corrupt ${this.what}`);
        return Number(value);
    }
    take(count) {
        this.need(count);
        const slice = this.bytes.subarray(this.offset, this.offset + count);
        this.offset += count;
        return slice;
    }
    /** A block preceded by its uint32 length, as the APK signature schemes nest everything. */
    lengthPrefixed(what = this.what) {
        return new ByteReader(this.take(this.uint32()), what);
    }
    /** A uint32-length-prefixed sequence of uint32-length-prefixed items. */
    sequence(what = this.what) {
        const list = this.lengthPrefixed(what);
        const items = [];
        while (list.remaining > 0) {
            if (items.length === MAX_ITEMS)
                throw new ArtifactError(`has a corrupt ${what} (more than ${MAX_ITEMS} items in a list)`);
            items.push(list.lengthPrefixed(what));
        }
        return items;
    }
    rest() {
        return this.take(this.remaining);
    }
}


/***/ })

};
