// Builds the context rules run in: a record, the texts its facts were read from, and the data to compare with.
import type { BilateralRecord, Fact, Span } from "../model/record.js";
import { spansOf } from "../model/record.js";
import type { Conflict } from "../query/types.js";
import type { WorldMission } from "./world-missions.js";
import type { CheckContext, CheckText, Location } from "./types.js";

export interface ContextInput {
  record: BilateralRecord;
  today: string;
  /** the article the record was extracted from (fact `span`s point into it) */
  article?: CheckText;
  /** stored sources by id (stored facts carry `provenance` entries with a `sourceId` and `span`) */
  sources?: readonly CheckText[];
  conflicts?: readonly Conflict[];
  worldMissions?: readonly WorldMission[];
}

/** A stored fact carries `provenance` (the store) or a `sourceId` its `span` points into (getPairRecord). */
type Provenanced = { provenance?: readonly { sourceId: number | string; span?: Span }[]; sourceId?: number | string };

/** 1-based line and column of `offset` in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export function makeContext(input: ContextInput): CheckContext {
  const { record } = input;
  const sources = new Map((input.sources ?? []).map((s) => [s.id, s]));

  const statedIn = (i: number) => {
    const fact = record.facts[i] as Fact & Provenanced;
    if (!fact) return [];
    const out: { text: CheckText; start: number; end: number }[] = [];
    if (input.article) for (const [start, end] of spansOf(fact)) out.push({ text: input.article, start, end });
    for (const p of fact.provenance ?? []) {
      const text = sources.get(String(p.sourceId));
      if (text && p.span) out.push({ text, start: p.span[0], end: p.span[1] });
    }
    const primary = !input.article && !fact.provenance && fact.sourceId !== undefined ? sources.get(String(fact.sourceId)) : undefined;
    if (primary) for (const [start, end] of spansOf(fact)) out.push({ text: primary, start, end });
    return out.filter((s) => s.end <= s.text.text.length && s.start < s.end);
  };

  const at = (text: CheckText, offset: number, end: number): Location => ({
    file: text.name,
    ...lineColumn(text.text, offset),
    offset,
    end,
    quote: text.text.slice(offset, end),
  });

  return {
    record,
    today: input.today,
    conflicts: input.conflicts ?? [],
    worldMissions: input.worldMissions ?? [],
    hasWorldMissions: Boolean(input.worldMissions?.length),
    facts: <K extends Fact["kind"]>(kind: K) =>
      record.facts.flatMap((fact, i) => (fact.kind === kind ? [{ fact: fact as Extract<Fact, { kind: K }>, i }] : [])),
    statedIn,
    locationIn: at,
    sourceName: (id) => sources.get(String(id))?.name ?? `source ${id}`,
    indexOfFactId: (id) => {
      const i = record.facts.findIndex((f) => (f as { id?: number }).id === id);
      return i < 0 ? undefined : i;
    },
    locate(i, pattern) {
      const stated = statedIn(i);
      if (!stated.length) return undefined;
      if (pattern) {
        const re = new RegExp(pattern.source, pattern.flags.replace("g", ""));
        for (const s of stated) {
          const m = re.exec(s.text.text.slice(s.start, s.end));
          if (m) return at(s.text, s.start + m.index, s.start + m.index + m[0].length);
        }
      }
      const s = stated[0]!;
      return at(s.text, s.start, s.end);
    },
  };
}
