"use strict";
exports.id = 292;
exports.ids = [292];
exports.modules = {

/***/ 6292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jarSignerCertificates: () => (/* binding */ jarSignerCertificates)
/* harmony export */ });
/* harmony import */ var _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1467);
/* harmony import */ var _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7261);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _byte_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3272);



/**
 * The signer certificates of a v1 (JAR) signature block, META-INF/*.RSA|*.EC|*.DSA: a PKCS#7
 * SignedData, read with @peculiar/asn1-cms. Returns one DER certificate per SignerInfo, matched by
 * issuer and serial number (a block may also carry chain certificates that signed nothing).
 */
function jarSignerCertificates(block, name) {
    let signedData;
    try {
        signedData = _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(block, _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_0__.ContentInfo).content, _peculiar_asn1_cms__WEBPACK_IMPORTED_MODULE_0__.SignedData);
    }
    catch {
        throw new _byte_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtifactError */ .nE(`has a JAR signature block ${name} that is not valid PKCS#7`);
    }
    const certificates = (signedData.certificates ?? []).flatMap(choice => choice.certificate ? [choice.certificate] : []);
    if (certificates.length === 0) {
        throw new _byte_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtifactError */ .nE(`has a JAR signature block ${name} without a certificate`);
    }
    const der = (value) => Buffer.from(_peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.serialize(value));
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


/***/ })

};
;