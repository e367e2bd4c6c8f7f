// The built-in dataset: what a new default database is built from (the repository's data/ folder).
//   data/records/*.json     format-1 records written as data (facts with their source's title and URL, no text)
//   data/world-missions.json the world's missions, derived from the embassies table by scripts/build-world-missions.ts
// Idempotent: every part is a source with a digest, so a second run (or a concurrent one) changes nothing.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { BilateralRecord } from "../model/record.js";
import { DATA_DIR } from "./crosswalk.js";
import { ingestRecord } from "./ingest.js";
import type { Store } from "./store.js";
import { fromRow, missionFacts, type WorldMissionRow } from "./world-missions.js";

export const BOOTSTRAP_META_KEY = "builtin-dataset";

const digest = (s: string): string => createHash("sha256").update(s, "utf8").digest("hex");

export interface BootstrapResult {
  readonly records: number;
  readonly missions: number;
  readonly facts: number;
}

export async function loadBuiltinDataset(store: Store, dataDir = DATA_DIR): Promise<BootstrapResult> {
  let records = 0;
  let facts = 0;
  const recordDir = path.join(dataDir, "records");
  const parts: string[] = [];
  if (existsSync(recordDir)) {
    for (const name of readdirSync(recordDir).filter((n) => n.endsWith(".json")).sort()) {
      const raw = readFileSync(path.join(recordDir, name), "utf8");
      parts.push(digest(raw));
      const record = BilateralRecord.parse(JSON.parse(raw));
      const r = await ingestRecord(store, { ...record, source: { ...record.source, sha256: digest(raw) } }, { kind: "builtin", origin: `data/records/${name}` });
      records++;
      if (r.kind === "stored") facts += r.facts;
    }
  }
  let missions = 0;
  const worldFile = path.join(dataDir, "world-missions.json");
  if (existsSync(worldFile)) {
    const raw = readFileSync(worldFile, "utf8");
    parts.push(digest(raw));
    const world = JSON.parse(raw) as { source: { title: string; url?: string }; rows: WorldMissionRow[] };
    const ms = world.rows.map(fromRow);
    missions = ms.length;
    const put = await store.putSource(
      { kind: "dataset", title: world.source.title, url: world.source.url, origin: "data/world-missions.json", sha256: digest(raw) },
      ms.flatMap(missionFacts),
    );
    if (put.kind === "stored") facts += put.facts;
  }
  await store.setMeta(BOOTSTRAP_META_KEY, digest(parts.join(",")));
  return { records, missions, facts };
}
