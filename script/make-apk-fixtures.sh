#!/usr/bin/env bash
# Builds the APK/AAB fixtures in __tests__/fixtures/apk from a tiny manifest, with real Android
# tools, so the tests read artifacts exactly like the ones users sign. The outputs are committed
# and the tests never need these tools; run this again only to change the fixtures.
#   apt-get install aapt aapt2 zipalign apksigner android-framework-res openjdk-17-jdk-headless
set -euo pipefail
cd "$(dirname "$0")/.."
out=__tests__/fixtures/apk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
framework=/usr/share/android-framework-res/framework-res.apk
mkdir -p "$out"

cat >"$work/AndroidManifest.xml" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android"
    package="com.example.devtest"
    android:versionCode="1"
    android:versionName="1.0">
    <uses-sdk android:minSdkVersion="24" android:targetSdkVersion="34" />
    <application android:label="DevTest fixture" />
</manifest>
XML

# Keys: the DevTest EC P-384 key Amazon's guide makes, an RSA upload key, and an older EC key
# that the rotation fixture rotates away from.
key() { # name, openssl -newkey argument, subject
  openssl req -x509 -nodes -newkey "$2" ${4:+-pkeyopt "$4"} -days 36500 -subj "$3" \
    -keyout "$work/$1.key" -out "$out/$1.pem" 2>/dev/null
  openssl pkcs8 -topk8 -nocrypt -in "$work/$1.key" -outform DER -out "$work/$1.pk8"
}
key ec ec '/CN=DevTest Fixture EC/O=Example' ec_paramgen_curve:secp384r1
key rsa rsa:2048 '/CN=Upload Key RSA/O=Example'
key ec-old ec '/CN=DevTest Fixture EC old/O=Example' ec_paramgen_curve:secp384r1

aapt package -f -M "$work/AndroidManifest.xml" -I "$framework" -F "$work/unaligned.apk"
zipalign -f 4 "$work/unaligned.apk" "$work/aligned.apk"
cp "$work/aligned.apk" "$out/unsigned.apk"

sign() { # output, signer name, extra apksigner options…
  local output=$1 signer=$2
  shift 2
  apksigner sign --key "$work/$signer.pk8" --cert "$out/$signer.pem" --min-sdk-version 24 "$@" \
    --out "$out/$output" "$work/aligned.apk"
  rm -f "$out/$output.idsig"
}
sign v1-only.apk ec --v1-signing-enabled true --v2-signing-enabled false --v3-signing-enabled false
sign v2-only.apk ec --v1-signing-enabled false --v2-signing-enabled true --v3-signing-enabled false
sign v3-only.apk ec --v1-signing-enabled false --v2-signing-enabled false --v3-signing-enabled true
sign all-schemes.apk ec --v1-signing-enabled true --v2-signing-enabled true --v3-signing-enabled true
sign rsa-all-schemes.apk rsa --v1-signing-enabled true --v2-signing-enabled true --v3-signing-enabled true
# Two signers (v1 and v2 only: v3 allows one).
sign two-signers.apk ec --v1-signing-enabled true --v2-signing-enabled true --v3-signing-enabled false \
  --next-signer --key "$work/rsa.pk8" --cert "$out/rsa.pem"
# Key rotation: v1/v2 keep the old key, v3 carries the new one and the lineage old → new.
apksigner rotate --out "$work/lineage" \
  --old-signer --key "$work/ec-old.pk8" --cert "$out/ec-old.pem" \
  --new-signer --key "$work/ec.pk8" --cert "$out/ec.pem"
apksigner sign --key "$work/ec-old.pk8" --cert "$out/ec-old.pem" \
  --next-signer --key "$work/ec.pk8" --cert "$out/ec.pem" \
  --lineage "$work/lineage" --min-sdk-version 24 --v3-signing-enabled true \
  --out "$out/rotated.apk" "$work/aligned.apk"
rm -f "$out/rotated.apk.idsig"

# Corrupt: a valid APK whose APK Signing Block says it is larger than the file before it.
cp "$out/v2-only.apk" "$out/corrupt-signing-block.apk"
node -e '
  const fs = require("fs"); const file = process.argv[1]; const apk = fs.readFileSync(file)
  const eocd = apk.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const cd = apk.readUInt32LE(eocd + 16)
  apk.writeBigUInt64LE(BigInt(apk.length) * 2n, cd - 24)
  fs.writeFileSync(file, apk)' "$out/corrupt-signing-block.apk"

# A signed APK whose manifest has no package attribute: the attribute's name is renamed in the
# (UTF-16) string pool, and the APK rebuilt and signed.
mkdir -p "$work/nopackage"
(cd "$work/nopackage" && unzip -q ../aligned.apk AndroidManifest.xml)
node -e '
  const fs = require("fs"); const file = process.argv[1]; const xml = fs.readFileSync(file)
  const at = xml.indexOf(Buffer.from("package", "utf16le"))
  if (at < 0) throw new Error("no package string in the manifest")
  xml.write("pickage", at, "utf16le")
  fs.writeFileSync(file, xml)' "$work/nopackage/AndroidManifest.xml"
(cd "$work/nopackage" && zip -q -X ../nopackage-unaligned.apk AndroidManifest.xml)
zipalign -f 4 "$work/nopackage-unaligned.apk" "$work/nopackage.apk"
apksigner sign --key "$work/ec.pk8" --cert "$out/ec.pem" --min-sdk-version 24 \
  --out "$out/no-package.apk" "$work/nopackage.apk"
rm -f "$out/no-package.apk.idsig"

# An app bundle: the manifest in aapt2's protobuf format under base/manifest/, signed with
# jarsigner as Play and Appstore bundles are (v1 JAR signing only).
aapt2 link --proto-format -I "$framework" --manifest "$work/AndroidManifest.xml" -o "$work/proto.apk"
mkdir -p "$work/bundle/base/manifest"
(cd "$work/bundle" && unzip -q -o ../proto.apk AndroidManifest.xml resources.pb &&
  mv AndroidManifest.xml base/manifest/ && mv resources.pb base/ &&
  printf '' >BundleConfig.pb && zip -q -X -r ../app.aab BundleConfig.pb base)
cp "$work/app.aab" "$out/unsigned.aab"
openssl pkcs12 -export -inkey "$work/ec.key" -in "$out/ec.pem" -name devtest \
  -passout pass:fixture -out "$work/ec.p12"
jarsigner -keystore "$work/ec.p12" -storetype PKCS12 -storepass fixture \
  -sigalg SHA384withECDSA -digestalg SHA-256 -signedjar "$out/app.aab" "$work/app.aab" devtest

# --- Fire OS signer rules (issue 15). These start from the committed unsigned.apk and keys of
# their own (EC P-256); the tests compare each with what
# `apksigner verify --print-certs --min-sdk-version 30 --max-sdk-version 30` printed, recorded in
# __tests__/apk/fire-os-signer.test.ts: run again, and update those constants.
keyp256() { # name
  openssl req -x509 -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -days 36500 \
    -subj "/CN=Fixture $1/O=Example" -keyout "$work/$1.key" -out "$work/$1.pem" 2>/dev/null
  openssl pkcs8 -topk8 -nocrypt -in "$work/$1.key" -outform DER -out "$work/$1.pk8"
}
keyp256 rot-old
keyp256 rot-new
keyp256 nc
cp "$work/rot-old.pem" "$work/rot-new.pem" "$out/"
base="$out/unsigned.apk"

# v1 only, then the compression method of the manifest and of the signature block rewritten to
# 21 in their local and central headers (the data stays deflated): Android inflates every method
# but STORED, and v1 signs the entries' content, not their headers.
apksigner sign --key "$work/rot-new.pk8" --cert "$work/rot-new.pem" --min-sdk-version 24 \
  --v1-signing-enabled true --v2-signing-enabled false --v3-signing-enabled false \
  --out "$out/method21.apk" "$base"
node -e '
  const fs = require("fs"); const [file, ...names] = process.argv.slice(1)
  const zip = fs.readFileSync(file)
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  let at = zip.readUInt32LE(eocd + 16)
  for (let i = zip.readUInt16LE(eocd + 10); i > 0; i--) {
    const length = zip.readUInt16LE(at + 28)
    if (names.includes(zip.toString("latin1", at + 46, at + 46 + length))) {
      zip.writeUInt16LE(21, at + 10)
      zip.writeUInt16LE(21, zip.readUInt32LE(at + 42) + 8)
    }
    at += 46 + length + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  fs.writeFileSync(file, zip)' "$out/method21.apk" AndroidManifest.xml META-INF/ROT-NEW.EC

# v1 + v2, then the APK Signing Block cut out (the end record pointed at the central directory
# again): a v1 signature whose .SF still says X-Android-APK-Signed: 2, as stripping leaves it.
apksigner sign --key "$work/rot-old.pk8" --cert "$work/rot-old.pem" --min-sdk-version 24 \
  --v1-signing-enabled true --v2-signing-enabled true --v3-signing-enabled false \
  --out "$out/stripped.apk" "$base"
node -e '
  const fs = require("fs"); const file = process.argv[1]; const apk = fs.readFileSync(file)
  const eocd = apk.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const cd = apk.readUInt32LE(eocd + 16)
  const start = cd - Number(apk.readBigUInt64LE(cd - 24)) - 8
  const out = Buffer.concat([apk.subarray(0, start), apk.subarray(cd)])
  out.writeUInt32LE(start, out.length - (apk.length - eocd) + 16)
  fs.writeFileSync(file, out)' "$out/stripped.apk"

# The nc certificate with its outer SEQUENCE length in a redundant long form (30 83 00 01 xx for
# 30 82 01 xx): valid BER, which Android hashes as stored.
node -e '
  const fs = require("fs"); const [pem, der] = process.argv.slice(1)
  const bytes = Buffer.from(fs.readFileSync(pem, "utf8").replace(/-----[^-]+-----|\s/g, ""), "base64")
  fs.writeFileSync(der, Buffer.concat([Buffer.from([0x30, 0x83, 0x00]), bytes.subarray(2)]))' \
  "$work/nc.pem" "$out/noncanonical.der"
rm -f "$out"/*.idsig

# Made with apksig (com.android.apksig, the library behind apksigner, Android 14's sources),
# which Debian's apksigner 31.0.2 predates; no build of it is kept here. What was done:
# - v31-rotated.apk: `apksigner rotate` old → new (rot-old, rot-new), then `apksigner sign
#   --key rot-old … --next-signer --key rot-new … --lineage <it> --min-sdk-version 24
#   --rotation-min-sdk-version 33` with apksig's own apksigner: v2 and v3 carry rot-old (v3 for
#   SDK 24–32), the v3.1 block rot-new for SDK 33+.
# - v3-ranges.apk: the APK Signing Block built from unsigned.apk's sections with
#   V2SchemeSigner.generateApkSignatureSchemeV2Block (one SignerConfig, rot-old, with v3 stripping
#   protection) and V3SchemeSigner.generateApkSignatureSchemeV3Block with two SignerConfigs:
#   rot-old for SDK 24–28 and rot-new for 29–MAX_VALUE with the lineage rot-old → rot-new; the
#   pairs joined by ApkSigningBlockUtils.generateApkSigningBlock and put before the central
#   directory, whose offset in the end record was moved by the block's size.
# - noncanonical-v1.apk, noncanonical-v2.apk: ApkSigner.Builder with v1 only and v2 only, for a
#   SignerConfig whose certificate is new GuaranteedEncodedFormX509Certificate(<nc.pem parsed>,
#   <noncanonical.der bytes>), so that the signatures store the non-canonical bytes
#   (Debian's apksigner re-encodes the --cert it is given).


# A certificate whose subject runs to 60 organisational units (about 1,800 characters): the
# Fire OS warnings quote subjects beside fingerprints, and must keep both.
openssl req -x509 -nodes -newkey ec -pkeyopt ec_paramgen_curve:secp384r1 -days 36500 \
  -subj "/CN=Fixture long subject$(for i in $(seq 1 60); do printf '/OU=Organisational unit %02d' "$i"; done)" \
  -keyout "$work/long-subject.key" -out "$out/long-subject.pem" 2>/dev/null

ls -l "$out"
