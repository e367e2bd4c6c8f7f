// The public face of extraction: text in, a format-1 record out.
import crypto from "node:crypto";
import { RECORD_FORMAT, type BilateralRecord } from "../model/record.js";
import { readArticle } from "./reader.js";
import { runPipeline } from "./engine.js";
import { pairFromLead, pairFromTitle } from "./pair.js";

export interface ExtractOptions {
  /** the title when the text has no `= Title =` line (a file name, say) */
  title?: string;
  url?: string;
}

export type ExtractResult =
  | { kind: "record"; record: BilateralRecord }
  | { kind: "no-pair"; reason: string };

/** Never throws: a text with no recognisable pair of states gives `no-pair`. */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  const doc = readArticle(text);
  const title = doc.title?.text ?? options.title;
  const pair = (doc.title && pairFromTitle(doc.title.text)) ?? (options.title ? pairFromTitle(options.title) : undefined) ?? pairFromLead(doc);
  if (!pair) {
    return { kind: "no-pair", reason: doc.title ? `no pair of states recognised in the title "${doc.title.text}" or the lead` : "no pair of states recognised (no `= A–B relations =` title, and the lead names no two states)" };
  }
  const facts = runPipeline(doc, pair);
  const record: BilateralRecord = {
    format: RECORD_FORMAT,
    pair,
    source: { title: title ?? `${pair[0]}–${pair[1]} relations`, sha256: sha256(text), chars: text.length, ...(options.url ? { url: options.url } : {}) },
    facts,
  };
  return { kind: "record", record };
}

// crypto.hash (Node 20.12 and later) hashes in one call, without a Hash object: cheaper for short texts
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: "hex") => string }).hash;
export function sha256(text: string): string {
  return oneShot ? oneShot("sha256", text, "hex") : crypto.createHash("sha256").update(text, "utf8").digest("hex");
}

export { RECORD_FORMAT };
