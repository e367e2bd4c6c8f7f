// membership: the organisations the text says one or both states belong to (each org once per record;
// a refiner merges). Names come from the organisation vocabulary or, in a member list, as written.
import { inPair, subjectBefore, bothRe, type Draft, type Extractor, type SentenceContext } from "../context.js";
import type { CountryMention } from "../mentions.js";
import { resolveOrg, resolveOrgMention } from "../../vocab/orgs.js";
import { MONTH } from "../../vocab/months.js";

const pattern = /(?<anaphor>\b(?:re)?joined\s+it\b|\bremain(?:s|ed|ing)?\s+(?:an?\s+)?(?:full\s+)?members?\b(?!\s+(?:states?\s+)?of\b))|\b(?<list>(?:full\s+|founding\s+)?members?\s+(?:states?\s+)?of|membership\s+(?:of|in|from)|belong(?:s|ed|ing)?\s+to|(?:is|are|was)\s+(?:also\s+)?(?:a\s+)?part\s+of|join(?:ed|ing)|admission\s+(?:in)?to|accession\s+to|acceded\s+to)\b|(?<includes>\((?:which\s+)?includ(?:es|ing)\s+)|\b(?<suffix>members?(?:\s+states?)?)\b(?!\s+(?:states?\s+)?of\b)|(?<seat>\b(?:sits?|sitting|sat)\s+on\s+|\bremain(?:s|ed|ing)?\s+(?:with)?in\s+)|(?<ofwhich>,\s*of\s+which\s+(?<rel>[^,;.()]{1,40}?)\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|became|become)\s+(?:also\s+)?(?:an?\s+)?(?:full\s+|founding\s+)?members?\b)|(?<whichjoined>,\s*which\s+(?<rel2>[^,;.()]{1,40}?)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:re)?joined\b)/gi;

// "member of NATO since 1999 and of the EU since 2004", "joined the OECD in 1996 and NATO in 1999": a date inside
// the list, before the next item, does not end it
const LIST_DATE = String.raw`\s+(?:in|on|since|from)\s+(?:[0-3]?\d\s+)?(?:${MONTH}\s+)?\d{4}`;
const DATE_IN_LIST = new RegExp(String.raw`${LIST_DATE}(?=\s*,?\s*(?:and\s+|as\s+well\s+as\s+)?(?:of|to|in)\s+(?:the\s+)?[\p{Lu}]|\s*,?\s+and\s+(?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*${LIST_DATE})`, "gu");
// a member list ends at the end of the sentence or the start of another clause
const LIST_END = /[.;:]|,\s*(?:and\s+)?(?:which|who|while|but|as|since|because|where|after|before|although|though|in\s+\d{4}|with\s+both)\b|\s+(?:in|on|since|from)\s+(?:\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December))|\s+(?:as\s+well\s+as\s+)?(?:to|in\s+order)\s+(?!the\b)\p{Ll}/u;

// "is not a member of", "applied to join", "supports Ukraine's accession to": no membership stated
const UNREAL = /(?:\b(?:not|never|associate|observers?|neither|nor|no\s+longer|appl(?:y|ies|ied|ying)|applications?|bids?|aspir\w*|hop(?:e|es|ed|ing)|wants?|wanted|seek(?:s|ing)?|sought|candidate|candidacy|(?<!went\s+on\s+)to\s+become|would|will|could|may|might|eventual|future|possible|potential|prospective)|n['’]t)\b[^.;,:]{0,30}$/i;
const BACKED = /\b(?:support|back|oppos|block|veto|welcom|endors|favou?r)\w*\s+(?:[\p{Lu}][\p{L}]*\s+)*[\p{Lu}][\p{L}]*['’]s\s+(?:\p{Ll}+\s+)?$/u;

const blank = (p: string): string => " ".repeat(p.length);

export const membership: Extractor = {
  id: "membership/list",
  pattern,
  keywords: [
    "member", "belong", "part of", "joined", "joining", "rejoined", "admission", "accession", "acceded", "includ", "sit on", "sits on", "sitting on", "sat on",
    // "remains in NATO", "remained a member": not every "remain"
    "remain in", "remains in", "remained in", "remaining in", "remain within", "remains within", "remained within", "remaining within",
    "remain a", "remains a", "remained a", "remaining a", "remain full", "remains full", "remained full", "remaining full",
  ],
  extract(ctx, m) {
    const g = m.groups!;
    const text = ctx.text;
    let at = m.index;
    const end = at + m[0].length;
    if (g.includes) return includes(ctx, at, end);
    if (g.ofwhich) return ofWhich(ctx, at, g.rel!);
    if (g.whichjoined) return whichJoined(ctx, at, g.rel2!);
    if (g.suffix) {
      // the whitespace before the word belongs to the match: "NATO members"
      while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
      if (at === m.index || at === 0) return null;
    }
    const lead = text.slice(Math.max(0, at - 50), at);
    if (UNREAL.test(lead) || ((lead.includes("'s") || lead.includes("’s")) && BACKED.test(lead))) return null;
    if (g.anaphor) {
      // "the Gambia left the Commonwealth in 2013 and rejoined it", "the UK left the EU, while Ireland remained a member":
      // the organisation named last before
      let org;
      for (const o of ctx.orgs) if (o.end <= at && !possessive(text, o.end)) org = o;
      const members = org ? membersOf(ctx, at) : [];
      return org && members.length ? [{ kind: "membership", org: org.org, members }] : null;
    }
    if (g.suffix) {
      // "Both are NATO members", "an EU member state": the organisation stands right before the word
      const org = ctx.orgs.find((o) => o.end === at);
      const members = org ? membersOf(ctx, org.start) : [];
      return org && members.length ? [{ kind: "membership", org: org.org, members }] : null;
    }
    const members = membersOf(ctx, at);
    if (!members.length) return null;
    let rest = text.slice(end);
    // a parenthesis inside the list ("NATO (Poland since 1999)") does not end it, nor does a date
    if (rest.includes("(")) rest = rest.replace(PARENS, blank);
    // "members of the AU, which has its seat in Addis Ababa, and of IGAD": an aside before the next "of" item
    if (rest.includes("which") || rest.includes("whose")) rest = rest.replace(ASIDE, blank);
    let stop = LIST_END.exec(rest);
    if (DIGITS.test(rest)) {
      // dates are masked only when one comes before the end found, or close enough after it to change it
      DATE_IN_LIST.lastIndex = 0;
      const date = DATE_IN_LIST.exec(rest);
      if (date && (!stop || date.index <= stop.index + stop[0].length + 40)) stop = LIST_END.exec(rest.replace(DATE_IN_LIST, blank));
    }
    const list = text.slice(end, stop ? end + stop.index : text.length);
    if (g.seat) return seat(ctx, end, list, members);
    // names not in the vocabulary are taken only from explicit member lists
    const orgs = orgsInList(ctx, end, list, MEMBER.test(m[0]));
    const out: Draft[] = [];
    for (const org of orgs) out.push({ kind: "membership", org, members });
    return out;
  },
};

const PARENS = /\([^()]*\)/g;
const ASIDE = /,\s*(?:which|whose)\s[^,;.()]*(?=,\s*(?:and\s+|as\s+well\s+as\s+)?(?:of|to|in)\s+(?:the\s+)?\p{Lu})/gu;
const DIGITS = /\d{4}/;
const MEMBER = /member/i;
// the characters \s matches
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** "the European Union (which includes Spain)" */
function includes(ctx: SentenceContext, at: number, end: number): Draft[] | null {
  const org = ctx.orgs.filter((o) => o.end <= at && at - o.end <= 2).pop();
  const member = ctx.countries.find((c) => c.start >= end && c.start <= end + 4 && inPair(ctx, c.code));
  if (!org || !member) return null;
  return [{ kind: "membership", org: org.org, members: [member.code] }];
}

/** "the European Free Trade Association, of which Iceland is a member" */
function ofWhich(ctx: SentenceContext, at: number, rel: string): Draft[] | null {
  const org = ctx.orgs.find((o) => o.end === at);
  if (!org) return null;
  const relStart = ctx.text.indexOf(rel, at);
  const named = ctx.countries.filter((c) => c.start >= relStart && c.end <= relStart + rel.length && c.form !== "combining").map((c) => c.code);
  const members = bothRe.test(rel) ? [...ctx.pair] : named.filter((c) => inPair(ctx, c));
  // every state named must be one of the pair: "of which Norway and Iceland are members" keeps Iceland only
  return members.length ? [{ kind: "membership", org: org.org, members: [...new Set(members)] }] : null;
}

/** "NATO, which Hungary joined in 1999": the states named in the relative clause, if it is not negated. */
function whichJoined(ctx: SentenceContext, at: number, rel: string): Draft[] | null {
  if (REL_NEGATED.test(rel)) return null;
  const org = ctx.orgs.find((o) => o.end === at);
  if (!org) return null;
  const relStart = ctx.text.indexOf(rel, at);
  const members: string[] = [];
  if (bothRe.test(rel)) members.push(...ctx.pair);
  else for (const c of ctx.countries) if (c.start >= relStart && c.end <= relStart + rel.length && c.form !== "combining" && inPair(ctx, c.code) && !members.includes(c.code)) members.push(c.code);
  return members.length ? [{ kind: "membership", org: org.org, members }] : null;
}
const REL_NEGATED = /\b(?:not|never|yet|no\s+longer|nor|neither)\b|n['’]t\b/i;

/** "both sit on the Arctic Council": known organisations only, each named whole and listed from the start
 * ("the UN Security Council" is a seat, not a membership; nor is "the board of the World Bank"). */
function seat(ctx: SentenceContext, offset: number, list: string, members: string[]): Draft[] | null {
  const out: string[] = [];
  let pos = offset;
  for (const o of ctx.orgs) {
    if (o.start < pos) continue;
    if (o.end > offset + list.length || !/^(?:\s*(?:,|and|the|as\s+well\s+as)\s*)*$/i.test(ctx.text.slice(pos, o.start))) break;
    if (/^\s+[\p{Lu}]|^['’]s\b/u.test(ctx.text.slice(o.end, o.end + 3))) break;
    if (!out.includes(o.org)) out.push(o.org);
    pos = o.end;
  }
  return out.length ? out.map((org) => ({ kind: "membership", org, members }) as Draft) : null;
}

// where a new clause with its own subject begins: "…, while Vietnam is a member of ASEAN"
const CLAUSE = /(?:,\s*(?:while|whereas|but|and|since|as|because|although|though)\s|;\s)/gi;

/** Where the clause that `at` is in begins (after the last conjunction or semicolon before it), and where the clause
 * before it begins and ends (its conjunction). */
function clauseOf(text: string, at: number): { from: number; previous: number; conjunction: number } {
  const out = { from: 0, previous: 0, conjunction: 0 };
  if (text.lastIndexOf(",", at) < 0 && text.lastIndexOf(";", at) < 0) return out;
  const before = text.slice(0, at);
  CLAUSE.lastIndex = 0;
  for (let m; (m = CLAUSE.exec(before)); ) {
    out.previous = out.from;
    out.conjunction = m.index;
    out.from = m.index + m[0].length;
  }
  return out;
}

// "The two are members of …": the pair as the subject of a verb
const THE_TWO = /\bthe\s+two\s+(?:are|were|have|had|also|both|each|jointly|later|became|become|joined|belong\w*|remain\w*|sit)\b/i;
const SHARED = /\bshar(?:ed|ing)\s+membership\b/i;
const TOGETHER = /^\s*(?:,|and|,\s*and|as\s+well\s+as)\s*(?:the\s+)?$/;

function membersOf(ctx: SentenceContext, at: number): string[] {
  const text = ctx.text;
  const { from, previous, conjunction } = clauseOf(text, at);
  const countries = ctx.countries;
  // "Peru's admission into the United Nations"
  for (let i = countries.length - 1; i >= 0; i--) {
    const c = countries[i]!;
    if (c.end <= at && c.form === "possessive" && at - c.end < 4) return inPair(ctx, c.code) ? [c.code] : [];
  }
  const clause = text.slice(from, at);
  if (bothRe.test(clause) || THE_TWO.test(clause) || SHARED.test(text.slice(Math.max(0, at - 10), at + 12))) return [...ctx.pair];
  const named: CountryMention[] = [];
  let others = false;
  for (const c of countries)
    if (c.start >= from && c.end <= at && c.form !== "combining") {
      if (inPair(ctx, c.code)) named.push(c);
      else others = true;
    }
  // "…; Austria is part of the eurozone": a clause about a third state only
  if (!named.length && others) return [];
  // "Chile and Peru are …", not "Chile is … and Peru is …"
  if (named.length > 1 && ctx.pair.every((p) => named.some((c) => c.code === p))) {
    for (let i = 0; i < named.length; i++)
      for (let j = i + 1; j < named.length; j++) {
        const a = named[i]!;
        const b = named[j]!;
        if (b.code !== a.code && TOGETHER.test(text.slice(a.end, b.start))) return [...ctx.pair];
      }
  }
  // "South Africa belongs to SACU, which Zimbabwe never joined, and remains in …": a clause without a subject of its
  // own has that of the clause before (the first state named there, not one in a relative clause)
  if (from > 0 && !named.length && LOWER_START.test(text.slice(from, from + 2))) {
    const first = text.slice(previous, conjunction);
    if (bothRe.test(first) || THE_TWO.test(first)) return [...ctx.pair];
    for (const c of countries) if (c.start >= previous && c.end <= conjunction && c.form !== "combining") return inPair(ctx, c.code) ? [c.code] : [];
  }
  const s = subjectBefore(ctx, at);
  return s ? [s] : [];
}
const LOWER_START = /^\p{Ll}/u;

/** "EU's": a possessive 's right after `end` (the test /^['’]s\b/ on the next three characters). */
function possessive(text: string, end: number): boolean {
  const q = text.charCodeAt(end);
  if ((q !== 39 && q !== 8217) || text.charCodeAt(end + 1) !== 115) return false;
  if (end + 2 >= text.length) return true;
  const c = text.charCodeAt(end + 2);
  return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95);
}
const NAME_PART = String.raw`[\p{Lu}][\p{L}'’-]*|of|the|for|and|de|in|on`;
const ORG_NAME = new RegExp(String.raw`^(?:${NAME_PART})(?:\s+(?:${NAME_PART}))*`, "u");

/** The organisations named in a member list: known ones, and capitalised names between list separators. */
function orgsInList(ctx: SentenceContext, offset: number, list: string, unknownToo: boolean): string[] {
  const out: string[] = [];
  const text = ctx.text;
  const listEnd = offset + list.length;
  // the list's items are what lies between separators; an item that takes in a known name is that name
  // ("the EU's neighbourhood policy": an org in the possessive names the owner of the next item, not a membership)
  let parts: string[] | undefined;
  let gap = offset;
  let orgBefore = false;
  for (const o of ctx.orgs) {
    if (o.start < offset || o.end > listEnd || possessive(text, o.end)) continue;
    if (!out.includes(o.org)) out.push(o.org);
    if (o.start >= gap) parts = itemsBetween(text, gap, o.start, orgBefore, true, parts);
    if (o.end > gap) gap = o.end;
    orgBefore = true;
  }
  parts = itemsBetween(text, gap, listEnd, orgBefore, false, parts);
  if (!parts) return out;
  for (const part of parts) {
    if (part.includes("§")) continue;
    const p = part.replace(/^(?:and|of|in)\s+/, "").replace(/^(?:the|The)\s+/, "").replace(/^\p{Lu}{2,}['’]s\s+/u, "").replace(/\s*\([^)]*\)?\s*$/, "").trim();
    // a known name the mentions skip because it is in lower case: "the eurozone", "the euro area"
    const lower = /^\p{Ll}/u.test(p) ? resolveOrgMention(p) : undefined;
    if (lower && !out.includes(lower.id)) out.push(lower.id);
    if (!unknownToo || !p || resolveOrg(p)) continue;
    const name = ORG_NAME.exec(p)?.[0]?.replace(/\s+(?:of|the|for|and|de|in|on)$/, "");
    // an unknown organisation must look like a proper name of two words or more, the whole item
    if (!name || name !== p || name.split(/\s+/).length < 2 || /^\p{Ll}/u.test(name)) continue;
    if (ctx.countries.some((c) => ctx.text.slice(c.start, c.end) === name)) continue;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

const SEPARATOR = /,\s*|\s+and\s+(?:of\s+)?|\s+as\s+well\s+as\s+/;

/** The items of text[from, to) that touch no known name: an item next to a name (before or after) belongs to it. */
function itemsBetween(text: string, from: number, to: number, orgBefore: boolean, orgAfter: boolean, into: string[] | undefined): string[] | undefined {
  if (from >= to || onlyArticles(text, from, to)) return into;
  const items = text.slice(from, to).split(SEPARATOR);
  const last = orgAfter ? items.length - 1 : items.length;
  for (let i = orgBefore ? 1 : 0; i < last; i++) (into ??= []).push(items[i]!);
  return into;
}

/** text[i, j) is one of "the", "and", "of", "in", "as", "well" (lower-case letters already checked). */
function isArticle(text: string, i: number, j: number): boolean {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  switch (j - i) {
    case 2:
      return (a === 111 && b === 102) || (a === 105 && b === 110) || (a === 97 && b === 115); // of, in, as
    case 3:
      return (a === 116 && b === 104 && text.charCodeAt(i + 2) === 101) || (a === 97 && b === 110 && text.charCodeAt(i + 2) === 100); // the, and
    case 4:
      return a === 119 && b === 101 && text.charCodeAt(i + 2) === 108 && text.charCodeAt(i + 3) === 108; // well
    default:
      return false;
  }
}

/** text[from, to) holds only spaces, commas and lower-case articles and conjunctions: items of it name nothing. */
function onlyArticles(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 167 || isSpace(c)) {
      i++;
      continue;
    }
    if (c < 97 || c > 122) return false;
    let j = i + 1;
    while (j < to && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) j++;
    if (!isArticle(text, i, j)) return false;
    i = j;
  }
  return true;
}
