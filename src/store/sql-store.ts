// The Store written once over a Driver: sources, facts, provenance, revisions, as-of, search.
// Both databases run exactly this code; only the driver (and its migrations) differ.
import { Fact, spansOf, type FactKind, type Span } from "../model/record.js";
import type { Driver, Queryable } from "./driver.js";
import { countryName } from "../vocab/countries.js";
import { bodyOf, columnsOf, dateRange, fold, orderedPair } from "./fact-key.js";
import type {
  CountryFactCount,
  FactFilter,
  NewFact,
  NewSource,
  Provenance,
  PutSourceResult,
  SearchRow,
  SourceRow,
  Store,
  StoreInfo,
  StoredFact,
} from "./store.js";

interface SourceDbRow {
  id: number;
  kind: SourceRow["kind"];
  title: string;
  url: string | null;
  origin: string | null;
  sha256: string;
  chars: number | null;
  text: string | null;
  pair_a: string | null;
  pair_b: string | null;
  revision: number;
  recorded_at: string;
  superseded_at: string | null;
  superseded_by: number | null;
}

interface FactDbRow {
  id: number;
  pair_lo: string;
  pair_hi: string;
  fkey: string;
  fvalue: string;
  date_start: string | null;
  lat: number | null;
  lon: number | null;
  body: string;
  recorded_at: string;
  source_id: number;
  span_start: number | null;
  span_end: number | null;
  rule: string | null;
  locator: string | null;
  p_recorded_at: string;
  cur: number;
}

/** rows per multi-row INSERT: well under both databases' limits on bound parameters */
const CHUNK = 500;

const SOURCE_COLUMNS = "id, kind, title, url, origin, sha256, chars, text, pair_a, pair_b, revision, recorded_at, superseded_at, superseded_by";

const FACT_SELECT = `SELECT f.id, f.pair_lo, f.pair_hi, f.fkey, f.fvalue, f.date_start, f.lat, f.lon, f.body, f.recorded_at,
  p.source_id, p.span_start, p.span_end, p.rule, p.locator, p.recorded_at AS p_recorded_at,
  CASE WHEN s.superseded_at IS NULL THEN 1 ELSE 0 END AS cur
  FROM facts f JOIN provenance p ON p.fact_id = f.id JOIN sources s ON s.id = p.source_id`;

function toSource(r: SourceDbRow, withText = true): SourceRow {
  return {
    id: Number(r.id),
    kind: r.kind,
    title: r.title,
    ...(r.url ? { url: r.url } : {}),
    ...(r.origin ? { origin: r.origin } : {}),
    sha256: r.sha256,
    ...(r.chars != null ? { chars: Number(r.chars) } : {}),
    ...(withText && r.text != null ? { text: r.text } : {}),
    ...(r.pair_a && r.pair_b ? { pair: [r.pair_a, r.pair_b] as const } : {}),
    revision: Number(r.revision),
    recordedAt: r.recorded_at,
    ...(r.superseded_at ? { supersededAt: r.superseded_at } : {}),
    ...(r.superseded_by != null ? { supersededBy: Number(r.superseded_by) } : {}),
  };
}

/** Rows (one per provenance, ordered by fact id) to facts. Without `history`, only current support counts.
 *  Plain assignments rather than spreads: this runs for every fact every query returns. */
export function rowsToFacts(rows: readonly FactDbRow[], history = false): StoredFact[] {
  const out: StoredFact[] = [];
  let i = 0;
  while (i < rows.length) {
    const first = rows[i]!;
    const provenance: Provenance[] = [];
    let anyStale = false;
    for (; i < rows.length && rows[i]!.id === first.id; i++) {
      const r = rows[i]!;
      const current = Number(r.cur) === 1;
      if (!current) {
        if (!history) continue;
        anyStale = true;
      }
      const p: { -readonly [K in keyof Provenance]: Provenance[K] } = { sourceId: Number(r.source_id), recordedAt: r.p_recorded_at, current };
      if (r.span_start != null && r.span_end != null) p.span = [Number(r.span_start), Number(r.span_end)];
      if (r.rule) p.rule = r.rule;
      if (r.locator) p.locator = r.locator;
      provenance.push(p);
    }
    if (!provenance.length) continue;
    if (anyStale) provenance.sort((a, b) => Number(b.current) - Number(a.current));
    const sourceIds: number[] = [];
    for (const p of provenance) if (!sourceIds.includes(p.sourceId)) sourceIds.push(p.sourceId);
    const primary = sourceIds[0];
    const spans: Span[] = [];
    let rule: string | undefined;
    for (const p of provenance) {
      if (p.sourceId === primary && p.span) spans.push(p.span);
      rule ??= p.rule;
    }
    const fact = JSON.parse(first.body) as Record<string, unknown>;
    if (spans.length) fact.span = spans.length === 1 ? spans[0] : spans;
    if (rule) fact.rule = rule;
    fact.id = Number(first.id);
    fact.pair = [first.pair_lo, first.pair_hi];
    fact.sourceIds = sourceIds;
    fact.provenance = provenance;
    fact.recordedAt = first.recorded_at;
    fact.key = first.fkey;
    fact.valueKey = first.fvalue;
    if (first.date_start) fact.dateStart = first.date_start;
    if (first.lat != null && first.lon != null) fact.coords = { lat: Number(first.lat), lon: Number(first.lon) };
    out.push(fact as unknown as StoredFact);
  }
  return out;
}

/** What a fact is found by: its description and the names of the states it concerns. */
const searchText = (text: string, codes: readonly (string | undefined)[]): string =>
  [text, ...new Set(codes.filter((c): c is string => !!c).map((c) => `${c} ${countryName(c)}`))].join(" ");

/** A transaction-time bound: a full timestamp as given; a date means the end of that day (UTC). */
export function knownAtTime(t: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(t) ? `${t}T23:59:59.999Z` : new Date(t).toISOString();
}

/** A date the user gives for "as of": a year or month means its end (what held by then). */
export function asOfDate(d: string): string {
  return dateRange(d).end ?? d;
}

export class SqlStore implements Store {
  readonly dialect: "sqlite" | "postgres";

  constructor(
    readonly driver: Driver,
    readonly schemaVersion: number,
  ) {
    this.dialect = driver.dialect;
  }

  putSource(source: NewSource, facts: readonly NewFact[]): Promise<PutSourceResult> {
    return this.driver.transaction((tx) => this.put(tx, source, facts), `bilateral:source:${source.title}`);
  }

  putSources(batch: readonly { source: NewSource; facts: readonly NewFact[] }[]): Promise<PutSourceResult[]> {
    return this.driver.transaction(async (tx) => {
      const out: PutSourceResult[] = [];
      for (const b of batch) out.push(await this.put(tx, b.source, b.facts));
      return out;
    }, "bilateral:batch");
  }

  private async put(tx: Queryable, source: NewSource, facts: readonly NewFact[]): Promise<PutSourceResult> {
    const existing = await tx.get<SourceDbRow>(`SELECT ${SOURCE_COLUMNS} FROM sources WHERE title = ? AND sha256 = ?`, [source.title, source.sha256]);
    if (existing) return { kind: "unchanged", source: toSource(existing, false) };
    // validate before writing anything: a bad fact must not leave a half-stored document
    const parsed = facts.map((f) => ({ ...f, fact: Fact.parse(f.fact) }));
    const now = new Date().toISOString();
    const rev = await tx.get<{ r: number | null }>("SELECT MAX(revision) AS r FROM sources WHERE title = ?", [source.title]);
    const row = await tx.get<SourceDbRow>(
      `INSERT INTO sources (kind, title, url, origin, sha256, chars, text, pair_a, pair_b, revision, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${SOURCE_COLUMNS}`,
      [source.kind, source.title, source.url, source.origin, source.sha256, source.chars, source.text, source.pair?.[0], source.pair?.[1], Number(rev?.r ?? 0) + 1, now],
    );
    const sourceId = Number(row!.id);
    const superseded = await tx.all<{ id: number }>(
      "UPDATE sources SET superseded_at = ?, superseded_by = ? WHERE title = ? AND id <> ? AND superseded_at IS NULL RETURNING id",
      [now, sourceId, source.title, sourceId],
    );
    await tx.indexText("source", sourceId, fold(`${source.title} ${source.text ?? ""}`));
    const factIds = new Set<number>();
    let newFacts = 0;
    const provenance: unknown[][] = [];
    const texts: [number, string][] = [];
    for (const nf of parsed) {
      const f = nf.fact;
      const c = columnsOf(f);
      const [lo, hi] = orderedPair(nf.pair[0], nf.pair[1]);
      // insert first: a new fact costs one statement; a known one (or one another writer just stored) two
      let id = await tx.insert(
        `INSERT INTO facts (kind, pair_lo, pair_hi, fkey, fvalue, subj, obj, via, date_start, date_end, lat, lon, body, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pair_lo, pair_hi, kind, fkey, fvalue) DO NOTHING`,
        [f.kind, lo, hi, c.key, c.value, c.subj, c.obj, c.via, c.dateStart, c.dateEnd, nf.coords?.lat, nf.coords?.lon, JSON.stringify(bodyOf(f)), now],
      );
      if (id != null) {
        newFacts++;
        texts.push([id, fold(searchText(c.text, [lo, hi, c.via]))]);
      } else {
        id = Number(
          (await tx.get<{ id: number }>("SELECT id FROM facts WHERE pair_lo = ? AND pair_hi = ? AND kind = ? AND fkey = ? AND fvalue = ?", [lo, hi, f.kind, c.key, c.value]))!.id,
        );
      }
      factIds.add(id);
      const spans: (Span | undefined)[] = spansOf(f);
      if (!spans.length) spans.push(undefined);
      for (const s of spans) provenance.push([id, sourceId, s?.[0], s?.[1], f.rule, nf.locator, now]);
    }
    for (let i = 0; i < provenance.length; i += CHUNK) {
      const rows = provenance.slice(i, i + CHUNK);
      await tx.run(
        `INSERT INTO provenance (fact_id, source_id, span_start, span_end, rule, locator, recorded_at) VALUES ${rows.map(() => "(?, ?, ?, ?, ?, ?, ?)").join(", ")}`,
        rows.flat(),
      );
    }
    for (let i = 0; i < texts.length; i += CHUNK) await tx.indexTexts("fact", texts.slice(i, i + CHUNK));
    return { kind: "stored", source: toSource(row!, false), facts: factIds.size, newFacts, superseded: superseded.map((r) => Number(r.id)) };
  }

  async getSource(id: number): Promise<SourceRow | undefined> {
    const r = await this.driver.get<SourceDbRow>(`SELECT ${SOURCE_COLUMNS} FROM sources WHERE id = ?`, [id]);
    return r && toSource(r);
  }

  async getSources(ids: readonly number[]): Promise<SourceRow[]> {
    if (!ids.length) return [];
    const rows = await this.driver.all<SourceDbRow>(
      `SELECT ${SOURCE_COLUMNS.replace("text,", "NULL AS text,")} FROM sources WHERE id IN (${ids.map(() => "?").join(", ")}) ORDER BY id`,
      ids,
    );
    return rows.map((r) => toSource(r, false));
  }

  async listSources(options: { pair?: readonly [string, string]; includeSuperseded?: boolean } = {}): Promise<SourceRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (options.pair) {
      const [a, b] = options.pair;
      where.push("((pair_a = ? AND pair_b = ?) OR (pair_a = ? AND pair_b = ?))");
      params.push(a, b, b, a);
    }
    if (!options.includeSuperseded) where.push("superseded_at IS NULL");
    const rows = await this.driver.all<SourceDbRow>(
      `SELECT ${SOURCE_COLUMNS.replace("text,", "NULL AS text,")} FROM sources ${where.length ? "WHERE " + where.join(" AND ") : ""} ORDER BY id`,
      params,
    );
    return rows.map((r) => toSource(r, false));
  }

  async findFacts(filter: FactFilter): Promise<StoredFact[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.ids) {
      if (!filter.ids.length) return [];
      where.push(`f.id IN (${filter.ids.map(() => "?").join(", ")})`);
      params.push(...filter.ids);
    }
    if (filter.pair) {
      const [lo, hi] = orderedPair(filter.pair[0], filter.pair[1]);
      where.push("f.pair_lo = ? AND f.pair_hi = ?");
      params.push(lo, hi);
    }
    if (filter.involving) {
      const c = filter.involving;
      // one indexed look-up per column, not an OR the planner answers by scanning a whole kind
      where.push(
        "f.id IN (SELECT id FROM facts WHERE pair_lo = ? UNION SELECT id FROM facts WHERE pair_hi = ? UNION SELECT id FROM facts WHERE subj = ? UNION SELECT id FROM facts WHERE obj = ? UNION SELECT id FROM facts WHERE via = ?)",
      );
      params.push(c, c, c, c, c);
    }
    if (filter.kinds?.length) {
      where.push(`f.kind IN (${filter.kinds.map(() => "?").join(", ")})`);
      params.push(...filter.kinds);
    }
    if (filter.asOf) {
      where.push("(f.date_start IS NULL OR f.date_start <= ?)");
      params.push(asOfDate(filter.asOf));
    }
    if (filter.from) {
      where.push("f.date_end >= ?");
      params.push(dateRange(filter.from).start);
    }
    if (filter.to) {
      where.push("f.date_start <= ?");
      params.push(dateRange(filter.to).end);
    }
    let select = FACT_SELECT;
    if (filter.knownAt) {
      // transaction time: what the database held then — support recorded by then, from sources not yet superseded then
      const t = knownAtTime(filter.knownAt);
      select = FACT_SELECT.replace("CASE WHEN s.superseded_at IS NULL THEN 1", "CASE WHEN s.superseded_at IS NULL OR s.superseded_at > ? THEN 1");
      params.unshift(t);
      where.push("p.recorded_at <= ?");
      params.push(t);
    }
    const sql = `${select} ${where.length ? "WHERE " + where.join(" AND ") : ""} ORDER BY f.id, p.id`;
    const facts = rowsToFacts(await this.driver.all<FactDbRow>(sql, params), filter.includeHistory);
    return filter.limit ? facts.slice(0, filter.limit) : facts;
  }

  async factsOfSource(sourceId: number): Promise<StoredFact[]> {
    const rows = await this.driver.all<FactDbRow>(
      `${FACT_SELECT} WHERE f.id IN (SELECT fact_id FROM provenance WHERE source_id = ?) ORDER BY f.id, p.id`,
      [sourceId],
    );
    return rowsToFacts(rows, true);
  }

  async getFact(id: number): Promise<StoredFact | undefined> {
    const facts = rowsToFacts(await this.driver.all<FactDbRow>(`${FACT_SELECT} WHERE f.id = ? ORDER BY f.id, p.id`, [id]), true);
    return facts[0];
  }

  async countFactsByCountry(): Promise<CountryFactCount[]> {
    // all facts per pair (an index scan), less those only superseded sources support (few: look only at those)
    const all = await this.driver.all<{ pair_lo: string; pair_hi: string; n: number | string }>(
      "SELECT pair_lo, pair_hi, COUNT(*) AS n FROM facts GROUP BY pair_lo, pair_hi",
    );
    const stale = await this.driver.all<{ pair_lo: string; pair_hi: string; n: number | string }>(
      `SELECT f.pair_lo, f.pair_hi, COUNT(*) AS n FROM facts f
       WHERE f.id IN (SELECT p.fact_id FROM provenance p WHERE p.source_id IN (SELECT id FROM sources WHERE superseded_at IS NOT NULL))
         AND NOT EXISTS (SELECT 1 FROM provenance p JOIN sources s ON s.id = p.source_id WHERE p.fact_id = f.id AND s.superseded_at IS NULL)
       GROUP BY f.pair_lo, f.pair_hi`,
    );
    const counts = new Map<string, number>();
    const add = (rows: typeof all, sign: number): void => {
      for (const r of rows) {
        counts.set(r.pair_lo, (counts.get(r.pair_lo) ?? 0) + sign * Number(r.n));
        if (r.pair_hi !== r.pair_lo) counts.set(r.pair_hi, (counts.get(r.pair_hi) ?? 0) + sign * Number(r.n));
      }
    };
    add(all, 1);
    add(stale, -1);
    return [...counts]
      .filter(([, n]) => n > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, facts]) => ({ code, facts }));
  }

  async search(query: string, limit = 50): Promise<SearchRow[]> {
    const terms = fold(query).split(" ").filter(Boolean);
    return this.driver.searchText(terms, limit);
  }

  async info(): Promise<StoreInfo> {
    const s = await this.driver.get<{ n: number | string }>("SELECT COUNT(*) AS n FROM sources");
    const f = await this.driver.get<{ n: number | string }>("SELECT COUNT(*) AS n FROM facts");
    return { dialect: this.dialect, location: this.driver.location, schemaVersion: this.schemaVersion, sources: Number(s?.n ?? 0), facts: Number(f?.n ?? 0) };
  }

  async getMeta(key: string): Promise<string | undefined> {
    return (await this.driver.get<{ value: string }>("SELECT value FROM meta WHERE key = ?", [key]))?.value;
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.driver.run("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value]);
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

export type { FactKind };
