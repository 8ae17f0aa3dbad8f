// make lint's path rule (scripts/check-paths.mjs), on small repositories made
// here: it must fail on a path that leaves the repository, and only then.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const checker = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../scripts/check-paths.mjs");

/** A throw-away git repository holding `files` ({ path: text }); the checker's result. */
function check(files) {
  const dir = mkdtempSync(path.join(tmpdir(), "sots-paths-"));
  try {
    execFileSync("git", ["init", "-q"], { cwd: dir });
    writeFileSync(path.join(dir, "Cargo.toml"), "[package]\n");
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    const r = spawnSync(process.execPath, [checker, dir], { encoding: "utf8" });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("paths that stay inside the repository pass, test data that only looks like a path too", () => {
  const r = check({
    "crates/core/src/i18n.rs": 'const EN: &str = include_str!("../../../locales/en.ftl");\n',
    "crates/core/Cargo.toml": "[package]\n",
    "crates/core/tests/common/mod.rs": 'PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")\n',
    "tests/e2e/x.test.mjs": 'import { a } from "../lib.mjs";\nconst f = path.join(root, "tests/fixtures");\nconst bad = ["../Cust1002", "Cust1/../x", "https://evil.example/a/../b"];\n',
    "scripts/run.sh": 'cd "$(dirname "$0")/.."\n',
    "README.md": "No `..` in a proxy path. See [docs](docs/a.md).\n",
  });
  assert.equal(r.status, 0, r.output);
});

test("a Rust include that leaves the repository fails, naming the file, line and path", () => {
  const r = check({ "tests/browser.rs": '\n\nconst RUNNING: &str = include_str!("../../outside/state.json");\n' });
  assert.equal(r.status, 1);
  assert.match(r.output, /tests\/browser\.rs:3: "\.\.\/\.\.\/outside\/state\.json" leaves the repository/);
});

test("a path joined to the crate folder or to the repository root that leaves it fails", () => {
  const crate = check({ "crates/core/Cargo.toml": "[package]\n", "crates/core/tests/common/mod.rs": 'PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../data/x.json")\n' });
  assert.equal(crate.status, 1, crate.output);
  const js = check({ "tests/e2e/a.test.mjs": 'const dir = path.resolve(root, "../elsewhere/fixtures");\n' });
  assert.equal(js.status, 1, js.output);
});

test("any mention of the hand-over folder beside the repository fails, even one that stays inside", () => {
  // Spelled in parts, so that no grep of the project finds the folder here.
  const handover = ["..", "shared", "fixtures"].join("/");
  const r = check({ "benches/run.mjs": `const fixtures = process.env.F ?? "${handover}";\n` });
  assert.equal(r.status, 1);
  assert.match(r.output, /benches\/run\.mjs:1: reads the hand-over folder/);
});

test("the project itself passes", () => {
  const r = spawnSync(process.execPath, [checker], { encoding: "utf8" });
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
});
