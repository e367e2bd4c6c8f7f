// Full text over sources and facts, and a source with the places of its facts.
import { BadInputError, NotFoundError } from "../errors.js";
import { describe } from "../store/fact-key.js";
import { spansOf } from "../model/record.js";
import type { Store } from "../store/store.js";
import type { SearchHit, SourceView } from "./types.js";

export async function search(store: Store, q: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
  if (!q.trim()) throw new BadInputError("search", "give some words to search for");
  const rows = await store.search(q, options.limit ?? 50);
  const hits: SearchHit[] = [];
  for (const r of rows) {
    if (r.type === "source") {
      const s = await store.getSources([r.id]);
      if (!s[0]) continue;
      hits.push({ type: "source", id: r.id, title: s[0].title, snippet: r.snippet, sourceId: r.id, ...(s[0].pair ? { pair: s[0].pair } : {}) });
    } else {
      const f = await store.getFact(r.id);
      if (!f) continue;
      hits.push({ type: "fact", id: r.id, title: describe(f).replace(/\s+/g, " ").trim(), snippet: r.snippet, sourceId: f.sourceIds[0]!, pair: f.pair, fact: f });
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
