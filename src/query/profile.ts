// The pair's profile (`bilateral show A B`): one read of the pair's facts, summarised.
import { dateRange } from "../store/fact-key.js";
import type { Store, StoredFact } from "../store/store.js";
import { byDate, conflictsOf, holdingOn, mergeSubsumed, ofKind, openMissions } from "./facts.js";
import { checkDate } from "./dates.js";
import { resolvePair } from "./resolve.js";
import type { Conflict, DirectionalPresence, MembershipSummary, PairProfile, RelationsStatus, Stored } from "./types.js";

/** The pair's current facts, merged, as of a date when given. */
export async function pairFacts(store: Store, a: string, b: string, asOf?: string): Promise<StoredFact[]> {
  const facts = await store.findFacts({ pair: [a, b], ...(asOf ? { asOf } : {}) });
  const merged = mergeSubsumed(facts);
  return byDate(asOf ? holdingOn(merged, asOf) : merged);
}

const today = (): string => new Date().toISOString().slice(0, 10);

/** Whole years from a written date to `on`: a year-precision date counts by years alone. */
export function yearsBetween(date: string, on: string): number {
  const start = dateRange(date).start!;
  const [y1, m1, d1] = start.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = on.split("-").map(Number) as [number, number, number];
  if (!/-/.test(date.split("/")[0]!)) return y2 - y1;
  return y2 - y1 - (m2 < m1 || (m2 === m1 && (d2 ?? 1) < d1) ? 1 : 0);
}

export function relationsStatus(facts: readonly StoredFact[], on: string): RelationsStatus {
  const events = byDate(ofKind(facts, "relations"));
  const established = events.find((e) => e.event === "established");
  const latest = events.filter((e) => e.date).at(-1) ?? events.at(-1);
  return {
    ...(established ? { established } : {}),
    ...(established?.date ? { yearsAgo: yearsBetween(established.date, on) } : {}),
    events,
    inForce: !!latest && latest.event !== "severed",
  };
}

export function presence(facts: readonly StoredFact[], of: string, to: string): DirectionalPresence {
  return {
    of,
    to,
    missions: openMissions(facts).filter((m) => m.of === of && m.in === to),
    accreditation: ofKind(facts, "accreditation").filter((x) => x.of === of && x.to === to),
  };
}

function memberships(facts: readonly StoredFact[]): MembershipSummary[] {
  const byOrg = new Map<string, Stored<"membership">[]>();
  for (const m of ofKind(facts, "membership")) byOrg.set(m.key, [...(byOrg.get(m.key) ?? []), m]);
  return [...byOrg.values()].map((fs) => ({
    org: fs[0]!.org,
    members: [...new Set(fs.flatMap((f) => f.members))].sort(),
    facts: fs,
  }));
}

/** The latest year's figure, the two-way total preferred over one direction. */
function latestTrade(facts: readonly StoredFact[]): Stored<"trade"> | undefined {
  const flowRank = { total: 0, export: 1, import: 2 } as const;
  return [...ofKind(facts, "trade")].sort((x, y) => y.year - x.year || flowRank[x.flow] - flowRank[y.flow] || x.id - y.id)[0];
}

export async function getPairProfile(store: Store, a: string, b: string, options: { asOf?: string; today?: string } = {}): Promise<PairProfile> {
  checkDate("as of", options.asOf);
  checkDate("today", options.today, true);
  const pair = resolvePair(a, b);
  const on = options.today ?? today();
  const facts = await pairFacts(store, pair.a, pair.b, options.asOf);
  const sourceIds = [...new Set(facts.flatMap((f) => f.sourceIds))].sort((x, y) => x - y);
  const sources = await store.getSources(sourceIds);
  const ms = memberships(facts);
  const visits = ofKind(facts, "visit");
  const agreements = ofKind(facts, "agreement");
  const trade = latestTrade(facts);
  // facts are in date order: the last dated one is the latest
  const latestVisit = visits.filter((v) => v.date).at(-1);
  const latestAgreement = agreements.filter((x) => x.date).at(-1);
  return {
    pair: [pair.a, pair.b],
    names: pair.names,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    today: on,
    relations: relationsStatus(facts, options.asOf ? (dateRange(options.asOf).end ?? on) : on),
    recognitions: ofKind(facts, "recognition"),
    sharedMemberships: ms.filter((m) => m.members.includes(pair.a) && m.members.includes(pair.b)),
    otherMemberships: ms.filter((m) => !(m.members.includes(pair.a) && m.members.includes(pair.b))),
    presence: [presence(facts, pair.a, pair.b), presence(facts, pair.b, pair.a)],
    visits: {
      total: visits.length,
      aToB: visits.filter((v) => v.from === pair.a && v.to === pair.b).length,
      bToA: visits.filter((v) => v.from === pair.b && v.to === pair.a).length,
      ...(latestVisit ? { latest: latestVisit } : {}),
    },
    agreements: { total: agreements.length, ...(latestAgreement ? { latest: latestAgreement } : {}) },
    ...(trade ? { latestTrade: trade } : {}),
    conflicts: conflictsOf(facts),
    facts,
    sources,
  };
}

/** Missions and accreditation both ways: [A in B, B in A]. */
export async function getPairMissions(store: Store, a: string, b: string, options: { asOf?: string } = {}): Promise<[DirectionalPresence, DirectionalPresence]> {
  checkDate("as of", options.asOf);
  const pair = resolvePair(a, b);
  const facts = byDate(holdingOn(mergeSubsumed(await store.findFacts({ pair: [pair.a, pair.b], kinds: ["mission", "accreditation"], ...(options.asOf ? { asOf: options.asOf } : {}) })), options.asOf));
  return [presence(facts, pair.a, pair.b), presence(facts, pair.b, pair.a)];
}

/** Same thing, different values, from different sources: both kept. */
export async function listConflicts(store: Store, a: string, b: string): Promise<Conflict[]> {
  const pair = resolvePair(a, b);
  return conflictsOf(await store.findFacts({ pair: [pair.a, pair.b] }));
}
