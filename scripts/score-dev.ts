// Extracts the seed and the dev corpus into a temporary folder and scores them with ../shared/eval/score.mjs.
//   npx tsx scripts/score-dev.ts [--verbose]
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { extract } from "../src/ingest/extract.js";

const shared = path.resolve(import.meta.dirname, "../../shared");
const gold = mkdtempSync(path.join(tmpdir(), "bilateral-gold-"));
const pred = mkdtempSync(path.join(tmpdir(), "bilateral-pred-"));
for (const dir of [path.join(shared, "seed"), path.join(shared, "corpus/dev")]) {
  for (const f of readdirSync(dir)) {
    if (f.endsWith(".gold.json")) copyFileSync(path.join(dir, f), path.join(gold, f));
    if (!f.endsWith(".txt")) continue;
    const r = extract(readFileSync(path.join(dir, f), "utf8"));
    if (r.kind === "record") writeFileSync(path.join(pred, f.replace(/\.txt$/, ".json")), JSON.stringify(r.record, null, 2));
  }
}
process.stdout.write(execFileSync("node", [path.join(shared, "eval/score.mjs"), gold, pred, ...process.argv.slice(2)], { encoding: "utf8" }));
