// The README is the front door and docs/ the reference: every relative link
// in them (and in SECURITY.md, BENCHMARKS.md and the shipped READMEs)
// resolves to a file, and a `#anchor` to a heading of that file. No tracker
// numbers in what users read.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const docs = readdirSync(path.join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`);
const PAGES = ["README.md", "SECURITY.md", "BENCHMARKS.md", "deploy/nginx/README.md", "tests/fixtures/README.md", ...docs];
const READ = ["README.md", "SECURITY.md", "BENCHMARKS.md", "js/README.pkg.md", "js/README.pkg-lite.md", ...docs];

/** The text outside fenced code blocks and inline code. */
function prose(text) {
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "").replace(/`[^`\n]*`/g, "``");
}

/** GitHub's anchors for a file's headings (lowercase, punctuation dropped, spaces to hyphens, repeats numbered). */
export function anchors(text) {
  const seen = new Map();
  const out = new Set();
  const body = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");
  for (const m of body.matchAll(/^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)) {
    const slug = m[1]
      .toLowerCase()
      .replace(/<[^>]*>/g, (t) => t.replace(/[<>/]/g, ""))
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .trim()
      .replace(/\s/g, "-");
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n ? `${slug}-${n}` : slug);
  }
  return out;
}

/** Every [text](target) and ![alt](target) link of a page, with its line. */
function links(text) {
  const found = [];
  prose(text)
    .split("\n")
    .forEach((line, i) => {
      for (const m of line.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) found.push({ target: m[1], line: i + 1 });
    });
  return found;
}

test("every relative link in the README, docs/ and the other guides resolves to a file and, with #anchor, to a heading", () => {
  const broken = [];
  let checked = 0;
  for (const page of PAGES) {
    const text = readFileSync(path.join(root, page), "utf8");
    for (const { target, line } of links(text)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
      checked++;
      const [file, anchor] = target.split("#");
      const resolved = file ? path.resolve(path.dirname(path.join(root, page)), decodeURIComponent(file)) : path.join(root, page);
      const where = `${page}:${line}: ${target}`;
      if (!resolved.startsWith(root + path.sep)) broken.push(`${where} leaves the repository`);
      else if (!existsSync(resolved)) broken.push(`${where}: no such file`);
      else if (anchor !== undefined) {
        if (statSync(resolved).isDirectory() || !resolved.endsWith(".md")) broken.push(`${where}: an anchor into a file that is not Markdown`);
        else if (!anchors(readFileSync(resolved, "utf8")).has(anchor)) broken.push(`${where}: no heading with that anchor`);
      }
    }
  }
  assert.deepEqual(broken, []);
  assert.ok(checked >= 20, `only ${checked} relative links found: the link reader is broken`);
});

test("the anchors are GitHub's", () => {
  const a = anchors("# The board: `mountBoard()` and `<so-tenant-board>`\n## Notification inspector (`?view=notification`)\n## Usage\n## Usage\n```\n# not a heading\n```\n");
  assert.deepEqual([...a], ["the-board-mountboard-and-so-tenant-board", "notification-inspector-viewnotification", "usage", "usage-1"]);
});

test("the README is a front door: at most 250 lines, the two commands, the three ways in", () => {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const lines = readme.split("\n").length - (readme.endsWith("\n") ? 1 : 0);
  assert.ok(lines <= 250, `README.md has ${lines} lines`);
  for (const needed of ["make demo", "make test", "mount(", "<so-tenant-status", "decodeState(", "npm install"]) assert.ok(readme.includes(needed), `README lacks ${needed}`);
});

test("no tracker numbers in what users read", () => {
  const found = [];
  for (const page of READ) {
    readFileSync(path.join(root, page), "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (/\bissues?\s*#\d+|\btask\s*#\d+|(?<![\w&/#-])#\d{1,3}\b(?![-\w])/i.test(line)) found.push(`${page}:${i + 1}: ${line.trim()}`);
      });
  }
  assert.deepEqual(found, []);
});
