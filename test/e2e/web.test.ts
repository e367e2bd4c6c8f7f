// The web UI in Debian's Chromium against `bilateral serve` on a real SQLite file.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { CHILE_NORWAY, HOSTILE } from "../server/fixtures.js";
import { SEED_FILE, hasShared } from "../server/helpers.js";
import { ensureWebBuilt, hasBrowser, launch, openPage, serve, type Served } from "./harness.js";

describe.runIf(hasBrowser)("web UI in Chromium", () => {
  let server: Served;
  let browser: Browser;

  beforeAll(async () => {
    ensureWebBuilt();
    // the built-in data set (as `npm start` serves it) plus our articles: quotes must come from the article
    server = await serve([CHILE_NORWAY, ...(hasShared ? [readFileSync(SEED_FILE, "utf8")] : [])], { builtin: true });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("home: draws the world map offline and finds a pair by name", async () => {
    const { page, outside, errors, close } = await openPage(browser, server.url);
    await page.goto(server.url + "/");
    await page.locator(".world-map path.known").first().waitFor();
    expect(await page.locator(".world-map path").count()).toBeGreaterThan(150);
    expect(await page.locator('.world-map path[data-code="CHL"]').getAttribute("class")).toContain("known");
    await page.getByLabel(/Find a country, a pair/).fill("Chile Norway");
    await page.getByRole("link", { name: "Chile–Norway", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: /Chile–Norway relations/ }).waitFor();
    expect(page.url()).toMatch(/\/pair\/CHL\/NOR$/);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it.runIf(hasShared)("pair page: Mexico–Slovenia shows 1992, Drnovšek's 1998 visit and the accreditation from Vienna", async () => {
    const { page, outside, errors, close } = await openPage(browser, server.url);
    await page.goto(server.url + "/pair/MEX/SVN");
    const header = page.locator(".pair-header");
    await header.getByText(/established 1992/).waitFor();
    const visits = page.locator("section", { has: page.locator("#visits") });
    const row = visits.getByRole("row", { name: /Janez Drnovšek/ });
    await expect(row.textContent()).resolves.toMatch(/October 1998/);
    await expect(row.textContent()).resolves.toMatch(/Prime Minister/);
    // the missions list and the map line both name Vienna
    const missions = page.locator("section", { has: page.locator("#missions") });
    await missions.getByRole("button", { name: /accredited to Slovenia from its embassy in Vienna/ }).waitFor();
    expect(await missions.locator(".accreditation text", { hasText: "Vienna → Ljubljana" }).count()).toBe(1);
    expect(await missions.locator(".accreditation text", { hasText: "Washington, D.C. → Mexico City" }).count()).toBe(1);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it.runIf(hasShared)("the as-of control narrows the pair page to what held then", async () => {
    const { page, close } = await openPage(browser, server.url);
    await page.goto(server.url + "/pair/MEX/SVN");
    const timeline = page.locator("ol.timeline");
    await timeline.getByText(/Janez Drnovšek/).first().waitFor();
    await page.getByLabel("As of").fill("1995-01-01");
    await page.waitForURL(/as_of=1995-01-01/);
    await timeline.getByText(/Janez Drnovšek/).first().waitFor({ state: "detached" });
    await timeline.getByText(/established/).waitFor();
    await page.getByRole("button", { name: "Today" }).click();
    await timeline.getByText(/Janez Drnovšek/).first().waitFor();
    await close();
  });

  it.runIf(hasShared)("clicking a fact shows its quote highlighted; the keyboard opens and closes it", async () => {
    const { page, close } = await openPage(browser, server.url);
    await page.goto(server.url + "/pair/MEX/SVN");
    const fact = page.locator("#visits ~ * button.fact", { hasText: "Janez Drnovšek" }).first();
    await fact.click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    const active = dialog.locator("mark.active");
    await expect(active.first().textContent()).resolves.toMatch(/Drnovšek/);
    expect(await dialog.locator(".article-text").textContent()).toMatch(/Mexico–Slovenia relations/);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await fact.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").waitFor();
    await close();
  });

  it("add an article: pasted text shows its facts highlighted; saving without the token is refused", async () => {
    const { page, errors, close } = await openPage(browser, server.url);
    await page.goto(server.url + "/add");
    await page.getByLabel(/Article text/).fill(CHILE_NORWAY.replace("1851", "1850"));
    await page.getByRole("button", { name: "Show the facts" }).click();
    await page.getByRole("heading", { name: /facts about Chile and Norway/ }).waitFor();
    expect(await page.locator(".extracted li").count()).toBeGreaterThan(0);
    expect(await page.locator(".preview mark").count()).toBeGreaterThan(0);
    await page.locator(".extracted button", { hasText: /relations|established/i }).first().click();
    await expect(page.locator(".preview mark.active").first().textContent()).resolves.toMatch(/1850/);

    await page.getByLabel(/Token/).fill("");
    await page.getByRole("button", { name: "Save to the store" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(/Authorization|token/i);
    const status = await page.evaluate(async () => (await fetch("/api/sources", { method: "POST", headers: { "content-type": "text/plain" }, body: "= Chile–Norway relations =\n\nx" })).status);
    expect(status).toBe(401);
    expect(errors).toEqual([]);
    await close();
  });

  it("add an article: an uploaded file fills the text", async () => {
    const { page, close } = await openPage(browser, server.url);
    await page.goto(server.url + "/add");
    await page.getByLabel(/upload a text file/).setInputFiles({ name: "chile-norway.txt", mimeType: "text/plain", buffer: Buffer.from(CHILE_NORWAY) });
    await expect.poll(() => page.getByLabel(/Article text/).inputValue()).toBe(CHILE_NORWAY);
    await close();
  });

  it("an unknown pair says so instead of a blank page", async () => {
    const { page, close } = await openPage(browser, server.url);
    await page.goto(server.url + "/pair/MEX/Atlantis");
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(/Atlantis/);
    await close();
  });

  it("add an article: saving with the token stores it and links to the pair", async () => {
    const { page, close } = await openPage(browser, server.url);
    await page.goto(server.url + "/add");
    await page.getByLabel(/Article text/).fill(CHILE_NORWAY.replace("1851", "1849"));
    await page.getByRole("button", { name: "Show the facts" }).click();
    await page.getByLabel(/Token/).fill(server.token);
    await page.getByRole("button", { name: "Save to the store" }).click();
    await page.getByRole("status").getByText(/Saved/).waitFor();
    await page.getByRole("link", { name: "Open the pair" }).click();
    await page.getByRole("heading", { level: 1, name: /Chile–Norway/ }).waitFor();
    await close();
  });

  it("an article holding <script> and HTML is shown as text and no script runs", async () => {
    const { page, errors, close } = await openPage(browser, server.url);
    await page.goto(server.url + "/add");
    await page.getByLabel(/Article text/).fill(HOSTILE);
    await page.getByRole("button", { name: "Show the facts" }).click();
    const text = page.locator(".preview .article-text");
    await text.waitFor();
    expect(await text.textContent()).toContain("<script>window.__pwned = true;");
    expect(await text.textContent()).toContain('<img src=x onerror="window.__pwned = true">');
    expect(await text.locator("script, img, b, a").count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate("window.__pwned")).toBeUndefined();

    // stored through the API, then opened from the pair page's source viewer
    const res = await fetch(server.url + "/api/sources", { method: "POST", headers: { "content-type": "text/plain", authorization: `Bearer ${server.token}` }, body: HOSTILE });
    expect(res.status).toBe(201);
    const { sourceId } = (await res.json()) as { sourceId: number };
    const facts = (await (await fetch(`${server.url}/api/sources/${sourceId}`)).json()) as { facts: { factId: number }[] };
    expect(facts.facts.length).toBeGreaterThan(0);
    await page.goto(server.url + "/pair/CHL/NOR");
    await page.locator(".pair-header button.fact").first().click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    expect(await page.title()).not.toBe("pwned");
    expect(errors).toEqual([]);
    await close();
  });

  it("country page: Norway's network lists what it hosts and the pairs known", async () => {
    const { page, close } = await openPage(browser, server.url);
    await page.goto(server.url + "/country/NOR");
    await page.getByRole("heading", { level: 1, name: "Norway" }).waitFor();
    await page.locator("#pairs ~ ul").getByRole("link", { name: "Norway–Chile" }).waitFor();
    await page.locator("#hosted ~ ul").getByText(/Chile: embassy/).waitFor();
    await close();
  });

  it("is readable at phone width: nothing scrolls sideways", async () => {
    const { page, close } = await openPage(browser, server.url, { width: 375, height: 740 });
    for (const p of ["/", "/pair/CHL/NOR", "/pair/MEX/SVN", "/country/NOR", "/add"]) {
      await page.goto(server.url + p);
      await page.locator("h1").first().waitFor();
      await page.waitForTimeout(200);
      const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
      expect(overflow, p).toBeLessThanOrEqual(1);
    }
    await close();
  });
});
