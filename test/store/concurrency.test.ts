// Concurrency: two ingest processes and a reader at once on one database (a SQLite file; a PostgreSQL server).
// No process may fail, no document may be lost or half-stored, no fact stored twice.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { availableDialects, stopDialects } from "./dialects.js";
import { checkWhole, ROOT, runCli, writeDocs } from "./docs.js";

const dialects = await availableDialects();
const tmp = mkdtempSync(path.join(os.tmpdir(), "bilateral-concurrency-"));
afterAll(async () => {
  await stopDialects();
  rmSync(tmp, { recursive: true, force: true });
});

// each writer has its own documents, and both ingest a shared set (same titles, same facts) at the same time
const written = writeDocs(path.join(tmp, "a"), 0, 120);
writeDocs(path.join(tmp, "b"), 120, 240, written);
writeDocs(path.join(tmp, "shared"), 240, 300, written);

describe.each(dialects)("concurrency on $name", (dialect) => {
  it("two ingest processes and a reader: no error, no lost document, no duplicate fact", { timeout: 240_000 }, async () => {
    const db = await dialect.newDatabase();
    await (await dialect.open(db)).close();
    const reader = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "test/store/reader-child.ts"), db], { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] });
    let readerOut = "";
    let readerErr = "";
    reader.stdout.on("data", (d) => (readerOut += d));
    reader.stderr.on("data", (d) => (readerErr += d));
    const readerDone = new Promise<number | null>((r) => reader.on("exit", (code) => r(code)));
    const [one, two] = await Promise.all([
      runCli(["--db", db, "ingest", path.join(tmp, "a"), path.join(tmp, "shared")]).done,
      runCli(["--db", db, "ingest", path.join(tmp, "shared"), path.join(tmp, "b")]).done,
    ]);
    reader.stdin.end();
    const readerCode = await readerDone;
    expect([one.stderr, two.stderr, readerErr]).toEqual(["", "", ""]);
    expect([one.code, two.code, readerCode]).toEqual([0, 0, 0]);
    expect(Number(readerOut.trim())).toBeGreaterThan(0);
    // between them the two writers stored each shared document once; the other saw it unchanged
    const stored = (out: string): number => Number(/: (\d+) stored/.exec(out)?.[1]);
    expect(stored(one.stdout) + stored(two.stdout)).toBe(300);
    const store = await dialect.open(db);
    const result = await checkWhole(store, written);
    await store.close();
    expect(result).toEqual({ sources: 300, facts: written.distinct.size, partial: [], duplicates: 0, unknown: [] });
  });
});
