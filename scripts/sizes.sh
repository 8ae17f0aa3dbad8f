#!/usr/bin/env bash
# Sizes of what we ship, raw / gzip -9 / brotli.
#   sizes.sh dist      the built page's wasm + js
#   sizes.sh --guard   fails when a size grows past its ceiling: the size measured
#                      on the named stack (serde, serde-wasm-bindgen, gloo-net, Leptos
#                      views) plus ~3 %. See BENCHMARKS.md for what each dependency costs.
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
    row dist/__wasm_split.js
    for chunk in dist/so-tenant-status.*.wasm; do row "$chunk"; done
    echo "  total gzip, main module + glue + loader: $(sum_gzip dist/so-tenant-status_bg.wasm dist/so-tenant-status.js dist/__wasm_split.js) bytes"
    ;;
  --guard)
    widget=$(sum_gzip dist/so-tenant-status_bg.wasm dist/so-tenant-status.js dist/__wasm_split.js)
    decoder=$(sum_gzip pkg-lite/so_tenant_status_bg.wasm pkg-lite/so_tenant_status.js)
    status=0
    check() {
      local name=$1 size=$2 limit=$3
      if [ "$size" -le "$limit" ]; then
        printf '  %-34s %7d bytes gzip <= %7d ceiling: ok\n' "$name" "$size" "$limit"
      else
        printf '  %-34s %7d bytes gzip >  %7d ceiling: OVER\n' "$name" "$size" "$limit"
        return 1
      fi
    }
    # Ceilings: the sizes measured plus ~3 %. Decoder-only: 97,104 B on
    # 2026-12-01 after the move to the named stack. Page: 166,756 B then;
    # 230,530 B after issue #12 put the partner board on the page (summary
    # counts, filter, search, sortable table, expandable rows: +63.8 KB,
    # Leptos views and their reactive glue; see BENCHMARKS.md). 238,112 B
    # after issue #14 (+5.7 KB: Retry-After as delta-seconds or an HTTP date
    # through `time`'s RFC 2822 parser, the `online` re-check, quotes cut
    # and bidi-escaped, and views built node by node where leptos had used
    # innerHTML, which Trusted Types pages refuse). 243,373 B after the
    # first part of issue #13 (+4.6 KB: one live region per mount, board
    # and page, a keyed <For> so that only new sentences are added and
    # announced, 2.0 KB of it; badges named for screen readers). 250,114 B
    # after the rest of #13's theming (+6.7 KB: ?theme= on the page, the
    # chip variant as a second badge view, its option on every way in).
    # 317,290 B (page) and 163,740 B (decoder, from 97,713 B) after #13's
    # six languages: +66-67 KB in both, the same in each because the words
    # live in the core, which both embed. Of it, the six locale files
    # (50 KB raw, 12.8 KB gzip on their own) and Fluent's runtime
    # (fluent-bundle and fluent-syntax parse and resolve them at run time,
    # and link CLDR plural rules for every locale, unic-langid, hash maps;
    # about 60 KB of code before wasm-opt). BENCHMARKS.md has the table.
    # 360,808 B (page, from 318,269 B) and 179,605 B (decoder, from
    # 164,057 B) after issue #15's guidance, maintenance forecast and
    # history: +42.5 KB and +15.5 KB. Of the decoder's, the 27 new messages
    # in six languages (~5 KB), the forecast's calendar arithmetic and date
    # parsing through `time`, and two exports with their options; the
    # page adds the badge's guide view, the board's forecast line, the
    # localStorage store and Intl date formatters. Not yet attributed by
    # crate (BENCHMARKS.md says so): the next lever to look for.
    # 383,005 B (page) after #15's notification inspector (+22.2 KB: the
    # page decodes notifications and JWTs for the first time, base64 and
    # all, and draws the inspector's views). 395,602 B after #15's one
    # poller for every open tab (+12.6 KB, +29 KB raw wasm: the Web Lock and
    # BroadcastChannel bindings and their closures, the tab message and the
    # shared answer read and written through serde-wasm-bindgen (the struct
    # deserializer alone ~3 KB before wasm-opt), the leading tab's hash maps
    # of remote tabs and wanted URLs; attributed with twiggy on
    # the pre-wasm-opt build, see BENCHMARKS.md).
    # 358,949 B (page) and 144,109 B (decoder) once locales/*.ftl were
    # compiled into static tables at build time (no Fluent runtime, no
    # plural rules, no hash maps for our words): -36.7 KB and -37.5 KB.
    # pkg/'s main module guarded from then on: 418,017 B; 354,110 B once
    # the board, the legends and the inspector became chunks loaded on
    # first use (scripts/split.sh; the chunks, 94 KB, are not counted).
    # 350,116 B (page, with its chunk loader) once the page's inspector
    # became a chunk too (scripts/page-split.sh); 334,454 B (pkg main) once
    # pkg/ left out startPage() and the inspector, which only the page has.
    # First-load ceilings from then on: 354,446 B (page, 20 tenants),
    # 340,344 B (mount(), one badge), 342,603 B (element), each +3 %.
    # Then the compiled messages became one string per language with end
    # offsets instead of a table of string pointers per message and piece
    # (-8 KB in each): page 341,657 B, pkg-lite 136,178 B, pkg main
    # 326,083 B; first load 345,987 B (page), 331,973 B (mount()),
    # 334,232 B (element).
    # Lower them as sizes fall; never raise them without saying why in the
    # commit.
    full=$(sum_gzip pkg/so_tenant_status_bg.wasm pkg/so_tenant_status.js pkg/__wasm_split.js)
    echo "size ceilings (no regressions):"
    check "widget (dist wasm + js + loader)" "$widget" 351900 || status=1
    check "decoder-only (pkg-lite)" "$decoder" 140300 || status=1
    check "package main (pkg wasm + js)" "$full" 335900 || status=1
    # Every wasm, js and css file a browser fetches before the first
    # answered badge (benches/first-load.mjs, a real Chromium against the
    # mock): what a partner's page pays before it shows anything.
    first=$(node benches/first-load.mjs --before)
    before() { awk -v way="$1" '$1 == way { print $2 }' <<<"$first"; }
    page_first=$(before page_20_tenants)
    mount_first=$(before mount_one_badge)
    element_first=$(before element_one_badge)
    check "first load: page, 20 tenants" "$page_first" 356400 || status=1
    check "first load: mount(), one badge" "$mount_first" 342000 || status=1
    check "first load: element, one badge" "$element_first" 344300 || status=1
    exit $status
    ;;
  *) echo "usage: sizes.sh dist|--guard" >&2; exit 2 ;;
esac
