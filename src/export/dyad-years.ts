// Export the dyad-year table researchers join on: one row per pair of states and year.
//
// Columns: iso3_a, iso3_b (a < b), cow_a, cow_b (Correlates of War codes from the crosswalk), year,
// relations (1 in force, 0 not yet / severed, empty when nothing is known about relations),
// missions_a_in_b, missions_b_in_a (resident missions open that year), visits_a_to_b, visits_b_to_a,
// agreements (signed that year), trade_usd (the two-way total for that year, else empty).
// Years: from the pair's earliest dated fact to `toYear` (default: this year). A mission with no opening date
// is counted in every year of the range (the data set lists missions open at its snapshot, not since when).
import { loadCrosswalk } from "../store/crosswalk.js";
import { dateOf } from "../store/fact-key.js";
import type { Store, StoredFact } from "../store/store.js";
import { holdingOn, mergeSubsumed, ofKind, openMissions } from "../query/facts.js";
import { csvLine } from "./csv-cell.js";

export const DYAD_YEAR_COLUMNS = [
  "iso3_a",
  "iso3_b",
  "cow_a",
  "cow_b",
  "year",
  "relations",
  "missions_a_in_b",
  "missions_b_in_a",
  "visits_a_to_b",
  "visits_b_to_a",
  "agreements",
  "trade_usd",
] as const;

const yearOf = (f: StoredFact): number | undefined => {
  const d = dateOf(f);
  return d ? Number(d.slice(0, 4)) : undefined;
};

export async function* dyadYearRows(store: Store, options: { toYear?: number } = {}): AsyncGenerator<string> {
  const cw = loadCrosswalk();
  const toYear = options.toYear ?? new Date().getUTCFullYear();
  const all = mergeSubsumed(await store.findFacts({}));
  const byPair = new Map<string, StoredFact[]>();
  for (const f of all) {
    if (f.pair[0] === f.pair[1] || f.pair.includes("EU")) continue;
    const k = f.pair.join("|");
    byPair.set(k, [...(byPair.get(k) ?? []), f]);
  }
  yield csvLine(DYAD_YEAR_COLUMNS);
  for (const k of [...byPair.keys()].sort()) {
    const facts = byPair.get(k)!;
    const [a, b] = k.split("|") as [string, string];
    const years = facts.map(yearOf).filter((y): y is number => y != null && y <= toYear);
    const first = years.length ? Math.min(...years) : toYear;
    const relations = ofKind(facts, "relations");
    for (let y = first; y <= toYear; y++) {
      const held = holdingOn(facts, String(y));
      const rel = ofKind(held, "relations").filter((r) => r.date).sort((x, z) => (x.date! < z.date! ? -1 : 1));
      const relValue = !relations.length ? "" : rel.length ? (rel.at(-1)!.event === "severed" ? 0 : 1) : 0;
      const missions = openMissions(held).filter((m) => !m.type.includes("honorary"));
      const visits = ofKind(facts, "visit").filter((v) => yearOf(v) === y);
      const trade = ofKind(facts, "trade").find((t) => t.year === y && t.flow === "total" && t.currency === "USD");
      yield csvLine([
        a,
        b,
        cw.byCode(a)?.cow ?? "",
        cw.byCode(b)?.cow ?? "",
        y,
        relValue,
        missions.filter((m) => m.of === a && m.in === b).length,
        missions.filter((m) => m.of === b && m.in === a).length,
        visits.filter((v) => v.from === a && v.to === b).length,
        visits.filter((v) => v.from === b && v.to === a).length,
        ofKind(facts, "agreement").filter((x) => yearOf(x) === y).length,
        trade?.value ?? "",
      ]);
    }
  }
}
