// No false alarms: on the seed, exactly the two findings the issue names (a Prime Minister called head of
// state; an anniversary figure that is stale today); on each dev article, exactly its reviewed list.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkArticle, loadWorldMissions } from "../../src/check/index.js";
import { BilateralRecord } from "../../src/model/record.js";
import { DEV_DIR, hasShared, SEED_DIR } from "../shared.js";
import { EXPECTED_FINDINGS, EXPECTED_TODAY } from "./expected-findings.js";

const TODAY = "2026-11-28";
const texts = (dir: string) => (hasShared ? readdirSync(dir).filter((f) => f.endsWith(".txt")).sort() : []);
const printed: string[] = [];
afterAll(() => {
  if (printed.length) console.log(`check on the corpus (today ${TODAY})\n${printed.join("\n")}`);
});

describe.skipIf(!hasShared)("check on the seed", () => {
  for (const file of texts(SEED_DIR)) {
    const text = readFileSync(path.join(SEED_DIR, file), "utf8");
    const gold = BilateralRecord.parse(JSON.parse(readFileSync(path.join(SEED_DIR, file.replace(/\.txt$/, ".gold.json")), "utf8")));

    it(`${file}: the head-of-state finding and the stale anniversary, nothing else`, () => {
      const report = checkArticle(text, { today: TODAY, file });
      printed.push(...report.findings.map((f) => `  ${file}:${f.location?.line}:${f.location?.column} ${f.severity} [${f.rule}] ${f.message}`));
      expect(report.findings.map((f) => f.rule).sort()).toEqual(["anniversary-stale", "title-role"]);
      const role = report.findings.find((f) => f.rule === "title-role")!;
      expect(role.location?.quote).toMatch(/^heads? of state$/i);
      // the figure for today, from the gold's own dates
      const established = Number(gold.facts.flatMap((f) => (f.kind === "relations" && f.event === "established" && f.date ? [f.date] : []))[0]!.slice(0, 4));
      const written = gold.facts.find((f) => f.kind === "anniversary")!;
      const stale = report.findings.find((f) => f.rule === "anniversary-stale")!;
      expect(stale.location?.quote).toBe(`${written.kind === "anniversary" ? written.years : ""} years`);
      expect(stale.suggestion).toContain(`${Number(TODAY.slice(0, 4)) - established} years`);
    });

    it(`${file}: against the world missions data, only information about missions the data lacks`, () => {
      const worldMissions = loadWorldMissions();
      if (!worldMissions) return console.warn("SKIPPED: data/world-missions.json is not built");
      const extra = checkArticle(text, { today: TODAY, file, worldMissions }).findings.filter((f) => f.rule === "world-missions");
      expect(extra.length).toBeGreaterThan(0);
      for (const f of extra) expect([f.severity, f.message]).toEqual(["info", expect.stringMatching(/honorary consulate .* is not in the world missions data/)]);
    });
  }
});

describe.skipIf(!hasShared)("check on the dev corpus", () => {
  it("is judged as of the day the expected list was reviewed", () => expect(EXPECTED_TODAY).toBe(TODAY));

  const worldMissions = loadWorldMissions();
  if (!worldMissions) console.warn("SKIPPED: world-missions findings (data/world-missions.json is not built)");

  it.each(texts(DEV_DIR))("%s: every finding reviewed, every reviewed finding found", (file) => {
    const name = file.replace(/\.txt$/, "");
    const report = checkArticle(readFileSync(path.join(DEV_DIR, file), "utf8"), { today: TODAY, file, worldMissions });
    const got = report.findings.map((f) => ({ rule: f.rule, line: f.location?.line, column: f.location?.column }));
    printed.push(...report.findings.map((f) => `  ${file}:${f.location?.line}:${f.location?.column} ${f.severity} [${f.rule}] ${f.message}`));
    const expected = (EXPECTED_FINDINGS[name] ?? []).filter((e) => worldMissions || e.rule !== "world-missions").map(({ rule, line, column }) => ({ rule, line, column }));
    expect(got).toEqual(expected);
  });
});
