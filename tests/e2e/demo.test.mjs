// `make demo` serves the page as it deploys: scripts/demo.sh (what make demo
// runs after building dist/) on a free port. No live-reload script or
// anything else injected, the documented CSP on the page, and the demo's
// tenants answering under it with no violation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { root, freePort, launch, waitBadge, STRICT_CSP, waitFor } from "./harness.mjs";

let demo, origin, browser;
before(async () => {
  const port = await freePort();
  demo = spawn("bash", [path.join(root, "scripts/demo.sh"), String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  origin = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(origin).catch(() => null))?.ok, "the demo to answer");
  browser = await launch();
});
after(async () => {
  await browser?.close();
  demo?.kill();
});

test("the demo page is dist/ as built: no reload script, nothing injected, the documented CSP", async () => {
  const res = await fetch(`${origin}/`);
  const html = await res.text();
  assert.equal(html, readFileSync(path.join(root, "dist/index.html"), "utf8"), "served byte for byte as built");
  assert.doesNotMatch(html, /__trunk|live.?reload|WebSocket|well-known\/trunk|<script(?![^>]*\bsrc=)/i);
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  assert.ok(scripts.length >= 1 && scripts.every((s) => /\ssrc=\S/.test(s)), `only external scripts: ${scripts}`);
  assert.equal(res.headers.get("content-security-policy"), STRICT_CSP());
});

test("the demo's tenants answer under that CSP, with no violation or error", async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && !/Failed to load resource/.test(m.text()) && errors.push(m.text()));
  await page.goto(`${origin}/`);
  await waitBadge(page, "Cust1002", { "data-health": "ok", "data-check": "fresh" });
  await waitBadge(page, "Cust1004", { "data-health": "down", "data-check": "fresh" });
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});
