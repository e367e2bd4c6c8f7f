// The document as Markdown: `#` title, `##` sections, each sentence followed by its sources as footnotes.
import type { Block, DocumentModel, Sentence } from "./model.js";
import { numberCitations, type Citations } from "./citations.js";

// Characters that would start Markdown syntax inside a sentence.
const escapeMarkdown = (s: string) => s.replace(/([\\`*_[\]<>|])/g, "\\$1");

export function toMarkdown(doc: DocumentModel): string {
  const cites = numberCitations(doc);
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`, ""];
  for (const b of doc.lead) out.push(...block(b, cites));
  for (const s of doc.sections) {
    out.push(`## ${escapeMarkdown(s.heading)}`, "");
    for (const b of s.blocks) out.push(...block(b, cites));
  }
  if (cites.notes.length) {
    out.push("## Sources", "");
    cites.notes.forEach((n, i) => out.push(`[^${i + 1}]: ${n.url ? `[${escapeMarkdown(n.title)}](${n.url})` : escapeMarkdown(n.title)}`));
    out.push("");
  }
  return out.join("\n").replace(/\n+$/, "") + "\n";
}

function cited(s: Sentence, cites: Citations): string {
  return escapeMarkdown(s.text) + cites.of(s).map((n) => `[^${n}]`).join("");
}

function block(b: Block, cites: Citations): string[] {
  if (b.kind === "paragraph") return b.sentences.length ? [b.sentences.map((s) => cited(s, cites)).join(" "), ""] : [];
  if (!b.items.length) return [];
  return [...(b.heading ? [`### ${escapeMarkdown(b.heading)}`, ""] : []), ...b.items.map((i) => `- ${cited(i, cites)}`), ""];
}
