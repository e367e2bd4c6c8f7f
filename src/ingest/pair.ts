// The pair: from the title ("Mexico–Slovenia relations"), else from a title given by the caller
// (a file name such as "iran-saudi-arabia"), else from the lead ("relations between X and Y").
// Names only: a bare code ("no" in "no-states") is not a state here.
import { resolveCountryMention as resolveCountry } from "../vocab/countries.js";
import { findCountries } from "./mentions.js";
import type { ArticleDoc } from "./reader.js";

const SUFFIX = /\s+(?:relations?|foreign\s+relations|diplomatic\s+relations|border|dispute|conflict)\s*$/i;

export function pairFromTitle(title: string): [string, string] | undefined {
  const t = title.replace(/\s*\(.*\)\s*$/, "").replace(SUFFIX, "").trim();
  for (const sep of [/\s*[–—]\s*/, /\s+and\s+/i, /\s*\/\s*/]) {
    const parts = t.split(sep);
    if (parts.length === 2) {
      const a = resolveCountry(parts[0]!);
      const b = resolveCountry(parts[1]!);
      if (a && b && a !== b) return [a, b];
    }
  }
  // hyphens also join names ("Guinea-Bissau"): try every split point
  const hyphens = [...t.matchAll(/-/g)].map((m) => m.index!);
  for (const h of hyphens) {
    const a = resolveCountry(t.slice(0, h));
    const b = resolveCountry(t.slice(h + 1));
    if (a && b && a !== b) return [a, b];
  }
  return undefined;
}

export function pairFromLead(doc: ArticleDoc): [string, string] | undefined {
  const lead = doc.sentences.filter((s) => !s.block.infobox).slice(0, 3);
  for (const s of lead) {
    const m = /\brelations\s+between\s+(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?(.+?)(?:[,.;]|\s+(?:are|is|have|has|were|was)\b)/i.exec(s.text);
    if (m) {
      const a = findCountries(m[1]!)[0]?.code;
      const b = findCountries(m[2]!)[0]?.code;
      if (a && b && a !== b) return [a, b];
    }
  }
  const seen: string[] = [];
  for (const s of lead) for (const c of findCountries(s.text)) if (c.form !== "combining" && !seen.includes(c.code)) seen.push(c.code);
  return seen.length >= 2 ? [seen[0]!, seen[1]!] : undefined;
}
