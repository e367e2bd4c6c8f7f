// The seed round trip through the real CLI: ingest the seed article into an empty database, export the pair as a
// format-1 record, score it against the seed's gold with ../shared/eval/score.mjs: micro-F1 must be 1.000.
// This depends on the extraction engine (src/ingest) as much as on the store.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hasShared, SCORER, SEED_DIR } from "../shared.js";
import { runCli } from "./docs.js";

const tmp = mkdtempSync(path.join(os.tmpdir(), "bilateral-seed-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(!hasShared)("seed round trip (needs ../shared)", () => {
  it("ingest seed → export json → micro-F1 1.000 against gold", { timeout: 120_000 }, async () => {
    const seed = readdirSync(SEED_DIR).find((f) => f.endsWith(".txt"))!;
    const name = seed.replace(/\.txt$/, "");
    const db = path.join(tmp, "empty.db");
    const ingest = await runCli(["--db", db, "ingest", path.join(SEED_DIR, seed)]).done;
    expect(ingest.stderr).toBe("");
    expect(ingest.stdout).toMatch(/1 stored/);
    const exported = await runCli(["--db", db, "export", "MEX", "SVN", "--format", "json"]).done;
    expect(exported.code).toBe(0);
    const gold = path.join(tmp, "gold");
    const pred = path.join(tmp, "pred");
    mkdirSync(gold);
    mkdirSync(pred);
    copyFileSync(path.join(SEED_DIR, `${name}.gold.json`), path.join(gold, `${name}.gold.json`));
    writeFileSync(path.join(pred, `${name}.json`), exported.stdout);
    const report = execFileSync(process.execPath, [SCORER, gold, pred], { encoding: "utf8" });
    const micro = /^micro .*F1 ([\d.]+)$/.exec(report.trim().split("\n").at(-1)!)?.[1];
    expect(micro, report).toBe("1.000");
  });
});
