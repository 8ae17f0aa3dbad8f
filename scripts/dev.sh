#!/usr/bin/env bash
# make dev: for contributors. The mock state API plus `trunk serve` (live
# reload; proxies /api/ to the mock and /so/{env}/ to SuperOffice), until
# Ctrl-C stops both. `make demo` serves the page as it deploys instead.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
dev_port=${1:-8080}
mock_port=${2:-8787}

target/release/mock-state-api --port "$mock_port" &
mock=$!
trap 'kill $mock 2>/dev/null || true' EXIT INT TERM

echo
echo "  so-tenant-status dev server: http://127.0.0.1:$dev_port/ (live reload)"
echo "  (mock state API on http://127.0.0.1:$mock_port; Ctrl-C stops both)"
echo
# A release build in its own folder, so dist/ (make build) is left alone.
trunk serve --release --dist target/demo-dist --port "$dev_port"
