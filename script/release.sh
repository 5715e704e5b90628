#!/usr/bin/env bash
# Tags a release: script/release.sh 1.2.3
# Checks the tree is clean, dist/ is current and the version is in package.json and the
# changelog, then creates v1.2.3 and moves the major tag v1 to it. Push with:
#   git push origin v1.2.3 && git push --force origin v1
set -euo pipefail
cd "$(dirname "$0")/.."

version=${1:?usage: script/release.sh X.Y.Z}
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "not a version: $version" >&2; exit 1; }
major=v${version%%.*}

[ -z "$(git status --porcelain)" ] || { echo "the work tree is not clean" >&2; exit 1; }
[ "$(node -p 'require("./package.json").version')" = "$version" ] ||
  { echo "package.json has another version: run npm version $version --no-git-tag-version" >&2; exit 1; }
grep -q "^## \[$version\]" CHANGELOG.md || { echo "CHANGELOG.md has no section for $version" >&2; exit 1; }

npm run -s bundle >/dev/null
[ -z "$(git status --porcelain -- dist)" ] || { echo "dist/ is stale: commit the rebuilt bundle" >&2; exit 1; }

git tag -a "v$version" -m "v$version"
git tag -fa "$major" -m "$major → v$version"
echo "Tagged v$version and moved $major. Push with:"
echo "  git push origin v$version && git push --force origin $major"
