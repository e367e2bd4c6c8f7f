// The store's CLI commands end to end: bad input is one line and exit 1, nothing half-written; --json everywhere.
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./docs.js";
import { syntheticRecord } from "../../bench/synthetic.js";
import { hasShared, SHARED } from "../shared.js";

const ROOT_DIR = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), "../..");
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

describe("the default database", () => {
  it("is built from data/ on first use: the seed's facts and the world's missions", { timeout: 90_000 }, async () => {
    const env = { XDG_DATA_HOME: path.join(tmp, "xdg"), BILATERAL_DB: "" };
    const show = await runCli(["show", "mexico", "slovenia", "--json", "--today", "2026-01-01"], env).done;
    expect(show.stderr).toBe("");
    const profile = JSON.parse(show.stdout);
    const gold = JSON.parse(readFileSync(path.join(ROOT_DIR, "data/records/mexico-slovenia.json"), "utf8"));
    expect(profile.facts).toHaveLength(gold.facts.length);
    expect(new Set(profile.facts.map((f: { kind: string }) => f.kind))).toEqual(new Set(gold.facts.map((f: { kind: string }) => f.kind)));
    expect(profile.relations.yearsAgo).toBe(34);
    const net = JSON.parse((await runCli(["missions", "slovenia", "--json"], env).done).stdout);
    expect(net.coveredBy.map((x: { of: string; via: { city: string } }) => `${x.of} ${x.via.city}`)).toContain("MEX Vienna");
    expect(net.presentIn.length).toBeGreaterThan(30);
  });
});

describe.skipIf(!hasShared)("import embassies (needs ../shared)", () => {
  it("imports the missions table, reporting skipped rows by reason with line numbers", { timeout: 90_000 }, async () => {
    const csv = path.join(SHARED, "data/embassies/database_of_embassies.csv");
    const r = await runCli(["--db", path.join(tmp, "world.db"), "import", "embassies", csv]).done;
    expect(r.code).toBe(0);
    const [head, ...reasons] = r.stdout.trim().split("\n");
    expect(head).toMatch(/: 9852 rows: 9734 missions imported \(\d+ facts, \d+ new\); 118 rows skipped$/);
    expect(reasons.some((l) => /skipped \d+: operator is not a state: Sovereign Military Order of Malta \(Q\d+\) — lines? [\d, ]+$/.test(l))).toBe(true);
    const again = await runCli(["--db", path.join(tmp, "world.db"), "import", "embassies", csv]).done;
    expect(again.stdout).toMatch(/already imported \(unchanged\)/);
  });
});
