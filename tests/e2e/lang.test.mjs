// Six languages: the page (?lang= and the browser's languages), mount()
// (the lang option, the closest [lang], messages), <so-tenant-status> and
// <so-tenant-board> (the lang attribute, a [lang] around them, the
// messages property), and the live region, in the real built pkg/ and
// dist/ against the real mock state API. State names, context ids and
// versions stay as SuperOffice writes them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, waitBadge, waitFor, useSites, openHost } from "./harness.mjs";

let browser, api, site, pageSite;
useSites((s) => ({ browser, api, site, pageSite } = s));

/** What a badge (open shadow roots included) says, by its parts. */
function readParts(page, ctx) {
  return page.evaluate((ctx) => {
    const find = (root) => {
      const hit = root.querySelector(`[data-part=badge][data-context-id="${ctx}"]`);
      if (hit) return hit;
      for (const el of root.querySelectorAll("*")) {
        const inner = el.shadowRoot && find(el.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    const badge = find(document);
    if (!badge) return null;
    const part = (name) => badge.querySelector(`[data-part=${name}]`)?.textContent.trim() ?? null;
    return {
      lang: badge.closest("[lang]")?.getAttribute("lang"),
      label: badge.getAttribute("aria-label"),
      check: badge.getAttribute("data-check"),
      state: part("state"),
      health: part("health"),
      api: part("api"),
      description: part("description"),
      timing: part("timing"),
      refresh: part("refresh"),
    };
  }, ctx);
}

/** Waits until `ctx`'s badge has its first answer, and reads it. */
const fresh = (page, ctx) =>
  waitFor(async () => {
    const b = await readParts(page, ctx);
    return b?.check === "fresh" && b;
  }, `${ctx} fresh`);

/** `Intl.RelativeTimeFormat` for "now", as the page's browser writes it in `lang`. */
const now = (page, lang) =>
  page.evaluate((lang) => new Intl.RelativeTimeFormat(lang, { numeric: "auto", style: "short" }).format(0, "second"), lang);

test("?lang=nb: a Norwegian page: labels, form, descriptions, legends and relative times", async () => {
  const { page, context, problems } = await openPage(browser, `${pageSite.origin}/?lang=nb&layout=cards`);
  await waitBadge(page, "Cust1004", { "data-check": "fresh" });
  assert.equal(await page.getAttribute("html", "lang"), "nb");
  // The title leads with the worst health, in Norwegian ("(3 borte) …").
  await page.waitForFunction(() => document.title !== "SuperOffice-tenantstatus");
  assert.match(await page.title(), /^\(\d+ borte\) SuperOffice-tenantstatus$/);
  assert.equal(await page.textContent("h1"), "SuperOffice-tenantstatus");
  assert.match(await page.textContent("[data-part=form]"), /Miljø.*Kontekst-ID-er.*Base-URL/s);
  assert.equal(await page.textContent("[data-part=form] button[type=submit]"), "Sjekk");
  assert.equal(await page.inputValue("[data-part=form] input[name=lang]"), "nb", "the form keeps the language");
  assert.match(await page.textContent("[data-part=demo-note]"), /^Demo: disse tenantene/);

  const b = await fresh(page, "Cust1004");
  assert.equal(b.state, "Suspended", "state names stay as SuperOffice writes them");
  assert.equal(b.health, "Nede");
  assert.equal(b.api, "API-et er ikke tilgjengelig");
  assert.match(b.description, /^Tenanten er suspendert/);
  assert.equal(b.label, "Cust1004: Suspended, nede");
  const nb = await now(page, "nb");
  assert.ok(b.timing.startsWith(`sjekket ${nb}`) || /^sjekket for \d+ sek\. siden/.test(b.timing), b.timing);
  assert.match(b.timing, /neste sjekk \d\d[:.]\d\d[:.]\d\d/);
  assert.doesNotMatch(b.timing, /checked|ago|next/);
  assert.equal(b.refresh, "Oppdater");

  // Seconds later: Intl's Norwegian relative time, not ours.
  const later = await page.evaluate(() =>
    new Intl.RelativeTimeFormat("nb", { numeric: "auto", style: "short" }).format(-5, "second").replace("5", "\\d+"),
  );
  const pattern = new RegExp(`^sjekket ${later}`);
  const ticked = await waitFor(async () => {
    const t = (await readParts(page, "Cust1004")).timing;
    return pattern.test(t) && t;
  }, `a timing line like ${pattern}`, 15000);
  assert.doesNotMatch(ticked, /ago|s ago/);
  assert.equal(await page.textContent("[data-part=state-legend] summary"), "Tilstander");
  assert.equal(await page.textContent("[data-part=change-legend] summary"), "Endringsvarsler");
  const headers = await page.$$eval("[data-part=state-legend] th", (ths) => ths.map((th) => th.textContent));
  assert.deepEqual(headers, ["Tilstand", "Kode", "Helse", "API", "Betydning", "Hva en integrasjon gjør"]);
  assert.match(
    await page.textContent("[data-part=state-legend] [data-state=Running] td:nth-child(5)"),
    /^Tenanten kjører normalt/,
  );
  assert.match(await page.textContent("[data-part=summary]"), /\d/);
  assert.equal(await page.getAttribute("[data-part=search]", "aria-label"), "Søk etter kontekst-ID");
  assert.deepEqual(problems.filter((p) => !p.includes("Failed to load resource")), []);
  await context.close();
});

test("the page follows the browser's languages without ?lang=, and an unsupported ?lang= is English", async () => {
  let { page, context } = await openPage(browser, `${pageSite.origin}/`, { locale: "de-DE" });
  await waitBadge(page, "Cust1002", { "data-check": "fresh" });
  assert.equal(await page.getAttribute("html", "lang"), "de");
  assert.equal((await fresh(page, "Cust1002")).health, "OK");
  assert.equal((await fresh(page, "Cust1004")).health, "Ausgefallen");
  assert.equal(await page.textContent("[data-part=form] button[type=submit]"), "Prüfen");
  await context.close();

  ({ page, context } = await openPage(browser, `${pageSite.origin}/?lang=fr`, { locale: "nl-NL" }));
  await waitBadge(page, "Cust1004", { "data-check": "fresh" });
  assert.equal(await page.getAttribute("html", "lang"), "en", "asked for French: English, not the browser's Dutch");
  assert.equal((await fresh(page, "Cust1004")).health, "Down");
  await context.close();

  ({ page, context } = await openPage(browser, `${pageSite.origin}/?lang=${encodeURIComponent("<b>")}`, { locale: "sv-SE" }));
  await waitBadge(page, "Cust1004", { "data-check": "fresh" });
  assert.match(await page.textContent("[data-part=input-errors]"), /lang: expected a BCP 47 language tag/);
  assert.equal(await page.getAttribute("html", "lang"), "sv", "a malformed ?lang= is passed over");
  assert.equal((await fresh(page, "Cust1004")).health, "Nere");
  await context.close();
});

const host = () => openHost(browser, site, api);

test("mount(): the lang option, else the closest [lang]; messages override any text; bad ones throw naming the key", async () => {
  const { page, context, problems } = await host();
  await page.evaluate((base) => {
    document.getElementById("b").setAttribute("lang", "sv-SE");
    window.sots.mount(document.getElementById("a"), { contextId: "Cust4401", env: "sod", baseUrl: base, lang: "de", legends: true });
    window.sots.mount(document.getElementById("b"), {
      contextId: "Cust4402",
      env: "sod",
      baseUrl: base,
      messages: { "badge-refresh": "Hämta igen", "badge-name": "{ $context } ({ $state }, { $health })" },
    });
  }, api.origin);
  const de = await fresh(page, "Cust4401");
  assert.equal(de.lang, "de");
  assert.equal(de.state, "Running");
  assert.equal(de.health, "OK");
  assert.equal(de.api, "API verfügbar");
  assert.match(de.description, /^Der Mandant läuft normal/);
  assert.match(de.timing, /^geprüft /);
  assert.equal(de.refresh, "Aktualisieren");
  assert.equal(await page.textContent("#a [data-part=state-legend] summary"), "Zustände");

  const sv = await fresh(page, "Cust4402");
  assert.equal(sv.lang, "sv", "the closest [lang] (sv-SE) is matched to sv");
  assert.equal(sv.api, "API:t är tillgängligt");
  assert.equal(sv.refresh, "Hämta igen", "the host's own text");
  assert.equal(sv.label, "Cust4402 (Running, ok)", "a host's pattern, variables filled in");

  const thrown = await page.evaluate(() => {
    const tries = [
      { "badge-sad": "x" },
      { "badge-refresh": "a\nb" },
      { "badge-refresh": "{ $oops" },
      { "badge-refresh": 3 },
      "nope",
    ];
    return tries.map((messages) => {
      try {
        window.sots.mount(document.createElement("div"), { contextId: "Cust1", messages });
        return "mounted";
      } catch (e) {
        return e.message;
      }
    });
  });
  assert.equal(thrown[0], "options.messages: badge-sad: not one of the message keys (see docs/languages.md)");
  assert.equal(thrown[1], "options.messages: badge-refresh: expected one line of text");
  assert.match(thrown[2], /^options\.messages: badge-refresh: not a text Fluent can read/);
  assert.equal(thrown[3], "options.messages: badge-refresh: expected a string, got a number");
  assert.match(thrown[4], /^options\.messages: expected an object of message key to text/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("<so-tenant-status lang> and <so-tenant-board> inside a [lang]: their own language in the shadow root; the messages property", async () => {
  const { page, context, problems } = await host();
  await page.evaluate((base) => {
    const one = document.createElement("so-tenant-status");
    one.setAttribute("context-id", "Cust4403");
    one.setAttribute("env", "sod");
    one.setAttribute("base-url", base);
    one.setAttribute("lang", "da-DK");
    document.getElementById("a").append(one);
    const section = document.getElementById("b");
    section.setAttribute("lang", "nl");
    const board = document.createElement("so-tenant-board");
    board.id = "board";
    board.setAttribute("context-ids", "Cust4404 Cust4405");
    board.setAttribute("env", "sod");
    board.setAttribute("base-url", base);
    board.setAttribute("layout", "table");
    section.append(board);
  }, api.origin);
  const da = await fresh(page, "Cust4403");
  assert.equal(da.lang, "da");
  assert.equal(da.api, "API'et er tilgængeligt");
  assert.match(da.description, /^Tenanten kører normalt/);
  assert.equal(da.refresh, "Opdater");

  await fresh(page, "Cust4404");
  const board = await page.evaluate(() => {
    const root = document.getElementById("board").shadowRoot;
    return {
      lang: root.querySelector("[data-part=widget]").getAttribute("lang"),
      headers: [...root.querySelectorAll("[data-part=tenants] thead th")].map((th) => th.textContent.trim()),
      search: root.querySelector("[data-part=search]").getAttribute("aria-label"),
      layout: [...root.querySelectorAll("[data-part=layout] button")].map((b) => b.textContent),
    };
  });
  assert.equal(board.lang, "nl");
  assert.deepEqual(board.headers, ["Gezondheid", "Toestand", "Context-id", "API", "Versie", "Gecontroleerd", "Gewijzigd", "Afgelopen 24 u"]);
  assert.equal(board.search, "Zoeken op context-id");
  assert.deepEqual(board.layout, ["Tabel", "Kaarten"]);

  // A host's texts on an element, through its messages property.
  await page.evaluate(() => {
    document.querySelector("so-tenant-status").messages = { "badge-refresh": "Hent igen" };
  });
  await waitFor(async () => (await readParts(page, "Cust4403"))?.refresh === "Hent igen", "the element's own text");
  assert.deepEqual(problems, []);
  await context.close();
});

test("announcements are said in the widget's language", async () => {
  const { page, context, problems } = await host();
  await page.evaluate((base) => {
    window.h = window.sots.mount(document.getElementById("a"), { contextId: "Cust4406", env: "sod", baseUrl: base, lang: "nb-NO" });
  }, api.origin);
  await fresh(page, "Cust4406");
  await api.scenario("Cust4406", "Suspended");
  await page.evaluate(() => window.h.refresh());
  const said = await waitFor(
    () => page.evaluate(() => document.querySelector("#a [data-part=announcer]")?.textContent || false),
    "the announcement",
  );
  assert.equal(said, "Cust4406 er nå Suspended: nede");
  assert.equal((await readParts(page, "Cust4406")).label, "Cust4406: Suspended, nede");
  assert.deepEqual(problems, []);
  await context.close();
});

test("guidance on bad input is in the language too: the page's input problems, a badge that was never asked about", async () => {
  let { page, context } = await openPage(
    browser,
    `${pageSite.origin}/?lang=de&env=sod&context=Cust4407,nope&base=${encodeURIComponent(api.origin)}`,
  );
  await waitBadge(page, "Cust4407", { "data-check": "fresh" });
  assert.equal(
    (await page.textContent("[data-part=input-errors]")).trim(),
    'contextId: erwartet Cust gefolgt von 1 bis 10 Ziffern (z. B. Cust12345), erhalten "nope"',
  );
  await context.close();

  ({ page, context } = await host());
  await page.evaluate(() => {
    window.sots.mount(document.getElementById("a"), { contextId: "Cust/../1", env: "sod", lang: "sv" });
  });
  const problem = await waitFor(() => page.evaluate(() => document.querySelector("#a [data-part=problem]")?.textContent), "the problem");
  assert.equal(
    problem.trim(),
    'Ingenting kontrollerades: contextId: förväntade Cust följt av 1 till 10 siffror (t.ex. Cust12345), fick "Cust/../1"',
  );
  await context.close();
});
