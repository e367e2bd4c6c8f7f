// Mentions in a sentence: states (names, adjectives, possessives, combining forms such as "Indo-"),
// people with their titles, and organisations. Extractors read these instead of re-parsing names.
import { COUNTRIES, resolveCountryMention as resolveCountry, findCity } from "../vocab/countries.js";
import { PhraseIndex, words, type Words } from "../vocab/phrases.js";
import { ORGS } from "../vocab/orgs.js";
import { TITLE, rankOfTitle } from "../vocab/titles.js";
import type { Person } from "../model/record.js";

export interface CountryMention {
  start: number;
  end: number;
  code: string;
  form: "name" | "adjective" | "possessive" | "combining";
}

export interface PersonMention {
  start: number;
  end: number;
  /** where the name itself starts */
  nameStart: number;
  person: Person;
}

export interface OrgMention {
  start: number;
  end: number;
  org: string;
}


interface CountryForm {
  code: string;
  adjective: boolean;
}
let countryIndex: PhraseIndex<CountryForm> | undefined;
function countries(): PhraseIndex<CountryForm> {
  if (countryIndex) return countryIndex;
  const entries: [string, CountryForm][] = [];
  for (const c of COUNTRIES) for (const n of [c.name, c.official, ...c.aliases]) if (n && /^[\p{Lu}]/u.test(n) && n.length > 2 && !n.includes(",")) entries.push([n.replace(/^The\s+/, ""), { code: c.code, adjective: false }]);
  for (const c of COUNTRIES) for (const a of c.adjectives) if (a.length > 2) entries.push([a, { code: c.code, adjective: true }]);
  // names first: where a word is both a name and an adjective ("Kuwaiti"? no; "Bahamas"…), the name wins
  countryIndex = new PhraseIndex(entries);
  return countryIndex;
}
// "Latin American", "South American" … name regions, not the United States
const REGION_BEFORE = /(?:Latin|South|North|Central|Pan)[\s-]$/;

/** Combining forms of state names: "Indo-Nepal", "Sino-Vietnamese". */
export const COMBINING: Readonly<Record<string, string>> = {
  Indo: "IND", Sino: "CHN", Russo: "RUS", Franco: "FRA", Anglo: "GBR", Luso: "PRT", Hispano: "ESP", Italo: "ITA",
  Greco: "GRC", Turco: "TUR", Austro: "AUT", Germano: "DEU", Nippo: "JPN", Serbo: "SRB", Polono: "POL", Irano: "IRN", Afghano: "AFG",
};
const COMBINING_RE = new RegExp(String.raw`\b(${Object.keys(COMBINING).join("|")})-(?=[\p{Lu}])`, "gu");

export function findCountries(text: string, ws: Words = words(text)): CountryMention[] {
  const out: CountryMention[] = [];
  for (const hit of countries().find(text, ws)) {
    if (REGION_BEFORE.test(text.slice(Math.max(0, hit.start - 8), hit.start))) continue;
    // "Mexico City" is a city, not the state
    if (/^\s+City\b/.test(text.slice(hit.end, hit.end + 6)) && findCity(`${hit.phrase} City`)) continue;
    const form = hit.possessive ? "possessive" : hit.value.adjective ? "adjective" : "name";
    out.push({ start: hit.start, end: hit.end, code: hit.value.code, form });
  }
  // every combining form ends in "o-": most sentences have none, and a search for that is cheaper than the pattern
  if (!text.includes("o-")) return out;
  COMBINING_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COMBINING_RE.exec(text))) out.push({ start: m.index, end: m.index + m[1]!.length, code: COMBINING[m[1]!]!, form: "combining" });
  return out.sort((a, b) => a.start - b.start);
}

// A personal name: capitalised tokens with the particles of Arabic, Iberian, Dutch and German names.
const PARTICLE = String.raw`(?:bin|ibn|bint|al|el|Al|El|Abu|de|da|do|dos|das|del|della|di|du|van|von|der|den|la|le|y)`;
const TOKEN = String.raw`[\p{Lu}](?:\.|[\p{Ll}\p{Lu}'’]*(?:-[\p{Lu}\p{Ll}][\p{Ll}'’]+)*)`;
export const NAME = String.raw`${TOKEN}(?:\s+(?:${PARTICLE}[\s-]+)*${TOKEN}){0,4}`;
const NOT_NAME = new Set(["The", "In", "On", "At", "Of", "And", "During", "After", "Since", "For", "With", "From", "To", "As", "His", "Her", "Both", "This", "That", "However"]);

const personRe = new RegExp(
  String.raw`(?<![\p{L}])(${TITLE})(?:\s+of\s+(?:the\s+)?([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?))?,?\s+(${NAME})`,
  "gu",
);
// every title contains one of these words: a sentence without them names nobody by title
const TITLE_WORD = /\b(?:President|Minister|Secretary|[Ss]ecretary|Undersecretary|Under-[Ss]ecretary|Premier|Chancellor|Chief|Ambassador|Commissioner|Chargé|Charge|Envoy|King|Queen|Emir|Amir|Sultan|Emperor|Empress|Duke|Leader|Pope|Prince|Princess|Speaker|Senator|Chairman|Governor|Mayor|General|Marshal|Sheikh|Shaikh)\b/;
// what may stand between a state's adjective or possessive and the title: "Mexican President", "Saudi Arabia’s former Foreign Minister"
const BEFORE_TITLE = /^(?:['’]s?)?\s+(?:(?:former|then|then-|acting|the)\s+)?$/;

const MONTHS_OR_PLACES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** People named with a title; `countries` (from findCountries) supplies the state an adjective gives. */
export function findPeople(text: string, countries?: CountryMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  if (!TITLE_WORD.test(text)) return out;
  countries ??= findCountries(text);
  const re = personRe;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const title = m[1]!.replace(/\s+/g, " ");
    let name = m[3]!.replace(/['’]s$/, "");
    // drop trailing words that are countries or cities ("… Soto Santiago")
    const words = name.split(/\s+/);
    while (words.length > 1 && (resolveCountry(words[words.length - 1]!) || findCity(words[words.length - 1]!) || MONTHS_OR_PLACES.test(words[words.length - 1]!))) words.pop();
    name = words.join(" ");
    if (NOT_NAME.has(words[0]!) || resolveCountry(name) || MONTHS_OR_PLACES.test(words[0]!)) continue;
    const rank = rankOfTitle(title)?.rank;
    const at = m.index;
    const adjective = countries.filter((c) => c.end <= at && at - c.end <= 16 && BEFORE_TITLE.test(text.slice(c.end, at))).pop();
    let of = adjective?.code;
    if (!of && m[2]) of = resolveCountry(m[2]);
    // "President Ana Soto of Chile"
    const nameEnd = m.index + m[0].lastIndexOf(m[3]!) + name.length;
    if (!of) of = countries.find((c) => c.form === "name" && /^\s+of\s+(?:the\s+)?$/.test(text.slice(nameEnd, c.start)))?.code;
    const nameStart = m.index + m[0].lastIndexOf(m[3]!);
    const person: Person = { name, title, ...(of ? { of } : {}), ...(rank ? { rank } : {}) };
    out.push({ start: adjective?.start ?? at, end: nameStart + name.length, nameStart, person });
  }
  return out;
}

let orgIndex: PhraseIndex<string> | undefined;
export function findOrgs(text: string, ws: Words = words(text)): OrgMention[] {
  orgIndex ??= new PhraseIndex(ORGS.flatMap((o) => [...o.names, ...o.acronyms].filter((f) => f.length > 1).map((f) => [f, o.id] as const)));
  return orgIndex.find(text, ws).map((h) => ({ start: h.start, end: h.possessive ? h.end - 2 : h.end, org: h.value }));
}
