# so-tenant-status: two set-up commands, `make demo` and `make test`.
# Every target installs what it needs first (scripts/bootstrap.sh), idempotently.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
WASM := --target wasm32-unknown-unknown
MOCK_PORT ?= 8787
DEMO_PORT ?= 8080

.PHONY: demo dev test bootstrap package build mock lint test-native test-browser test-package test-e2e size-guard bench soak fuzz deny clean

## make demo: build the deployable page (dist/) and serve it as it deploys, with
## the documented CSP and the mock state API on the same origin (Ctrl-C stops it)
demo: bootstrap build
	cargo build --quiet --release -p mock-state-api
	@scripts/demo.sh $(DEMO_PORT)

## make dev: for contributors: trunk serve with live reload, plus the mock
dev: bootstrap
	cargo build --quiet --release -p mock-state-api
	@scripts/dev.sh $(DEMO_PORT) $(MOCK_PORT)

## make test: everything (lint, native, browser, package, end-to-end, size ceilings)
test: bootstrap lint deny test-native test-browser package test-package build test-e2e size-guard
	@echo "make test: all green"

bootstrap:
	@scripts/bootstrap.sh rust node browser nginx deny trunk

## make package: pkg/ (decoder + widget) and pkg-lite/ (decoder only)
package:
	@scripts/bootstrap.sh rust node
	scripts/package.sh pkg
	scripts/package.sh pkg-lite

## make build: the deployable static page in dist/ (release, wasm-opt -Oz)
build:
	@scripts/bootstrap.sh rust node trunk
	trunk build --release
	@scripts/sizes.sh dist

mock:
	cargo run --release -p mock-state-api -- --port $(MOCK_PORT)

## make lint: formatting, clippy per build, no path out of the repository, docs links
lint:
	node scripts/check-paths.mjs
	node --test tests/lint/
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --quiet -- -D warnings
	cargo clippy --lib --tests $(WASM) --quiet -- -D warnings
	cargo clippy --lib --tests $(WASM) --no-default-features --features decoder --quiet -- -D warnings
	cargo clippy --lib --tests $(WASM) --no-default-features --features widget --quiet -- -D warnings
	cargo clippy --lib $(WASM) --no-default-features --features page --quiet -- -D warnings
	cargo clippy --lib $(WASM) --no-default-features --features embed --quiet -- -D warnings
	cargo clippy --lib $(WASM) --no-default-features --features decoder,embed,split --quiet -- -D warnings
	cargo clippy --lib $(WASM) --no-default-features --features page,split --quiet -- -D warnings

test-native:
	cargo test --workspace --exclude sots-fuzz
	cargo test --release -p sots-fuzz

## make fuzz: every parser on FUZZ_CASES inputs each (make test runs 10,000)
FUZZ_CASES ?= 1000000
fuzz:
	@scripts/bootstrap.sh rust
	cargo run --quiet --release -p sots-fuzz -- --cases $(FUZZ_CASES) $(FUZZ_TARGETS)

## Dependencies: crates.io only, permissive licences, no banned crates (deny.toml)
deny:
	@scripts/bootstrap.sh crates deny
	cargo deny --offline --locked check --hide-inclusion-graph bans licenses sources

test-browser:
	cargo test $(WASM) --no-default-features --features decoder --test browser_decoder
	cargo test $(WASM) --test browser_widget

test-package: package
	SOTS_PKG=pkg node --test tests/package/
	SOTS_PKG=pkg-lite node --test tests/package/
	tsc -p tests/package/tsconfig.json
	tsc -p tests/package/tsconfig.lite.json

test-e2e: build package
	cargo build --quiet --release -p mock-state-api
	vite build --config tests/bundler/vite.config.mjs
	node --test --test-concurrency=1 tests/e2e/

## Size ceilings (gzip): the sizes measured on the named stack plus ~3 %, so
## sizes cannot grow unnoticed (see BENCHMARKS.md). Part of `make test`.
size-guard:
	@scripts/sizes.sh --guard

## make bench: figures against the plain-JS baseline (not part of make test)
bench: bootstrap package build
	cargo build --quiet --release -p mock-state-api
	node benches/run.mjs

## make soak: 1,000 tenants for a simulated day on a fake clock (not part of make test)
SOAK_ARGS ?= --tenants 1000 --hours 24 --step 5
soak: bootstrap package
	cargo build --quiet --release -p mock-state-api
	node benches/soak.mjs $(SOAK_ARGS)

clean:
	rm -rf target dist pkg pkg-lite
