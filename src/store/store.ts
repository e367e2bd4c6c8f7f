// The store: one interface, two databases (SQLite in ./sqlite, PostgreSQL in ./postgres).
//
// Like Kysely's Dialect split, the knowledge-base logic (sources, facts, provenance, conflicts, as-of) is
// written once in ./sql-store.ts against a small `Driver` (run a statement, run a transaction); each
// database folder supplies its driver, its migrations and the few statements that differ (full-text search).
import type { Fact, FactKind, Span } from "../model/record.js";

/** Where a stored fact came from: one source, and the words in it (span) when it is a text. */
export interface Provenance {
  readonly sourceId: number;
  /** [start, end) in the source's text; absent for facts from a data set or written as data */
  readonly span?: Span;
  /** the extraction rule that made the fact, e.g. `visit/list-item` */
  readonly rule?: string;
  /** for data-set facts: where in the data set (a Wikidata QID, a line number) */
  readonly locator?: string;
  /** transaction time: when this source said it (ISO timestamp) */
  readonly recordedAt: string;
  /** false once the source has been superseded by a newer revision of the same title */
  readonly current: boolean;
}

/** What every fact the store returns carries besides its format-1 fields. */
export interface FactMeta {
  readonly id: number;
  /** the pair of states the fact belongs to, in code order */
  readonly pair: readonly [string, string];
  /** ids of the sources that support it (current ones first) */
  readonly sourceIds: readonly number[];
  /** every source span that supports it */
  readonly provenance: readonly Provenance[];
  /** when the fact was first recorded (transaction time) */
  readonly recordedAt: string;
  /** same-fact identity across sources: equal key and a different value is a conflict */
  readonly key: string;
  /** the value part of its identity (a date, a figure…): equal key and a different value is a conflict */
  readonly valueKey: string;
  /** valid time as a sortable full date (the first day its written date can mean); absent when undated */
  readonly dateStart?: string;
  /** where it is on a map (missions from the world data set) */
  readonly coords?: { readonly lat: number; readonly lon: number };
}

/** A format-1 fact as stored: its fields plus id, pair and provenance. */
export type StoredFact<F extends Fact = Fact> = F & FactMeta;

export type SourceKind = "article" | "dataset" | "builtin";

export interface SourceRow {
  readonly id: number;
  readonly kind: SourceKind;
  readonly title: string;
  readonly url?: string;
  /** a file path or other origin the user gave */
  readonly origin?: string;
  readonly sha256: string;
  readonly chars?: number;
  /** the full text, when the user supplied it (never for the built-in dataset) */
  readonly text?: string;
  /** the pair the source is about, in the order its title names them */
  readonly pair?: readonly [string, string];
  /** 1 for the first version of a title, then 2, 3… */
  readonly revision: number;
  readonly recordedAt: string;
  readonly supersededAt?: string;
  readonly supersededBy?: number;
}

/** A source to store: what the caller knows of it; id, revision and times are the store's to give. */
export type NewSource = Pick<SourceRow, "kind" | "title" | "url" | "origin" | "sha256" | "chars" | "text" | "pair">;

/** A fact to store, with the pair it belongs to and where it came from. */
export interface NewFact {
  readonly fact: Fact;
  readonly pair: readonly [string, string];
  readonly locator?: string;
  readonly coords?: { readonly lat: number; readonly lon: number };
}

export type PutSourceResult =
  | { readonly kind: "stored"; readonly source: SourceRow; readonly facts: number; readonly newFacts: number; readonly superseded: readonly number[] }
  | { readonly kind: "unchanged"; readonly source: SourceRow };

export interface FactFilter {
  /** these facts only */
  readonly ids?: readonly number[];
  readonly kinds?: readonly FactKind[];
  /** both orders match */
  readonly pair?: readonly [string, string];
  /** facts where this state is a party: in the pair, or subject/object (mission of/in, accreditation of/to/via) */
  readonly involving?: string;
  /** valid time: facts dated on or after / on or before (ISO dates; a year means its whole span) */
  readonly from?: string;
  readonly to?: string;
  /** valid time: what held on this date (undated facts are kept) */
  readonly asOf?: string;
  /** transaction time: what the database held at this moment (ISO timestamp, or a date = its end) */
  readonly knownAt?: string;
  /** include facts supported only by superseded sources (history) */
  readonly includeHistory?: boolean;
  readonly limit?: number;
}

export interface SearchRow {
  readonly type: "source" | "fact";
  readonly id: number;
  readonly snippet: string;
  readonly rank: number;
}

export interface CountryFactCount {
  readonly code: string;
  readonly facts: number;
}

export interface StoreInfo {
  readonly dialect: "sqlite" | "postgres";
  readonly location: string;
  readonly schemaVersion: number;
  readonly sources: number;
  readonly facts: number;
}

/**
 * The knowledge base. All methods are async so both drivers fit.
 * `putSource` is one transaction: a document is stored whole or not at all.
 */
export interface Store {
  readonly dialect: "sqlite" | "postgres";
  /** Store a source and its facts atomically. Identical (title, sha256) again: `unchanged`. A new sha256 for a
   *  known title is a new revision: the older revisions are marked superseded (kept, with their facts, as history). */
  putSource(source: NewSource, facts: readonly NewFact[]): Promise<PutSourceResult>;
  /** Many small sources in one transaction (world data): each is put as by `putSource`. */
  putSources(batch: readonly { source: NewSource; facts: readonly NewFact[] }[]): Promise<PutSourceResult[]>;
  getSource(id: number): Promise<SourceRow | undefined>;
  /** several sources by id, without their text */
  getSources(ids: readonly number[]): Promise<SourceRow[]>;
  listSources(options?: { pair?: readonly [string, string]; includeSuperseded?: boolean }): Promise<SourceRow[]>;
  findFacts(filter: FactFilter): Promise<StoredFact[]>;
  /** facts of a source (including history) */
  factsOfSource(sourceId: number): Promise<StoredFact[]>;
  getFact(id: number): Promise<StoredFact | undefined>;
  /** how many current facts mention each state */
  countFactsByCountry(): Promise<CountryFactCount[]>;
  /** full text over sources (title and text) and facts */
  search(query: string, limit?: number): Promise<SearchRow[]>;
  info(): Promise<StoreInfo>;
  /** a key/value for bookkeeping (bootstrap version) */
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}
