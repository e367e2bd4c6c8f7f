// Mentions in a sentence: states (names, adjectives, possessives, combining forms such as "Indo-"),
// people with their titles, and organisations. Extractors read these instead of re-parsing names.
import { COUNTRIES, resolveCountry, findCity } from "../vocab/countries.js";
import { ORGS, resolveOrg } from "../vocab/orgs.js";
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

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const byLength = (a: string, b: string) => b.length - a.length;

let countryRe: RegExp | undefined;
let adjectiveSet: Set<string> | undefined;
function countryPattern(): RegExp {
  if (countryRe) return countryRe;
  const names: string[] = [];
  const adjectives: string[] = [];
  for (const c of COUNTRIES) {
    for (const n of [c.name, c.official, ...c.aliases]) if (n && /^[\p{Lu}]/u.test(n) && n.length > 2) names.push(n);
    for (const a of c.adjectives) if (a.length > 2) adjectives.push(a);
  }
  adjectiveSet = new Set(adjectives);
  const all = [...new Set([...names, ...adjectives])].sort(byLength).map(esc);
  // "Latin American", "South American" … name regions, not the United States.
  countryRe = new RegExp(String.raw`(?<![\p{L}\p{N}]|(?:Latin|South|North|Central|Pan)[ -])(?:the\s+)?(${all.join("|")})(?:(['’]s?)(?![\p{L}]))?(?![\p{L}\p{N}])`, "gu");
  return countryRe;
}

const COMBINING: Record<string, string> = {
  Indo: "IND", Sino: "CHN", Russo: "RUS", Franco: "FRA", Anglo: "GBR", Luso: "PRT", Hispano: "ESP", Italo: "ITA",
  Greco: "GRC", Turco: "TUR", Austro: "AUT", Germano: "DEU", Nippo: "JPN", Serbo: "SRB", Polono: "POL", Irano: "IRN", Afghano: "AFG",
};
const COMBINING_RE = new RegExp(String.raw`\b(${Object.keys(COMBINING).join("|")})-(?=[\p{Lu}])`, "gu");

export function findCountries(text: string): CountryMention[] {
  const out: CountryMention[] = [];
  const re = countryPattern();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const word = m[1]!;
    const code = resolveCountry(word);
    if (!code) continue;
    const start = m.index + m[0].indexOf(word);
    const form = m[2] ? "possessive" : adjectiveSet!.has(word) && !isName(word) ? "adjective" : "name";
    out.push({ start, end: m.index + m[0].length, code, form });
  }
  COMBINING_RE.lastIndex = 0;
  while ((m = COMBINING_RE.exec(text))) out.push({ start: m.index, end: m.index + m[1]!.length, code: COMBINING[m[1]!]!, form: "combining" });
  return out.sort((a, b) => a.start - b.start);
}

const nameSet = new Set<string>();
function isName(word: string): boolean {
  if (!nameSet.size) for (const c of COUNTRIES) for (const n of [c.name, c.official, ...c.aliases]) if (n) nameSet.add(n);
  return nameSet.has(word);
}

// A personal name: capitalised tokens with the particles of Arabic, Iberian, Dutch and German names.
const PARTICLE = String.raw`(?:bin|ibn|bint|al|el|Al|El|Abu|de|da|do|dos|das|del|della|di|du|van|von|der|den|la|le|y)`;
const TOKEN = String.raw`[\p{Lu}](?:\.|[\p{Ll}\p{Lu}'’]*(?:-[\p{Lu}\p{Ll}][\p{Ll}'’]+)*)`;
export const NAME = String.raw`${TOKEN}(?:\s+(?:${PARTICLE}[\s-]+)*${TOKEN}){0,4}`;
const NOT_NAME = new Set(["The", "In", "On", "At", "Of", "And", "During", "After", "Since", "For", "With", "From", "To", "As", "His", "Her", "Both", "This", "That", "However"]);

let personRe: RegExp | undefined;
function personPattern(): RegExp {
  if (personRe) return personRe;
  const countryWords = [...new Set(COUNTRIES.flatMap((c) => [c.name, ...c.adjectives, ...c.aliases]).filter((w) => w.length > 2))].sort(byLength).map(esc);
  personRe = new RegExp(
    String.raw`(?:\b(${countryWords.join("|")})(?:['’]s?)?\s+)?(?:(?:former|then|then-|acting|the)\s+)?(?<![\p{L}])(${TITLE})(?:\s+of\s+(?:the\s+)?([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?))?,?\s+(${NAME})`,
    "gu",
  );
  return personRe;
}

const MONTHS_OR_PLACES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

export function findPeople(text: string): PersonMention[] {
  const out: PersonMention[] = [];
  const re = personPattern();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const title = m[2]!.replace(/\s+/g, " ");
    let name = m[4]!.replace(/['’]s$/, "");
    // drop trailing words that are countries or cities ("… Janša Vienna")
    const words = name.split(/\s+/);
    while (words.length > 1 && (resolveCountry(words[words.length - 1]!) || findCity(words[words.length - 1]!) || MONTHS_OR_PLACES.test(words[words.length - 1]!))) words.pop();
    name = words.join(" ");
    if (NOT_NAME.has(words[0]!) || resolveCountry(name) || MONTHS_OR_PLACES.test(words[0]!)) continue;
    const rank = rankOfTitle(title)?.rank;
    let of = m[1] ? resolveCountry(m[1]) : undefined;
    if (!of && m[3]) of = resolveCountry(m[3]);
    const nameStart = m.index + m[0].lastIndexOf(m[4]!);
    const person: Person = { name, title, ...(of ? { of } : {}), ...(rank ? { rank } : {}) };
    out.push({ start: m.index, end: nameStart + name.length, nameStart, person });
  }
  return out;
}

let orgRe: RegExp | undefined;
function orgPattern(): RegExp {
  if (orgRe) return orgRe;
  const forms = [...new Set(ORGS.flatMap((o) => [...o.names, ...o.acronyms]))].filter((f) => f.length > 1).sort(byLength).map(esc);
  orgRe = new RegExp(String.raw`(?<![\p{L}\p{N}])(${forms.join("|")})(?![\p{L}\p{N}])`, "gu");
  return orgRe;
}

export function findOrgs(text: string): OrgMention[] {
  const out: OrgMention[] = [];
  const re = orgPattern();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const org = resolveOrg(m[1]!);
    if (org) out.push({ start: m.index, end: m.index + m[1]!.length, org: org.id });
  }
  return out;
}
