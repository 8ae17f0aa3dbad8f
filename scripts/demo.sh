#!/usr/bin/env bash
# make demo: the deployable page (dist/, from `make build`: release, wasm-opt)
# served as it deploys, under the Content-Security-Policy the docs ask hosts
# for, by the local mock state API on the same origin (the demo's tenants).
# No live reload, nothing injected. Ctrl-C stops it. `make dev` is the
# contributors' variant with Trunk's live reload.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-8080}
# The policy of docs/embedding-and-events.md, for a page whose state API is
# its own origin (the mock here, deploy/nginx/ in production).
csp="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'"

for f in dist/index.html target/release/mock-state-api; do
  [ -e "$f" ] || { echo "demo: $f is missing: run make demo (it builds both)" >&2; exit 1; }
done
echo
echo "  so-tenant-status demo: http://127.0.0.1:$port/"
echo "  (dist/ and the mock state API on one origin, CSP: $csp; Ctrl-C stops it)"
echo
exec target/release/mock-state-api --port "$port" --static dist --csp "$csp"
