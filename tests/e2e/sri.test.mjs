// Subresource Integrity: `make package` writes pkg/INTEGRITY.txt, its hashes
// are those of the shipped bytes, a host that embeds with them (README
// "Subresource Integrity") gets working badges under the strict CSP, and a
// file changed on the way (a hostile CDN or proxy) is refused by the browser
// before any of it runs: no element, no request to the API.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startMock, launch, STRICT_CSP, root } from "./harness.mjs";

const pkg = path.join(root, "pkg");
let browser, api, host, hashes;
before(async () => {
  browser = await launch();
  api = await startMock();
  hashes = Object.fromEntries(
    readFileSync(path.join(pkg, "INTEGRITY.txt"), "utf8")
      .split("\n")
      .filter((l) => l && !l.startsWith("#"))
      .map((l) => l.split(/\s+/).reverse()),
  );
  host = await startMock({ staticDir: ".", csp: sriCsp(api.origin) });
});
after(async () => {
  await browser?.close();
  for (const m of [api, host]) m?.stop();
});

const sha384 = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

test("pkg/INTEGRITY.txt has one sha384 per shipped .js, .wasm and .css, equal to its bytes", () => {
  const shipped = readdirSync(pkg).filter((f) => /\.(js|wasm|css)$/.test(f)).sort();
  assert.deepEqual(Object.keys(hashes).sort(), shipped);
  for (const f of shipped) assert.equal(hashes[f], sha384(readFileSync(path.join(pkg, f))), f);
  const manifest = JSON.parse(readFileSync(path.join(pkg, "package.json"), "utf8"));
  assert.ok(manifest.files.includes("INTEGRITY.txt"), "INTEGRITY.txt is published");
});

// The modules' hashes go in an import map (the browser checks every fetch of
// those URLs against it, static and dynamic imports alike); the inline map is
// allowed by its own 'sha256-…' in script-src. (A <link rel="modulepreload"
// integrity> alone is not enough: when the preload is refused, Chromium
// fetches the module again for the import, unchecked. This suite caught it.)
const importMap = () =>
  JSON.stringify({ integrity: { "/pkg/so_tenant_status.js": hashes["so_tenant_status.js"], "/pkg/__wasm_split.js": hashes["__wasm_split.js"], "/pkg/element.js": hashes["element.js"] } });
const sriCsp = (apiOrigin) =>
  STRICT_CSP(apiOrigin).replace("script-src 'self'", `script-src 'self' 'sha256-${createHash("sha256").update(importMap()).digest("base64")}'`);

function hostPage({ wasm = hashes["so_tenant_status_bg.wasm"] } = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SRI host</title>
<meta name="sots-wasm-integrity" content="${wasm}">
<link rel="icon" href="/web/favicon.svg">
<link rel="stylesheet" href="/pkg/widget.css" integrity="${hashes["widget.css"]}">
<script type="importmap">${importMap()}</script>
<script type="module" src="/tests/e2e/sri-host.js"></script></head>
<body><so-tenant-status context-id="Cust1002" env="sod" base-url="${api.origin}"></so-tenant-status></body></html>`;
}

// The host page is a real file served by the mock (a page fulfilled by
// page.route() has no address space, so Chromium would refuse its requests
// to the loopback API).
const pages = path.join(root, "target", "e2e-sri");
let served = 0;
async function open(html, tamper) {
  mkdirSync(pages, { recursive: true });
  const name = `host-${++served}.html`;
  writeFileSync(path.join(pages, name), html);
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  if (tamper) await page.route(`${host.origin}/pkg/${tamper.file}`, async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, body: tamper.change(await response.body()) });
  });
  await api.reset();
  await page.goto(`${host.origin}/target/e2e-sri/${name}`);
  return { page, context, errors };
}

test("embedding with the hashes from INTEGRITY.txt: the badge is answered, nothing is refused", async () => {
  const { page, context, errors } = await open(hostPage());
  await page.waitForFunction(() => document.querySelector("so-tenant-status").shadowRoot?.querySelector("[data-part=badge][data-check=fresh]"));
  assert.ok(await page.evaluate(() => document.styleSheets[0].cssRules.length > 0), "widget.css applied");
  assert.equal(await page.evaluate(() => document.body.dataset.ready), "true");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a wasm changed on the way is refused: init() fails, no element, no request", async () => {
  const flip = (bytes) => {
    const copy = Buffer.from(bytes);
    copy[copy.length - 1] ^= 1;
    return copy;
  };
  const { page, context, errors } = await open(hostPage(), { file: "so_tenant_status_bg.wasm", change: flip });
  await page.waitForFunction(() => document.body.dataset.failed);
  assert.equal(await page.evaluate(() => customElements.get("so-tenant-status")), undefined);
  assert.ok(errors.some((e) => /integrity|digest/i.test(e)), errors.join("\n"));
  assert.deepEqual(await api.log(), []);
  await context.close();
});

test("an element.js changed on the way is refused: the element is never defined, no request", async () => {
  const { page, context, errors } = await open(hostPage(), { file: "element.js", change: (b) => Buffer.concat([b, Buffer.from("\nwindow.__pwned = 1;\n")]) });
  await page.waitForFunction(() => document.body.dataset.failed || document.body.dataset.ready);
  assert.match(await page.evaluate(() => document.body.dataset.failed), /element\.js/);
  assert.equal(await page.evaluate(() => customElements.get("so-tenant-status")), undefined);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.ok(errors.some((e) => /integrity|digest/i.test(e)), errors.join("\n"));
  assert.deepEqual(await api.log(), []);
  await context.close();
});
