// PostgreSQL through `pg`: a pool for readers, one pooled client per transaction.
// Writers of the same document serialise on an advisory transaction lock keyed by its title; everything else
// runs concurrently under READ COMMITTED, with unique constraints and ON CONFLICT keeping facts single.
import pg from "pg";
import { DelegatingDriver, type Driver, type Queryable } from "../driver.js";
import type { SearchRow } from "../store.js";

/** `?` placeholders to `$1, $2…` (the store's SQL has no `?` inside literals). */
const numbered = (sql: string): string => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

const toParam = (v: unknown): unknown => (v === undefined ? null : v);

interface Client {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

function queryable(c: Client): Queryable {
  const cache = new Map<string, string>();
  const text = (sql: string): string => {
    let t = cache.get(sql);
    if (t === undefined) cache.set(sql, (t = numbered(sql)));
    return t;
  };
  return {
    all: async <T>(sql: string, params: readonly unknown[] = []) => (await c.query(text(sql), params.map(toParam))).rows as T[],
    get: async <T>(sql: string, params: readonly unknown[] = []) => (await c.query(text(sql), params.map(toParam))).rows[0] as T | undefined,
    run: async (sql: string, params: readonly unknown[] = []) => (await c.query(text(sql), params.map(toParam))).rowCount ?? 0,
    insert: async (sql: string, params: readonly unknown[] = []) => {
      const row = (await c.query(text(`${sql} RETURNING id`), params.map(toParam))).rows[0] as { id: number } | undefined;
      return row ? Number(row.id) : undefined;
    },
    exec: async (sql: string) => void (await c.query(sql)),
    indexText: async (refType, refId, body) => {
      await c.query("INSERT INTO search_docs (ref_type, ref_id, body) VALUES ($1, $2, $3)", [refType, refId, body]);
    },
    indexTexts: async (refType, rows) => {
      if (!rows.length) return;
      await c.query(
        `INSERT INTO search_docs (ref_type, ref_id, body) SELECT $1, * FROM unnest($2::int[], $3::text[])`,
        [refType, rows.map((r) => r[0]), rows.map((r) => r[1])],
      );
    },
  };
}

export class PostgresDriver extends DelegatingDriver implements Driver {
  readonly dialect = "postgres" as const;
  readonly location: string;
  private readonly pool: pg.Pool;
  protected readonly q: Queryable;

  constructor(url: string) {
    super();
    this.location = url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
    this.pool = new pg.Pool({ connectionString: url, max: 4 });
    // an idle client losing its server must not crash the process
    this.pool.on("error", () => undefined);
    this.q = queryable(this.pool as unknown as Client);
  }


  async transaction<T>(fn: (tx: Queryable) => Promise<T>, lock?: string): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      if (lock) await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [lock]);
      const result = await fn(queryable(client as unknown as Client));
      await client.query("COMMIT");
      return result;
    } catch (e) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  async searchText(terms: readonly string[], limit: number): Promise<SearchRow[]> {
    if (!terms.length) return [];
    const query = terms.map((t, i) => `'${t.replace(/'/g, "")}'${i === terms.length - 1 ? ":*" : ""}`).join(" & ");
    const { rows } = await this.pool.query(
      `SELECT ref_type, ref_id, ts_headline('simple', body, q, 'StartSel=[,StopSel=],MaxWords=24,MinWords=8') AS snip, ts_rank(tsv, q) AS rank
       FROM search_docs, to_tsquery('simple', $1) q WHERE tsv @@ q ORDER BY rank DESC, id LIMIT $2`,
      [query, limit],
    );
    return (rows as { ref_type: "source" | "fact"; ref_id: number; snip: string; rank: number }[]).map((r) => ({
      type: r.ref_type,
      id: Number(r.ref_id),
      snippet: r.snip,
      rank: Number(r.rank),
    }));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
