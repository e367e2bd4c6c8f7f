// Facts over time: the pair's timeline, its visits and agreements, and facts by filter.
import type { FactKind } from "../model/record.js";
import { dateOf } from "../store/fact-key.js";
import type { Store, StoredFact } from "../store/store.js";
import { byDate, mergeSubsumed, ofKind } from "./facts.js";
import { resolveCountryOrThrow, resolvePair } from "./resolve.js";
import type { Stored, TimelineEntry } from "./types.js";
import { BadInputError } from "../errors.js";
import { checkDate } from "./dates.js";


const checkTimestamp = (t: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/.test(t) || Number.isNaN(Date.parse(t)))
    throw new BadInputError(`known at ${t}`, "not a date or timestamp (use 2026-11-28 or 2026-11-28T10:00:00Z)");
  return t;
};

/** Dated facts of the pair between `from` and `to` (inclusive, at any precision), oldest first. */
export async function getTimeline(store: Store, a: string, b: string, options: { from?: string; to?: string } = {}): Promise<TimelineEntry[]> {
  checkDate("from", options.from);
  checkDate("to", options.to);
  const pair = resolvePair(a, b);
  const facts = await store.findFacts({ pair: [pair.a, pair.b], ...(options.from ? { from: options.from } : {}), ...(options.to ? { to: options.to } : {}) });
  return byDate(mergeSubsumed(facts))
    .filter((f) => dateOf(f))
    .map((fact) => ({ date: dateOf(fact)!, fact }));
}

/** Visits between the pair, oldest first; `fromCountry` keeps those from that state. */
export async function getVisits(store: Store, a: string, b: string, options: { fromCountry?: string } = {}): Promise<Stored<"visit">[]> {
  const pair = resolvePair(a, b);
  const from = options.fromCountry ? resolveCountryOrThrow(options.fromCountry) : undefined;
  if (from && from !== pair.a && from !== pair.b) throw new BadInputError(`--from-country ${options.fromCountry}`, `not one of the pair (${pair.a}, ${pair.b})`);
  const visits = ofKind(byDate(mergeSubsumed(await store.findFacts({ pair: [pair.a, pair.b], kinds: ["visit"] }))), "visit");
  return from ? visits.filter((v) => v.from === from) : visits;
}

export async function getAgreements(store: Store, a: string, b: string): Promise<Stored<"agreement">[]> {
  const pair = resolvePair(a, b);
  return ofKind(byDate(mergeSubsumed(await store.findFacts({ pair: [pair.a, pair.b], kinds: ["agreement"] }))), "agreement");
}

/** Facts by kind, valid-time window (`from`/`to`, `asOf`), transaction time (`knownAt`: what the database held
 *  then, before later revisions superseded it) and pair. */
export async function listFacts(
  store: Store,
  filter: { kind?: FactKind | FactKind[]; from?: string; to?: string; asOf?: string; knownAt?: string; pair?: [string, string]; limit?: number } = {},
): Promise<StoredFact[]> {
  checkDate("from", filter.from);
  checkDate("to", filter.to);
  checkDate("as of", filter.asOf);
  const pair = filter.pair ? resolvePair(filter.pair[0], filter.pair[1]) : undefined;
  const kinds = filter.kind === undefined ? undefined : Array.isArray(filter.kind) ? filter.kind : [filter.kind];
  const facts = await store.findFacts({
    ...(kinds ? { kinds } : {}),
    ...(pair ? { pair: [pair.a, pair.b] as const } : {}),
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
    ...(filter.asOf ? { asOf: filter.asOf } : {}),
    ...(filter.knownAt ? { knownAt: checkTimestamp(filter.knownAt) } : {}),
  });
  const sorted = byDate(facts);
  return filter.limit ? sorted.slice(0, filter.limit) : sorted;
}
