// agreement: a named act (title, or a description that names it: "a mutual recognition agreement",
// "a treaty on the delimitation of the border", "the agreement dividing the island"), its date and parties.
// Parties come from a dyad in the title ("Chile–Peru", "Sino-Russian"), from "X signed … with Y", from
// "signed … by A, B and C", from "both nations", or from the states of the pair named in the sentence; an act
// described with no state at all ("a treaty … was concluded in 1985") in an article about the pair is the pair's.
import { inPair, type Extractor, type SentenceContext } from "../context.js";
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
// the lookahead (a head within four words) rejects most articles before the modifiers are read;
// "the Duavata Partnership" and "the Compact of Free Association" are acts only when signed;
// "… a treaty delimiting X and a second one covering Y": a second act of the same kind
const pattern = new RegExp(String.raw`\b(?<title>${HEAD})\b|\b(?<named>Partnership|Compact)\b|\b(?:[Aa]n?|[Tt]he)\s+(?:(?<again>second|third|further|separate)\s+one\b|(?=(?:\S+\s+){0,3}${head}\b)(?<desc>(?:${MOD}\s+){0,3})(?<head>${head})\b(?!s))`, "gu");

// acts that a state makes alone or that bind the world, not the pair
const NOT_BILATERAL = /^(?:(?:Unilateral\s+)?Declaration\s+of\s+(?:Independence|Sovereignty)|Universal\s+Declaration|Charter\s+of\s+the\s+United\s+Nations|United\s+Nations\s+Charter|UN\s+Charter)/i;
// words that may stand inside a title after its head: "Treaty on the Delimitation of the Maritime Border"
const INNER = new Set(["of", "on", "for", "the", "and", "in", "between", "to", "concerning", "regarding", "a", "an", "de", "la"]);
const GENERIC = new Set(["bilateral", "new", "similar", "formal", "final", "historic", "international", "secret", "separate", "first", "second", "another", "such", "this", "that", "same", "several", "few", "an", "the", "a", "its", "their", "long-pending", "landmark", "major", "important"]);
// verbs that make an act: the date after one of them is the date of signing
const ACT = /\b(?:signed|concluded|adopted|announced|issued|initiall?ed|ratified|agreed|reached)\b/;
// an act that has not been made: "a proposed treaty", "negotiations on an agreement", "never signed"
const UNMADE_BEFORE = /\b(?:proposed|planned|draft|drafting|prospective|possible|potential|future|negotiat\w*|discuss\w*|talks|seek|seeks|seeking|sought|would|could|might|never|not|failed\s+to|refused\s+to|rejected|hopes?\s+to|plans?\s+to|aims?\s+to|intends?\s+to|towards?)\b/g;
// after the act, before a comma and within 50 characters: "will", or "was never", "is yet to", "was proposed" …
const AUX = /\b(?:(will|would|shall)|was|were|is|are|has|have|had)\b/g;
const NOT_YET = /\s+(?:yet\s+to|never|not|still|expected|due|to\s+be|being\s+negotiated|under\s+negotiation|proposed|planned|drafted|rejected)\b/y;
// a date after these is when the act took effect, not when it was made
const IN_FORCE = /\b(?:into\s+force|took\s+effect|takes\s+effect|effective)\s+(?:from\s+|on\s+|in\s+)?$/;

// What the current sentence has given: the engine reads one sentence's matches one after another.
let current: SentenceContext | undefined;
// parts of the sentence already read as one act's title ("a supplementary treaty to the 1985 agreement"),
// with the head word of each
let taken: [number, number][] = [];
let takenHeads: string[] = [];
// where its clause breaks stand: start and end of each
let breaks: number[] | undefined;

export const agreements: Extractor = {
  id: "agreement/prose",
  pattern,
  keywords: ["treat", "agreement", "memorand", "convention", "protocol", "declaration", "accord", "pact", "charter", "partnership", "compact"],
  extract(ctx, m) {
    const g = m.groups!;
    if (ctx !== current) {
      current = ctx;
      taken = [];
      takenHeads = [];
      breaks = undefined;
    }
    for (const [s, e] of taken) if (m.index >= s && m.index < e) return null;
    let start: number;
    let end: number;
    let title: string;
    let skipped: DateMention | undefined; // "an agreement on 14 June 2022 dividing …": a date inside the span, not the title
    let word = g.title ?? g.named ?? g.head;
    if (g.title || g.named) {
      start = extendLeft(ctx.text, m.index);
      end = extendRight(ctx.text, m.index + m[0].length);
      title = ctx.text.slice(start, end);
      if (title === word && !/^(?:Memorandum of Understanding)$/.test(title)) return null; // a bare "Agreement" names nothing
      if (g.named && !signedHere(ctx.text, start, end)) return null;
    } else if (g.again) {
      // the kind of the act named before in the sentence, with what this one is about
      const more = takenHeads.length ? complement(ctx, m.index + m[0].length) : undefined;
      if (!more) return null;
      word = takenHeads[takenHeads.length - 1]!;
      start = m.index;
      end = more.end;
      skipped = more.skipped;
      title = `${word.toLowerCase()} ${more.text}`;
    } else {
      const headEnd = m.index + m[0].length;
      const headStart = headEnd - g.head!.length;
      // a leading year dates the act, it is not part of its name ("the 1973 agreement")
      const year = /^(?:\d{4}\s+)*/.exec(g.desc!)![0].length;
      const mods = g.desc!.slice(year).split(/\s+/).filter(Boolean);
      start = headStart - g.desc!.length + year;
      const more = complement(ctx, headEnd);
      if (!more && (!mods.length || mods.every((w) => GENERIC.has(w.toLowerCase())))) {
        // "the border was delimited by a treaty signed …": the clause around the act says what it is about
        if (mods.length) return null;
        const described = describedBy(ctx.text, m.index, headStart, headEnd, g.head!.toLowerCase());
        if (!described) return null;
        start = headStart;
        end = headEnd;
        title = described;
      } else {
        end = more?.end ?? headEnd;
        skipped = more?.skipped;
        title = ctx.text.slice(start, headEnd) + (more ? ` ${more.text}` : "");
      }
    }
    // "the North American Free Trade Agreement (NAFTA)" is an organisation, unless the text says it was signed
    if (resolveOrg(title) && !(g.title && signedHere(ctx.text, start, end))) return null;
    if (NOT_BILATERAL.test(title)) return null;
    if (unmade(ctx, start, end)) return null;
    const date = dateOf(ctx, start, end, skipped);
    if (!date) return null;
    const parties = partiesOf(ctx, title, start, end);
    if (!parties.length || !parties.some((p) => inPair(ctx, p))) return null;
    taken.push([start, end]);
    takenHeads.push(word!);
    return { kind: "agreement", title, parties, date, type: typeOf(word!) };
  },
};

// "…, signed with Canada on …", "… was signed in 2018", "signed the … Partnership"
const SIGNED_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:,[^.;]*?,\s*|,\s*)?(?:(?:which|that)\s+)?(?:(?:was|were)\s+)?(?:signed|concluded|ratified)\b/;
const SIGNED_BEFORE = /\b(?:signed|concluded|ratified|adopted)\s+(?:(?:a|an|the)\s+)?$/;
function signedHere(text: string, start: number, end: number): boolean {
  return SIGNED_AFTER.test(text.slice(end, end + 200)) || SIGNED_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

// "The common boundary was fixed by a treaty …", "The waters of X are shared under a treaty …"
const PASSIVE_BY = /(?:^|[,;:]\s+)(?<np>[Tt]he\s+(?:[\p{Ll}][\p{L}-]*\s+){0,3}[\p{Ll}][\p{L}-]*(?:\s+of\s+[^,;]{1,60}?)?)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[\p{Ll}]+ly\s+)?(?:[\p{Ll}]+ed|drawn|set|laid|made|split)\s+(?:by|under|through|in)\s+$/u;
// "Under an agreement signed in 1981, the two countries formed the Senegambia Confederation"
const UNDER_SIGNED = /^\s+(?:signed|concluded|reached)\b[^,;]{0,60},\s+/;
const DONE = /^(?:(?:the|both|two|their|its|[\p{Lu}][\p{L}'’-]*|countries|states|nations|governments|sides|and)\s+){1,6}?(?<verb>[\p{Ll}]+ed)\s+(?=(?:the|a|an|[\p{Lu}])\b)/u;

/** What an act without a name is about, from the clause around it: "common boundary treaty", "agreement forming the …". */
function describedBy(text: string, detStart: number, headStart: number, headEnd: number, word: string): string | undefined {
  const before = wordBefore(text, Math.max(0, detStart - 120), detStart);
  const by = before ? text.slice(before[0], before[1]) : "";
  const passive = (by === "by" || by === "under" || by === "through" || by === "in") && PASSIVE_BY.exec(text.slice(Math.max(0, detStart - 120), detStart));
  if (passive) {
    const np = passive.groups!.np!;
    const rest = np.slice(np.indexOf(" ") + 1);
    return / of /.test(np) ? `${word} on the ${rest}` : `${rest} ${word}`;
  }
  if (by !== "Under" || before![0] !== 0 || !/^\s*Under\s+$/.test(text.slice(0, detStart))) return undefined;
  const under = UNDER_SIGNED.exec(text.slice(headEnd, headEnd + 120));
  if (!under) return undefined;
  const from = headEnd + under[0].length;
  const done = DONE.exec(text.slice(from, from + 120));
  if (!done) return undefined;
  const object = objectAt(text, from + done[0].length);
  if (!object) return undefined;
  const verb = done.groups!.verb!;
  return `${word} ${verb.endsWith("eed") ? verb.slice(0, -1) : verb.slice(0, -2)}ing ${object}`;
}

/** A noun phrase that ends before a clause, a date or a verb: "the Senegambia Confederation". */
function objectAt(text: string, at: number): string | undefined {
  const words: string[] = [];
  let p = at;
  let kept = 0;
  for (let i = 0; i < 10 && nounWord(text, p, 60); i++) {
    const word = text.slice(wordStart, wordEnd);
    if (/^\d/.test(word) || NP_END.has(word) || (lowerAt(word, 0) && (word.endsWith("ly") || (word.endsWith("ed") && !DET.has(words[words.length - 1] ?? ""))))) break;
    words.push(word);
    p = wordEnd;
    if (!NP_GLUE.has(word) && !DET.has(word)) kept = words.length;
  }
  return kept ? words.slice(0, kept).join(" ") : undefined;
}

const NOT_TITLE = new Set(["The", "A", "An", "In", "On", "Its", "Their", "This", "That", "Both", "With", "Under", "And", "Of"]);
const isTitleWord = (w: string | undefined): boolean => Boolean(w) && !NOT_TITLE.has(w!);
const STOP_LEFT = new Set(["a", "an", "the", "of", "with", "signed", "and", "its", "their", "by", "to", "in", "on", "as", "under", "such"]);
// a word that may stand before a title's head: capitalised ("Anglo-Irish", "People's") or lower case
// Unicode classes make large regex code, slow when it is cold: plain ASCII is read without them.
const LEFT_WORD = /^(?:[\p{Lu}][\p{L}'’]*(?:[–-][\p{L}]+)*|[\p{Ll}]+)$/u;
/** `^(?:[A-Z][A-Za-z']*(?:-[A-Za-z]+)*|[a-z]+)$` for a word of ASCII characters. */
function leftWordAscii(w: string): boolean {
  const c0 = w.charCodeAt(0);
  const letter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
  if (c0 >= 97 && c0 <= 122) {
    for (let i = 1; i < w.length; i++) if (!(w.charCodeAt(i) >= 97 && w.charCodeAt(i) <= 122)) return false;
    return true;
  }
  if (!(c0 >= 65 && c0 <= 90)) return false;
  let i = 1;
  while (i < w.length && (letter(w.charCodeAt(i)) || w.charCodeAt(i) === 39)) i++;
  while (i < w.length) {
    if (w.charCodeAt(i) !== 45 || !letter(w.charCodeAt(i + 1))) return false; // "-" and a letter
    i += 2;
    while (i < w.length && letter(w.charCodeAt(i))) i++;
  }
  return true;
}
const UPPER_AT = /[\p{Lu}]/uy;
const LOWER_AT = /[\p{Ll}]/uy;
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}
/** An upper-case letter at `i`. */
function upperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  UPPER_AT.lastIndex = i;
  return UPPER_AT.test(text);
}
/** A lower-case letter at `i`. */
function lowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  LOWER_AT.lastIndex = i;
  return LOWER_AT.test(text);
}

/** JavaScript's `\s`. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || (c > 5000 && (c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** The word before `start` that ends where a run of spaces ending at `start` begins, read back at most to `from`. */
function wordBefore(text: string, from: number, start: number): [number, number] | undefined {
  let e = start;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  if (e === start || e === from) return undefined;
  let b = e;
  while (b > from && !isSpace(text.charCodeAt(b - 1))) b--;
  return [b, e];
}

function extendLeft(text: string, at: number): number {
  let start = at;
  for (let i = 0; i < 5; i++) {
    const found = wordBefore(text, Math.max(0, start - 60), start);
    if (!found) break;
    const w = text.slice(found[0], found[1]);
    if (!(isAscii(w) ? leftWordAscii(w) : LEFT_WORD.test(w))) break;
    const wordAt = found[0];
    // "General Security of Military Information Agreement": "of" between two capitalised words
    if (w === "of" && upperAt(text, start) && isTitleWord(/([\p{Lu}][\p{L}'’]*)\s+$/u.exec(text.slice(Math.max(0, wordAt - 30), wordAt))?.[1])) {
      start = wordAt;
      continue;
    }
    if (!isTitleWord(w) && !lowerAt(w, 0)) break;
    if (GENERIC.has(w) || STOP_LEFT.has(w)) break;
    start = wordAt;
  }
  // a title starts with a capital: drop leading lower-case words
  while (start < at && lowerAt(text, start)) start = text.indexOf(" ", start) + 1;
  return start;
}

const HEAD_WORD = /^(?:Treaty|Agreement|Memorandum|Understanding|Convention|Protocol|Declaration|Accords?|Pact|Charter)$/;
// ", Friendship and Cooperation": a list of capitalised words that continues a title
const TITLE_LIST = /^(?:,\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})+,?\s+and\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2}/u;
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
// words of a list that is not a title's: places, months, people's titles
const isPlace = (w: string) => Boolean(resolveCountry(w) || findCity(w) || MONTH.test(w) || /^(?:President|Prime|Minister|Chancellor|King|Queen|Emperor|Premier|Secretary|Foreign|General)$/.test(w));

// Words read character by character, as a `u` pattern would read them in text.slice(from, from + window).
const IS_L = /^\p{L}$/u;
const IS_LU = /^\p{Lu}$/u;
const IS_LL = /^\p{Ll}$/u;
/** The code point at `i`; a surrogate pair cut by `limit` is not one. */
function codeAt(text: string, i: number, limit: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < limit) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}
const isLetter = (c: number) => (c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : IS_L.test(String.fromCodePoint(c)));
const isUpper = (c: number) => (c < 128 ? c >= 65 && c <= 90 : IS_LU.test(String.fromCodePoint(c)));
const isLower = (c: number) => (c < 128 ? c >= 97 && c <= 122 : IS_LL.test(String.fromCodePoint(c)));
const size = (c: number) => (c > 0xffff ? 2 : 1);
// where the word read last begins and ends
let wordStart = 0;
let wordEnd = 0;

/** `\s+([\p{Lu}][\p{L}'’-]*|[\p{Ll}]+)` at `from`: a capitalised or a lower-case word after spaces. */
function rightWord(text: string, from: number, window: number): boolean {
  const limit = Math.min(text.length, from + window);
  let i = from;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  if (i === from || i >= limit) return false;
  let c = codeAt(text, i, limit);
  let j = i + size(c);
  if (isUpper(c)) {
    for (; j < limit; j += size(c)) {
      c = codeAt(text, j, limit);
      if (!(isLetter(c) || c === 39 || c === 0x2019 || c === 45)) break;
    }
  } else if (isLower(c)) {
    for (; j < limit; j += size(c)) {
      c = codeAt(text, j, limit);
      if (!isLower(c)) break;
    }
  } else return false;
  wordStart = i;
  wordEnd = j;
  return true;
}

/** `\s*([\p{L}\d][\p{L}\d'’–-]*)` at `from`: a word or a number after any spaces. */
function nounWord(text: string, from: number, window: number): boolean {
  const limit = Math.min(text.length, from + window);
  let i = from;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  if (i >= limit) return false;
  let c = codeAt(text, i, limit);
  if (!(isLetter(c) || (c >= 48 && c <= 57))) return false;
  let j = i + size(c);
  for (; j < limit; j += size(c)) {
    c = codeAt(text, j, limit);
    if (!(isLetter(c) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019 || c === 0x2013 || c === 45)) break;
  }
  wordStart = i;
  wordEnd = j;
  return true;
}

function extendRight(text: string, end: number): number {
  let last = end;
  let pos = end;
  let lastWord = text.slice(text.lastIndexOf(" ", end - 1) + 1, end);
  let between = false;
  for (let i = 0; i < 16; i++) {
    if (pos === last && text.charCodeAt(pos) === 44) {
      const list = rightWord(text, pos + 1, 119) && upperAt(text, wordStart) && text.includes("and", wordEnd) ? TITLE_LIST.exec(text.slice(pos, pos + 120)) : null;
      if (!list || list[0].split(/[\s,]+/).some((w) => w && w !== "and" && isPlace(w))) break;
      pos += list[0].length;
      last = pos;
      continue;
    }
    if (!rightWord(text, pos, 120)) {
      // "… Oriented to the 21st Century": an ordinal before a capitalised word
      let k = pos;
      while (k < pos + 12 && isSpace(text.charCodeAt(k))) k++;
      const digit = text.charCodeAt(k);
      const ordinal = digit >= 48 && digit <= 57 ? /^\s+\d{1,3}(?:st|nd|rd|th)(?=\s+[A-Z])/.exec(text.slice(pos, pos + 12)) : null;
      if (!ordinal || pos === last) break;
      pos += ordinal[0].length;
      continue;
    }
    const w = text.slice(wordStart, wordEnd);
    const next = wordEnd;
    const lower = lowerAt(w, 0);
    if (lower && !INNER.has(w)) break;
    // "… Maritime Border and the Lima Declaration": a new title begins; "between Japan and the Republic of Korea" goes on
    if (w === "and" && /^\s+and\s+(?:the|a|an)\s/.test(text.slice(pos, pos + 120)) && !between) break;
    // "the Élysée Treaty in Paris": a place, not a part of the title
    if (w === "in" && (HEAD_WORD.test(lastWord) || isPlace(/^\s+in\s+([\p{Lu}][\p{L}'’-]*)/u.exec(text.slice(pos, pos + 120))?.[1] ?? ""))) break;
    if (w === "between") between = true;
    pos = next;
    lastWord = w;
    if (!lower && upperAt(w, 0)) last = pos;
  }
  return last;
}

// what a lower-case head is about: "on the delimitation of the land border", "establishing the … Authority",
// "to the 1985 agreement"; it ends before a clause, a date, a place or an adverb
// "on behalf of", "on the sidelines of", "on Monday", "for the first time" say nothing of what the act is about
const NOT_TOPIC = String.raw`(?:the\s+)?(?:behalf|sidelines|margins?|occasion|eve|day|basis|same|first|second|third|last|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|(?:its|their|his|her)\s|\d`;
// "a treaty of association", "an agreement to normalise relations": a noun or a verb right after "of" or "to"
const NOT_AFTER_OF = String.raw`(?:the|a|an|its|their|his|her|this|that|these|those|both|each|all|which|whom|what|whose|them|it|be|have|do|date)\b`;
const LEAD = new RegExp(String.raw`^\s+(?:(?:on|for|concerning|regarding)\s+(?!the\s+(?:fate|issue|matter)\b|${NOT_TOPIC})|(?:of|to)\s+(?!${NOT_AFTER_OF})(?=[\p{Ll}]{3,}[\s,.;])|(?!(?:during|including|following|according|being|having|signing|meeting|building|funding|training|ruling|hearing|bring|morning|evening|nothing|something)\b)[\p{Ll}]{3,}ing\s+)`, "u");
const TO_ACT = new RegExp(String.raw`^\s+to\s+the\s+(?:\d{4}\s+)?${head}\b`);
const NP_GLUE = new Set(["of", "the", "a", "an", "and", "for", "on", "between"]);
const NP_END = new Set("was|were|is|are|be|been|being|has|have|had|will|would|shall|can|could|may|might|must|which|that|who|whom|whose|where|when|while|whereby|in|at|by|with|from|into|until|since|after|before|during|under|through|as|than|but|or|if|because|so|not|also|then|there|it|its|their|his|her|this|these|those|to|signed|allows|allowed|provides|provided|gives|gave|came|comes|entered|enters|took|takes|remains|remained|became|becomes|ended|ends|made|makes|drew|left|set|sets".split("|"));
const LEADS = new Set(["on", "for", "concerning", "regarding", "of", "to"]);
const DET = new Set(["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"]);

function complement(ctx: SentenceContext, at: number): { text: string; end: number; skipped?: DateMention } | undefined {
  const text = ctx.text;
  let pos = at;
  // "an agreement on 14 June 2022 dividing the island": the date stands between the head and what it is about
  const on = /^\s+(?:on|in)\s+/.exec(text.slice(pos, pos + 5));
  const skipped = on ? ctx.dates.find((d) => d.start === pos + on[0].length) : undefined;
  if (skipped) pos = skipped.end;
  // what both patterns below need: spaces, then "to", a preposition, or a word in "-ing"
  const limit = Math.min(text.length, pos + 200);
  let k = pos;
  while (k < limit && isSpace(text.charCodeAt(k))) k++;
  let e = k;
  for (let c = codeAt(text, e, limit); e < limit && isLower(c); c = codeAt(text, e, limit)) e += size(c);
  const next = text.slice(k, e);
  if (k === pos || !(LEADS.has(next) || (next.length >= 6 && next.endsWith("ing") && isSpace(text.charCodeAt(e))))) return undefined;
  const rest = text.slice(pos, pos + 200);
  const to = TO_ACT.exec(rest);
  if (to) return { text: to[0].trim(), end: pos + to[0].length, skipped };
  const lead = LEAD.exec(rest);
  if (!lead || (skipped && !/ing\s+$/.test(lead[0]))) return undefined;
  const words = [lead[0].trim()];
  let p = pos + lead[0].length;
  let kept = 1; // words up to the last content word
  let keptEnd = 0;
  let content = 0;
  for (let i = 0; i < 12; i++) {
    if (!nounWord(text, p, 60)) break;
    const word = text.slice(wordStart, wordEnd);
    const at = wordStart;
    const prev = words[words.length - 1]!;
    const c0 = word.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) {
      // a year inside the phrase only as a name's attribute ("the 1985 agreement")
      if (!(/^\d{4}$/.test(word) && prev === "the")) break;
    } else if (lowerAt(word, 0)) {
      if (NP_END.has(word) || word.endsWith("ly")) break;
      if (word.endsWith("ed") && !NP_GLUE.has(prev) && !DET.has(prev)) break; // a verb after a noun
      if (word === "and" || word === "between") {
        const next = nounWord(text, at + word.length, 40) ? text.slice(wordStart, wordEnd) : "";
        if (word === "and" && (DET.has(next) || NP_END.has(next) || !next || /^\d/.test(next))) break;
        if (word === "between" && !upperAt(next, 0)) break;
      }
    }
    if (ctx.dates.some((d) => d.start === at) && !(prev === "the")) break;
    words.push(word);
    p = at + word.length;
    if (!NP_GLUE.has(word) && !DET.has(word)) {
      kept = words.length;
      keptEnd = p;
      content++;
    }
  }
  if (!content) return undefined;
  if (kept < words.length) words.length = kept;
  return { text: words.join(" "), end: keptEnd, skipped };
}

/** An act proposed, negotiated or refused, not made. */
function unmade(ctx: SentenceContext, start: number, end: number): boolean {
  const before = ctx.text.slice(Math.max(clauseStartOf(ctx.text, start), start - 60), start);
  let last: RegExpExecArray | undefined;
  UNMADE_BEFORE.lastIndex = 0;
  for (let m = UNMADE_BEFORE.exec(before); m; m = UNMADE_BEFORE.exec(before)) last = m;
  // "after long negotiations, they signed a treaty": the act was made after all
  if (last && !ACT.test(before.slice(last.index + last[0].length))) return true;
  return unmadeAfter(ctx.text.slice(end, end + 80));
}

function unmadeAfter(w: string): boolean {
  let limit = 50;
  for (let i = 0; i < limit; i++) {
    const c = w.charCodeAt(i);
    if (c === 44 || c === 59) limit = i; // , ;
  }
  AUX.lastIndex = 0;
  for (let m = AUX.exec(w); m && m.index <= limit; m = AUX.exec(w)) {
    if (m[1]) return true;
    NOT_YET.lastIndex = m.index + m[0].length;
    if (NOT_YET.test(w)) return true;
  }
  return false;
}

const ANOTHER_ACT = new RegExp(String.raw`\b${head}\b`, "i");
const BREAKS = [", and ", "; ", ", but ", ", while "];
const COMMA_BREAKS = BREAKS.filter((b) => b.startsWith(","));
function breaksOf(text: string): number[] {
  if (breaks) return breaks;
  const found: number[] = [];
  for (let i = text.indexOf(","); i >= 0; i = text.indexOf(",", i + 1))
    for (const n of COMMA_BREAKS) if (text.startsWith(n, i)) found.push(i, i + n.length);
  for (let i = text.indexOf("; "); i >= 0; i = text.indexOf("; ", i + 1)) found.push(i, i + 2);
  return (breaks = found);
}
/** Where the clause holding `at` begins: after the last break that ends at or before `at`. */
function clauseStartOf(text: string, at: number): number {
  const b = breaksOf(text);
  let best = 0;
  for (let k = 0; k < b.length; k += 2) if (b[k + 1]! <= at && b[k + 1]! > best) best = b[k + 1]!;
  return best;
}
/** Where the next break at or after `from` begins, or -1. */
function nextBreak(text: string, from: number): number {
  const b = breaksOf(text);
  let best = -1;
  for (let k = 0; k < b.length; k += 2) if (b[k]! >= from && (best < 0 || b[k]! < best)) best = b[k]!;
  return best;
}

function dateOf(ctx: SentenceContext, start: number, end: number, own?: DateMention): string | undefined {
  // "(1996)" right after the title, a date between head and complement, the date of signing, a year before it ("the 1929 … Treaty"), else the nearest in its clause
  let k = end;
  while (k < ctx.text.length && isSpace(ctx.text.charCodeAt(k))) k++;
  const paren = ctx.text.charCodeAt(k) === 40 ? /^\s*\((\d{4})\)/.exec(ctx.text.slice(end)) : null;
  if (paren) return paren[1];
  if (own) return own.value;
  const clauseStart = clauseStartOf(ctx.text, start);
  const nextClause = nextBreak(ctx.text, end);
  const to = nextClause < 0 ? ctx.text.length : nextClause;
  const inClause = (d: DateMention) => d.start >= clauseStart && d.end <= to && !(d.start >= start && d.end <= end) && !afterParen(ctx.text, d.start);
  // "…, signed on 17 December 1973": the act's own verb, after its title, with no other act between
  const after = ctx.text.slice(end, to);
  const verb = ACT.exec(after);
  if (verb && !ANOTHER_ACT.test(after.slice(0, verb.index))) {
    const at = end + verb.index + verb[0].length;
    const signed = ctx.dates.find((d) => inClause(d) && d.start >= at && d.start - at <= 60);
    if (signed) return signed.value;
  }
  const attr = ctx.dates.find((d) => d.end <= start && start - d.end <= 2);
  if (attr) return attr.value;
  // the nearest date of the clause (the first of equally near ones), one that does not date the entry into force if any
  let near: DateMention | undefined;
  let nearMade: DateMention | undefined;
  for (const d of ctx.dates) {
    if (!inClause(d)) continue;
    if (!near || distance(d, start, end) < distance(near, start, end)) near = d;
    if ((!nearMade || distance(d, start, end) < distance(nearMade, start, end)) && !IN_FORCE.test(ctx.text.slice(Math.max(0, d.start - 24), d.start))) nearMade = d;
  }
  return (nearMade ?? near)?.value;
}

/** "(" and spaces just before `at`, within four characters. */
function afterParen(text: string, at: number): boolean {
  const lo = Math.max(0, at - 4);
  let k = at;
  while (k > lo && isSpace(text.charCodeAt(k - 1))) k--;
  return k > lo && text.charCodeAt(k - 1) === 40;
}

const distance = (d: DateMention, start: number, end: number) => (d.end <= start ? start - d.end : Math.max(0, d.start - end));

const DYAD = /([\p{Lu}][\p{L}]+)[–-]([\p{Lu}][\p{L}]+)/u;
/** A dash with a capital after it ("Chile–Peru", "Indo-Sri Lanka"), which both title patterns need. */
function capitalAfterDash(title: string): boolean {
  for (let i = title.indexOf("-"); i >= 0; i = title.indexOf("-", i + 1)) if (upperAt(title, i + 1)) return true;
  for (let i = title.indexOf("–"); i >= 0; i = title.indexOf("–", i + 1)) if (upperAt(title, i + 1)) return true;
  return false;
}
const SIGNER = /^\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:signed|concluded|ratified|agreed)\b/;
// "both", "both nations", "the two (countries)", "between the two"
const BOTH_OR_TWO = /\b(?:both|the\s+two)\b/i;

function partiesOf(ctx: SentenceContext, title: string, start: number, end: number): string[] {
  const dashed = capitalAfterDash(title);
  const dyad = dashed ? DYAD.exec(title) : null;
  if (dyad) {
    const a = resolveCountry(dyad[1]!) ?? COMBINING[dyad[1]!];
    const b = resolveCountry(dyad[2]!);
    if (a && b) return [a, b];
  }
  // "Indo-Sri Lanka Accord", "Treaty … between Japan and the Republic of Korea": the states the title names
  if ((dashed || title.includes("between")) && upperAt(title, 0) && /[\p{L}][–-][\p{Lu}]|\sbetween\s/u.test(title)) {
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
  let signer: (typeof ctx.countries)[number] | undefined;
  for (let i = ctx.countries.length - 1; i >= 0 && !signer; i--) {
    const c = ctx.countries[i]!;
    if (c.end <= start && isSpace(ctx.text.charCodeAt(c.end)) && SIGNER.test(ctx.text.slice(c.end, c.end + 20))) signer = c;
  }
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
  const withX = ctx.text.includes("with", end) ? /^[^.;]{0,30}?\bwith\s+(?:the\s+)?/.exec(ctx.text.slice(end)) : null;
  if (withX) {
    const at = end + withX[0].length;
    const c = ctx.countries.find((x) => x.start === at);
    const org = ctx.orgs.find((o) => o.start === at);
    if (c) parties.add(c.code);
    else if (org?.org === "EU") parties.add("EU");
  }
  // "… was signed in Dakar in 2003 by Benin, Ghana, Nigeria and Togo"
  for (const code of signedBy(ctx, end)) parties.add(code);
  if (signedByOthers && !signer) return [...parties];
  if (!signer && (BOTH_OR_TWO.test(ctx.text) || /agreement|treat/i.test(ctx.heading))) for (const p of ctx.pair) parties.add(p);
  // "they … signed the Treaty … with Uruguay": the pair, when neither is named before the act
  if (!signer && !ctx.countries.some((c) => c.end <= start && inPair(ctx, c.code)) && /\b[Tt]hey\b/.test(ctx.text.slice(0, start))) for (const p of ctx.pair) parties.add(p);
  if (!signer) for (const c of ctx.countries) if (inPair(ctx, c.code)) parties.add(c.code);
  // an act made in a sentence that names no state at all, in an article about the pair, is the pair's
  if (!parties.size && !ctx.countries.length && (ACT.test(ctx.text) || /\b(?:into\s+force|took\s+effect)\b/.test(ctx.text) || /\b[\p{Ll}]+ed\s+by\s+(?:the\s+)?$/u.test(ctx.text.slice(Math.max(0, start - 30), start))))
    for (const p of ctx.pair) parties.add(p);
  return [...parties];
}

/** States listed after "signed … by": "by Argentina, Brazil, Paraguay and Uruguay". */
let signedByOthers = false;
function signedBy(ctx: SentenceContext, end: number): string[] {
  signedByOthers = false;
  const b = ctx.text.indexOf("by", end);
  if (b < 0 || b > end + 138) return [];
  const by = /^[^.;]{0,60}?\b(?:signed|concluded|ratified|adopted)\b[^.;]{0,40}?\bby\s+(?:the\s+)?/.exec(ctx.text.slice(end, end + 140));
  if (!by) return [];
  const out: string[] = [];
  let at = end + by[0].length;
  // "signed … by ZANU–PF and the two factions of …": parties that are no states
  signedByOthers = /^[A-Z]{2,}\b/.test(ctx.text.slice(at, at + 12)) && !ctx.countries.some((c) => c.start === at) && !ctx.orgs.some((o) => o.start === at);
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
const TYPES = ["memorandum", "treaty", "convention", "protocol", "declaration"] as const;
const typeOfWord = new Map<string, (typeof AGREEMENT_TYPES)[number]>();
function typeOf(word: string): (typeof AGREEMENT_TYPES)[number] {
  let type = typeOfWord.get(word);
  if (!type) {
    const t = word.toLowerCase();
    type = TYPES.find((x) => t.startsWith(x)) ?? "agreement";
    if (typeOfWord.size < 500) typeOfWord.set(word, type);
  }
  return type;
}

