// Result types of the query functions (src/query/index.ts). Every fact carries its id, source ids and spans
// (StoredFact), so a UI can open the quote behind any answer.
import type { FactOf, FactKind, Span } from "../model/record.js";
import type { StoredFact, SourceRow } from "../store/store.js";

export type { StoredFact, SourceRow, Provenance, FactMeta, Store } from "../store/store.js";

export type Stored<K extends FactKind> = StoredFact<FactOf<K>>;

/** One row of `listCountries`: for a shaded map. */
export interface CountrySummary {
  readonly code: string;
  readonly name: string;
  /** current facts that mention the state (pair, mission of/in, accreditation of/to) */
  readonly facts: number;
}

/** A pair resolved from user input: codes in the order given. */
export interface ResolvedPair {
  readonly a: string;
  readonly b: string;
  readonly names: readonly [string, string];
}

/** The same thing said differently by two or more sources: every value kept, side by side. */
export interface Conflict {
  readonly kind: FactKind;
  readonly key: string;
  /** a short description of what they disagree on: "visit SVN→MEX Drnovšek" */
  readonly about: string;
  /** one entry per distinct value, each with its facts (and so its sources) */
  readonly values: readonly { readonly value: string; readonly facts: readonly StoredFact[] }[];
}

export interface RelationsStatus {
  /** the earliest `established` fact */
  readonly established?: Stored<"relations">;
  /** whole years between the establishment and `today` (year precision: today's year minus that year) */
  readonly yearsAgo?: number;
  /** every relations event, oldest first */
  readonly events: readonly Stored<"relations">[];
  /** false when the latest event (on or before the as-of date) is `severed` */
  readonly inForce: boolean;
}

export interface MembershipSummary {
  readonly org: string;
  /** which of the pair belong: both, or one */
  readonly members: readonly string[];
  readonly facts: readonly Stored<"membership">[];
}

/** Missions and accreditation one way: from `of` to `to`. */
export interface DirectionalPresence {
  readonly of: string;
  readonly to: string;
  /** resident missions of `of` in `to` */
  readonly missions: readonly Stored<"mission">[];
  /** non-resident accreditation of `of` to `to` (via a mission elsewhere) */
  readonly accreditation: readonly Stored<"accreditation">[];
}

export interface TradeFigure {
  readonly fact: Stored<"trade">;
}

/** `bilateral show A B`. */
export interface PairProfile {
  readonly pair: readonly [string, string];
  readonly names: readonly [string, string];
  readonly asOf?: string;
  /** the date "years ago" is computed from */
  readonly today: string;
  readonly relations: RelationsStatus;
  readonly recognitions: readonly Stored<"recognition">[];
  /** organisations both belong to */
  readonly sharedMemberships: readonly MembershipSummary[];
  /** organisations only one is said to belong to */
  readonly otherMemberships: readonly MembershipSummary[];
  /** [A in B, B in A] */
  readonly presence: readonly [DirectionalPresence, DirectionalPresence];
  readonly visits: { readonly total: number; readonly aToB: number; readonly bToA: number; readonly latest?: Stored<"visit"> };
  readonly agreements: { readonly total: number; readonly latest?: Stored<"agreement"> };
  readonly latestTrade?: Stored<"trade">;
  readonly conflicts: readonly Conflict[];
  /** every current fact of the pair (as of the date), by date — nothing is left out of the profile */
  readonly facts: readonly StoredFact[];
  readonly sources: readonly SourceRow[];
}

export interface TimelineEntry {
  /** the fact's date (or trade year) as written */
  readonly date: string;
  readonly fact: StoredFact;
}

/** A mission as the network view shows it: the fact plus map coordinates and what it covers. */
export interface NetworkMission {
  readonly fact: Stored<"mission">;
  readonly lat?: number;
  readonly lon?: number;
  /** states this mission covers besides its host (non-resident accreditation) */
  readonly covers: readonly string[];
}

/** `bilateral missions A [--in B]`. */
export interface CountryNetwork {
  readonly code: string;
  readonly name: string;
  readonly asOf?: string;
  /** where A has resident missions */
  readonly missionsAbroad: readonly NetworkMission[];
  /** states A covers without a mission there, and from where */
  readonly covers: readonly Stored<"accreditation">[];
  /** other states' resident missions in A */
  readonly presentIn: readonly NetworkMission[];
  /** other states covering A from elsewhere (e.g. Mexico from Vienna) */
  readonly coveredBy: readonly Stored<"accreditation">[];
}

export interface SearchHit {
  readonly type: "source" | "fact";
  readonly id: number;
  /** the source title, or the fact in a few words */
  readonly title: string;
  readonly snippet: string;
  readonly sourceId?: number;
  readonly pair?: readonly [string, string];
  readonly fact?: StoredFact;
}

/** `getSource`: the text and where each of its facts is. */
export interface SourceView {
  readonly source: SourceRow;
  readonly facts: readonly { readonly factId: number; readonly kind: FactKind; readonly spans: readonly Span[] }[];
}

export type IngestResult =
  | { readonly kind: "stored"; readonly sourceId: number; readonly title: string; readonly pair: readonly [string, string]; readonly facts: number; readonly newFacts: number; readonly revision: number; readonly superseded: readonly number[] }
  | { readonly kind: "unchanged"; readonly sourceId: number; readonly title: string; readonly pair?: readonly [string, string] }
  | { readonly kind: "no-pair"; readonly title: string; readonly reason: string };

export interface IngestOptions {
  readonly title?: string;
  readonly url?: string;
  /** a file path or other origin */
  readonly origin?: string;
  /** keep the full text in the store (default true: the user supplied it) */
  readonly keepText?: boolean;
}
