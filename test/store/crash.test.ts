// Crash safety: kill -9 an ingest of 1,000 documents half-way; on reopening no document is half-stored, and
// rerunning the ingest completes with every document and no fact stored twice. SQLite and PostgreSQL.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { availableDialects, stopDialects } from "./dialects.js";
import { checkWhole, runCli, writeDocs } from "./docs.js";

const dialects = await availableDialects();
const tmp = mkdtempSync(path.join(os.tmpdir(), "bilateral-crash-"));
afterAll(async () => {
  await stopDialects();
  rmSync(tmp, { recursive: true, force: true });
});

const N = 1000;
const dir = path.join(tmp, "docs");
const written = writeDocs(dir, 0, N);

describe.each(dialects)("crash safety on $name", (dialect) => {
  it("kill -9 in the middle of 1,000 documents leaves no half-stored document; a rerun completes without duplicates", { timeout: 240_000 }, async () => {
    const db = await dialect.newDatabase();
    const probe = await dialect.open(db); // migrated before the child starts, so the probe can count from the start
    const { child, done } = runCli(["--db", db, "ingest", dir]);
    let exited = false;
    void done.then(() => (exited = true));
    while (!exited && (await probe.info()).sources < 50) await new Promise((r) => setTimeout(r, 5));
    child.kill("SIGKILL");
    const killed = await done;
    expect(killed.signal, `the ingest ended by itself: ${killed.code} ${killed.stderr}`).toBe("SIGKILL");
    const after = await checkWhole(probe, written);
    await probe.close();
    expect(after.sources).toBeGreaterThan(0);
    expect(after.sources).toBeLessThan(N); // it really was killed in the middle
    expect(after.partial).toEqual([]);
    expect(after.unknown).toEqual([]);

    const rerun = await runCli(["--db", db, "ingest", dir]).done;
    expect(rerun.stderr).toBe("");
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`ingested ${N} documents: ${N - after.sources} stored .*, ${after.sources} unchanged`));
    const store = await dialect.open(db);
    const final = await checkWhole(store, written);
    await store.close();
    expect(final).toEqual({ sources: N, facts: written.distinct.size, partial: [], duplicates: 0, unknown: [] });
  });
});
