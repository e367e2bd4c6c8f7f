// The store's CLI commands end to end: bad input is one line and exit 1, nothing half-written; --json everywhere.
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./docs.js";
import { syntheticRecord } from "../../bench/synthetic.js";

const tmp = mkdtempSync(path.join(os.tmpdir(), "bilateral-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const db = path.join(tmp, "cli.db");
const run = (...args: string[]) => runCli(["--db", db, ...args]).done;

describe("store commands", () => {
  it("ingest: one line per bad file, the rest stored, a summary, exit 1", { timeout: 60_000 }, async () => {
    const good = path.join(tmp, "good.json");
    writeFileSync(good, JSON.stringify(syntheticRecord(1, ["MEX", "SVN"], 9).record));
    writeFileSync(path.join(tmp, "bad.json"), "{not json");
    writeFileSync(path.join(tmp, "empty.txt"), "");
    const r = await run("ingest", good, path.join(tmp, "bad.json"), path.join(tmp, "empty.txt"), path.join(tmp, "missing.txt"));
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(`bilateral: ${path.join(tmp, "bad.json")}: not valid JSON`);
    expect(lines.every((l) => l.startsWith("bilateral: ") && !/\bat\s/.test(l))).toBe(true);
    expect(r.stdout).toBe("ingested 4 documents: 1 stored (9 facts, 9 new), 0 unchanged, 3 bad\n");
    const again = await run("ingest", good);
    expect(again.stdout).toBe("ingested 1 document: 0 stored (0 facts, 0 new), 1 unchanged\n");
  });

  it("queries answer in tables and in JSON; unknown countries and bad dates are one line", { timeout: 60_000 }, async () => {
    const show = await run("show", "mexico", "slovenia", "--json", "--today", "2026-01-01");
    expect(show.code).toBe(0);
    const profile = JSON.parse(show.stdout);
    expect(profile.pair).toEqual(["MEX", "SVN"]);
    expect(profile.facts).toHaveLength(9);
    const visits = await run("visits", "MEX", "SVN");
    expect(visits.stdout.split("\n")[0]).toMatch(/^date\s+from\s+to\s+person/);
    const unknown = await run("show", "mexico", "atlantis");
    expect([unknown.code, unknown.stderr]).toEqual([1, 'bilateral: unknown country "atlantis" (give a name, adjective or ISO code, e.g. Mexico, Slovene, SVN)\n']);
    const badDate = await run("timeline", "MEX", "SVN", "--from", "last year");
    expect([badDate.code, badDate.stderr]).toEqual([1, "bilateral: --from last year: not a date (use 1992, 1992-05 or 1992-05-22)\n"]);
    const format = await run("export", "MEX", "SVN", "--format", "pdf");
    expect(format.stderr).toBe("bilateral: --format pdf: not one of json, csv, geojson, ics\n");
  });

  it("export --dyad-years writes the table researchers join on", { timeout: 60_000 }, async () => {
    const file = path.join(tmp, "dyads.csv");
    const r = await run("export", "--dyad-years", file, "--to-year", "2030");
    expect(r.code).toBe(0);
    const lines = readFileSync(file, "utf8").trim().split("\n");
    expect(lines[0]).toBe("iso3_a,iso3_b,cow_a,cow_b,year,relations,missions_a_in_b,missions_b_in_a,visits_a_to_b,visits_b_to_a,agreements,trade_usd");
    expect(lines.slice(1).every((l) => l.startsWith("MEX,SVN,70,349,"))).toBe(true);
  });
});
