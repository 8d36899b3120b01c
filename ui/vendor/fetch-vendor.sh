#!/usr/bin/env bash
# Packs the browser libraries listed in packages.txt from the npm registry, verifies each tarball's SHA-256 and
# copies the listed files to <out>/vendor/<package>/<file name>. Tarballs are cached in <cache>, so a rebuild
# needs no network. Run by Maven (ui/pom.xml, generate-resources); by hand:
#   ui/vendor/fetch-vendor.sh ui/target/classes/META-INF/resources ~/.cache/partnership-atlas/npm
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:?usage: fetch-vendor.sh <output resources dir> <cache dir>}"
cache="${2:?usage: fetch-vendor.sh <output resources dir> <cache dir>}"
mkdir -p "$cache" "$out/vendor"

sha256() { sha256sum "$1" | cut -d' ' -f1; }

while read -r spec checksum files; do
  case "$spec" in ''|'#'*) continue ;; esac
  name="${spec%@*}"; version="${spec##*@}"
  tarball="$cache/$name-$version.tgz"
  if [ ! -f "$tarball" ] || [ "$(sha256 "$tarball")" != "$checksum" ]; then
    command -v npm >/dev/null || { echo "fetch-vendor: npm is needed once to pack $spec (apt-get install npm)" >&2; exit 1; }
    rm -f "$tarball"
    (cd "$cache" && npm pack --silent "$spec" >/dev/null)
  fi
  actual="$(sha256 "$tarball")"
  if [ "$actual" != "$checksum" ]; then
    echo "fetch-vendor: $spec has SHA-256 $actual, packages.txt expects $checksum — refusing to use it" >&2
    rm -f "$tarball"
    exit 1
  fi
  mkdir -p "$out/vendor/$name"
  for file in $files; do
    tar -xzf "$tarball" -O "package/$file" > "$out/vendor/$name/$(basename "$file")"
  done
done < "$here/packages.txt"
echo "fetch-vendor: $(find "$out/vendor" -type f | wc -l) files in $out/vendor"
