"use strict";
exports.id = 32;
exports.ids = [32];
exports.modules = {

/***/ 6032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ArtifactError: () => (/* reexport */ ArtifactError),
  readArtifact: () => (/* binding */ readArtifact)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/apk/byte-reader.ts
/** Why an APK or AAB could not be read; the caller names the file and the input. */
class ArtifactError extends Error {
    name = 'ArtifactError';
}
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
        while (list.remaining > 0)
            items.push(list.lengthPrefixed(what));
        return items;
    }
    rest() {
        return this.take(this.remaining);
    }
}

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
/** The package attribute of the root <manifest> element of a binary AndroidManifest.xml. */
function binaryManifestPackage(xml) {
    const what = 'AndroidManifest.xml';
    if (xml.length < 8 || xml.readUInt16LE(0) !== RES_XML_TYPE) {
        throw new ArtifactError(`has an ${what} that is not Android binary XML`);
    }
    let strings = [];
    let offset = xml.readUInt16LE(2);
    while (offset + 8 <= xml.length) {
        const type = xml.readUInt16LE(offset);
        const size = xml.readUInt32LE(offset + 4);
        if (size < 8 || offset + size > xml.length)
            throw new ArtifactError(`has a truncated or corrupt ${what}`);
        const chunk = xml.subarray(offset, offset + size);
        if (type === RES_STRING_POOL_TYPE)
            strings = readStringPool(chunk);
        if (type === RES_XML_START_ELEMENT_TYPE) {
            // The first element is the root: <manifest>, or this is no manifest.
            return readPackageAttribute(chunk, strings);
        }
        offset += size;
    }
    throw new ArtifactError(`has an ${what} without a <manifest> element`);
}
function readStringPool(chunk) {
    const header = new ByteReader(chunk.subarray(8), 'AndroidManifest.xml string pool');
    const count = header.uint32();
    header.uint32(); // style count
    const flags = header.uint32();
    const stringsStart = header.uint32();
    const headerSize = chunk.readUInt16LE(2);
    const offsets = new ByteReader(chunk.subarray(headerSize), 'AndroidManifest.xml string pool');
    const strings = [];
    for (let i = 0; i < count; i++) {
        const at = stringsStart + offsets.uint32();
        strings.push(flags & UTF8_FLAG ? readUtf8(chunk, at) : readUtf16(chunk, at));
    }
    return strings;
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
        throw new ArtifactError('has a corrupt AndroidManifest.xml string pool');
    return chunk.subarray(start, start + length).toString('utf8');
}
function readUtf16(chunk, at) {
    let length = chunk.readUInt16LE(at);
    let position = at + 2;
    if (length & 0x8000) {
        length = ((length & 0x7fff) << 16) | chunk.readUInt16LE(at + 2);
        position += 2;
    }
    return chunk.subarray(position, position + length * 2).toString('utf16le');
}
function readPackageAttribute(chunk, strings) {
    const element = new ByteReader(chunk.subarray(chunk.readUInt16LE(2)), '<manifest> element in AndroidManifest.xml');
    element.uint32(); // namespace
    const name = strings[element.uint32()];
    if (name !== 'manifest') {
        throw new ArtifactError(`has an AndroidManifest.xml whose root is <${name ?? '?'}>, not <manifest>`);
    }
    const attributes = element.take(8);
    const attributeStart = attributes.readUInt16LE(0);
    const attributeSize = attributes.readUInt16LE(2);
    const attributeCount = attributes.readUInt16LE(4);
    const base = chunk.readUInt16LE(2) + attributeStart;
    for (let i = 0; i < attributeCount; i++) {
        const attribute = new ByteReader(chunk.subarray(base + i * attributeSize, base + (i + 1) * attributeSize), '<manifest> attribute in AndroidManifest.xml');
        const namespace = attribute.uint32();
        const attributeName = strings[attribute.uint32()];
        const raw = attribute.uint32();
        attribute.take(3); // typed value: size, reserved
        const dataType = attribute.take(1)[0];
        const data = attribute.uint32();
        if (namespace !== NO_STRING || attributeName !== 'package')
            continue;
        if (raw !== NO_STRING)
            return strings[raw];
        return dataType === TYPE_STRING ? strings[data] : undefined;
    }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-cms/build/cjs/index.js
var cjs = __webpack_require__(1467);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-schema/build/cjs/index.js
var build_cjs = __webpack_require__(7261);
;// CONCATENATED MODULE: ./src/apk/jar-signature.ts



/**
 * The signer certificates of a v1 (JAR) signature block, META-INF/*.RSA|*.EC|*.DSA: a PKCS#7
 * SignedData, read with @peculiar/asn1-cms. Returns one DER certificate per SignerInfo, matched by
 * issuer and serial number (a block may also carry chain certificates that signed nothing).
 */
function jarSignerCertificates(block, name) {
    let signedData;
    try {
        signedData = build_cjs.AsnConvert.parse(build_cjs.AsnConvert.parse(block, cjs.ContentInfo).content, cjs.SignedData);
    }
    catch {
        throw new ArtifactError(`has a JAR signature block ${name} that is not valid PKCS#7`);
    }
    const certificates = (signedData.certificates ?? []).flatMap(choice => choice.certificate ? [choice.certificate] : []);
    if (certificates.length === 0) {
        throw new ArtifactError(`has a JAR signature block ${name} without a certificate`);
    }
    const der = (value) => Buffer.from(build_cjs.AsnConvert.serialize(value));
    const signers = signedData.signerInfos.flatMap(info => {
        const sid = info.sid.issuerAndSerialNumber;
        const match = sid
            ? certificates.find(cert => Buffer.from(cert.tbsCertificate.serialNumber).equals(Buffer.from(sid.serialNumber)) &&
                der(cert.tbsCertificate.issuer).equals(der(sid.issuer)))
            : undefined;
        return match ? [match] : [];
    });
    return (signers.length > 0 ? signers : certificates.slice(0, 1)).map(der);
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
                throw new ArtifactError('has a truncated or corrupt protobuf AndroidManifest.xml');
            const byte = message[offset++];
            value += (byte & 0x7f) * 2 ** shift;
            if (!(byte & 0x80))
                return value;
        }
        throw new ArtifactError('has a corrupt protobuf AndroidManifest.xml');
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
                throw new ArtifactError('has a truncated or corrupt protobuf AndroidManifest.xml');
            }
            const list = found.get(field) ?? [];
            list.push(message.subarray(offset, offset + length));
            found.set(field, list);
            offset += length;
        }
        else
            throw new ArtifactError('has a corrupt protobuf AndroidManifest.xml');
    }
    return found;
}
const proto_manifest_text = (value) => value?.[0]?.toString('utf8') ?? '';
/** The package attribute of the root <manifest> element of a bundle's protobuf manifest. */
function protoManifestPackage(node) {
    const element = fields(node).get(1)?.[0];
    if (!element)
        throw new ArtifactError('has a protobuf AndroidManifest.xml without a root element');
    const parts = fields(element);
    if (proto_manifest_text(parts.get(3)) !== 'manifest') {
        throw new ArtifactError(`has an AndroidManifest.xml whose root is <${proto_manifest_text(parts.get(3))}>, not <manifest>`);
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
/** The ZIP central directory's offset, from the End of Central Directory record. */
function centralDirectoryOffset(zip) {
    const earliest = Math.max(0, zip.length - EOCD_SIZE - 0xffff);
    for (let at = zip.length - EOCD_SIZE; at >= earliest; at--) {
        if (zip.readUInt32LE(at) !== EOCD_SIGNATURE)
            continue;
        if (at + EOCD_SIZE + zip.readUInt16LE(at + 20) !== zip.length)
            continue;
        return zip.readUInt32LE(at + 16);
    }
    throw new ArtifactError('is not a ZIP archive (no end of central directory record)');
}
/**
 * The ID → value pairs of the APK Signing Block, which sits right before the central directory;
 * undefined when there is none (the APK is unsigned or signed with v1 only).
 */
function readSigningBlock(zip) {
    const cdOffset = centralDirectoryOffset(zip);
    if (cdOffset < 32 || cdOffset > zip.length)
        return undefined;
    if (!zip.subarray(cdOffset - 16, cdOffset).equals(MAGIC))
        return undefined;
    const what = 'APK Signing Block';
    const sizeInFooter = new ByteReader(zip.subarray(cdOffset - 24, cdOffset - 16), what).uint64();
    const start = cdOffset - sizeInFooter - 8;
    if (sizeInFooter < 24 || start < 0)
        throw new ArtifactError(`has a truncated or corrupt ${what}`);
    const block = new ByteReader(zip.subarray(start, cdOffset), what);
    if (block.uint64() !== sizeInFooter)
        throw new ArtifactError(`has a corrupt ${what} (its two sizes differ)`);
    const pairs = new ByteReader(block.take(block.remaining - 24), what);
    const values = new Map();
    while (pairs.remaining > 0) {
        const pair = new ByteReader(pairs.take(pairs.uint64()), what);
        values.set(pair.uint32(), pair.rest());
    }
    return values;
}
/** Signers of a v2 block (ID 0x7109871a). */
function readV2Signers(value) {
    return new ByteReader(value, 'v2 signature block').sequence().map(signer => {
        const signedData = signer.lengthPrefixed();
        signedData.sequence(); // digests
        return { certificates: signedData.sequence().map(c => c.rest()) };
    });
}
/** Signers of a v3 or v3.1 block (IDs 0xf05368c0, 0x1b93ad61), with their rotation lineage. */
function readV3Signers(value, name = 'v3') {
    return new ByteReader(value, `${name} signature block`).sequence().map(signer => {
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
        const node = attribute.lengthPrefixed('v3 rotation lineage');
        certificates.push(node.lengthPrefixed().lengthPrefixed().rest());
    }
    return certificates;
}

;// CONCATENATED MODULE: ./src/apk/zip.ts

async function openZip(bytes) {
    const { default: yauzl } = await __webpack_require__.e(/* import() */ 663).then(__webpack_require__.t.bind(__webpack_require__, 663, 19));
    const zip = await new Promise((resolve, reject) => yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false }, (error, file) => error ? reject(new ArtifactError(`is not a ZIP archive (${error.message})`)) : resolve(file)));
    const entries = new Map();
    await new Promise((resolve, reject) => {
        zip.on('entry', (entry) => {
            entries.set(entry.fileName, entry);
            zip.readEntry();
        });
        zip.on('end', () => resolve());
        zip.on('error', (error) => reject(new ArtifactError(`is a corrupt ZIP archive (${error.message})`)));
        zip.readEntry();
    });
    return {
        names: [...entries.keys()],
        read: name => {
            const entry = entries.get(name);
            if (!entry)
                return Promise.reject(new ArtifactError(`has no ${name}`));
            return new Promise((resolve, reject) => zip.openReadStream(entry, (error, stream) => {
                if (error)
                    return reject(new ArtifactError(`has a corrupt entry ${name} (${error.message})`));
                const chunks = [];
                stream.on('data', (chunk) => chunks.push(chunk));
                stream.on('end', () => resolve(Buffer.concat(chunks)));
                stream.on('error', (e) => reject(new ArtifactError(`has a corrupt entry ${name} (${e.message})`)));
            }));
        }
    };
}

;// CONCATENATED MODULE: ./src/apk/artifact.ts








const JAR_SIGNATURE_BLOCK = /^META-INF\/[^/]+\.(RSA|EC|DSA)$/i;
/**
 * Reads the signer certificate and the package name of a signed .apk or .aab. The newest signing
 * scheme present wins: v3.1, v3, v2 (all in the APK Signing Block), then v1 JAR signing, which is
 * the only one an .aab has.
 */
async function readArtifact(bytes, fileName) {
    const lower = fileName.toLowerCase();
    const kind = lower.endsWith('.apk') ? 'apk' : lower.endsWith('.aab') ? 'aab' : undefined;
    if (!kind)
        throw new ArtifactError('is neither an .apk nor an .aab file');
    const zip = await openZip(bytes);
    const notes = [];
    const signer = (kind === 'apk' ? schemeSigner(bytes, notes) : undefined) ?? (await jarSigner(zip, notes));
    if (!signer) {
        throw new ArtifactError(kind === 'apk'
            ? 'is not signed: it has no APK Signing Block and no META-INF/*.RSA, *.EC or *.DSA; point apk at the output of the signing step'
            : 'is not signed: it has no META-INF/*.RSA, *.EC or *.DSA; sign the bundle (jarsigner) and point apk at the signed file');
    }
    const packageName = kind === 'apk'
        ? binaryManifestPackage(await zip.read('AndroidManifest.xml'))
        : protoManifestPackage(await zip.read('base/manifest/AndroidManifest.xml'));
    if (!packageName)
        throw new ArtifactError('has an AndroidManifest.xml without a package attribute');
    return { kind, packageName, notes, ...signer };
}
function schemeSigner(bytes, notes) {
    const block = readSigningBlock(bytes);
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
            throw new ArtifactError(`has a ${scheme} signature block without a signer certificate`);
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
    const certificates = jarSignerCertificates(await zip.read(first), first);
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


/***/ })

};
;