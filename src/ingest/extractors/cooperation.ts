// cooperation: joint bodies and programmes, with their date or period (not scored, still recorded).
// "the two countries took part in the Joint Commission for …", "a program of cooperation for the
// period 2010 to 2014", "ties were raised … to a strategic partnership in 2019".
import { nearestDate, type Extractor } from "../context.js";

const BODY = String.raw`(?:Commission|Committee|Council|Forum|Working\s+Group|Task\s+Force|Dialogue|Mechanism|Programme|Program)`;
const pattern = new RegExp(
  [
    String.raw`\b(?:participated\s+in|established|set\s+up|created|held|launched|convened|met\s+in)\s+(?:the\s+|a\s+)?(?<body>(?:[\p{Lu}][\p{L}-]*\s+){0,4}${BODY}(?:\s+(?:(?:for|on|of|in|the|and)\s+)*[\p{Lu}][\p{L}-]*(?:\s+(?:of|in|the|and|fields)\s+(?:the\s+)?(?:fields\s+of\s+)?[\p{Lu}][\p{L}-]*)*)*)`,
    String.raw`\b(?<prog>program(?:me)?\s+of\s+cooperation)\s+for\s+the\s+period\s+(?<p1>\d{4})\s*(?:to|-|–)\s*(?<p2>\d{4})`,
    String.raw`\b(?:elevated|upgraded|raised)\s+(?:from\s+(?:a\s+)?(?<fromlevel>[\p{Ll}\s]+?)\s+)?to\s+(?:a|an|the)\s+(?<level>alliance|strategic\s+partnership|comprehensive\s+strategic\s+partnership|strategic\s+alliance)`,
    String.raw`\bThe\s+(?<alliance>alliance|partnership)\s+between\s+the\s+two\s+countries\s+was\s+(?:strengthened|formed|deepened)`,
  ].join("|"),
  "gu",
);

export const cooperation: Extractor = {
  id: "cooperation/prose",
  pattern,
  keywords: ["commission", "committee", "council", "forum", "working", "task", "dialogue", "mechanism", "program", "elevated", "upgraded", "raised", "alliance", "partnership"],
  extract(ctx, m) {
    const g = m.groups!;
    if (g.prog) return { kind: "cooperation", name: g.prog, date: `${g.p1}/${g.p2}` };
    const date = nearestDate(ctx, m.index)?.value;
    if (g.level) return { kind: "cooperation", name: g.fromlevel ? `${g.level} (elevated from a ${g.fromlevel.trim()})` : g.level, ...(date ? { date } : {}) };
    if (g.alliance) return { kind: "cooperation", name: g.alliance, ...(date ? { date } : {}) };
    if (!g.body || g.body.split(/\s+/).length < 2) return null;
    return { kind: "cooperation", name: g.body.trim(), ...(date ? { date } : {}) };
  },
};
