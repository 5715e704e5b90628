export const id = 140;
export const ids = [140];
export const modules = {

/***/ 140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ArtifactError: () => (/* reexport */ byte_reader/* ArtifactError */.nE),
  readArtifact: () => (/* binding */ readArtifact)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/mask.ts
var mask = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/apk/byte-reader.ts
var byte_reader = __webpack_require__(3272);
;// CONCATENATED MODULE: ./src/apk/binary-xml.ts


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
function readPackageAttribute(chunk, strings) {
    const element = new byte_reader/* ByteReader */.kP(chunk.subarray(chunk.readUInt16LE(2)), '<manifest> element in AndroidManifest.xml');
    element.uint32(); // namespace
    const name = strings(element.uint32());
    if (name !== 'manifest') {
        throw new byte_reader/* ArtifactError */.nE(`has an AndroidManifest.xml whose root is <${(0,mask/* testerText */.xe)(name ?? '?', 60)}>, not <manifest>`);
    }
    const attributes = element.take(8);
    const attributeStart = attributes.readUInt16LE(0);
    const attributeSize = attributes.readUInt16LE(2);
    const attributeCount = attributes.readUInt16LE(4);
    const base = chunk.readUInt16LE(2) + attributeStart;
    for (let i = 0; i < attributeCount; i++) {
        const attribute = new byte_reader/* ByteReader */.kP(chunk.subarray(base + i * attributeSize, base + (i + 1) * attributeSize), '<manifest> attribute in AndroidManifest.xml');
        const namespace = attribute.uint32();
        const attributeName = strings(attribute.uint32());
        const raw = attribute.uint32();
        attribute.take(3); // typed value: size, reserved
        const dataType = attribute.take(1)[0];
        const data = attribute.uint32();
        if (namespace !== NO_STRING || attributeName !== 'package')
            continue;
        if (raw !== NO_STRING)
            return strings(raw);
        return dataType === TYPE_STRING ? strings(data) : undefined;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/apk/proto-manifest.ts


// Hand-written: an app bundle keeps its manifest as an aapt2 XmlNode protobuf message
// (frameworks/base/tools/aapt2/Resources.proto). Reading one string attribute needs only the
// protobuf wire format (varints and length-delimited fields), not a protobuf library and schema.
//   XmlNode      { XmlElement element = 1; … }
//   XmlElement   { string namespace_uri = 2; string name = 3; repeated XmlAttribute attribute = 4; … }
//   XmlAttribute { string namespace_uri = 1; string name = 2; string value = 3; … }
const LENGTH_DELIMITED = 2;
/** Length-delimited fields of a message, by field number; other wire types are skipped. */
function fields(message) {
    const found = new Map();
    let offset = 0;
    const varint = () => {
        let value = 0;
        for (let shift = 0; shift < 64; shift += 7) {
            if (offset >= message.length)
                throw new byte_reader/* ArtifactError */.nE('has a truncated or corrupt protobuf AndroidManifest.xml');
            const byte = message[offset++];
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
            const list = found.get(field) ?? [];
            list.push(message.subarray(offset, offset + length));
            found.set(field, list);
            offset += length;
        }
        else
            throw new byte_reader/* ArtifactError */.nE('has a corrupt protobuf AndroidManifest.xml');
    }
    return found;
}
const proto_manifest_text = (value) => value?.[0]?.toString('utf8') ?? '';
/** The package attribute of the root <manifest> element of a bundle's protobuf manifest. */
function protoManifestPackage(node) {
    const element = fields(node).get(1)?.[0];
    if (!element)
        throw new byte_reader/* ArtifactError */.nE('has a protobuf AndroidManifest.xml without a root element');
    const parts = fields(element);
    if (proto_manifest_text(parts.get(3)) !== 'manifest') {
        throw new byte_reader/* ArtifactError */.nE(`has an AndroidManifest.xml whose root is <${(0,mask/* testerText */.xe)(proto_manifest_text(parts.get(3)), 60)}>, not <manifest>`);
    }
    for (const attribute of parts.get(4) ?? []) {
        const attr = fields(attribute);
        if (proto_manifest_text(attr.get(1)) === '' && proto_manifest_text(attr.get(2)) === 'package')
            return proto_manifest_text(attr.get(3));
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/apk/signing-block.ts

// Hand-written: the APK Signing Block and the v2/v3 signer structures are Android-specific and no
// maintained npm library reads them. Format: source.android.com/docs/security/features/apksigning.
const V2_BLOCK_ID = 0x7109871a;
const V3_BLOCK_ID = 0xf05368c0;
const V31_BLOCK_ID = 0x1b93ad61;
const PROOF_OF_ROTATION_ID = 0x3ba06f8c;
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
 * the wanted IDs are read; the others (padding, stamps) are skipped over.
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
        if (wanted.includes(id)) {
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
        return { certificates: signedData.sequence().map(c => c.rest()) };
    });
}
/** Signers of a v3 or v3.1 block (IDs 0xf05368c0, 0x1b93ad61), with their rotation lineage. */
function readV3Signers(value, name = 'v3') {
    return new byte_reader/* ByteReader */.kP(value, `${name} signature block`).sequence().map(signer => {
        const signedData = signer.lengthPrefixed();
        signedData.sequence(); // digests
        const certificates = signedData.sequence().map(c => c.rest());
        const minSdk = signedData.uint32();
        const maxSdk = signedData.uint32();
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

;// CONCATENATED MODULE: ./src/apk/byte-source.ts

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
;// CONCATENATED MODULE: ./src/apk/zip.ts


/** More entries than any real APK or bundle holds; the walk through the directory stops there. */
const MAX_ENTRIES = 1_000_000;
/** Entries an artifact reader asks for are a manifest and a signature block or two. */
const MAX_KEPT = 256;
/**
 * Opens a ZIP archive with yauzl, which reads the end record (ZIP64 too) and the central
 * directory with positioned reads, never the whole file. It reads through the caller's file
 * handle (yauzl.fromFd would close the descriptor itself when done, under the caller's feet).
 * Only entries whose names pass keep are remembered, so a directory of a million names costs no
 * memory.
 */
async function openZip(file, keep) {
    const { default: yauzl } = await __webpack_require__.e(/* import() */ 663).then(__webpack_require__.t.bind(__webpack_require__, 663, 19));
    const { handle } = file;
    class HandleReader extends yauzl.RandomAccessReader {
        _readStreamForRange(start, end) {
            return rangeStream(handle, start, end);
        }
        read(buffer, offset, length, position, callback) {
            handle.read(buffer, offset, length, position).then(({ bytesRead }) => callback(null, bytesRead), (error) => callback(error));
        }
        close(callback) {
            callback(null); // the handle belongs to the caller
        }
    }
    const zip = await new Promise((resolve, reject) => yauzl.fromRandomAccessReader(new HandleReader(), file.size, { lazyEntries: true, autoClose: false }, (error, opened) => error
        ? reject(new byte_reader/* ArtifactError */.nE(`is not a ZIP archive (${reason(error)})`))
        : resolve(opened)));
    const entries = new Map();
    try {
        await new Promise((resolve, reject) => {
            let seen = 0;
            zip.on('entry', (entry) => {
                if (keep(entry.fileName)) {
                    if (entries.size === MAX_KEPT) {
                        reject(new byte_reader/* ArtifactError */.nE(`has more than ${MAX_KEPT} manifest or signature entries`));
                        return;
                    }
                    entries.set(entry.fileName, entry);
                }
                if (++seen >= MAX_ENTRIES) {
                    reject(new byte_reader/* ArtifactError */.nE(`has more than ${MAX_ENTRIES} ZIP entries`));
                    return;
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
        close: () => zip.close()
    };
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
function readEntry(zip, entry, name, maxBytes) {
    if (!entry)
        return Promise.reject(new byte_reader/* ArtifactError */.nE(`has no ${name}`));
    const tooLarge = (how = 'inflates to') => new byte_reader/* ArtifactError */.nE(`has a ${name} that ${how} more than ${maxBytes} bytes; such an entry takes a few kB, ` +
        'so the file is corrupt or not an Android artifact');
    // The declared size first; yauzl then holds the stream to it (validateEntrySizes), and the
    // count below holds it to the cap even so. The compressed size too: deflate can spend
    // gigabytes of empty blocks on no output, which would be read to the end.
    if (entry.uncompressedSize > maxBytes)
        return Promise.reject(tooLarge());
    if (entry.compressedSize > maxBytes + 65536)
        return Promise.reject(tooLarge('takes'));
    return new Promise((resolve, reject) => zip.openReadStream(entry, (error, stream) => {
        if (error)
            return reject(new byte_reader/* ArtifactError */.nE(`has a corrupt entry ${name} (${reason(error)})`));
        const chunks = [];
        let total = 0;
        stream.on('data', (chunk) => {
            total += chunk.length;
            if (total > maxBytes) {
                stream.destroy();
                reject(tooLarge());
                return;
            }
            chunks.push(chunk);
        });
        stream.on('end', () => resolve(Buffer.concat(chunks)));
        stream.on('error', (e) => reject(new byte_reader/* ArtifactError */.nE(`has a corrupt entry ${name} (${reason(e)})`)));
    }));
}
/**
 * yauzl's description of what is wrong, without the name or bytes it may quote from the file
 * after a colon ("invalid characters in fileName: …"): the archive's content stays out of logs.
 */
function reason(error) {
    return (error.message.split(':')[0] ?? '').replace(/[^\x20-\x7e]/g, '?').slice(0, 120);
}

;// CONCATENATED MODULE: ./src/apk/artifact.ts








const JAR_SIGNATURE_BLOCK = /^META-INF\/[^/]+\.(RSA|EC|DSA)$/i;
const APK_MANIFEST = 'AndroidManifest.xml';
const AAB_MANIFEST = 'base/manifest/AndroidManifest.xml';
/** Caps on what an entry may inflate to: real manifests and signature blocks take kilobytes. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const MAX_JAR_SIGNATURE_BYTES = 1024 * 1024;
/**
 * Reads the signer certificate and the package name of a signed .apk or .aab. The newest signing
 * scheme present wins: v3.1, v3, v2 (all in the APK Signing Block), then v1 JAR signing, which is
 * the only one an .aab has. Reads by position only what it needs (the end records, the central
 * directory, the signing block, the manifest and a signature entry), whatever the file's size.
 */
async function readArtifact(file, fileName) {
    const lower = fileName.toLowerCase();
    const kind = lower.endsWith('.apk') ? 'apk' : lower.endsWith('.aab') ? 'aab' : undefined;
    if (!kind)
        throw new byte_reader/* ArtifactError */.nE('is neither an .apk nor an .aab file');
    const manifest = kind === 'apk' ? APK_MANIFEST : AAB_MANIFEST;
    const zip = await openZip(file, name => name === manifest || JAR_SIGNATURE_BLOCK.test(name));
    try {
        return await readOpenArtifact(fileSource(file.handle, file.size), zip, kind, manifest);
    }
    finally {
        zip.close();
    }
}
async function readOpenArtifact(source, zip, kind, manifest) {
    const notes = [];
    const signer = (kind === 'apk' ? await schemeSigner(source, notes) : undefined) ??
        (await jarSigner(zip, notes));
    if (!signer) {
        throw new byte_reader/* ArtifactError */.nE(kind === 'apk'
            ? 'is not signed: it has no APK Signing Block and no META-INF/*.RSA, *.EC or *.DSA; point apk at the output of the signing step'
            : 'is not signed: it has no META-INF/*.RSA, *.EC or *.DSA; sign the bundle (jarsigner) and point apk at the signed file');
    }
    const manifestBytes = await zip.read(manifest, MAX_MANIFEST_BYTES);
    const packageName = kind === 'apk' ? binaryManifestPackage(manifestBytes) : protoManifestPackage(manifestBytes);
    if (!packageName)
        throw new byte_reader/* ArtifactError */.nE('has an AndroidManifest.xml without a package attribute');
    return { kind, packageName, notes, ...signer };
}
async function schemeSigner(source, notes) {
    const block = await readSigningBlock(source, [V31_BLOCK_ID, V3_BLOCK_ID, V2_BLOCK_ID]);
    if (!block)
        return undefined;
    const schemes = [
        ['v3.1', V31_BLOCK_ID, value => readV3Signers(value, 'v3.1')],
        ['v3', V3_BLOCK_ID, value => readV3Signers(value)],
        ['v2', V2_BLOCK_ID, readV2Signers]
    ];
    for (const [scheme, id, read] of schemes) {
        const value = block.get(id);
        if (!value)
            continue;
        const signers = read(value);
        const chosen = chooseSigner(signers, scheme, notes);
        const certificate = chosen?.certificates[0];
        if (!certificate)
            throw new byte_reader/* ArtifactError */.nE(`has a ${scheme} signature block without a signer certificate`);
        return { certificate, scheme };
    }
    return undefined;
}
/** v3 signers cover SDK ranges: the one for the newest platform is current. v2 has no order. */
function chooseSigner(signers, scheme, notes) {
    const sorted = [...signers].sort((a, b) => (b.maxSdk ?? 0) - (a.maxSdk ?? 0));
    const chosen = sorted[0];
    if (!chosen)
        return undefined;
    if (signers.length > 1) {
        const names = signers.map(s => describe(s.certificates[0]));
        notes.push(scheme === 'v2'
            ? `The APK has ${signers.length} v2 signers (${names.join('; ')}); took the first.`
            : `The APK has ${signers.length} ${scheme} signers for different SDK ranges; took the one for SDK ${chosen.minSdk}–${chosen.maxSdk}: ${describe(chosen.certificates[0])}.`);
    }
    if (chosen.lineage && chosen.lineage.length > 1) {
        notes.push(`The ${scheme} signer rotated its key: lineage of ${chosen.lineage.length} certificates, ` +
            `oldest ${describe(chosen.lineage[0])}; took the current signer ${describe(chosen.certificates[0])}.`);
    }
    return chosen;
}
async function jarSigner(zip, notes) {
    const blocks = zip.names.filter(name => JAR_SIGNATURE_BLOCK.test(name)).sort();
    const first = blocks[0];
    if (!first)
        return undefined;
    // Loaded here, not imported: the ASN.1 modules that read PKCS#7 are large, and only a v1
    // signature needs them (npm run bench).
    const { jarSignerCertificates } = await Promise.all(/* import() */[__webpack_require__.e(467), __webpack_require__.e(292)]).then(__webpack_require__.bind(__webpack_require__, 6292));
    const certificates = jarSignerCertificates(await zip.read(first, MAX_JAR_SIGNATURE_BYTES), first);
    if (blocks.length > 1 || certificates.length > 1) {
        notes.push(`The JAR signature has ${Math.max(blocks.length, certificates.length)} signers; took ${first} (${describe(certificates[0])}).`);
    }
    return { certificate: certificates[0], scheme: 'v1' };
}
function describe(der) {
    if (!der)
        return 'no certificate';
    try {
        return new external_node_crypto_.X509Certificate(der).subject.split('\n').join(', ');
    }
    catch {
        return 'an unreadable certificate';
    }
}


/***/ }),

/***/ 3272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _5: () => (/* binding */ MAX_ITEMS),
/* harmony export */   kP: () => (/* binding */ ByteReader),
/* harmony export */   nE: () => (/* binding */ ArtifactError)
/* harmony export */ });
/** Why an APK or AAB could not be read; the caller names the file and the input. */
class ArtifactError extends Error {
    name = 'ArtifactError';
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
