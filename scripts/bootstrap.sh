#!/usr/bin/env bash
# Installs what the build and tests need, only when missing, only from
# crates.io, npm and Debian. Safe to run again and again.
#
#   scripts/bootstrap.sh crates    every crate in Cargo.lock, for every target (cargo fetch --locked)
#   scripts/bootstrap.sh rust      the crates above + wasm32 target + wasm-bindgen-cli (= Cargo.lock's wasm-bindgen)
#                                  + wasm-split-cli (wasm_split_cli_support, splits pkg/)
#   scripts/bootstrap.sh deny      cargo-deny 0.20.2 (the dependency checks in make test)
#   scripts/bootstrap.sh trunk     Trunk 0.21.14 (≈25 min to compile the first time)
#   scripts/bootstrap.sh node      npm packages from package-lock.json (wasm-opt, tsc, vite, playwright-core, axe-core)
#   scripts/bootstrap.sh browser   Debian chromium + chromium-driver
#   scripts/bootstrap.sh nginx     Debian nginx + ca-certificates (the deploy/nginx/ tests)
#   scripts/bootstrap.sh all       everything above
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14
DENY_VERSION=0.20.2
SPLIT_VERSION=0.2.4
say() { printf '[bootstrap] %s\n' "$*"; }

# Every locked crate, for every target, before any step that runs offline
# (cargo deny --offline, Trunk): a build only fetches what it compiles, so
# crates that serve only the wasm32 test runner or a build script would
# otherwise be missing on a machine that never built those.
need_crates() {
  if ! cargo fetch --locked --offline >/dev/null 2>&1; then
    say "fetching every crate in Cargo.lock"
    cargo fetch --locked
  fi
}

need_rust() {
  need_crates
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  local want have
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ]; then
    say "installing wasm-bindgen-cli $want (found '${have:-none}')"
    # Not --locked: one of its locked dependencies is no longer on crates.io.
    cargo install --force wasm-bindgen-cli --version "$want"
  fi
  need_split
}

# wasm-split-cli splits pkg/ at its #[lazy] points (scripts/split.sh). It is
# the binary of the crate wasm_split_cli_support (as cargo-leptos uses it),
# not the crate named wasm-split-cli. It has no --version: ask cargo.
need_split() {
  if ! cargo install --list 2>/dev/null | grep -qx "wasm_split_cli_support v$SPLIT_VERSION:"; then
    say "installing wasm-split-cli (wasm_split_cli_support $SPLIT_VERSION, about 2 min, once)"
    cargo install --locked --force wasm_split_cli_support --version "$SPLIT_VERSION" --features build-binary
  fi
}

need_trunk() {
  if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (compiles for a while, once)"
    cargo install --locked --force trunk --version "$TRUNK_VERSION"
  fi
}

need_deny() {
  if [ "$(cargo deny --version 2>/dev/null | awk '{print $2}')" != "$DENY_VERSION" ]; then
    say "installing cargo-deny $DENY_VERSION (compiles for a few minutes, once)"
    cargo install --locked --force cargo-deny --version "$DENY_VERSION"
  fi
}

need_node() {
  command -v npm >/dev/null || { say "npm is missing: apt-get install nodejs npm"; exit 1; }
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund
  fi
}

need_browser() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian chromium and chromium-driver"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
}

need_nginx() {
  if [ ! -x /usr/sbin/nginx ] || [ ! -f /etc/ssl/certs/ca-certificates.crt ]; then
    say "installing Debian nginx and ca-certificates"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # Only the binary is used (started by the tests on loopback); the
    # package's own service is not needed.
    apt-get install -y -qq nginx ca-certificates >/dev/null
  fi
}

for part in "${@:-all}"; do
  case "$part" in
    crates) need_crates ;;
    rust) need_rust ;;
    trunk) need_trunk ;;
    deny) need_deny ;;
    node) need_node ;;
    browser) need_browser ;;
    nginx) need_nginx ;;
    all) need_rust; need_node; need_browser; need_nginx; need_deny; need_trunk ;;
    *) say "unknown part: $part"; exit 2 ;;
  esac
done
