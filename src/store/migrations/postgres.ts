// PostgreSQL schema, versioned. Applied in order by ../migrate.ts in one transaction under an advisory lock.
import type { Migration } from "./types.js";

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "sources, facts, provenance, search",
    statements: [
      `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
      `CREATE TABLE sources (
        id SERIAL PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('article','dataset','builtin')),
        title TEXT NOT NULL,
        url TEXT,
        origin TEXT,
        sha256 TEXT NOT NULL,
        chars INTEGER,
        text TEXT,
        pair_a TEXT,
        pair_b TEXT,
        revision INTEGER NOT NULL,
        recorded_at TEXT NOT NULL,
        superseded_at TEXT,
        superseded_by INTEGER REFERENCES sources(id),
        UNIQUE (title, sha256),
        UNIQUE (title, revision)
      )`,
      `CREATE INDEX sources_pair ON sources (pair_a, pair_b)`,
      `CREATE TABLE facts (
        id SERIAL PRIMARY KEY,
        kind TEXT NOT NULL,
        pair_lo TEXT NOT NULL,
        pair_hi TEXT NOT NULL,
        fkey TEXT NOT NULL,
        fvalue TEXT NOT NULL,
        subj TEXT,
        obj TEXT,
        via TEXT,
        date_start TEXT,
        date_end TEXT,
        lat DOUBLE PRECISION,
        lon DOUBLE PRECISION,
        body TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        UNIQUE (pair_lo, pair_hi, kind, fkey, fvalue)
      )`,
      `CREATE INDEX facts_pair_hi ON facts (pair_hi)`,
      `CREATE INDEX facts_subj ON facts (subj, kind)`,
      `CREATE INDEX facts_obj ON facts (obj, kind)`,
      `CREATE INDEX facts_via ON facts (via) WHERE via IS NOT NULL`,
      `CREATE INDEX facts_kind_date ON facts (kind, date_start)`,
      `CREATE TABLE provenance (
        id SERIAL PRIMARY KEY,
        fact_id INTEGER NOT NULL REFERENCES facts(id),
        source_id INTEGER NOT NULL REFERENCES sources(id),
        span_start INTEGER,
        span_end INTEGER,
        rule TEXT,
        locator TEXT,
        recorded_at TEXT NOT NULL
      )`,
      `CREATE INDEX provenance_fact ON provenance (fact_id)`,
      `CREATE INDEX provenance_source ON provenance (source_id)`,
      // the indexed text is folded (lower case, no diacritics) by the store, so the 'simple' configuration fits
      `CREATE TABLE search_docs (
        id SERIAL PRIMARY KEY,
        ref_type TEXT NOT NULL,
        ref_id INTEGER NOT NULL,
        body TEXT NOT NULL,
        tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED
      )`,
      `CREATE INDEX search_docs_tsv ON search_docs USING GIN (tsv)`,
    ],
  },
  {
    version: 2,
    name: "pair lookups by (pair_hi, pair_lo)",
    statements: [`DROP INDEX facts_pair_hi`, `CREATE INDEX facts_pair_hi_lo ON facts (pair_hi, pair_lo)`],
  },
];
