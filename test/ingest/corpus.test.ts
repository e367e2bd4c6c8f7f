// Corpus test: the seed and the dev corpus scored with ../shared/eval/score.mjs, printed per kind.
// Floors: the seed 1.000 (every fact, nothing spurious), the dev corpus 0.85.
import { describe, expect, it } from "vitest";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { extract } from "../../src/ingest/extract.js";
import { readArticle } from "../../src/ingest/reader.js";
import { spansOf } from "../../src/model/record.js";
import { DEV_DIR, SCORER, SEED_DIR, hasShared } from "../shared.js";

function score(dir: string): { out: string; f1: number } {
  const gold = mkdtempSync(path.join(tmpdir(), "gold-"));
  const pred = mkdtempSync(path.join(tmpdir(), "pred-"));
  for (const f of readdirSync(dir)) {
    if (f.endsWith(".gold.json")) copyFileSync(path.join(dir, f), path.join(gold, f));
    if (!f.endsWith(".txt")) continue;
    const r = extract(readFileSync(path.join(dir, f), "utf8"));
    if (r.kind === "record") writeFileSync(path.join(pred, f.replace(/\.txt$/, ".json")), JSON.stringify(r.record));
  }
  const out = execFileSync("node", [SCORER, gold, pred], { encoding: "utf8" });
  const f1 = Number(/micro P [\d.]+ R [\d.]+ F1 ([\d.]+)/.exec(out)![1]);
  return { out, f1 };
}

describe.skipIf(!hasShared)("corpus (needs ../shared)", () => {
  it("extracts every fact of the seed and nothing spurious (micro-F1 = 1.000)", () => {
    const { out, f1 } = score(SEED_DIR);
    console.log(`seed:\n${out}`);
    expect(f1).toBe(1);
  });

  it("scores at least 0.85 micro-F1 on the dev corpus, printed per kind", () => {
    const { out, f1 } = score(DEV_DIR);
    console.log(`dev corpus:\n${out}`);
    expect(f1).toBeGreaterThanOrEqual(0.85);
  });

  it("ties every fact to the sentence or list item that states it", () => {
    const files = [...readdirSync(SEED_DIR).map((f) => path.join(SEED_DIR, f)), ...readdirSync(DEV_DIR).map((f) => path.join(DEV_DIR, f))].filter((f) => f.endsWith(".txt"));
    let checked = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const doc = readArticle(text);
      const units = new Set([...doc.sentences.map((s) => `${s.start}:${s.end}`), ...doc.blocks.filter((b) => b.type === "item").map((b) => `${b.start}:${b.end}`)]);
      const r = extract(text);
      if (r.kind !== "record") continue;
      for (const fact of r.record.facts) {
        const spans = spansOf(fact);
        expect(spans.length, `${path.basename(file)}: ${fact.kind} has no span`).toBeGreaterThan(0);
        for (const [s, e] of spans) {
          expect(units.has(`${s}:${e}`), `${path.basename(file)}: ${fact.kind} span [${s}, ${e}) "${text.slice(s, e)}" is not a sentence or list item`).toBe(true);
          expect(text.slice(s, e).trim()).toBe(text.slice(s, e));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
