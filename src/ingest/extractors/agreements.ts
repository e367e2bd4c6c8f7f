// agreement: a named act (title, or a description that names it: "a mutual recognition agreement",
// "a treaty on the delimitation of the border", "the agreement dividing the island"), its date and parties.
// Parties come from a dyad in the title ("Chile–Peru", "Sino-Russian"), from "X signed … with Y", from
// "signed … by A, B and C", from "both nations", or from the states of the pair named in the sentence; an act
// described with no state at all ("a treaty … was concluded in 1985") in an article about the pair is the pair's.
import { bothRe, inPair, type Extractor, type SentenceContext } from "../context.js";
import type { DateMention } from "../dates.js";
import { AGREEMENT_TYPES } from "../../model/record.js";
import { resolveOrg } from "../../vocab/orgs.js";
import { findCity, resolveCountryMention as resolveCountry } from "../../vocab/countries.js";
import { COMBINING } from "../mentions.js";

const HEAD = String.raw`(?:Treaty|Agreement|Memorandum(?:\s+of\s+Understanding)?|Convention|Protocol|Declaration|Accords?|Pact|Charter)`;
const head = String.raw`(?:treaty|agreement|memorandum\s+of\s+understanding|memorandum|convention|protocol|declaration|accord|pact)`;
// words that qualify a lower-case head ("joint", "Egypt–Israel", "Qualifying Industrial Zones", "1973"), never a function word:
// "as a result of the treaty" describes no act
const FUNCTION = "of|the|a|an|and|or|to|in|on|by|with|for|from|at|as|its|their|his|her|this|that|these|those|which|who|was|were|is|are|be|been|has|have|had|not|no|under|after|before";
const MOD = String.raw`(?!(?:${FUNCTION})\s)(?:[\p{L}][\p{L}–-]*|\d{4})`;
const pattern = new RegExp(String.raw`\b(?<title>${HEAD})\b|\b(?:[Aa]n?|[Tt]he)\s+(?<desc>(?:${MOD}\s+){0,3})(?<head>${head})\b(?!s)`, "gu");

// acts that a state makes alone or that bind the world, not the pair
const NOT_BILATERAL = /^(?:(?:Unilateral\s+)?Declaration\s+of\s+(?:Independence|Sovereignty)|Universal\s+Declaration|Charter\s+of\s+the\s+United\s+Nations|United\s+Nations\s+Charter|UN\s+Charter)/i;
// words that may stand inside a title after its head: "Treaty on the Delimitation of the Maritime Border"
const INNER = new Set(["of", "on", "for", "the", "and", "in", "between", "to", "concerning", "regarding", "a", "an", "de", "la"]);
const GENERIC = new Set(["bilateral", "new", "similar", "formal", "final", "historic", "international", "secret", "separate", "first", "second", "another", "such", "this", "that", "same", "several", "few", "an", "the", "a", "its", "their", "long-pending", "landmark", "major", "important"]);
// verbs that make an act: the date after one of them is the date of signing
const ACT = /\b(?:signed|concluded|adopted|announced|issued|initiall?ed|ratified|agreed|reached)\b/;
// an act that has not been made: "a proposed treaty", "negotiations on an agreement", "never signed"
const UNMADE_BEFORE = /\b(?:proposed|planned|draft|drafting|prospective|possible|potential|future|negotiat\w*|discuss\w*|talks|seek|seeks|seeking|sought|would|could|might|never|not|failed\s+to|refused\s+to|rejected|hopes?\s+to|plans?\s+to|aims?\s+to|intends?\s+to|towards?)\b/g;
const UNMADE_AFTER = /^[^,;]{0,50}?\b(?:will|would|shall)\b|^[^,;]{0,50}?\b(?:was|were|is|are|has|have|had)\s+(?:yet\s+to|never|not|still|expected|due|to\s+be|being\s+negotiated|under\s+negotiation|proposed|planned|drafted|rejected)\b|^\s*(?:was|were|is)\s+(?:proposed|planned)\b/;
// a date after these is when the act took effect, not when it was made
const IN_FORCE = /\b(?:into\s+force|took\s+effect|takes\s+effect|effective)\s+(?:from\s+|on\s+|in\s+)?$/;

// parts of a sentence already read as one act's title ("a supplementary treaty to the 1985 agreement")
const claimed = new WeakMap<SentenceContext, [number, number][]>();

export const agreements: Extractor = {
  id: "agreement/prose",
  pattern,
  keywords: ["treat", "agreement", "memorand", "convention", "protocol", "declaration", "accord", "pact", "charter"],
  extract(ctx, m) {
    const g = m.groups!;
    const taken = claimed.get(ctx) ?? [];
    if (taken.some(([s, e]) => m.index >= s && m.index < e)) return null;
    let start: number;
    let end: number;
    let title: string;
    let skipped: DateMention | undefined; // "an agreement on 14 June 2022 dividing …": a date inside the span, not the title
    if (g.title) {
      start = extendLeft(ctx.text, m.index);
      end = extendRight(ctx.text, m.index + m[0].length);
      title = ctx.text.slice(start, end);
      if (title === g.title && !/^(?:Memorandum of Understanding)$/.test(title)) return null; // a bare "Agreement" names nothing
    } else {
      const headEnd = m.index + m[0].length;
      const headStart = headEnd - g.head!.length;
      // a leading year dates the act, it is not part of its name ("the 1973 agreement")
      const year = /^(?:\d{4}\s+)*/.exec(g.desc!)![0].length;
      const mods = g.desc!.slice(year).split(/\s+/).filter(Boolean);
      start = headStart - g.desc!.length + year;
      const more = complement(ctx, headEnd);
      if (!more && (!mods.length || mods.every((w) => GENERIC.has(w.toLowerCase())))) return null;
      end = more?.end ?? headEnd;
      skipped = more?.skipped;
      title = ctx.text.slice(start, headEnd) + (more ? ` ${more.text}` : "");
    }
    if (resolveOrg(title)) return null; // "the North American Free Trade Agreement (NAFTA)" is an organisation
    if (NOT_BILATERAL.test(title)) return null;
    if (unmade(ctx, start, end)) return null;
    const date = dateOf(ctx, start, end, skipped);
    if (!date) return null;
    const parties = partiesOf(ctx, title, start, end);
    if (!parties.length || !parties.some((p) => inPair(ctx, p))) return null;
    taken.push([start, end]);
    claimed.set(ctx, taken);
    return { kind: "agreement", title, parties, date, type: typeOf(g.title ?? g.head!) };
  },
};

const isTitleWord = (w: string | undefined): boolean => Boolean(w) && !/^(?:The|A|An|In|On|Its|Their|This|That|Both|With|Under|And|Of)$/.test(w!);

function extendLeft(text: string, at: number): number {
  let start = at;
  const re = /(?:^|\s)([\p{Lu}][\p{L}'’]*(?:[–-][\p{L}]+)*|[\p{Ll}]+)\s+$/u;
  for (let i = 0; i < 5; i++) {
    const from = Math.max(0, start - 60); // a `$`-anchored pattern scans from the left: give it only the tail
    const m = re.exec(text.slice(from, start));
    if (!m) break;
    const w = m[1]!;
    const wordAt = start - m[0].length + m[0].indexOf(w);
    // "General Security of Military Information Agreement": "of" between two capitalised words
    if (w === "of" && /^[\p{Lu}]/u.test(text.slice(start)) && isTitleWord(/([\p{Lu}][\p{L}'’]*)\s+$/u.exec(text.slice(Math.max(0, wordAt - 30), wordAt))?.[1])) {
      start = wordAt;
      continue;
    }
    if (!isTitleWord(w) && !/^[\p{Ll}]/u.test(w)) break;
    if (GENERIC.has(w) || /^(?:a|an|the|of|with|signed|and|its|their|by|to|in|on|as|under|such)$/.test(w)) break;
    start = wordAt;
  }
  // a title starts with a capital: drop leading lower-case words
  while (start < at && /^[\p{Ll}]/u.test(text.slice(start))) start = text.indexOf(" ", start) + 1;
  return start;
}

const HEAD_WORD = /^(?:Treaty|Agreement|Memorandum|Understanding|Convention|Protocol|Declaration|Accords?|Pact|Charter)$/;
// ", Friendship and Cooperation": a list of capitalised words that continues a title
const TITLE_LIST = /^(?:,\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})+,?\s+and\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2}/u;
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
// words of a list that is not a title's: places, months, people's titles
const isPlace = (w: string) => Boolean(resolveCountry(w) || findCity(w) || MONTH.test(w) || /^(?:President|Prime|Minister|Chancellor|King|Queen|Emperor|Premier|Secretary|Foreign|General)$/.test(w));

function extendRight(text: string, end: number): number {
  const re = /^\s+([\p{Lu}][\p{L}'’-]*|[\p{Ll}]+)/u;
  let last = end;
  let pos = end;
  let lastWord = text.slice(text.lastIndexOf(" ", end - 1) + 1, end);
  let between = false;
  for (let i = 0; i < 16; i++) {
    const rest = text.slice(pos, pos + 120);
    if (pos === last && rest.startsWith(",")) {
      const list = TITLE_LIST.exec(rest);
      if (!list || list[0].split(/[\s,]+/).some((w) => w && w !== "and" && isPlace(w))) break;
      pos += list[0].length;
      last = pos;
      continue;
    }
    const m = re.exec(rest);
    if (!m) break;
    const w = m[1]!;
    if (/^[\p{Ll}]/u.test(w) && !INNER.has(w)) break;
    // "… Maritime Border and the Lima Declaration": a new title begins; "between Japan and the Republic of Korea" goes on
    if (w === "and" && /^\s+and\s+(?:the|a|an)\s/.test(rest) && !between) break;
    // "the Élysée Treaty in Paris": a place, not a part of the title
    if (w === "in" && (HEAD_WORD.test(lastWord) || isPlace(/^\s+in\s+([\p{Lu}][\p{L}'’-]*)/u.exec(rest)?.[1] ?? ""))) break;
    if (w === "between") between = true;
    pos += m[0].length;
    lastWord = w;
    if (/^[\p{Lu}]/u.test(w)) last = pos;
  }
  return last;
}

// what a lower-case head is about: "on the delimitation of the land border", "establishing the … Authority",
// "to the 1985 agreement"; it ends before a clause, a date, a place or an adverb
// "on behalf of", "on the sidelines of", "on Monday", "for the first time" say nothing of what the act is about
const NOT_TOPIC = String.raw`(?:the\s+)?(?:behalf|sidelines|margins?|occasion|eve|day|basis|same|first|second|third|last|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|(?:its|their|his|her)\s|\d`;
const LEAD = new RegExp(String.raw`^\s+(?:(?:on|for|concerning|regarding)\s+(?!the\s+(?:fate|issue|matter)\b|${NOT_TOPIC})|(?!(?:during|including|following|according|being|having|signing|meeting|building|funding|training|ruling|hearing|bring|morning|evening|nothing|something)\b)[\p{Ll}]{3,}ing\s+)`, "u");
const TO_ACT = new RegExp(String.raw`^\s+to\s+the\s+(?:\d{4}\s+)?${head}\b`);
const NP_WORD = /^\s*([\p{L}\d][\p{L}\d'’–-]*)/u;
const NP_GLUE = new Set(["of", "the", "a", "an", "and", "for", "on", "between"]);
const NP_END = /^(?:was|were|is|are|be|been|being|has|have|had|will|would|shall|can|could|may|might|must|which|that|who|whom|whose|where|when|while|whereby|in|at|by|with|from|into|until|since|after|before|during|under|through|as|than|but|or|if|because|so|not|also|then|there|it|its|their|his|her|this|these|those|to|signed|allows|allowed|provides|provided|gives|gave|came|comes|entered|enters|took|takes|remains|remained|became|becomes|ended|ends|made|makes|drew|left|set|sets)$/;
const DET = /^(?:the|a|an|its|their|his|her|this|that|these|those)$/;

function complement(ctx: SentenceContext, at: number): { text: string; end: number; skipped?: DateMention } | undefined {
  const text = ctx.text;
  let pos = at;
  // "an agreement on 14 June 2022 dividing the island": the date stands between the head and what it is about
  const on = /^\s+(?:on|in)\s+/.exec(text.slice(pos, pos + 5));
  const skipped = on ? ctx.dates.find((d) => d.start === pos + on[0].length) : undefined;
  if (skipped) pos = skipped.end;
  const rest = text.slice(pos, pos + 200);
  const to = TO_ACT.exec(rest);
  if (to) return { text: to[0].trim(), end: pos + to[0].length, skipped };
  const lead = LEAD.exec(rest);
  if (!lead || (skipped && !/ing\s+$/.test(lead[0]))) return undefined;
  const words = [lead[0].trim()];
  let p = pos + lead[0].length;
  let kept = 1; // words up to the last content word
  let content = 0;
  for (let i = 0; i < 12; i++) {
    const w = NP_WORD.exec(text.slice(p, p + 60));
    if (!w) break;
    const word = w[1]!;
    const wordStart = p + w[0].length - word.length;
    const prev = words[words.length - 1]!;
    if (/^\d/.test(word)) {
      // a year inside the phrase only as a name's attribute ("the 1985 agreement")
      if (!(/^\d{4}$/.test(word) && prev === "the")) break;
    } else if (/^[\p{Ll}]/u.test(word)) {
      if (NP_END.test(word) || /ly$/.test(word)) break;
      if (/ed$/.test(word) && !NP_GLUE.has(prev) && !DET.test(prev)) break; // a verb after a noun
      const next = NP_WORD.exec(text.slice(wordStart + word.length, wordStart + word.length + 40))?.[1] ?? "";
      if (word === "and" && (DET.test(next) || NP_END.test(next) || !next || /^\d/.test(next))) break;
      if (word === "between" && !/^[\p{Lu}]/u.test(next)) break;
    }
    if (ctx.dates.some((d) => d.start === wordStart) && !(prev === "the")) break;
    words.push(word);
    p = wordStart + word.length;
    if (!NP_GLUE.has(word) && !DET.test(word)) {
      kept = words.length;
      content++;
    }
  }
  if (!content) return undefined;
  const phrase = words.slice(0, kept);
  // the end: after the last kept word
  let end = pos + lead[0].length;
  for (const w of phrase.slice(1)) end = text.indexOf(w, end) + w.length;
  return { text: phrase.join(" "), end, skipped };
}

/** An act proposed, negotiated or refused, not made. */
function unmade(ctx: SentenceContext, start: number, end: number): boolean {
  const before = ctx.text.slice(Math.max(clauseStartOf(ctx.text, start), start - 60), start);
  let last: RegExpExecArray | undefined;
  UNMADE_BEFORE.lastIndex = 0;
  for (let m = UNMADE_BEFORE.exec(before); m; m = UNMADE_BEFORE.exec(before)) last = m;
  // "after long negotiations, they signed a treaty": the act was made after all
  if (last && !ACT.test(before.slice(last.index + last[0].length))) return true;
  return UNMADE_AFTER.test(ctx.text.slice(end, end + 80));
}

const ANOTHER_ACT = new RegExp(String.raw`\b${head}\b`, "i");
const BREAKS = [", and ", "; ", ", but ", ", while "];
const clauseStartOf = (text: string, at: number) => lastIndexOfAny(text.slice(0, at), BREAKS);

function dateOf(ctx: SentenceContext, start: number, end: number, own?: DateMention): string | undefined {
  // "(1996)" right after the title, a date between head and complement, the date of signing, a year before it ("the 1929 … Treaty"), else the nearest in its clause
  const paren = /^\s*\((\d{4})\)/.exec(ctx.text.slice(end));
  if (paren) return paren[1];
  if (own) return own.value;
  const clauseStart = clauseStartOf(ctx.text, start);
  const nextClause = firstIndexOfAny(ctx.text.slice(end), BREAKS);
  const to = nextClause < 0 ? ctx.text.length : end + nextClause;
  const inClause = ctx.dates.filter(
    (d) => d.start >= clauseStart && d.end <= to && !(d.start >= start && d.end <= end) && !/\(\s*$/.test(ctx.text.slice(Math.max(0, d.start - 4), d.start)),
  );
  // "…, signed on 17 December 1973": the act's own verb, after its title, with no other act between
  const after = ctx.text.slice(end, to);
  const verb = ACT.exec(after);
  if (verb && !ANOTHER_ACT.test(after.slice(0, verb.index))) {
    const at = end + verb.index + verb[0].length;
    const signed = inClause.find((d) => d.start >= at && d.start - at <= 60);
    if (signed) return signed.value;
  }
  const attr = ctx.dates.find((d) => d.end <= start && start - d.end <= 2);
  if (attr) return attr.value;
  const made = inClause.filter((d) => !IN_FORCE.test(ctx.text.slice(Math.max(0, d.start - 24), d.start)));
  const near = (made.length ? made : inClause).sort((a, b) => distance(a, start, end) - distance(b, start, end))[0];
  return near?.value;
}

const distance = (d: DateMention, start: number, end: number) => (d.end <= start ? start - d.end : Math.max(0, d.start - end));

function partiesOf(ctx: SentenceContext, title: string, start: number, end: number): string[] {
  const dyad = /([\p{Lu}][\p{L}]+)[–-]([\p{Lu}][\p{L}]+)/u.exec(title);
  if (dyad) {
    const a = resolveCountry(dyad[1]!) ?? COMBINING[dyad[1]!];
    const b = resolveCountry(dyad[2]!);
    if (a && b) return [a, b];
  }
  // "Indo-Sri Lanka Accord", "Treaty … between Japan and the Republic of Korea": the states the title names
  if (/^[\p{Lu}]/u.test(title) && /[\p{L}][–-][\p{Lu}]|\sbetween\s/u.test(title)) {
    const named = [...new Set(ctx.countries.filter((c) => c.start >= start && c.end <= end).map((c) => c.code))];
    if (named.length >= 2) return named;
  }
  // inside parentheses, only what the parentheses say
  const open = ctx.text.lastIndexOf("(", start);
  if (open >= 0 && ctx.text.indexOf(")", open) >= end) {
    const inner = ctx.countries.filter((c) => c.start > open && c.end < ctx.text.indexOf(")", open)).map((c) => c.code);
    return [...new Set(inner)];
  }
  const parties = new Set<string>();
  const signer = ctx.countries.filter((c) => c.end <= start && /^\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:signed|concluded|ratified|agreed)\b/.test(ctx.text.slice(c.end, c.end + 20))).pop();
  if (signer) {
    // "Chile and Peru signed …": every state of the subject
    let first = signer;
    for (let i = ctx.countries.indexOf(signer) - 1; i >= 0; i--) {
      const c = ctx.countries[i]!;
      if (!/^\s*(?:,|and)\s+(?:the\s+)?$/.test(ctx.text.slice(c.end, first.start))) break;
      parties.add(c.code);
      first = c;
    }
    parties.add(signer.code);
  }
  const withX = /^[^.;]{0,30}?\bwith\s+(?:the\s+)?/.exec(ctx.text.slice(end));
  if (withX) {
    const at = end + withX[0].length;
    const c = ctx.countries.find((x) => x.start === at);
    const org = ctx.orgs.find((o) => o.start === at);
    if (c) parties.add(c.code);
    else if (org?.org === "EU") parties.add("EU");
  }
  // "… was signed in Dakar in 2003 by Benin, Ghana, Nigeria and Togo"
  for (const code of signedBy(ctx, end)) parties.add(code);
  const before = ctx.countries.filter((c) => c.end <= start && inPair(ctx, c.code));
  if (!signer && (bothRe.test(ctx.text) || /\b(?:between\s+)?the\s+two\b/i.test(ctx.text) || /agreement|treat/i.test(ctx.heading))) for (const p of ctx.pair) parties.add(p);
  // "they … signed the Treaty … with Uruguay": the pair, when neither is named before the act
  if (!signer && !before.length && /\b[Tt]hey\b/.test(ctx.text.slice(0, start))) for (const p of ctx.pair) parties.add(p);
  if (!signer) for (const c of ctx.countries) if (inPair(ctx, c.code)) parties.add(c.code);
  // an act made in a sentence that names no state at all, in an article about the pair, is the pair's
  if (!parties.size && !ctx.countries.length && (ACT.test(ctx.text) || /\b(?:into\s+force|took\s+effect)\b/.test(ctx.text) || /\b[\p{Ll}]+ed\s+by\s+(?:the\s+)?$/u.test(ctx.text.slice(Math.max(0, start - 30), start))))
    for (const p of ctx.pair) parties.add(p);
  return [...parties];
}

/** States listed after "signed … by": "by Argentina, Brazil, Paraguay and Uruguay". */
function signedBy(ctx: SentenceContext, end: number): string[] {
  const by = /^[^.;]{0,60}?\b(?:signed|concluded|ratified|adopted)\b[^.;]{0,40}?\bby\s+(?:the\s+)?/.exec(ctx.text.slice(end, end + 140));
  if (!by) return [];
  const out: string[] = [];
  let at = end + by[0].length;
  for (;;) {
    const c = ctx.countries.find((x) => x.start === at && x.form === "name");
    if (!c) break;
    out.push(c.code);
    const sep = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?/.exec(ctx.text.slice(c.end, c.end + 12));
    if (!sep) break;
    at = c.end + sep[0].length;
  }
  return out;
}

/** The type named by the act's own head word: "a supplementary treaty to the 1985 agreement" is a treaty. */
function typeOf(word: string): (typeof AGREEMENT_TYPES)[number] {
  const t = word.toLowerCase();
  for (const type of ["memorandum", "treaty", "convention", "protocol", "declaration"] as const) if (t.startsWith(type)) return type;
  return "agreement";
}

function lastIndexOfAny(s: string, needles: string[]): number {
  return Math.max(0, ...needles.map((n) => { const i = s.lastIndexOf(n); return i < 0 ? 0 : i + n.length; }));
}
function firstIndexOfAny(s: string, needles: string[]): number {
  const hits = needles.map((n) => s.indexOf(n)).filter((i) => i >= 0);
  return hits.length ? Math.min(...hits) : -1;
}
