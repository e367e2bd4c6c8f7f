// Round trip: render a gold record as text, extract the text, score the result against that gold with
// ../shared/eval/score.mjs. The seed's pair must come back whole (micro-F1 1.000), each dev pair at ≥ 0.98.
//
// Date-dependent figures: the text states the anniversary for the day it is rendered. A record is read
// back as of the year its own anniversary was marked (so "31 years in 2023" is rendered for 2023 and must
// come back as such); a second test renders the seed for a later day and expects the figure for that day.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extract } from "../../src/ingest/extract.js";
import { BilateralRecord, type Fact } from "../../src/model/record.js";
import { currentAnniversary, renderRecord } from "../../src/render/index.js";
import { DEV_DIR, hasShared, SEED_DIR } from "../shared.js";
import { score } from "./score.js";

const LATER = "2026-11-28";

function golds(dir: string): { name: string; gold: BilateralRecord }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".gold.json"))
    .sort()
    .map((f) => ({ name: f.replace(/\.gold\.json$/, ""), gold: BilateralRecord.parse(JSON.parse(readFileSync(path.join(dir, f), "utf8"))) }));
}

/** The day a record's date-dependent figures hold: the year of its latest anniversary, else `fallback`. */
function recordDay(record: BilateralRecord, fallback: string): string {
  const years = record.facts.flatMap((f) => (f.kind === "anniversary" && f.date ? [f.date.slice(0, 4)] : [])).sort();
  return years.at(-1) ?? fallback;
}

function roundTrip(gold: BilateralRecord, today: string) {
  const text = renderRecord(gold, { format: "text", today });
  const result = extract(text, { title: gold.source.title });
  return { text, predicted: result.kind === "record" ? result.record : null, reason: result.kind === "no-pair" ? result.reason : undefined };
}

const table: string[] = [];
afterAll(() => {
  if (table.length) console.log(`round trip (render → extract → score.mjs)\n${table.join("\n")}`);
});

describe.skipIf(!hasShared)("round trip", () => {
  const seed = hasShared ? golds(SEED_DIR) : [];
  const dev = hasShared ? golds(DEV_DIR) : [];

  it.each(seed.map((s) => [s.name, s.gold] as const))("seed %s comes back whole", (name, gold) => {
    const { predicted, reason } = roundTrip(gold, recordDay(gold, LATER));
    const s = score(gold, predicted, name);
    table.push(`  ${name.padEnd(28)} F1 ${s.f1.toFixed(3)}${reason ? ` (no-pair: ${reason})` : ""}${s.misses.length ? `\n    ${s.misses.join("\n    ")}` : ""}`);
    expect(s.f1, s.misses.join("\n")).toBe(1);
  });

  it.each(seed.map((s) => [s.name, s.gold] as const))("seed %s rendered for a later day comes back with that day's anniversary", (name, gold) => {
    const now = currentAnniversary(gold, LATER);
    const expected: BilateralRecord = {
      ...gold,
      facts: gold.facts.flatMap((f): Fact[] => (f.kind !== "anniversary" ? [f] : now && f === gold.facts.find((g) => g.kind === "anniversary") ? [{ kind: "anniversary", years: now.years, date: LATER.slice(0, 4) }] : [])),
    };
    const { predicted } = roundTrip(gold, LATER);
    const s = score(expected, predicted, name);
    table.push(`  ${`${name} @${LATER}`.padEnd(28)} F1 ${s.f1.toFixed(3)}`);
    expect(s.f1, s.misses.join("\n")).toBe(1);
  });

  it.each(dev.map((d) => [d.name, d.gold] as const))("dev %s comes back at F1 ≥ 0.98", (name, gold) => {
    const { predicted, reason } = roundTrip(gold, recordDay(gold, LATER));
    const s = score(gold, predicted, name);
    table.push(`  ${name.padEnd(28)} F1 ${s.f1.toFixed(3)}${reason ? ` (no-pair: ${reason})` : ""}${s.misses.length ? `\n    ${s.misses.join("\n    ")}` : ""}`);
    expect(s.f1, s.misses.join("\n")).toBeGreaterThanOrEqual(0.98);
  });
});
