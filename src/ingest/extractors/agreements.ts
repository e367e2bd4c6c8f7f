// agreement: a named act (title, or a description that names it: "a mutual recognition agreement"),
// its year and parties. Parties come from a dyad in the title ("Chile–Peru", "Sino-Russian"), from
// "X signed … with Y", from "both nations", or from the states of the pair named in the sentence.
import { bothRe, inPair, type Extractor, type SentenceContext } from "../context.js";
import { AGREEMENT_TYPES } from "../../model/record.js";
import { resolveOrg } from "../../vocab/orgs.js";
import { resolveCountryMention as resolveCountry } from "../../vocab/countries.js";
import { COMBINING } from "../mentions.js";

const HEAD = String.raw`(?:Treaty|Agreement|Memorandum(?:\s+of\s+Understanding)?|Convention|Protocol|Declaration|Accords?|Pact|Charter)`;
const head = String.raw`(?:treaty|agreement|memorandum\s+of\s+understanding|memorandum|convention|protocol|declaration|accord|pact)`;
// "an agreement on visa-free travel": a head word followed by what the act is about (four words at most,
// ending before a date, a place or a clause)
const ABOUT = String.raw`(?<about>(?:on|for|concerning|regarding)\s+(?!the\s+(?:fate|issue|matter)\b)[\p{L}-]+(?:\s+(?!(?:in|on|with|between|by|at|that|which|was|were|is|and\s+(?:a|an|the))\b)[\p{L}-]+){0,3})`;
const pattern = new RegExp(String.raw`\b(?<title>${HEAD})\b|\b(?:a|an|the)\s+(?<desc>(?:[\p{L}]+[–-][\p{L}]+\s+|[\p{Ll}-]+\s+){1,3}${head})\b(?!s)|\b(?:a|an)\s+(?<head2>${head})\s+${ABOUT}`, "gu");

// acts that a state makes alone or that bind the world, not the pair
const NOT_BILATERAL = /^(?:(?:Unilateral\s+)?Declaration\s+of\s+(?:Independence|Sovereignty)|Universal\s+Declaration|Charter\s+of\s+the\s+United\s+Nations|United\s+Nations\s+Charter|UN\s+Charter)/i;
// words that may stand inside a title after its head: "Treaty on the Delimitation of the Maritime Border"
const INNER = new Set(["of", "on", "for", "the", "and", "in", "between", "to", "concerning", "regarding", "a", "an", "de", "la"]);
const GENERIC = new Set(["bilateral", "new", "similar", "formal", "final", "historic", "international", "secret", "separate", "first", "second", "another", "such", "this", "that", "same", "several", "few", "an", "the", "a", "its", "their", "long-pending", "landmark", "major", "important"]);

export const agreements: Extractor = {
  id: "agreement/prose",
  pattern,
  keywords: ["treat", "agreement", "memorand", "convention", "protocol", "declaration", "accord", "pact", "charter"],
  extract(ctx, m) {
    const g = m.groups!;
    let start = m.index;
    let end = m.index + m[0].length;
    let title: string;
    if (g.title) {
      start = extendLeft(ctx.text, m.index);
      end = extendRight(ctx.text, end);
      title = ctx.text.slice(start, end);
      if (title === g.title && !/^(?:Memorandum of Understanding)$/.test(title)) return null; // a bare "Agreement" names nothing
    } else if (g.head2) {
      start = m.index + m[0].indexOf(g.head2);
      end = m.index + m[0].length;
      title = `${g.head2} ${g.about}`;
    } else {
      const words = g.desc!.split(/\s+/);
      if (words.slice(0, -1).every((w) => GENERIC.has(w.toLowerCase()))) return null;
      start = m.index + m[0].indexOf(g.desc!);
      title = g.desc!;
    }
    if (resolveOrg(title)) return null; // "the North American Free Trade Agreement (NAFTA)" is an organisation
    if (NOT_BILATERAL.test(title)) return null;
    const date = dateOf(ctx, start, end);
    if (!date) return null;
    const parties = partiesOf(ctx, title, start, end);
    if (!parties.length || !parties.some((p) => inPair(ctx, p))) return null;
    return { kind: "agreement", title, parties, date, type: typeOf(title) };
  },
};

function extendLeft(text: string, at: number): number {
  let start = at;
  const re = /(?:^|\s)([\p{Lu}][\p{L}'’]*(?:[–-][\p{L}]+)*|[\p{Ll}]+)\s+$/u;
  for (let i = 0; i < 5; i++) {
    const from = Math.max(0, start - 60); // a `$`-anchored pattern scans from the left: give it only the tail
    const m = re.exec(text.slice(from, start));
    if (!m) break;
    const w = m[1]!;
    if (/^(?:The|A|An|In|On|Its|Their|This|That|Both|With|Under|And|Of)$/.test(w) || GENERIC.has(w) || /^(?:a|an|the|of|with|signed|and|its|their|by|to|in|on|as|under|such)$/.test(w)) break;
    start = start - m[0].length + m[0].indexOf(w);
  }
  // a title starts with a capital: drop leading lower-case words
  while (start < at && /^[\p{Ll}]/u.test(text.slice(start))) start = text.indexOf(" ", start) + 1;
  return start;
}

function extendRight(text: string, end: number): number {
  const re = /^\s+([\p{Lu}][\p{L}'’-]*|[\p{Ll}]+)/u;
  let last = end;
  let pos = end;
  for (let i = 0; i < 16; i++) {
    const m = re.exec(text.slice(pos));
    if (!m) break;
    const w = m[1]!;
    if (/^[\p{Ll}]/u.test(w) && !INNER.has(w)) break;
    // "… Maritime Border and the Lima Declaration": a new title begins
    if (w === "and" && /^\s+and\s+(?:the|a|an)\s/.test(text.slice(pos))) break;
    pos += m[0].length;
    if (/^[\p{Lu}]/u.test(w)) last = pos;
  }
  return last;
}

function dateOf(ctx: SentenceContext, start: number, end: number): string | undefined {
  // "(1996)" right after the title, a year before it ("the 1929 … Treaty"), else the nearest in its clause
  const paren = /^\s*\((\d{4})\)/.exec(ctx.text.slice(end));
  if (paren) return paren[1];
  const attr = ctx.dates.find((d) => d.end <= start && start - d.end <= 2);
  if (attr) return attr.value;
  const clauseStart = lastIndexOfAny(ctx.text.slice(0, start), [", and ", "; ", ", but ", ", while "]);
  const nextClause = firstIndexOfAny(ctx.text.slice(end), [", and ", "; ", ", but ", ", while "]);
  const to = nextClause < 0 ? ctx.text.length : end + nextClause;
  const near = ctx.dates
    .filter((d) => d.start >= clauseStart && d.end <= to && !/\(\s*$/.test(ctx.text.slice(Math.max(0, d.start - 4), d.start)))
    .sort((a, b) => distance(a, start, end) - distance(b, start, end))[0];
  return near?.value;
}

const distance = (d: { start: number; end: number }, start: number, end: number) => (d.end <= start ? start - d.end : Math.max(0, d.start - end));

function partiesOf(ctx: SentenceContext, title: string, start: number, end: number): string[] {
  const dyad = /([\p{Lu}][\p{L}]+)[–-]([\p{Lu}][\p{L}]+)/u.exec(title);
  if (dyad) {
    const a = resolveCountry(dyad[1]!) ?? COMBINING[dyad[1]!];
    const b = resolveCountry(dyad[2]!);
    if (a && b) return [a, b];
  }
  // inside parentheses, only what the parentheses say
  const open = ctx.text.lastIndexOf("(", start);
  if (open >= 0 && ctx.text.indexOf(")", open) >= end) {
    const inner = ctx.countries.filter((c) => c.start > open && c.end < ctx.text.indexOf(")", open)).map((c) => c.code);
    return [...new Set(inner)];
  }
  const parties = new Set<string>();
  const signer = ctx.countries.filter((c) => c.end <= start && /^\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:signed|concluded|ratified|agreed)\b/.test(ctx.text.slice(c.end, c.end + 20))).pop();
  if (signer) parties.add(signer.code);
  const withX = /^[^.;]{0,30}?\bwith\s+(?:the\s+)?/.exec(ctx.text.slice(end));
  if (withX) {
    const at = end + withX[0].length;
    const c = ctx.countries.find((x) => x.start === at);
    const org = ctx.orgs.find((o) => o.start === at);
    if (c) parties.add(c.code);
    else if (org?.org === "EU") parties.add("EU");
  }
  if (bothRe.test(ctx.text) || /\bbetween\s+the\s+two\b/i.test(ctx.text) || /agreement|treat/i.test(ctx.heading)) for (const p of ctx.pair) if (!signer) parties.add(p);
  if (!parties.size) for (const c of ctx.countries) if (inPair(ctx, c.code)) parties.add(c.code);
  // a treaty signed in a sentence that names no state at all, in an article about the pair, is the pair's
  if (!parties.size && !ctx.countries.length && /\bsigned\b/.test(ctx.text)) for (const p of ctx.pair) parties.add(p);
  return [...parties];
}


function typeOf(title: string): (typeof AGREEMENT_TYPES)[number] {
  const t = title.toLowerCase();
  for (const [word, type] of [["memorandum", "memorandum"], ["treaty", "treaty"], ["convention", "convention"], ["protocol", "protocol"], ["declaration", "declaration"]] as const)
    if (t.includes(word)) return type;
  return "agreement";
}

function lastIndexOfAny(s: string, needles: string[]): number {
  return Math.max(0, ...needles.map((n) => { const i = s.lastIndexOf(n); return i < 0 ? 0 : i + n.length; }));
}
function firstIndexOfAny(s: string, needles: string[]): number {
  const hits = needles.map((n) => s.indexOf(n)).filter((i) => i >= 0);
  return hits.length ? Math.min(...hits) : -1;
}

