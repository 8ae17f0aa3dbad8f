#!/usr/bin/env bash
# make demo: the mock state API plus `trunk serve` (which proxies /api/ to the
# mock), until Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
demo_port=${1:-8080}
mock_port=${2:-8787}

target/release/mock-state-api --port "$mock_port" &
mock=$!
trap 'kill $mock 2>/dev/null || true' EXIT INT TERM

echo
echo "  so-tenant-status demo: http://127.0.0.1:$demo_port/"
echo "  (mock state API on http://127.0.0.1:$mock_port; Ctrl-C stops both)"
echo
# A release build in its own folder, so dist/ (make build) is left alone.
trunk serve --release --dist target/demo-dist --port "$demo_port"
