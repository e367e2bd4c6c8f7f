// The document as plain text in the seed's own format: `= Title =`, `==Section==`, `- ` items.
// No citations: this is the form extraction reads back.
import type { Block, DocumentModel } from "./model.js";

export function toText(doc: DocumentModel): string {
  const out: string[] = [`= ${doc.title} =`, ""];
  for (const b of doc.lead) out.push(...block(b));
  for (const s of doc.sections) {
    out.push(s.heading === "See also" ? `== ${s.heading} ==` : `==${s.heading}==`);
    // the seed leaves a blank line between a section heading and the line that introduces a list
    if (s.blocks[0]?.kind === "list" && s.blocks[0].heading) out.push("");
    for (const b of s.blocks) out.push(...block(b));
  }
  return out.join("\n").replace(/\n+$/, "") + "\n";
}

function block(b: Block): string[] {
  if (b.kind === "paragraph") return b.sentences.length ? [b.sentences.map((s) => s.text).join(" "), ""] : [];
  if (!b.items.length) return [];
  return [...(b.heading ? [b.heading, ""] : []), ...b.items.map((i) => `- ${i.text}`), ""];
}
