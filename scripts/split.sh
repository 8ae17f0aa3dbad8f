#!/usr/bin/env bash
# Splits the module at its #[lazy] points (src/ui/later.rs) and finishes
# every part: what a first badge needs stays in the main module, each
# lazy part becomes a chunk fetched on first use, next to the main module.
#
#   split.sh RAW.wasm OUT_DIR NAME
#
# RAW.wasm is cargo's output, linked with --emit-relocs (build.rs). Writes
# OUT_DIR/NAME.js and NAME_bg.wasm (wasm-bindgen, --keep-lld-exports: the
# chunks link to the main module's lld exports), __wasm_split.js (the chunk
# loader, which fetches each chunk relative to its own URL) and the chunks,
# named by their content (NAME.<part>.<sha256/16>.wasm) so that a cached
# chunk can never meet a main module it was not built with; the loader
# fetches each with its sha384 (integrity). wasm-opt -Oz runs on every
# module.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
raw=${1:?usage: split.sh RAW.wasm OUT_DIR NAME}
out=${2:?usage: split.sh RAW.wasm OUT_DIR NAME}
name=${3:?usage: split.sh RAW.wasm OUT_DIR NAME}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

wasm-split-cli "$raw" "$work" --out-name "$name" --target web
mkdir -p "$out"
wasm-bindgen --target web --keep-lld-exports --out-dir "$out" --out-name "$name" "$work/$name.wasm"
# SOTS_KEEP_NAMES=1 keeps function names, for a profile that names them.
strip=(--strip-debug --strip-producers)
[ -n "${SOTS_KEEP_NAMES:-}" ] && strip=(-g)
opt=(-Oz --converge --low-memory-unused "${strip[@]}"
  --enable-bulk-memory --enable-sign-ext --enable-mutable-globals
  --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue)
wasm-opt "${opt[@]}" "$out/${name}_bg.wasm" -o "$out/${name}_bg.wasm" 2>/dev/null
loader="$work/__wasm_split.js"
rm -f "$out/$name".*.wasm
for chunk in "$work"/*.wasm; do
  base=$(basename "$chunk" .wasm)
  [ "$base" = "$name" ] && continue
  wasm-opt "${opt[@]}" "$chunk" -o "$work/opt.wasm" 2>/dev/null
  # split_board_5969360386806373949 -> board; chunk_4 -> shared4
  part=$(sed -E 's/^split_(.*)_[0-9]+$/\1/; s/^chunk_([0-9]+)$/shared\1/' <<<"$base")
  hash=$(sha256sum "$work/opt.wasm" | cut -c1-16)
  final="$name.$part.$hash.wasm"
  mv "$work/opt.wasm" "$out/$final"
  # The loader fetches the chunk with its hash (Subresource Integrity): a
  # page that pins the loader through its import map pins every chunk.
  sri="sha384-$(openssl dgst -sha384 -binary "$out/$final" | base64 -w0)"
  from="fetch(new URL(\"./$base.wasm\", import.meta.url))"
  to="fetch(new URL(\"./$final\", import.meta.url), { integrity: \"$sri\" })"
  grep -qF "$from" "$loader" || { echo "split.sh: $base.wasm not in the loader" >&2; exit 1; }
  sed -i "s|$(sed 's/[][\.*^$|]/\\&/g' <<<"$from")|$to|" "$loader"
done
cp "$loader" "$out/__wasm_split.js"
