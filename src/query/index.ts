// Every query function of bilateral, library first: the CLI, the HTTP API and the renderers call these.
// Countries may be given as names, aliases, adjectives or ISO codes in any case (see resolvePair).
import type { BilateralRecord, FactKind } from "../model/record.js";
import type { Store, StoredFact } from "../store/store.js";
import type {
  Conflict,
  CountryNetwork,
  CountrySummary,
  DirectionalPresence,
  IngestOptions,
  IngestResult,
  PairProfile,
  ResolvedPair,
  SearchHit,
  SourceView,
  Stored,
  TimelineEntry,
} from "./types.js";

export type * from "./types.js";
export type { Store, StoredFact } from "../store/store.js";

const notYet = (name: string): never => {
  throw new Error(`${name}: not yet implemented`);
};

/** Open a store: a `postgres://` URL, a SQLite file path, or (no spec) `$BILATERAL_DB` / the default file,
 *  built from the repository's `data/` on first use. */
export async function openStore(spec?: string): Promise<Store> {
  void spec;
  return notYet("openStore");
}

/** Names, aliases, adjectives or codes (any case) to codes; NotFoundError/BadInputError naming the input. */
export function resolvePair(a: string, b: string): ResolvedPair {
  void a, b;
  return notYet("resolvePair");
}

/** One country to its code; NotFoundError naming the input. */
export function resolveCountryOrThrow(input: string): string {
  void input;
  return notYet("resolveCountryOrThrow");
}

/** Every state with a name and how many facts are known about it (for a shaded map). */
export async function listCountries(store: Store): Promise<CountrySummary[]> {
  void store;
  return notYet("listCountries");
}

/** A country's mission network: where it has missions, whom it covers from where, who is present in it. */
export async function getCountryNetwork(store: Store, code: string, options: { in?: string; asOf?: string } = {}): Promise<CountryNetwork> {
  void store, code, options;
  return notYet("getCountryNetwork");
}

/** The pair's profile (`bilateral show`). `today` defaults to the current date; `asOf` limits to what held then. */
export async function getPairProfile(store: Store, a: string, b: string, options: { asOf?: string; today?: string } = {}): Promise<PairProfile> {
  void store, a, b, options;
  return notYet("getPairProfile");
}

/** Dated facts of the pair, oldest first. */
export async function getTimeline(store: Store, a: string, b: string, options: { from?: string; to?: string } = {}): Promise<TimelineEntry[]> {
  void store, a, b, options;
  return notYet("getTimeline");
}

/** Visits between the pair, oldest first; `fromCountry` keeps one direction. */
export async function getVisits(store: Store, a: string, b: string, options: { fromCountry?: string } = {}): Promise<Stored<"visit">[]> {
  void store, a, b, options;
  return notYet("getVisits");
}

export async function getAgreements(store: Store, a: string, b: string): Promise<Stored<"agreement">[]> {
  void store, a, b;
  return notYet("getAgreements");
}

/** Missions and accreditation both ways: [A in B, B in A]. */
export async function getPairMissions(store: Store, a: string, b: string, options: { asOf?: string } = {}): Promise<[DirectionalPresence, DirectionalPresence]> {
  void store, a, b, options;
  return notYet("getPairMissions");
}

/** The pair as one format-1 record, merged across sources; each fact carries `span` and `sourceId`. */
export async function getPairRecord(store: Store, a: string, b: string): Promise<BilateralRecord & { facts: (StoredFact & { sourceId: number })[] }> {
  void store, a, b;
  return notYet("getPairRecord");
}

/** Same thing, different values, from different sources: both kept. */
export async function listConflicts(store: Store, a: string, b: string): Promise<Conflict[]> {
  void store, a, b;
  return notYet("listConflicts");
}

/** Facts by kind, valid-time window, as-of date and pair. */
export async function listFacts(
  store: Store,
  filter: { kind?: FactKind | FactKind[]; from?: string; to?: string; asOf?: string; pair?: [string, string]; limit?: number } = {},
): Promise<StoredFact[]> {
  void store, filter;
  return notYet("listFacts");
}

/** Full text over sources and facts. */
export async function search(store: Store, q: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
  void store, q, options;
  return notYet("search");
}

/** A source with its text and the spans of its facts; NotFoundError when unknown. */
export async function getSource(store: Store, id: number): Promise<SourceView> {
  void store, id;
  return notYet("getSource");
}

/** Extract and store one document in one transaction. */
export async function ingestText(store: Store, text: string, options: IngestOptions = {}): Promise<IngestResult> {
  void store, text, options;
  return notYet("ingestText");
}
