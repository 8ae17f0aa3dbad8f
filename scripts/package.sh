#!/usr/bin/env bash
# Builds an npm-style package from the crate.
#   scripts/package.sh pkg       full package (decoder + widget, mount(), element.js)
#   scripts/package.sh pkg-lite  decoder only (no Leptos, no gloo-net)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

out=${1:?usage: package.sh pkg|pkg-lite}
case "$out" in
  # No `page`: startPage() is the static page's entry (dist/), not an export
  # of the package.
  pkg) features=(--no-default-features --features decoder,embed,split); name=so-tenant-status; what="decoder and widget" ;;
  pkg-lite) features=(--no-default-features --features decoder); name=so-tenant-status-lite; what="decoder only" ;;
  *) echo "unknown package $out" >&2; exit 2 ;;
esac

version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
cargo build --quiet --release --target wasm32-unknown-unknown --lib "${features[@]}"
rm -rf "$out" && mkdir -p "$out"
raw=target/wasm32-unknown-unknown/release/so_tenant_status.wasm
files='"so_tenant_status.js", "so_tenant_status.d.ts", "so_tenant_status_bg.wasm", "so_tenant_status_bg.wasm.d.ts"'
if [ "$out" = pkg ]; then
  # The board, the legends and the inspector load on first use: chunks
  # next to the main module, fetched relative to its URL (scripts/split.sh).
  scripts/split.sh "$raw" "$out" so_tenant_status
  scripts/minify-glue.sh "$out/__wasm_split.js"
  files="$files, \"__wasm_split.js\", \"so_tenant_status.*.wasm\""
else
  # The decoder has no lazy part: one module.
  wasm-bindgen --target web --out-dir "$out" --out-name so_tenant_status "$raw"
  wasm-opt -Oz --converge --low-memory-unused --strip-debug --strip-producers \
    --enable-bulk-memory --enable-sign-ext --enable-mutable-globals \
    --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue \
    "$out/so_tenant_status_bg.wasm" -o "$out/so_tenant_status_bg.wasm"
fi
scripts/minify-glue.sh "$out/so_tenant_status.js"
exports='".": { "types": "./so_tenant_status.d.ts", "default": "./so_tenant_status.js" },
    "./so_tenant_status_bg.wasm": "./so_tenant_status_bg.wasm"'
side_effects='false'
if [ "$out" = pkg ]; then
  # The element carries the widget stylesheet, for its constructable stylesheet.
  node -e 'const fs=require("fs");const [src,css,dst]=process.argv.slice(1);fs.writeFileSync(dst,fs.readFileSync(src,"utf8").replace("__WIDGET_CSS__",JSON.stringify(fs.readFileSync(css,"utf8"))))' \
    js/element.js style/widget.css "$out/element.js"
  cp js/element.d.ts "$out/"
  cp style/widget.css "$out/widget.css"
  # The same-origin caching proxy recipe (nginx), for the partner's server.
  mkdir -p "$out/deploy" && cp -r deploy/nginx "$out/deploy/"
  cp docs/deploy-nginx.md "$out/deploy/nginx/REFERENCE.md"
  files="$files, \"element.js\", \"element.d.ts\", \"widget.css\", \"deploy\""
  exports="$exports,
    \"./element.js\": { \"types\": \"./element.d.ts\", \"default\": \"./element.js\" },
    \"./widget.css\": \"./widget.css\""
  side_effects='["./element.js"]'
fi
cat > "$out/package.json" <<JSON
{
  "name": "$name",
  "version": "$version",
  "description": "SuperOffice Online tenant status in WebAssembly ($what).",
  "license": "MIT OR Apache-2.0",
  "type": "module",
  "main": "so_tenant_status.js",
  "module": "so_tenant_status.js",
  "types": "so_tenant_status.d.ts",
  "files": [$files, "README.md", "INTEGRITY.txt"],
  "sideEffects": $side_effects,
  "exports": {
    $exports
  }
}
JSON
cp "js/README.$out.md" "$out/README.md"

# Subresource Integrity: one `sha384-…` per shipped file, for the host's
# integrity="…" attributes (README: "Subresource Integrity"). Written last,
# over the final bytes.
node --input-type=module - "$out" <<'NODE'
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
const dir = process.argv[2];
const files = readdirSync(dir, { withFileTypes: true })
  .filter((f) => f.isFile() && /\.(js|wasm|css)$/.test(f.name))
  .map((f) => f.name)
  .sort();
const lines = files.map((f) => `sha384-${createHash("sha384").update(readFileSync(`${dir}/${f}`)).digest("base64")}  ${f}`);
writeFileSync(`${dir}/INTEGRITY.txt`, `# Subresource Integrity hashes of ${dir}/ (integrity="sha384-…"), one per file.\n${lines.join("\n")}\n`);
NODE

size() { printf '%-34s %8d bytes raw %8d bytes gzip\n' "$1" "$(wc -c <"$1")" "$(gzip -9c "$1" | wc -c)"; }
echo "$out ($name $version, $what):"
size "$out/so_tenant_status_bg.wasm"
size "$out/so_tenant_status.js"
for chunk in "$out"/__wasm_split.js "$out"/so_tenant_status.*.wasm; do
  [ -e "$chunk" ] && size "$chunk"
done
true
