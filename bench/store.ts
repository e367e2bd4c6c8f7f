// Store benchmark (`npm run bench:store`; a measurement, not a timed test).
//
//  1. Ingest: synthetic documents stored one transaction each, on SQLite and on PostgreSQL — documents/s, facts/s.
//  2. Pair profile on a world-scale synthetic database (200 states, every pair, ≥ 1,000,000 facts) on SQLite:
//     getPairProfile p50/p99, next to the bare SQL that fetches the same rows (facts + provenance + sources)
//     through better-sqlite3 directly, in the same run. Targets: p99 ≤ 5 ms, profile ≤ 2× the bare SQL.
//
// Options (environment): BENCH_DOCS (ingest documents, default 500), BENCH_SAMPLES (profile samples, default 2000),
// BENCH_PG_URL (use this PostgreSQL instead of starting one), BENCH_PG_WORLD=1 (also build the world on PostgreSQL —
// slow). The world database is cached in .bench/ and rebuilt when this file's generator version changes.
import Database from "better-sqlite3";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getPairProfile } from "../src/query/profile.js";
import { loadCrosswalk } from "../src/store/crosswalk.js";
import { orderedPair } from "../src/store/fact-key.js";
import { ingestRecord } from "../src/store/ingest.js";
import { openStore } from "../src/store/open.js";
import type { NewFact, NewSource, Store } from "../src/store/store.js";
import { startPostgres } from "../test/store/pg-harness.js";
import { pairOf, syntheticRecord } from "./synthetic.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CACHE = path.join(ROOT, ".bench");
const WORLD_VERSION = 1;
const STATES = 200;
const FACTS_PER_PAIR = 51; // 19,900 pairs × 51 = 1,014,900 facts
const DOCS = Number(process.env.BENCH_DOCS ?? 500);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 2000);

const codes = loadCrosswalk()
  .entries.filter((e) => e.iso2)
  .map((e) => e.code)
  .slice(0, STATES);

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const ms = (x: number): string => `${x.toFixed(3)} ms`;

async function benchIngest(label: string, store: Store): Promise<void> {
  const docs = Array.from({ length: DOCS }, (_, i) => syntheticRecord(i, pairOf(i, codes), 10));
  const t0 = performance.now();
  let facts = 0;
  for (const d of docs) {
    const r = await ingestRecord(store, d.record, { text: d.text });
    if (r.kind === "stored") facts += r.facts;
  }
  const s = (performance.now() - t0) / 1000;
  console.log(`ingest  ${label.padEnd(10)} ${DOCS} documents, ${facts} facts in ${s.toFixed(2)} s: ${(DOCS / s).toFixed(0)} documents/s, ${(facts / s).toFixed(0)} facts/s`);
}

/** Every pair of the 200 states, FACTS_PER_PAIR facts each, in batches of sources per transaction. */
async function buildWorld(store: Store): Promise<number> {
  let batch: { source: NewSource; facts: NewFact[] }[] = [];
  let i = 0;
  let facts = 0;
  const t0 = performance.now();
  for (let a = 0; a < codes.length; a++)
    for (let b = a + 1; b < codes.length; b++) {
      const { record, text } = syntheticRecord(i++, [codes[a]!, codes[b]!], FACTS_PER_PAIR);
      batch.push({
        source: { kind: "article", title: record.source.title, sha256: `world-${WORLD_VERSION}-${i}`, chars: text.length, pair: record.pair },
        facts: record.facts.map((fact) => ({ fact, pair: record.pair })),
      });
      facts += record.facts.length;
      if (batch.length === 250) {
        await store.putSources(batch);
        batch = [];
        process.stderr.write(`\rbuilding the world database: ${i} pairs, ${facts} facts, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      }
    }
  if (batch.length) await store.putSources(batch);
  process.stderr.write("\n");
  return facts;
}

async function worldSqlite(): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  const file = path.join(CACHE, `world-v${WORLD_VERSION}.db`);
  if (existsSync(file)) return file;
  const building = `${file}.building`;
  for (const f of [building, `${building}-wal`, `${building}-shm`]) rmSync(f, { force: true });
  const store = await openStore(building);
  await buildWorld(store);
  await store.close();
  renameSync(building, file);
  return file;
}

/** Random pairs, both orders, the same list for the profile and the bare SQL. */
function samplePairs(n: number): [string, string][] {
  let seed = 42;
  const rnd = (k: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % k);
  return Array.from({ length: n }, () => {
    const a = rnd(codes.length);
    let b = rnd(codes.length - 1);
    if (b >= a) b++;
    return [codes[a]!, codes[b]!];
  });
}

async function benchProfile(file: string): Promise<void> {
  const store = await openStore(file);
  const info = await store.info();
  const pairs = samplePairs(SAMPLES);
  // the bare SQL: the same rows the profile reads — the pair's facts with their provenance, then their sources
  const db = new Database(file, { readonly: true });
  db.pragma("cache_size = -32768"); // the same settings as the store's connection
  db.pragma("mmap_size = 268435456");
  const factsSql = db.prepare(`SELECT f.id, f.pair_lo, f.pair_hi, f.fkey, f.lat, f.lon, f.body, f.recorded_at,
    p.source_id, p.span_start, p.span_end, p.rule, p.locator, p.recorded_at AS p_recorded_at,
    CASE WHEN s.superseded_at IS NULL THEN 1 ELSE 0 END AS cur
    FROM facts f JOIN provenance p ON p.fact_id = f.id JOIN sources s ON s.id = p.source_id
    WHERE f.pair_lo = ? AND f.pair_hi = ? ORDER BY f.id, p.id`);
  const sourcesSql = db.prepare(
    "SELECT id, kind, title, url, origin, sha256, chars, NULL AS text, pair_a, pair_b, revision, recorded_at, superseded_at, superseded_by FROM sources WHERE id IN (SELECT value FROM json_each(?))",
  );
  const bare = (a: string, b: string): number => {
    const rows = factsSql.all(...orderedPair(a, b)) as { source_id: number }[];
    sourcesSql.all(JSON.stringify([...new Set(rows.map((r) => r.source_id))]));
    return rows.length;
  };
  // warm both paths (statement caches, JIT) and the pages of every sampled pair: both then read from memory
  for (const [a, b] of pairs) bare(a, b);
  for (const [a, b] of pairs.slice(0, 300)) await getPairProfile(store, a, b, { today: "2026-01-01" });
  const tBare: number[] = [];
  const tProfile: number[] = [];
  let rows = 0;
  let facts = 0;
  // interleaved, so both see the same machine load
  for (const [i, [a, b]] of pairs.entries()) {
    const runBare = (): void => {
      const t = performance.now();
      rows += bare(a, b);
      tBare.push(performance.now() - t);
    };
    if (i % 2) runBare();
    const t = performance.now();
    facts += (await getPairProfile(store, a, b, { today: "2026-01-01" })).facts.length;
    tProfile.push(performance.now() - t);
    if (!(i % 2)) runBare();
  }
  db.close();
  await store.close();
  const [p50, p99, b50, b99] = [pct(tProfile, 50), pct(tProfile, 99), pct(tBare, 50), pct(tBare, 99)];
  console.log(`world   sqlite     ${info.facts.toLocaleString("en-US")} facts, ${info.sources.toLocaleString("en-US")} sources, ${codes.length} states; ${SAMPLES} random pairs (${(facts / SAMPLES).toFixed(0)} facts, ${(rows / SAMPLES).toFixed(0)} provenance rows each)`);
  const over = (xs: number[]): string => `${((100 * xs.filter((x) => x > 5).length) / xs.length).toFixed(1)}% over 5 ms`;
  console.log(`profile sqlite     getPairProfile p50 ${ms(p50)}  p95 ${ms(pct(tProfile, 95))}  p99 ${ms(p99)}  (${over(tProfile)}; target p99 ≤ 5 ms: ${p99 <= 5 ? "met" : "NOT met"})`);
  console.log(`bare    sqlite     same rows, bare SQL p50 ${ms(b50)}  p95 ${ms(pct(tBare, 95))}  p99 ${ms(b99)}  (${over(tBare)})`);
  console.log(`ratio   sqlite     profile/bare p50 ${(p50 / b50).toFixed(2)}×, p99 ${(p99 / b99).toFixed(2)}× (target ≤ 2×: ${p50 / b50 <= 2 && p99 / b99 <= 2 ? "met" : "NOT met"})`);
  console.log(`load    ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} (1, 5, 15 min) on ${os.cpus().length} cores`);
}

async function main(): Promise<void> {
  console.log(`bilateral store benchmark — node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"})`);
  const tmp = path.join(os.tmpdir(), `bilateral-bench-${process.pid}.db`);
  const s1 = await openStore(tmp);
  await benchIngest("sqlite", s1);
  await s1.close();
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });

  let stopPg: (() => Promise<void>) | undefined;
  let pgUrl = process.env.BENCH_PG_URL;
  if (!pgUrl) {
    const pg = await startPostgres();
    if (pg.ok) {
      pgUrl = await pg.server.createDatabase("bench");
      stopPg = () => pg.server.stop();
    } else console.log(`ingest  postgres   skipped: ${pg.reason}`);
  }
  try {
    if (pgUrl) {
      const s2 = await openStore(pgUrl);
      await benchIngest("postgres", s2);
      await s2.close();
    }
    await benchProfile(await worldSqlite());
    if (pgUrl && process.env.BENCH_PG_WORLD === "1") {
      const s3 = await openStore(pgUrl);
      const t0 = performance.now();
      await buildWorld(s3);
      console.log(`world   postgres   built in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      const pairs = samplePairs(Math.min(SAMPLES, 500));
      const t: number[] = [];
      for (const [a, b] of pairs) {
        const t1 = performance.now();
        await getPairProfile(s3, a, b, { today: "2026-01-01" });
        t.push(performance.now() - t1);
      }
      console.log(`profile postgres   getPairProfile p50 ${ms(pct(t, 50))}  p99 ${ms(pct(t, 99))}`);
      await s3.close();
    }
  } finally {
    await stopPg?.();
  }
}

await main();
