// Render: a record as an article (text, Markdown, HTML) or a one-page brief.
import type { BilateralRecord } from "../model/record.js";
import { buildDocument, type ModelOptions } from "./model.js";
import { toText } from "./text.js";
import { toMarkdown } from "./markdown.js";
import { toHtml } from "./html.js";

export const RENDER_FORMATS = ["text", "markdown", "html"] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

export interface RenderOptions extends ModelOptions {
  format?: RenderFormat;
}

/**
 * The pair's article from its record.
 * @example renderRecord(record, { format: "text", today: "2026-11-28" }) // "= Mexico–Slovenia relations =\n…"
 */
export function renderRecord(record: BilateralRecord, options: RenderOptions = {}): string {
  const doc = buildDocument(record, options);
  switch (options.format ?? "text") {
    case "text": return toText(doc);
    case "markdown": return toMarkdown(doc);
    case "html": return toHtml(doc);
  }
}

export { buildDocument, currentAnniversary, pairTitle } from "./model.js";
export type { DocumentModel, Section, Block, Sentence, SourceRef, ModelOptions } from "./model.js";
export { toText } from "./text.js";
export { toMarkdown } from "./markdown.js";
export { toHtml, escapeHtml } from "./html.js";
export { formatDate, datePhrase } from "./dates.js";
export { renderBrief, nextAnniversaries, factSentence, type BriefOptions, type BriefFinding, type Anniversary } from "./brief.js";
