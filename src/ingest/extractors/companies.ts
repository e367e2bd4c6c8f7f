// company: a named firm of one state operating in the other. "Several Chilean companies, such as
// Falabella, operate in Peru"; "Chilean mining firms operate in Peru, among them A and B";
// "the Chilean company Falabella"; "Peru Rail runs …".
import { inPair, otherOf, type Draft, type Extractor, type SentenceContext } from "../context.js";
import { findCity, resolveCountryMention as resolveCountry } from "../../vocab/countries.js";
import { liesIn } from "../../vocab/missions.js";

const CORPORATE = String.raw`(?:Railways?|Airlines|Airways|Bank|Telecom|Petroleum|Oil\s+Company|Gas|Motors|Steel|Shipping|Holding|Group|Corporation|Corp\.?|Inc\.?|Ltd\.?|S\.A\.|GmbH|d\.d\.|d\.o\.o\.)`;
const FIRMS = String.raw`companies|firms|businesses|enterprises|manufacturers|corporations|conglomerates|carmakers|multinationals|chains|retailers|banks|insurers|carriers|airlines`;
const FIRM_NOUN = String.raw`company|firm|group|chain|retailer|bank|carrier|airline|conglomerate|manufacturer|producer|operator|insurer`;
const FIRM = String.raw`[\p{Lu}][\p{L}&'’.-]*(?:\s+[\p{Lu}][\p{L}&'’.-]*){0,3}`;
const pattern = new RegExp(
  [
    String.raw`\b(?:${FIRMS})\b`,
    // \p{L} is costly to test at every position: a plain range (a superset of the capitals) is tried first, then each
    // capitalised word is checked for the noun after it (the run of non-spaces taken whole: a lookahead and a
    // back-reference make it atomic), and only then are its letters read
    String.raw`(?=[tA-Z\u00C0-\u{10FFFF}])\b(?:the\s+)?(?=[\p{Lu}](?=(?<w2>\S*))\k<w2>\s+(?:company|firm|conglomerate|carmaker|manufacturer|group)\s)(?<adj2>[\p{Lu}][\p{L}]+)\s+(?:company|firm|conglomerate|carmaker|manufacturer|group)\s+(?<name2>${FIRM})`,
    String.raw`(?=[A-Z\u00C0-\u{10FFFF}])(?<![\p{L}])(?=[\p{Lu}](?=(?<w3>\S*))\k<w3>\s+${CORPORATE})(?<name3>(?<state3>[\p{Lu}][\p{L}]+)\s+${CORPORATE})(?![\p{L}])`,
    // "Drukair, the national airline of Bhutan, flies to Bangkok"
    String.raw`,\s+the\s+(?<flag>(?:national|flag|state-owned|state)\s+(?:airline|carrier|oil\s+company|railways?|bank))\s+of\s+`,
  ].join("|"),
  "gu",
);

// the state's adjective before the plural noun, with up to two words between: "Icelandic engineering firms"
const ADJECTIVE = /(?<![\p{L}-])([\p{Lu}][\p{L}]+)\s+((?:[\p{Ll}][\p{L}-]*\s+){0,2})$/u;
const NOT_MODIFIER = /^(?:and|or|of|the|a|an|in|to|for|with|from|by|has|have|had|is|are|was|were|many|several|some|most|all|its|their|other|two|three|four|few|hundreds|thousands|dozens)$/;
const EXAMPLES = /^\s*,?\s*(?:such\s+as|including|like|among\s+them|among\s+which|notably|for\s+example|for\s+instance|led\s+by|e\.g\.)\s+/i;
// one item of a list of firms: "the telecommunications group Viettel", "Novo Nordisk", "Procter & Gamble"
const ITEM = /^(?:the\s+)?(?:[\p{Ll}][\p{L}-]*\s+){0,3}?(?<name>[\p{Lu}\d][\p{L}\d&'’.-]*(?:\s+(?:&\s+|of\s+|de\s+|for\s+|n\s+|['’]n['’]\s+)?[\p{Lu}\d][\p{L}\d&'’.-]*){0,4})/u;
// "…, which operates in Cambodia under another brand," or a parenthesis after a name
const ASIDE = /^(?:\s*\([^()]*\)|\s*,\s*(?:which|that|who|whose|now|then|formerly|a|an|the)\s[^,;.()]*,(?=\s*(?:and\s|as\s+well\s+as\s|[\p{Lu}])))/u;
// what the firms do there: a predicate of presence, not of leaving or of plans
const PRESENCE = /\b(?:operat\w*|present|presence|invest\w*|work(?:s|ed|ing)?|active|build(?:s|ing)?|built|construct\w*|run(?:s|ning)?|ran|suppl\w+|sell(?:s|ing)?|sold|manufactur\w*|produc\w*|own(?:s|ed)?|opened|established|set\s+up|employ\w*|involved|participat\w*|projects?|contracts?|subsidiar\w*|factor(?:y|ies)|plants?|branch\w*|offices?|expand\w*|acquir\w*|bought|stakes?)\b/i;
const UNREAL = /\b(?:not|never|no\s+longer|withdr[ae]w\w*|left|leave|exit\w*|pulled\s+out|barred|banned|expelled|sanction\w*|plans?|planned|planning|hopes?|hoped|would|will|may|might|could|intend\w*|propos\w*)\b|n['’]t\b/i;

export const companies: Extractor = {
  id: "company/prose",
  pattern,
  keywords: ["compan", "firm", "businesses", "enterprises", "manufacturer", "corporations", "multinationals", "conglomerate", "carmaker", "group", "railway", "airlines", "airways", "bank", "telecom", "petroleum", "oil", "gas", "motors", "steel", "shipping", "holding", "corporation", "ltd", "gmbh", "chains", "retailers", "insurers", "carriers",
    "national airline", "national carrier", "national oil company", "national railway", "national bank", "flag carrier", "flag airline", "state airline", "state carrier", "state oil company", "state railway", "state bank", "state-owned"],
  extract(ctx, m) {
    const g = m.groups!;
    if (g.name2) {
      const of = resolveCountry(g.adj2!);
      if (!of || !inPair(ctx, of) || resolveCountry(g.name2)) return null;
      return { kind: "company", name: g.name2.replace(/[.,]$/, ""), of, in: otherOf(ctx, of)! };
    }
    if (g.name3) {
      const of = resolveCountry(g.state3!);
      if (!of || !inPair(ctx, of)) return null;
      return { kind: "company", name: g.name3!, of, in: otherOf(ctx, of)! };
    }
    if (g.flag) return flagCarrier(ctx, m.index, m.index + m[0].length);
    return firmsOf(ctx, m.index, m.index + m[0].length);
  },
};

// the name before the apposition: capitalised words, "Air India", "Royal Jordanian"
const NAME_BEFORE = /(?<![\p{L}\d&'’.-])[\p{Lu}\d][\p{L}\d&'’.-]*(?:\s+[\p{Lu}\d][\p{L}\d&'’.-]*){0,3}$/u;
const CAPITALISED = /(?=[A-Z\u00C0-\u{10FFFF}])(?<![\p{L}])[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?/gu;

/** "Drukair, the national airline of Bhutan, flies between Paro and Bangkok": the firm of the state named, present
 * in the other when what follows names that state or one of its cities. */
function flagCarrier(ctx: SentenceContext, at: number, end: number): Draft | null {
  const text = ctx.text;
  const state = ctx.countries.find((c) => c.start === end && c.form === "name");
  if (!state || !inPair(ctx, state.code)) return null;
  const name = NAME_BEFORE.exec(text.slice(Math.max(0, at - 60), at))?.[0];
  if (!name || resolveCountry(name) || /^(?:The|In|On|At|Its|Their|This|These)\b/.test(name)) return null;
  // the predicate after the apposition
  const close = /^[^,;.]*,/.exec(text.slice(state.end));
  if (!close) return null;
  const from = state.end + close[0].length;
  const stop = /[;]|\.(?:\s|$)|,\s*(?:which|who|where|while|whereas|but|although|though)\b/.exec(text.slice(from));
  const said = text.slice(from, stop ? from + stop.index : text.length);
  if (UNREAL.test(said)) return null;
  const host = otherOf(ctx, state.code)!;
  const names = ctx.countries.filter((c) => c.start >= from && c.end <= from + said.length && c.form !== "combining").map((c) => c.code);
  let there = names.includes(host);
  if (!there && !names.length)
    for (const w of said.matchAll(CAPITALISED)) {
      const city = findCity(w[0]) ?? findCity(w[0].split(/\s+/)[0]!);
      if (city && liesIn(city.code, host)) there = true;
    }
  return there ? { kind: "company", name: trimName(name), of: state.code, in: host } : null;
}

/** "German firms such as A and B have operations in France", "German firms operate in France, among them A and B". */
function firmsOf(ctx: SentenceContext, at: number, end: number): Draft[] | null {
  // ADJECTIVE spans at most the last three words before the noun: it is tried on those only (within 60 characters)
  const text = ctx.text;
  const from = lastWords(text, Math.max(0, at - 60), at, 3);
  const adj = ADJECTIVE.exec(text.slice(from, at));
  if (!adj || adj[2]!.split(/\s+/).some((w) => NOT_MODIFIER.test(w))) return null;
  // "German and French firms": firms of more than one state
  const adjStart = from + adj.index;
  const joined = joinedBefore(text, adjStart);
  if (joined >= 0 && ctx.countries.some((c) => c.form === "adjective" && c.end === joined)) return null;
  // "South African companies", "New Zealand firms": a name of two words is the state's mention ending with the word caught
  const of = resolveCountry(adj[1]!) ?? ctx.countries.find((c) => c.form !== "combining" && c.end === adjStart + adj[1]!.length)?.code;
  if (!of || !inPair(ctx, of)) return null;
  const rest = ctx.text.slice(end);
  const examples = EXAMPLES.exec(rest);
  let names: { names: string[]; end: number } | undefined;
  let predicate: [number, number];
  // "German firms such as A and B …", or in apposition: "the German firms A and B …"
  const first = examples ? examples[0].length : /^\s+(?=[\p{Lu}])/u.exec(rest)?.[0].length;
  if (first !== undefined) {
    // the names first, then what they do
    names = firmList(ctx.text, end + first);
    if (!names) return null;
    const stop = /[.;]|,\s*(?:while|whereas|but|although)\b/.exec(ctx.text.slice(names.end));
    predicate = [names.end, stop ? names.end + stop.index : ctx.text.length];
  } else {
    // what they do, then the names: "… operate in France, among them A, B and C";
    // "German companies present in France include A and B"
    const includes = /^([^.;,]{1,60}?)\s+includ(?:e|es|ed)\s+/.exec(rest);
    const clause = includes ? [includes[1]!] : /^[^.;,]{1,80}/.exec(rest);
    if (!clause) return null;
    const ex = includes ? [includes[0].slice(includes[1]!.length)] : EXAMPLES.exec(rest.slice(clause[0].length));
    if (!ex || !(includes || ex[0].includes(","))) return null;
    names = firmList(ctx.text, end + clause[0].length + ex[0].length);
    if (!names) return null;
    predicate = [end, end + clause[0].length];
  }
  const said = ctx.text.slice(predicate[0], predicate[1]);
  if (UNREAL.test(said)) return null;
  const states = ctx.countries.filter((c) => c.start >= predicate[0] && c.end <= predicate[1] && c.form !== "combining").map((c) => c.code);
  const host = otherOf(ctx, of)!;
  // a predicate naming another state is about that state; one naming none must say the firms are present
  if (states.length ? !states.includes(host) : !PRESENCE.test(said)) return null;
  return names.names.map((name): Draft => ({ kind: "company", name, of, in: host }));
}

/** Where the last `n` words (runs without spaces) of text[from, to) begin, spaces after them included. */
function lastWords(text: string, from: number, to: number, n: number): number {
  let i = to;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  for (let k = 0; k < n && i > from; k++) {
    while (i > from && !isSpace(text.charCodeAt(i - 1))) i--;
    if (k < n - 1) while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  }
  return i;
}

/** Where "X and ", "X or ", "X, ", "X & " … ending at `at` leaves X's end (the test /(?:\s+(?:and|or)|\s*[,&/])\s*$/), else -1. */
function joinedBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  const c = text.charCodeAt(i - 1);
  if (c === 44 || c === 38 || c === 47) {
    i--;
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    return i;
  }
  const w = c === 100 && text.startsWith("and", i - 3) ? 3 : c === 114 && text.startsWith("or", i - 2) ? 2 : 0;
  if (!w || i - w === 0 || !isSpace(text.charCodeAt(i - w - 1))) return -1;
  i -= w;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

// the characters \s matches
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** A name as written, without a possessive or a sentence's full stop ("Inc." keeps its own). */
const trimName = (raw: string): string => raw.replace(/['’]s$/, "").replace(/(?<!\b(?:Inc|Ltd|Corp|Co|\p{Lu}))\.$/u, "");

const MORE = new RegExp(String.raw`\s+and\s+the\s+(?:[\p{Ll}][\p{L}-]*\s+){0,2}(?:${FIRM_NOUN})\s+[\p{Lu}]`, "uy");

/** The names in "A, B and C", "the group A, which …, and the B Group"; the list ends after its "and" item. */
function firmList(text: string, start: number): { names: string[]; end: number } | undefined {
  const names: string[] = [];
  let pos = start;
  for (let last = false; ; ) {
    const item = ITEM.exec(text.slice(pos));
    if (!item) break;
    const name = trimName(item.groups!.name!);
    if (resolveCountry(name) || /^(?:The|In|On|At|And|Its|Their|This|These|Since|During|After|Before|By|From)\b/.test(name)) break;
    names.push(name);
    pos += item[0].length - (item.groups!.name!.length - name.length);
    const aside = ASIDE.exec(text.slice(pos));
    // "A and B and the supermarket group C": one more item, described as a firm
    if (last && !aside && (MORE.lastIndex = pos, MORE.test(text))) {
      pos += /^\s+and\s+/.exec(text.slice(pos))![0].length;
      last = true;
      continue;
    }
    if (last) break;
    if (aside) pos += aside[0].length;
    const sep = /^\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)/.exec(text.slice(pos));
    if (!sep || !ITEM.test(text.slice(pos + sep[0].length))) break;
    last = /\band\b|\bas\s+well\s+as\b/.test(sep[0]);
    pos += sep[0].length;
  }
  return names.length ? { names, end: pos } : undefined;
}
