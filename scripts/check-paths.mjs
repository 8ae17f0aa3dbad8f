#!/usr/bin/env node
// make lint: nothing in the project reads a path outside its own root.
//
// Every text file git knows (tracked or new, not ignored) is searched for
// relative paths with `..` in them. Each is resolved against what it is
// relative to: the file's own folder, or the crate's folder on a line that
// uses CARGO_MANIFEST_DIR, or the repository root on a JS line that names
// `root`. A path that lands outside the repository fails the check, and so
// does any mention of the folder the example payloads were handed over in
// (the project keeps its own copy in tests/fixtures/).
//
//   node scripts/check-paths.mjs [repo-root]      exit 0 clean, 1 with a list
import { execFileSync } from "node:child_process";
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(import.meta.url);
const root = path.resolve(process.argv[2] ?? path.join(path.dirname(here), ".."));

// Not text, or data that is not paths (fuzz inputs, lock files, the
// examples this rule's own tests feed it).
const SKIP = [/^tests\/lint\/paths\.test\.mjs$/, /\.(png|jpe?g|gif|ico|wasm|gz|woff2?)$/i, /(^|\/)(Cargo|package)-?lock\.(json|lock)$/, /^Cargo\.lock$/, /^tests\/fuzz-regressions\/(?!README\.md$)/];
// The hand-over folder, spelled in two parts so this file does not match itself.
const HANDOVER = new RegExp(["\\.\\./sha", "red\\b|(?<!tests/)sha", "red/fixtures"].join(""));
// A run of path characters with a `..` segment in it.
const RUN = /[\w.{}$@%+-]*(?:\/[\w.{}$@%+-]*)*/g;

function files() {
  const out = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" });
  return [...new Set(out.split("\0").filter(Boolean))].filter((f) => !SKIP.some((re) => re.test(f)) && existsSync(path.join(root, f)));
}

/** The crate folder of a Rust file: the nearest folder above it with a Cargo.toml. */
function crateDir(file) {
  let dir = path.dirname(path.join(root, file));
  while (dir.startsWith(root)) {
    if (existsSync(path.join(dir, "Cargo.toml"))) return dir;
    dir = path.dirname(dir);
  }
  return root;
}

/** What the paths on line `i` of `file` are relative to. */
function baseFor(file, lines, i) {
  const near = lines.slice(Math.max(0, i - 2), i + 1).join("\n");
  if (file.endsWith(".rs") && near.includes("CARGO_MANIFEST_DIR")) return crateDir(file);
  if (/\.(m?js|ts)$/.test(file) && /\b(resolve|join)\(root\b/.test(lines[i])) return root;
  return path.dirname(path.join(root, file));
}

/** The `..`-paths on a line that leave the repository, resolved against `base`. */
function escapes(line, base, prose) {
  const found = [];
  for (const m of line.matchAll(RUN)) {
    let token = m[0];
    if (!/(^|\/)\.\.(\/|$)/.test(token)) continue;
    const before = line.slice(0, m.index);
    if (/[a-z]+:\/?$/i.test(before) || /:\/\/$/.test(before) || token.startsWith("//")) continue; // a URL
    if (token.startsWith("/") && !/[)}]$/.test(before)) continue; // absolute, or the middle of a URL
    token = token.replace(/^\{\}\//, "").replace(/^\//, "");
    if (prose && token === "..") continue; // the word "..", as in "no `..` in a path"
    // Where it stops after its `..` segments: data such as "../Cust1" names no file.
    const rest = token.split("/").filter((s) => s !== ".." && s !== ".").join("/");
    if (rest && !rest.includes("/") && !rest.includes(".")) continue;
    const target = path.resolve(base, token);
    if (target !== root && !target.startsWith(root + path.sep)) found.push({ token, target });
  }
  return found;
}

const problems = [];
for (const file of files()) {
  if (path.resolve(root, file) === here) continue;
  let text;
  try {
    text = readFileSync(path.join(root, file), "utf8");
  } catch {
    continue;
  }
  if (text.includes("\0")) continue;
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    if (HANDOVER.test(line)) problems.push(`${file}:${i + 1}: reads the hand-over folder outside the repository; use tests/fixtures/`);
    for (const { token, target } of escapes(line, baseFor(file, lines, i), file.endsWith(".md"))) {
      problems.push(`${file}:${i + 1}: "${token}" leaves the repository (${target})`);
    }
  });
}
if (problems.length) {
  console.error(`check-paths: ${problems.length} path(s) outside the repository:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log("check-paths: every path stays inside the repository");
