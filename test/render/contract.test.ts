// Contract: every public render and check function on every gold record (seed and dev), in every format:
// no throw, the documented shape — and a rendered article is clean: `check` finds nothing in it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkArticle, checkRecord } from "../../src/check/index.js";
import { BilateralRecord } from "../../src/model/record.js";
import { buildDocument, RENDER_FORMATS, renderBrief, renderRecord } from "../../src/render/index.js";
import { DEV_DIR, hasShared, SEED_DIR } from "../shared.js";

const TODAY = "2026-11-28";
const golds = hasShared
  ? [SEED_DIR, DEV_DIR].flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith(".gold.json"))
        .map((f) => [f.replace(/\.gold\.json$/, ""), BilateralRecord.parse(JSON.parse(readFileSync(path.join(dir, f), "utf8")))] as const),
    )
  : [];

describe.skipIf(!hasShared)("render and check contract", () => {
  it.each(golds)("%s", (name, gold) => {
    const doc = buildDocument(gold, { today: TODAY });
    // every fact is stated by some sentence
    const cited = new Set([...doc.lead, ...doc.sections.flatMap((s) => s.blocks)].flatMap((b) => (b.kind === "paragraph" ? b.sentences : b.items)).flatMap((s) => s.facts));
    expect([...gold.facts.keys()].filter((i) => !cited.has(i)), `${name}: facts not stated`).toEqual([]);
    for (const format of RENDER_FORMATS) expect(renderRecord(gold, { format, today: TODAY }).length).toBeGreaterThan(0);
    expect(renderBrief(gold, { today: TODAY, findings: checkRecord(gold, { today: TODAY }).findings })).toMatch(/^Key facts$/m);
    const text = renderRecord(gold, { format: "text", today: TODAY });
    expect(checkArticle(text, { today: TODAY, file: `${name}.rendered.txt`, title: gold.source.title }).findings).toEqual([]);
  });
});
