// Saves docs/home.png, docs/pair.png and docs/country.png: the real server on a fresh copy of the built-in
// database plus the project's own example article (data/examples/, for its quotes; never an article from
// ../shared, whose words must not end up in the repository, pictures included), photographed by Debian's Chromium.
// Run: node --import tsx scripts/screenshots.ts
import { readFileSync } from "node:fs";
import path from "node:path";
import { ensureWebBuilt, launch, openPage, ROOT, serve } from "../test/e2e/harness.js";

ensureWebBuilt();
const server = await serve([readFileSync(path.join(ROOT, "data/examples/mexico-slovenia.txt"), "utf8")], { builtin: true });
const browser = await launch();
try {
  const shots: { file: string; url: string; ready: string; fullPage: boolean; width?: number }[] = [
    { file: "home.png", url: "/", ready: ".world-map path.known", fullPage: false },
    { file: "pair.png", url: "/pair/MEX/SVN", ready: ".mission-map .accreditation", fullPage: true },
    { file: "country.png", url: "/country/SVN", ready: ".mission-map .mission", fullPage: false },
  ];
  for (const s of shots) {
    const { page, outside, close } = await openPage(browser, server.url, { width: 1200, height: 900 });
    await page.goto(server.url + s.url);
    await page.locator(s.ready).first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(400);
    const file = path.join(ROOT, "docs", s.file);
    await page.screenshot({ path: file, fullPage: s.fullPage });
    if (outside.length) throw new Error(`${s.url} asked for ${outside.join(", ")}`);
    console.log(`saved ${path.relative(ROOT, file)}`);
    await close();
  }
} finally {
  await browser.close();
  await server.stop();
}
