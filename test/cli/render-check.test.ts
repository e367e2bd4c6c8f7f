// `bilateral render`, `brief` and `check` end to end: the real CLI in a child process. Record files and
// articles are written here in our own words; the seed is read from ../shared at run time; the stored-pair
// case ingests it into a fresh SQLite file.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { record, SAMPLE } from "../render/fixtures.js";
import { hasShared, SEED_DIR } from "../shared.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BIN = path.join(ROOT, "bin/bilateral.js");
const SEED = path.join(SEED_DIR, "000_258913a4433ddf32.txt");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "bilateral-render-"));
  writeFileSync(path.join(dir, "sample.json"), JSON.stringify(record(SAMPLE)));
  writeFileSync(path.join(dir, "broken.json"), JSON.stringify({ format: "bilateral.record/1", pair: ["MEX"] }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8", timeout: 60_000, env: { ...process.env, BILATERAL_DEBUG: "" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("bilateral render --record", () => {
  it("writes the article in each format", () => {
    const text = run("render", "--record", "sample.json", "--today", "2026-11-28");
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^= Mexico–Slovenia relations =\n/);
    expect(text.stdout).toContain("In 2026, both nations mark 32 years of diplomatic relations.");
    expect(run("render", "--record", "sample.json", "--format", "markdown", "--today", "2026").stdout).toMatch(/^# Mexico–Slovenia relations$/m);
    expect(run("render", "--record", "sample.json", "--format", "html", "--today", "2026").stdout).toMatch(/^<!doctype html>/);
  });

  it.each([
    [["render", "--record", "sample.json", "--format", "pdf"], /--format pdf: not a format/],
    [["render", "--record", "sample.json", "--today", "soon"], /--today soon: not a date/],
    [["render", "--record", "broken.json"], /broken.json: is not a format-1 record/],
    [["render", "--record", "missing.json"], /missing.json: no such file/],
    [["render"], /name two countries/],
  ])("fails in one line: %j", (args, message) => {
    const r = run(...args);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});

describe("bilateral check FILE", () => {
  it("checks a record file and exits 0 when nothing is wrong", () => {
    const r = run("check", "sample.json", "--today", "2019-12-31");
    expect([r.status, r.stdout]).toEqual([0, "sample.json: no problems found\n"]);
  });

  it("reports a stale figure in a record file as a warning, exit 0", () => {
    const r = run("check", "sample.json", "--today", "2026-11-28", "--json");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(["anniversary-stale"]);
  });

  it.skipIf(!hasShared)("reports the seed's two findings like a linter and exits 1", () => {
    const r = run("check", SEED, "--today", "2026-11-28");
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\S+000_258913a4433ddf32\.txt:\d+:\d+ {2}error {4}".+".*\[title-role\]$/);
    expect(lines[1]).toMatch(/^\S+:\d+:\d+ {2}warning {2}".+".*\[anniversary-stale\]$/);
    expect(lines[2]).toBe("2 problems (1 error, 1 warning, 0 info)");
  });

  it("reports two stored sources that disagree", () => {
    const db = path.join(dir, "conflict.db");
    writeFileSync(path.join(dir, "one.txt"), "= Mexico–Slovenia relations =\n\nMexico recognized Slovenia on 22 May 1992.\n");
    writeFileSync(path.join(dir, "two.txt"), "= Slovenia–Mexico relations =\n\nMexico recognized Slovenia in 1993.\n");
    expect(run("--db", db, "ingest", "one.txt", "two.txt").status).toBe(0);
    const r = run("--db", db, "check", "Mexico", "Slovenia", "--today", "2026-11-28");
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^one\.txt:3:1 {2}warning {2}sources disagree on recognition MEX→SVN: "1992-05-22" \(one\.txt\) vs "1993" \(two\.txt\) {2}\[source-conflict\]$/);
  });

  it.skipIf(!hasShared)("checks, renders and briefs a stored pair", () => {
    const db = path.join(dir, "store.db");
    expect(run("--db", db, "ingest", SEED).status).toBe(0);
    const check = run("--db", db, "check", "Mexico", "Slovenia", "--today", "2026-11-28", "--json");
    expect(check.status).toBe(1);
    expect(JSON.parse(check.stdout).findings.map((f: { rule: string; location?: { line: number } }) => [f.rule, typeof f.location?.line])).toEqual([
      ["title-role", "number"],
      ["anniversary-stale", "number"],
    ]);
    const md = run("--db", db, "render", "MEX", "SVN", "--format", "markdown", "--today", "2026-11-28");
    expect(md.stdout).toMatch(/^\[\^1\]: Mexico–Slovenia relations$/m);
    const brief = run("--db", db, "brief", "mexico", "slovenia", "--today", "2026-11-28");
    expect(brief.stdout).toMatch(/^Check\n-+\n- error: .*\[title-role\]/m);
  });
});
