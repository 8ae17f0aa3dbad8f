//! Link flags for the split wasm build.
//!
//! With the `split` feature (pkg/), `--emit-relocs` keeps the relocations
//! `wasm-split-cli` needs to split the module at its `#[lazy]` points
//! (scripts/split.sh, src/ui/later.rs). Only then, and for wasm32 only:
//! the relocations are custom sections that only the splitter removes, and
//! through RUSTFLAGS they would rebuild every dependency.

fn main() {
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo::rustc-link-arg=--emit-relocs");
    }
}
