// The pair as one format-1 record, merged across its sources (what `export --format json` prints).
import { RECORD_FORMAT, type BilateralRecord, type Fact } from "../model/record.js";
import type { Store, StoredFact } from "../store/store.js";
import { pairFacts } from "./profile.js";
import { resolvePair } from "./resolve.js";

/** A fact of a merged record: its format-1 fields, its span in its primary source, and where to find that source. */
export type RecordFact = Fact & { id: number; sourceId: number; sourceIds: readonly number[] };

export type PairRecord = Omit<BilateralRecord, "facts"> & {
  facts: RecordFact[];
  /** every source the facts come from (the record's `source` is the main one) */
  sources: { id: number; title: string; url?: string; sha256: string; revision: number }[];
};

function toRecordFact(f: StoredFact): RecordFact {
  const { pair: _p, provenance: _pr, recordedAt: _r, key: _k, coords: _c, valueKey: _v, dateStart: _d, ...rest } = f;
  void _p, _pr, _r, _k, _c, _v, _d;
  return { ...(rest as Fact), id: f.id, sourceId: f.sourceIds[0]!, sourceIds: f.sourceIds };
}

export async function getPairRecord(store: Store, a: string, b: string): Promise<PairRecord> {
  const pair = resolvePair(a, b);
  const facts = await pairFacts(store, pair.a, pair.b);
  const ids = [...new Set(facts.flatMap((f) => f.sourceIds))];
  const sources = await store.getSources(ids);
  // the main source: the article (or record) about this pair that supports the most facts
  const support = new Map<number, number>();
  for (const f of facts) support.set(f.sourceIds[0]!, (support.get(f.sourceIds[0]!) ?? 0) + 1);
  const main = [...sources].sort((x, y) => Number(!!y.pair) - Number(!!x.pair) || (support.get(y.id) ?? 0) - (support.get(x.id) ?? 0))[0];
  return {
    format: RECORD_FORMAT,
    pair: [pair.a, pair.b],
    source: main
      ? { title: main.title, sha256: main.sha256, ...(main.chars != null ? { chars: main.chars } : {}), ...(main.url ? { url: main.url } : {}) }
      : { title: `${pair.names[0]}–${pair.names[1]} relations` },
    facts: facts.map(toRecordFact),
    sources: sources.map((s) => ({ id: s.id, title: s.title, ...(s.url ? { url: s.url } : {}), sha256: s.sha256, revision: s.revision })),
  };
}
