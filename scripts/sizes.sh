#!/usr/bin/env bash
# Sizes of what we ship, raw / gzip -9 / brotli.
#   sizes.sh dist      the built page's wasm + js
#   sizes.sh --check   compare with the budgets (widget <= 60 KB gzip, decoder-only <= 12 KB gzip)
set -euo pipefail
cd "$(dirname "$0")/.."

gz() { gzip -9c "$1" | wc -c; }
br() { if command -v brotli >/dev/null; then brotli -c -q 11 "$1" | wc -c; else echo "n/a"; fi; }
row() { printf '  %-36s %8d raw %8d gzip %8s brotli\n' "$1" "$(wc -c <"$1")" "$(gz "$1")" "$(br "$1")"; }

sum_gzip() { local t=0; for f in "$@"; do t=$((t + $(gz "$f"))); done; echo $t; }

case "${1:-dist}" in
  dist)
    echo "dist/ (the static page):"
    row dist/so-tenant-status_bg.wasm
    row dist/so-tenant-status.js
    echo "  total gzip: $(sum_gzip dist/so-tenant-status_bg.wasm dist/so-tenant-status.js) bytes"
    ;;
  --check)
    widget=$(sum_gzip dist/so-tenant-status_bg.wasm dist/so-tenant-status.js)
    decoder=$(sum_gzip pkg-lite/so_tenant_status_bg.wasm pkg-lite/so_tenant_status.js)
    status=0
    check() {
      local name=$1 size=$2 budget=$3
      if [ "$size" -le "$budget" ]; then
        printf '  %-28s %7d bytes gzip <= %7d budget: ok\n' "$name" "$size" "$budget"
      else
        printf '  %-28s %7d bytes gzip >  %7d budget: OVER\n' "$name" "$size" "$budget"
        status=1
      fi
    }
    echo "size budgets:"
    check "widget (dist wasm + js)" "$widget" 61440
    check "decoder-only (pkg-lite)" "$decoder" 12288
    exit $status
    ;;
  *) echo "usage: sizes.sh dist|--check" >&2; exit 2 ;;
esac
