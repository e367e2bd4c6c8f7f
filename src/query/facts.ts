// Helpers over stored facts shared by the queries: ordering, merging what one source says more exactly,
// conflicts, and what held on a date.
import type { Fact, FactKind } from "../model/record.js";
import { dateOf, dateRange, keyOf } from "../store/fact-key.js";
import { asOfDate } from "../store/sql-store.js";
import type { StoredFact } from "../store/store.js";
import type { Conflict } from "./types.js";

/** The value part of a fact's identity (see store/fact-key.ts): stored with the fact, else recomputed. */
export const factValue = (f: Fact & { valueKey?: string }): string => f.valueKey ?? keyOf(f).value;

/** Oldest first; undated facts last, in the order they were stored. */
export function byDate<F extends StoredFact>(facts: readonly F[]): F[] {
  const keyed = facts.map((f) => ({ f, d: f.dateStart ?? dateRange(dateOf(f)).start ?? "\uffff" }));
  keyed.sort((x, y) => (x.d < y.d ? -1 : x.d > y.d ? 1 : x.f.id - y.f.id));
  return keyed.map((k) => k.f);
}

/** Facts grouped by identity (kind, pair, key), in first-seen order. */
function byIdentity(facts: readonly StoredFact[]): StoredFact[][] {
  const groups = new Map<string, StoredFact[]>();
  for (const f of facts) {
    const k = f.kind + "\u0000" + f.pair[0] + f.pair[1] + "\u0000" + f.key;
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  return [...groups.values()];
}

/**
 * A fact without a value (an undated mission) and the same fact with one (the mission, opened 1996) are one fact:
 * the less exact one's sources are added to the exact one. Two different values stay apart (a conflict).
 */
export function mergeSubsumed(facts: readonly StoredFact[]): StoredFact[] {
  const drop = new Set<number>();
  const extra = new Map<number, StoredFact[]>();
  for (const g of byIdentity(facts)) {
    if (g.length < 2) continue;
    const empty = g.filter((f) => factValue(f) === "");
    const full = g.filter((f) => factValue(f) !== "");
    if (!empty.length || !full.length) continue;
    for (const e of empty) drop.add(e.id);
    extra.set(full[0]!.id, empty);
  }
  if (!drop.size) return [...facts];
  return facts
    .filter((f) => !drop.has(f.id))
    .map((f) => {
      const add = extra.get(f.id);
      if (!add) return f;
      const provenance = [...f.provenance, ...add.flatMap((e) => e.provenance)];
      return { ...f, provenance, sourceIds: [...new Set(provenance.map((p) => p.sourceId))] };
    });
}

/** Same key, different values: every value kept with the facts (and so the sources) that say it. */
export function conflictsOf(facts: readonly StoredFact[]): Conflict[] {
  const out: Conflict[] = [];
  for (const g of byIdentity(facts)) {
    if (g.length < 2) continue;
    const values = new Map<string, StoredFact[]>();
    for (const f of g) {
      const v = factValue(f);
      if (v === "") continue;
      values.set(v, [...(values.get(v) ?? []), f]);
    }
    // one source giving two values states two things (a president's visits of 2007 and 2010), not a disagreement:
    // a value is in conflict only with a value that no common source states
    const sourcesOf = (fs: StoredFact[]) => new Set(fs.flatMap((f) => f.sourceIds));
    const entries = [...values].filter(([v, fs]) => {
      const mine = sourcesOf(fs);
      return [...values].some(([w, gs]) => w !== v && ![...sourcesOf(gs)].some((id) => mine.has(id)));
    });
    if (entries.length < 2) continue;
    const first = g[0]!;
    out.push({
      kind: first.kind,
      key: first.key,
      about: `${first.kind} ${first.key.replace(/>/g, "→").replace(/\|/g, " ")}`.trim(),
      values: entries.map(([value, fs]) => ({ value, facts: fs })),
    });
  }
  return out;
}

/** What held on a date: facts dated after it are dropped (undated facts stay). */
export function holdingOn(facts: readonly StoredFact[], asOf: string | undefined): StoredFact[] {
  if (!asOf) return [...facts];
  const limit = asOfDate(asOf);
  return facts.filter((f) => {
    const start = dateRange(dateOf(f)).start;
    return !start || start <= limit;
  });
}

/** The missions open among these facts: a mission whose latest event is a closing is dropped with its opening. */
export function openMissions(facts: readonly StoredFact[]): StoredFact<Extract<Fact, { kind: "mission" }>>[] {
  const missions = ofKind(facts, "mission");
  const latest = new Map<string, StoredFact<Extract<Fact, { kind: "mission" }>>>();
  const base = (k: string): string => k.replace(/\|closed$/, "");
  for (const m of byDate(missions)) latest.set(base(m.key), m);
  return missions.filter((m) => latest.get(base(m.key))?.event !== "closed");
}

export const ofKind = <K extends FactKind>(facts: readonly StoredFact[], kind: K): StoredFact<Extract<Fact, { kind: K }>>[] =>
  facts.filter((f): f is StoredFact<Extract<Fact, { kind: K }>> => f.kind === kind);
