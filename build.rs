//! Link flags for the wasm builds.
//!
//! `--emit-relocs` keeps the relocations `wasm-split-cli` needs to split
//! the module at its `#[lazy]` points (scripts/split.sh). Set here and
//! for wasm32 only: through RUSTFLAGS it would rebuild every dependency.

fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo::rustc-link-arg=--emit-relocs");
    }
}
