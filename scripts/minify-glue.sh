#!/usr/bin/env bash
# Minifies wasm-bindgen's JS glue in place (esbuild, from npm; offline).
#   minify-glue.sh FILE.js          (package.sh)
#   minify-glue.sh                  (Trunk post_build hook: the page's glue in $TRUNK_STAGING_DIR)
# The generated glue is readable but twice the size it needs to be; the
# types stay in the .d.ts files. With --keep-lld-exports (scripts/split.sh)
# wasm-bindgen writes one import key per lazy part, all the same module:
# esbuild's duplicate-key warning about it is silenced.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
file=${1:-${TRUNK_STAGING_DIR:?not run by Trunk: pass the file}/so-tenant-status.js}
"$root/node_modules/.bin/esbuild" --minify --format=esm --target=es2020 --log-level=warning \
  --log-override:duplicate-object-key=silent \
  --allow-overwrite "$file" --outfile="$file"
