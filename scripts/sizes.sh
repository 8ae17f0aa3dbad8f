#!/usr/bin/env bash
# Sizes of what we ship, raw / gzip -9 / brotli.
#   sizes.sh dist      the built page's wasm + js
#   sizes.sh --check   compare with the budgets (widget <= 60 KB gzip, decoder-only <= 12 KB gzip);
#                      fails when over
#   sizes.sh --guard   fails when a size grows past its ceiling (today's size plus a
#                      little), and reports the budgets, which are not met yet
#                      (see BENCHMARKS.md)
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
  --check|--guard)
    widget=$(sum_gzip dist/so-tenant-status_bg.wasm dist/so-tenant-status.js)
    decoder=$(sum_gzip pkg-lite/so_tenant_status_bg.wasm pkg-lite/so_tenant_status.js)
    status=0
    check() {
      local name=$1 size=$2 limit=$3 what=$4
      if [ "$size" -le "$limit" ]; then
        printf '  %-28s %7d bytes gzip <= %7d %s: ok\n' "$name" "$size" "$limit" "$what"
      else
        printf '  %-28s %7d bytes gzip >  %7d %s: OVER\n' "$name" "$size" "$limit" "$what"
        return 1
      fi
    }
    if [ "$1" = --check ]; then
      echo "size budgets:"
      check "widget (dist wasm + js)" "$widget" 61440 budget || status=1
      check "decoder-only (pkg-lite)" "$decoder" 12288 budget || status=1
    else
      # Ceilings: the sizes reached on 2026-11-28 plus ~3 % (widget
      # 84,657 B; decoder 25,765 B since numbers are passed on as written).
      # Lower them as sizes fall; never raise them without saying why in
      # the commit.
      echo "size ceilings (no regressions):"
      check "widget (dist wasm + js)" "$widget" 87040 ceiling || status=1
      check "decoder-only (pkg-lite)" "$decoder" 26624 ceiling || status=1
      echo "size budgets (issue #4; not met yet, see BENCHMARKS.md):"
      check "widget (dist wasm + js)" "$widget" 61440 budget || true
      check "decoder-only (pkg-lite)" "$decoder" 12288 budget || true
    fi
    exit $status
    ;;
  *) echo "usage: sizes.sh dist|--check|--guard" >&2; exit 2 ;;
esac
