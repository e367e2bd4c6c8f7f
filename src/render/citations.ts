// Footnote numbering shared by the Markdown and HTML renderers: sources are numbered in the order
// the text first cites them; a sentence cites the sources of every fact it states.
import type { DocumentModel, Sentence, SourceRef } from "./model.js";

export interface Citations {
  /** footnote numbers of a sentence, ascending */
  of(sentence: Sentence): number[];
  /** the sources in footnote order (index 0 is footnote 1) */
  readonly notes: readonly SourceRef[];
}

export function numberCitations(doc: DocumentModel): Citations {
  const numbers = new Map<string, number>();
  const notes: SourceRef[] = [];
  const byId = new Map(doc.sources.map((s) => [s.id, s]));
  const visit = (s: Sentence) => {
    for (const f of s.facts)
      for (const id of doc.factSources[f] ?? [])
        if (!numbers.has(id)) {
          numbers.set(id, notes.length + 1);
          notes.push(byId.get(id) ?? { id, title: `source ${id}` });
        }
  };
  const blocks = [...doc.lead, ...doc.sections.flatMap((s) => s.blocks)];
  for (const b of blocks) for (const s of b.kind === "paragraph" ? b.sentences : b.items) visit(s);
  return {
    notes,
    of: (s) => [...new Set(s.facts.flatMap((f) => (doc.factSources[f] ?? []).map((id) => numbers.get(id)!)))].sort((a, b) => a - b),
  };
}
