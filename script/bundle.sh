#!/usr/bin/env bash
# npm run bundle: builds dist/, the files users run. The action itself goes to dist/index.js (with
# chunks for what only some runs load), and undici to dist/undici/index.cjs of its own, loaded
# only if something uses it (see src/amazon/lazy-undici.cjs). The CLI goes to dist/cli.js with chunks
# N.cli.js (script/bundle-cli.mjs). dist/ is built from scratch so no file of an earlier build
# lingers. src/shared/action-yml.ts is generated from action.yml first, so both builds use its inputs.
set -euo pipefail
cd "$(dirname "$0")/.."
node script/generate-action-yml-module.mjs
rm -rf dist
ncc build src/index.ts -o dist --license licenses.txt --target es2022
# The undici that @actions/http-client itself resolves.
undici=$(node -p "require.resolve('undici', { paths: ['node_modules/@actions/http-client'] })")
ncc build "$undici" -o dist/undici --license licenses.txt --target es2022
# dist/package.json marks dist/ as ESM; this build is CommonJS.
mv dist/undici/index.js dist/undici/index.cjs
node script/bundle-cli.mjs
