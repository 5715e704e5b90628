export const id = 716;
export const ids = [716];
export const modules = {

/***/ 5716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   certificateWarnings: () => (/* binding */ certificateWarnings)
/* harmony export */ });
/* unused harmony export EXPIRY_WARNING_DAYS */
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


/***/ })

};
