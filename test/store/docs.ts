// Helpers for the process-level store tests: write synthetic format-1 records as files, run the real CLI,
// and check that every stored document is whole and no fact is stored twice.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { pairOf, syntheticRecord } from "../../bench/synthetic.js";
import { columnsOf, orderedPair } from "../../src/store/fact-key.js";
import type { SqlStore } from "../../src/store/sql-store.js";
import type { Store } from "../../src/store/store.js";
import { spansOf } from "../../src/model/record.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = path.join(ROOT, "bin/bilateral.js");
const CODES = ["MEX", "SVN", "AUT", "USA"] as const;

export interface Written {
  /** title → provenance rows the document should have */
  readonly expected: Map<string, number>;
  /** distinct fact identities over all documents */
  readonly distinct: Set<string>;
}

/** Write documents [from, to) into `dir` as NAME.json records. */
export function writeDocs(dir: string, from: number, to: number, into?: Written): Written {
  mkdirSync(dir, { recursive: true });
  const w = into ?? { expected: new Map(), distinct: new Set() };
  for (let i = from; i < to; i++) {
    const { record } = syntheticRecord(i, pairOf(i, CODES), 8 + (i % 5));
    writeFileSync(path.join(dir, `doc-${String(i).padStart(5, "0")}.json`), JSON.stringify(record));
    w.expected.set(record.source.title, record.facts.reduce((n, f) => n + Math.max(1, spansOf(f).length), 0));
    for (const f of record.facts) {
      const c = columnsOf(f);
      w.distinct.add([...orderedPair(...record.pair), f.kind, c.key, c.value].join("|"));
    }
  }
  return w;
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string }> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  let stderr = "";
  let stdout = "";
  child.stderr!.on("data", (d) => (stderr += d));
  child.stdout!.on("data", (d) => (stdout += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, stderr, stdout })),
  );
  return { child, done };
}

/** Every source whole (exactly its provenance rows), and no fact identity twice. */
export async function checkWhole(store: Store, w: Written): Promise<{ sources: number; facts: number; partial: string[]; duplicates: number; unknown: string[] }> {
  const driver = (store as SqlStore).driver;
  const rows = await driver.all<{ title: string; n: number | string }>(
    "SELECT s.title, COUNT(p.id) AS n FROM sources s LEFT JOIN provenance p ON p.source_id = s.id GROUP BY s.id, s.title",
  );
  const partial = rows.filter((r) => w.expected.has(r.title) && Number(r.n) !== w.expected.get(r.title)).map((r) => `${r.title}: ${r.n}/${w.expected.get(r.title)}`);
  const unknown = rows.filter((r) => !w.expected.has(r.title)).map((r) => r.title);
  const dup = await driver.get<{ n: number | string }>(
    "SELECT COUNT(*) AS n FROM (SELECT pair_lo, pair_hi, kind, fkey, fvalue FROM facts GROUP BY pair_lo, pair_hi, kind, fkey, fvalue HAVING COUNT(*) > 1) d",
  );
  const facts = await driver.get<{ n: number | string }>("SELECT COUNT(*) AS n FROM facts");
  return { sources: rows.length, facts: Number(facts?.n), partial, duplicates: Number(dup?.n), unknown };
}
