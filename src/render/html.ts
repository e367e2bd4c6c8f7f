// The document as one self-contained HTML page: no scripts, no external styles or fonts; every text
// escaped; each sentence followed by its sources as footnote links.
import type { Block, DocumentModel, Sentence } from "./model.js";
import { numberCitations, type Citations } from "./citations.js";

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const STYLE = `body{font:16px/1.5 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222}
h1,h2,h3{font-family:system-ui,sans-serif}h2{border-bottom:1px solid #ccc}sup a{text-decoration:none}
.notes{font-size:.9em}`;

export function toHtml(doc: DocumentModel): string {
  const cites = numberCitations(doc);
  const body: string[] = [`<h1>${escapeHtml(doc.title)}</h1>`];
  for (const b of doc.lead) body.push(block(b, cites));
  for (const s of doc.sections) {
    body.push(`<h2>${escapeHtml(s.heading)}</h2>`);
    for (const b of s.blocks) body.push(block(b, cites));
  }
  if (cites.notes.length) {
    body.push(`<h2>Sources</h2>`, `<ol class="notes">`);
    cites.notes.forEach((n, i) => {
      const title = escapeHtml(n.title);
      const safeUrl = n.url && /^https?:\/\//i.test(n.url) ? n.url : undefined;
      body.push(`<li id="note-${i + 1}">${safeUrl ? `<a href="${escapeHtml(safeUrl)}">${title}</a>` : title}</li>`);
    });
    body.push(`</ol>`);
  }
  return [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title><style>${STYLE}</style></head>`,
    `<body>`,
    ...body.filter(Boolean),
    `<footer><p><small>Computed for ${escapeHtml(doc.today)}.</small></p></footer>`,
    `</body></html>`,
    "",
  ].join("\n");
}

function cited(s: Sentence, cites: Citations): string {
  const notes = cites.of(s).map((n) => `<sup><a href="#note-${n}">[${n}]</a></sup>`).join("");
  return escapeHtml(s.text) + notes;
}

function block(b: Block, cites: Citations): string {
  if (b.kind === "paragraph") return b.sentences.length ? `<p>${b.sentences.map((s) => cited(s, cites)).join(" ")}</p>` : "";
  if (!b.items.length) return "";
  const heading = b.heading ? `<h3>${escapeHtml(b.heading)}</h3>\n` : "";
  return `${heading}<ul>\n${b.items.map((i) => `<li>${cited(i, cites)}</li>`).join("\n")}\n</ul>`;
}
