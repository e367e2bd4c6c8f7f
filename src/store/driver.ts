// The small interface each database folder implements (cf. Kysely's Driver + Adapter): run statements,
// run a transaction, and the two things whose SQL differs between databases — full-text indexing and search.
// Statements use `?` placeholders; the PostgreSQL driver numbers them.
import type { SearchRow } from "./store.js";

export type Row = Record<string, unknown>;

export interface Queryable {
  all<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: readonly unknown[]): Promise<T | undefined>;
  /** returns the number of rows changed */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** an INSERT; the new row's `id`, or undefined when nothing was inserted (ON CONFLICT DO NOTHING) */
  insert(sql: string, params?: readonly unknown[]): Promise<number | undefined>;
  /** schema statements, not cached */
  exec(sql: string): Promise<void>;
  /** add folded text to the full-text index */
  indexText(refType: "source" | "fact", refId: number, body: string): Promise<void>;
  /** the same for many rows in one statement */
  indexTexts(refType: "source" | "fact", rows: readonly (readonly [number, string])[]): Promise<void>;
}

export interface Driver extends Queryable {
  readonly dialect: "sqlite" | "postgres";
  /** a file path, or the URL without its password */
  readonly location: string;
  /** Run `fn` in one transaction; a thrown error rolls it back. Writers holding the same `lock` run one at a time
   *  (SQLite: every writer does — BEGIN IMMEDIATE; PostgreSQL: an advisory transaction lock on the key). */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, lock?: string): Promise<T>;
  /** full-text search over the folded text; `terms` are folded words, the last one a prefix */
  searchText(terms: readonly string[], limit: number): Promise<SearchRow[]>;
  close(): Promise<void>;
}

/** A driver's statement methods, answered by its own Queryable `q`: both databases' drivers extend this. */
export abstract class DelegatingDriver implements Queryable {
  protected abstract readonly q: Queryable;

  all<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]> {
    return this.q.all<T>(sql, params);
  }
  get<T = Row>(sql: string, params?: readonly unknown[]): Promise<T | undefined> {
    return this.q.get<T>(sql, params);
  }
  run(sql: string, params?: readonly unknown[]): Promise<number> {
    return this.q.run(sql, params);
  }
  insert(sql: string, params?: readonly unknown[]): Promise<number | undefined> {
    return this.q.insert(sql, params);
  }
  exec(sql: string): Promise<void> {
    return this.q.exec(sql);
  }
  indexText(refType: "source" | "fact", refId: number, body: string): Promise<void> {
    return this.q.indexText(refType, refId, body);
  }
  indexTexts(refType: "source" | "fact", rows: readonly (readonly [number, string])[]): Promise<void> {
    return this.q.indexTexts(refType, rows);
  }
}
