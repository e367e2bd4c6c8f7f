// SQLite through better-sqlite3 (synchronous; wrapped in promises so it fits the async Driver).
// WAL mode: readers never wait for writers; writers take the lock up front (BEGIN IMMEDIATE) and wait for each
// other through busy_timeout, so two ingest processes on one file queue instead of failing.
import Database from "better-sqlite3";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { DelegatingDriver, type Driver, type Queryable } from "../driver.js";
import type { SearchRow } from "../store.js";

const BUSY_TIMEOUT_MS = 30_000;

/** mkdir -p, one level at a time (Node's recursive mkdir can spin on pseudo file systems such as /proc). */
function makeDirectories(dir: string): void {
  if (existsSync(dir)) return;
  const parent = path.dirname(dir);
  if (parent !== dir) makeDirectories(parent);
  mkdirSync(dir);
}

const toParam = (v: unknown): unknown => (v === undefined ? null : typeof v === "boolean" ? (v ? 1 : 0) : v);

export class SqliteDriver extends DelegatingDriver implements Driver {
  readonly dialect = "sqlite" as const;
  readonly location: string;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  /** one transaction at a time on this connection; others queue */
  private queue: Promise<unknown> = Promise.resolve();
  protected readonly q: Queryable;

  constructor(file: string) {
    super();
    this.location = file;
    if (file !== ":memory:") makeDirectories(path.dirname(path.resolve(file)));
    this.db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    this.db.pragma("journal_mode = WAL");
    // NORMAL in WAL mode: a killed process never loses a committed transaction nor leaves half of one
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("foreign_keys = ON");
    // reads of a large database: keep hot pages in memory and read through a memory map
    this.db.pragma("cache_size = -32768");
    this.db.pragma("mmap_size = 268435456");
    const self = this;
    this.q = {
      all: async <T>(sql: string, params: readonly unknown[] = []) => self.stmt(sql).all(...params.map(toParam)) as T[],
      get: async <T>(sql: string, params: readonly unknown[] = []) => {
        const s = self.stmt(sql);
        return (s.reader ? s.get(...params.map(toParam)) : (s.run(...params.map(toParam)), undefined)) as T | undefined;
      },
      run: async (sql: string, params: readonly unknown[] = []) => {
        const s = self.stmt(sql);
        if (s.reader) return s.all(...params.map(toParam)).length;
        return s.run(...params.map(toParam)).changes;
      },
      insert: async (sql: string, params: readonly unknown[] = []) => {
        const r = self.stmt(sql).run(...params.map(toParam));
        return r.changes ? Number(r.lastInsertRowid) : undefined;
      },
      exec: async (sql: string) => void self.db.exec(sql),
      indexText: async (refType, refId, body) => {
        self.stmt("INSERT INTO search_fts (body, ref_type, ref_id) VALUES (?, ?, ?)").run(body, refType, refId);
      },
      indexTexts: async (refType, rows) => {
        const s = self.stmt("INSERT INTO search_fts (body, ref_type, ref_id) VALUES (?, ?, ?)");
        for (const [id, body] of rows) s.run(body, refType, id);
      },
    };
  }

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }


  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      this.db.exec("BEGIN IMMEDIATE");
      try {
        const result = await fn(this.q);
        this.db.exec("COMMIT");
        return result;
      } catch (e) {
        if (this.db.inTransaction) this.db.exec("ROLLBACK");
        throw e;
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async searchText(terms: readonly string[], limit: number): Promise<SearchRow[]> {
    if (!terms.length) return [];
    const match = terms.map((t, i) => `"${t.replace(/"/g, "")}"${i === terms.length - 1 ? "*" : ""}`).join(" ");
    const rows = this.stmt(
      "SELECT ref_type, ref_id, snippet(search_fts, 0, '[', ']', '…', 12) AS snip, bm25(search_fts) AS rank FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT ?",
    ).all(match, limit) as { ref_type: "source" | "fact"; ref_id: number; snip: string; rank: number }[];
    return rows.map((r) => ({ type: r.ref_type, id: Number(r.ref_id), snippet: r.snip, rank: -r.rank }));
  }

  async close(): Promise<void> {
    await this.queue;
    this.db.close();
  }
}
