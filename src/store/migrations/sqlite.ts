// SQLite schema, versioned. Applied in order by ../migrate.ts inside one IMMEDIATE transaction.
import type { Migration } from "./types.js";



export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "sources, facts, provenance, search",
    statements: [
      `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
      // transaction time: recorded_at; revisions of one title form a chain, older ones superseded (kept)
      `CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
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
      // one row per distinct (pair, kind, key, value): the same thing said by several sources is one fact
      `CREATE TABLE facts (
        id INTEGER PRIMARY KEY,
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
        lat REAL,
        lon REAL,
        body TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        UNIQUE (pair_lo, pair_hi, kind, fkey, fvalue)
      )`,
      `CREATE INDEX facts_pair_hi ON facts (pair_hi)`,
      `CREATE INDEX facts_subj ON facts (subj, kind)`,
      `CREATE INDEX facts_obj ON facts (obj, kind)`,
      `CREATE INDEX facts_via ON facts (via) WHERE via IS NOT NULL`,
      `CREATE INDEX facts_kind_date ON facts (kind, date_start)`,
      // every source span that supports a fact
      `CREATE TABLE provenance (
        id INTEGER PRIMARY KEY,
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
      `CREATE VIRTUAL TABLE search_fts USING fts5 (body, ref_type UNINDEXED, ref_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')`,
    ],
  },
  {
    version: 2,
    name: "pair lookups by (pair_hi, pair_lo)",
    statements: [
      // with only pair_hi indexed alone, the planner read every fact of pair_hi's state to find one pair's
      `DROP INDEX facts_pair_hi`,
      `CREATE INDEX facts_pair_hi_lo ON facts (pair_hi, pair_lo)`,
    ],
  },
];
