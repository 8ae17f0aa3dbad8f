#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): the page's module split like pkg/'s.
# Trunk has built the page with the `split` feature (index.html) and run
# wasm-bindgen on it; this splits cargo's module instead
# (scripts/split.sh: the notification inspector becomes a chunk loaded on
# first use, see src/ui/later.rs), writes the glue, the loader and the
# chunks over Trunk's into its staging directory, and minifies the JS.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
staging=${TRUNK_STAGING_DIR:?not run by Trunk}
profile=${TRUNK_PROFILE:-release}
[ "$profile" = debug ] || profile=release
raw="${CARGO_TARGET_DIR:-$root/target}/wasm32-unknown-unknown/$profile/so_tenant_status.wasm"
[ -f "$raw" ] || { echo "page-split.sh: $raw is missing" >&2; exit 1; }
"$root/scripts/split.sh" "$raw" "$staging" so-tenant-status
"$root/scripts/minify-glue.sh" "$staging/so-tenant-status.js"
"$root/scripts/minify-glue.sh" "$staging/__wasm_split.js"
# The page has no TypeScript users.
rm -f "$staging/so-tenant-status.d.ts" "$staging/so-tenant-status_bg.wasm.d.ts"
