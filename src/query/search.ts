// Full text over sources and facts, and a source with the places of its facts.
import { BadInputError, NotFoundError } from "../errors.js";
import { describe } from "../store/fact-key.js";
import { spansOf } from "../model/record.js";
import type { Store } from "../store/store.js";
import type { SearchHit, SourceView } from "./types.js";

export async function search(store: Store, q: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
  if (!q.trim()) throw new BadInputError("search", "give some words to search for");
  const rows = await store.search(q, options.limit ?? 50);
  // two reads for all hits, whatever their number
  const sources = new Map((await store.getSources(rows.filter((r) => r.type === "source").map((r) => r.id))).map((s) => [s.id, s]));
  const factIds = rows.filter((r) => r.type === "fact").map((r) => r.id);
  const facts = new Map((factIds.length ? await store.findFacts({ ids: factIds, includeHistory: true }) : []).map((f) => [f.id, f]));
  const hits: SearchHit[] = [];
  for (const r of rows) {
    if (r.type === "source") {
      const s = sources.get(r.id);
      if (s) hits.push({ type: "source", id: r.id, title: s.title, snippet: r.snippet, sourceId: r.id, ...(s.pair ? { pair: s.pair } : {}) });
    } else {
      const f = facts.get(r.id);
      if (f) hits.push({ type: "fact", id: r.id, title: describe(f).replace(/\s+/g, " ").trim(), snippet: r.snippet, sourceId: f.sourceIds[0]!, pair: f.pair, fact: f });
    }
  }
  return hits;
}

export async function getSource(store: Store, id: number): Promise<SourceView> {
  const source = await store.getSource(id);
  if (!source) throw new NotFoundError(`no source with id ${id}`);
  const facts = await store.factsOfSource(id);
  return {
    source,
    facts: facts.map((f) => ({
      factId: f.id,
      kind: f.kind,
      spans: f.provenance.filter((p) => p.sourceId === id && p.span).map((p) => p.span!),
    })),
  };
}

export { spansOf };
