//! `make fuzz`: runs every fuzz target (or those named) on `--cases`
//! inputs each and prints, per target, how many inputs ran, how many
//! panicked and how fast. A panic is shrunk, printed and kept under
//! `tests/fuzz-regressions/<target>/`; the exit status is then 1.
//!
//! `cargo run --release -p sots-fuzz -- [--cases N] [--seed S] [TARGET…]`

use std::process::ExitCode;
use std::time::Instant;

use sots_fuzz::{fixture_seeds, fuzz, keep_regression, repo_root, TARGETS};

fn main() -> ExitCode {
    let mut cases: u32 = 1_000_000;
    let mut seed: u64 = 0x5eed;
    let mut only: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let number =
            |value: Option<String>| value.and_then(|v| v.replace('_', "").parse::<u64>().ok());
        match arg.as_str() {
            "--cases" => match number(args.next()).and_then(|n| u32::try_from(n).ok()) {
                Some(n) => cases = n,
                None => return usage("--cases needs a whole number"),
            },
            "--seed" => match number(args.next()) {
                Some(n) => seed = n,
                None => return usage("--seed needs a whole number"),
            },
            name if TARGETS.iter().any(|t| t.name == name) => only.push(arg),
            other => return usage(&format!("no target or option {other:?}")),
        }
    }
    let repo = repo_root();
    let seeds = fixture_seeds(&repo);
    println!(
        "fuzzing with seed {seed}, {cases} inputs per target, {} fixtures as seeds",
        seeds.len()
    );
    println!(
        "{:<14} {:>10} {:>8} {:>9} {:>12}",
        "target", "inputs", "panics", "seconds", "inputs/s"
    );
    let mut failed = false;
    for target in TARGETS
        .iter()
        .filter(|t| only.is_empty() || only.iter().any(|o| o == t.name))
    {
        let started = Instant::now();
        let outcome = fuzz(target, cases, seed, seeds.clone());
        let seconds = started.elapsed().as_secs_f64();
        let panics = u32::from(outcome.panic.is_some());
        println!(
            "{:<14} {:>10} {:>8} {:>9.1} {:>12.0}",
            target.name,
            outcome.inputs,
            panics,
            seconds,
            outcome.inputs as f64 / seconds.max(1e-9)
        );
        if let Some((input, reason)) = outcome.panic {
            failed = true;
            eprintln!("  PANIC in {}: {reason}", target.name);
            eprintln!("  smallest input: {input:?}");
            match keep_regression(&repo, target, &input) {
                Ok(path) => eprintln!("  kept as {}", path.display()),
                Err(e) => eprintln!("  could not keep it: {e}"),
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn usage(problem: &str) -> ExitCode {
    let names: Vec<&str> = TARGETS.iter().map(|t| t.name).collect();
    eprintln!(
        "{problem}\nusage: sots-fuzz [--cases N] [--seed S] [{}]",
        names.join("|")
    );
    ExitCode::from(2)
}
