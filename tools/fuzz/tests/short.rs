//! The short fuzz run in `make test`: 10,000 inputs per target, and every
//! input that ever panicked (`tests/fuzz-regressions/`) replayed.

use so_tenant_status_core::decode_state;
use sots_fuzz::{fixture_seeds, fuzz, regressions_dir, repo_root, Target, TARGETS};

#[test]
fn no_target_panics_on_ten_thousand_inputs() {
    let seeds = fixture_seeds(&repo_root());
    assert!(
        seeds.len() >= 4,
        "the fixtures are the structure-aware seeds"
    );
    for target in TARGETS {
        let outcome = fuzz(target, 10_000, 20261201, seeds.clone());
        assert_eq!(outcome.inputs, 10_000);
        assert!(
            outcome.panic.is_none(),
            "{}: {:?}",
            target.name,
            outcome.panic
        );
    }
}

#[test]
fn every_kept_regression_still_runs_clean() {
    let dir = regressions_dir(&repo_root());
    assert!(dir.join("README.md").is_file(), "{} is kept", dir.display());
    let mut replayed = 0;
    for target in TARGETS {
        let Ok(entries) = std::fs::read_dir(dir.join(target.name)) else {
            continue;
        };
        for entry in entries.flatten() {
            let input = std::fs::read_to_string(entry.path()).unwrap();
            (target.run)(&input);
            replayed += 1;
        }
    }
    println!("replayed {replayed} kept inputs");
}

/// The runner itself finds a panic and reports it: a target that panics on
/// any usable state answer is caught, with an input that still panics.
#[test]
fn the_runner_finds_and_shrinks_a_planted_panic() {
    fn planted(text: &str) {
        if decode_state(text).is_ok() {
            panic!("planted");
        }
    }
    let target = Target {
        name: "planted",
        keys: &["ContextIdentifier", "State", "ValidUntil"],
        run: planted,
    };
    let seeds = fixture_seeds(&repo_root());
    let outcome = fuzz(&target, 10_000, 7, seeds);
    let (input, reason) = outcome.panic.expect("the planted panic is found");
    assert!(reason.contains("planted"), "{reason}");
    assert!(decode_state(&input).is_ok(), "{input}");
}
