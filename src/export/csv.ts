// Export as CSV: one row per fact of the pair, with its sources and spans.
import { pairFacts } from "../query/profile.js";
import { resolvePair } from "../query/resolve.js";
import { bodyOf, dateOf } from "../store/fact-key.js";
import type { Store } from "../store/store.js";
import { csvLine } from "./csv-cell.js";

export const FACT_CSV_COLUMNS = ["id", "kind", "date", "pair", "fields", "source_ids", "spans"] as const;

export async function toCsv(store: Store, a: string, b: string): Promise<string> {
  const pair = resolvePair(a, b);
  const facts = await pairFacts(store, pair.a, pair.b);
  const rows = facts.map((f) => {
    const { kind: _k, ...fields } = bodyOf(f) as Record<string, unknown>;
    void _k;
    return csvLine([
      f.id,
      f.kind,
      dateOf(f) ?? "",
      f.pair.join("-"),
      JSON.stringify(fields),
      f.sourceIds.join(" "),
      f.provenance.filter((p) => p.span).map((p) => `${p.sourceId}:${p.span![0]}-${p.span![1]}`).join(" "),
    ]);
  });
  return [csvLine(FACT_CSV_COLUMNS), ...rows].join("\n") + "\n";
}
