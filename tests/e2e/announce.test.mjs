// What a screen reader hears: one polite live region per mount, element,
// board and page, holding only "CustN is now <State>: <health>" once per
// change. Badges are named groups, not live regions, and the ticking
// "checked … ago" line is never inside a live region. The real built pkg/
// and dist/ against the real mock state API.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startMock, launch, openPage, waitFor, STRICT_CSP, sleep, openHost } from "./harness.mjs";

let browser, site, api, page_site;
before(async () => {
  browser = await launch();
  api = await startMock();
  site = await startMock({ staticDir: ".", csp: STRICT_CSP(api.origin) });
  page_site = await startMock({ staticDir: "dist", csp: STRICT_CSP(api.origin) });
});
after(async () => {
  await browser?.close();
  site?.stop();
  page_site?.stop();
  api?.stop();
});

const requests = async (ctx) => (await api.log()).filter((r) => r.ctx === ctx).length;

/**
 * Every live region and every badge in the page, open shadow roots
 * included: { regions: [{ role, live, text, sentences, hidden }], badges:
 * [{ ctx, check, state, live, role, label }] }.
 */
function survey(page) {
  return page.evaluate(() => {
    const all = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll("*")) {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    const regions = all
      .filter((el) => el.hasAttribute("aria-live") || ["status", "log", "alert"].includes(el.getAttribute("role")))
      .map((el) => {
        const box = el.getBoundingClientRect();
        return {
          part: el.getAttribute("data-part"),
          role: el.getAttribute("role"),
          live: el.getAttribute("aria-live"),
          text: el.textContent,
          sentences: [...el.querySelectorAll("p")].map((p) => p.textContent),
          hidden: box.width <= 1 && box.height <= 1,
        };
      });
    const badges = all
      .filter((el) => el.matches("[data-part=badge]"))
      .map((el) => ({
        ctx: el.getAttribute("data-context-id"),
        check: el.getAttribute("data-check"),
        state: el.getAttribute("data-state"),
        live: el.getAttribute("aria-live"),
        role: el.getAttribute("role") ?? el.localName,
        label: el.getAttribute("aria-label"),
      }));
    return { regions, badges };
  });
}

/**
 * The contract, for a page showing `ctx` through `mounts` live regions:
 * quiet after the first answer and after an unchanged refresh; one
 * sentence, in every region, after a change; still one after another
 * unchanged refresh.
 */
async function expectAnnouncements(page, ctx, mounts, refresh) {
  const fresh = await waitFor(async () => {
    const s = await survey(page);
    const mine = s.badges.filter((b) => b.ctx === ctx);
    const allFresh = s.badges.every((b) => b.check === "fresh");
    return mine.length > 0 && allFresh && mine.every((b) => b.state === "Running") && s;
  }, `${ctx} fresh and Running, and every other badge fresh`);
  assert.equal(fresh.regions.length, mounts, `one live region per mount: ${JSON.stringify(fresh.regions)}`);
  for (const r of fresh.regions) {
    assert.equal(r.part, "announcer");
    assert.equal(r.role, "status");
    assert.equal(r.live, "polite");
    assert.ok(r.hidden, "visually hidden");
    assert.equal(r.text, "", "the first answer is not announced");
  }
  for (const b of fresh.badges) {
    assert.equal(b.live, null, "a badge is not a live region");
    if (b.role !== "tr") {
      assert.equal(b.role, "group");
      assert.equal(b.label, `${b.ctx}: Running, ok`);
    }
  }

  // An unchanged refresh: a request, and nothing said.
  const before = await requests(ctx);
  await refresh();
  await waitFor(async () => (await requests(ctx)) > before, "the unchanged refresh");
  await sleep(700);
  assert.ok((await survey(page)).regions.every((r) => r.text === ""), "an unchanged refresh says nothing");

  // A change: said once, in each region.
  await api.scenario(ctx, "Suspended");
  await refresh();
  const changed = await waitFor(async () => {
    const s = await survey(page);
    return s.regions.every((r) => r.sentences.length > 0) && s;
  }, "the announcement");
  for (const r of changed.regions) assert.deepEqual(r.sentences, [`${ctx} is now Suspended: down`]);
  const badge = changed.badges.find((b) => b.ctx === ctx && b.role === "group");
  if (badge) assert.equal(badge.label, `${ctx}: Suspended, down`);

  // Another unchanged refresh, and a while of ticking clocks: still once,
  // and no timing text ever in a region.
  const again = await requests(ctx);
  await refresh();
  await waitFor(async () => (await requests(ctx)) > again, "the refresh after the change");
  await sleep(2200);
  for (const r of (await survey(page)).regions) {
    assert.deepEqual(r.sentences, [`${ctx} is now Suspended: down`]);
    assert.doesNotMatch(r.text, /checked|next check|ago/);
  }
}

const host = () => openHost(browser, site, api);

test("mount(): one live region, a change said once, an unchanged refresh and the ticking timing line say nothing", async () => {
  const { page, context, problems } = await host();
  await page.evaluate((base) => {
    window.h = window.sots.mount(document.getElementById("a"), { contextId: "Cust3200", env: "sod", baseUrl: base, legends: true });
  }, api.origin);
  await expectAnnouncements(page, "Cust3200", 1, () => page.evaluate(() => window.h.refresh()));
  assert.deepEqual(problems, []);
  await context.close();
});

test("two mounts of the same tenant: each has its own region and each says the change once", async () => {
  const { page, context, problems } = await host();
  await page.evaluate((base) => {
    const opts = { contextId: "Cust3201", env: "sod", baseUrl: base };
    window.h = window.sots.mount(document.getElementById("a"), opts);
    window.h2 = window.sots.mount(document.getElementById("b"), opts);
  }, api.origin);
  await expectAnnouncements(page, "Cust3201", 2, () => page.evaluate(() => window.h.refresh()));
  assert.deepEqual(problems, []);
  await context.close();
});

test("<so-tenant-status> and <so-tenant-board>: one region inside each shadow root", async () => {
  const { page, context, problems } = await host();
  await page.evaluate((base) => {
    const one = document.createElement("so-tenant-status");
    one.id = "one";
    one.setAttribute("context-id", "Cust3202");
    one.setAttribute("env", "sod");
    one.setAttribute("base-url", base);
    const board = document.createElement("so-tenant-board");
    board.id = "board";
    board.setAttribute("context-ids", "Cust3202 Cust3203");
    board.setAttribute("env", "sod");
    board.setAttribute("base-url", base);
    document.getElementById("a").append(one);
    document.getElementById("b").append(board);
  }, api.origin);
  await expectAnnouncements(page, "Cust3202", 2, () =>
    page.evaluate(() => {
      document.getElementById("one").refresh();
    }),
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test("the page: one region for its board, in table layout too", async () => {
  await api.reset();
  const ctxs = ["Cust3204", "Cust3205", "Cust3206"];
  const url = `${page_site.origin}/?env=sod&context=${ctxs.join(",")}&base=${encodeURIComponent(api.origin)}&layout=table`;
  const { page, context, problems } = await openPage(browser, url);
  await expectAnnouncements(page, "Cust3205", 1, async () => {
    await page.click("[data-part=badge][data-context-id=Cust3205] [data-part=expand]");
    await page.click("[data-part=detail] [data-part=refresh]");
    await page.click("[data-part=badge][data-context-id=Cust3205] [data-part=expand]");
  });
  assert.deepEqual(problems, []);
  await context.close();
});
