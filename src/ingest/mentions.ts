// Mentions in a sentence: states (names, adjectives, possessives, combining forms such as "Indo-"),
// people with their titles, and organisations. Extractors read these instead of re-parsing names.
import { COUNTRIES, resolveCountryMention as resolveCountry, findCity } from "../vocab/countries.js";
import { PhraseIndex, words, type Words } from "../vocab/phrases.js";
import { ORGS } from "../vocab/orgs.js";
import { ROLE_NOUN, ROLE_NOUN_BEFORE_NAME, STATE_OF_TITLE, TITLE, rankOfTitle, titleOfRole } from "../vocab/titles.js";
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
const TITLE_WORD = /\b(?:President|Minister|Secretary|[Ss]ecretary|Undersecretary|Under-[Ss]ecretary|Premier|Taoiseach|Chancellor|Chief|Ambassador|Commissioner|Chargé|Charge|Envoy|King|Queen|Emir|Amir|Sultan|Emperor|Empress|Duke|Leader|Pope|Prince|Princess|Speaker|Senator|Chairman|Governor|Mayor|General|Marshal|Sheikh|Shaikh)\b/;
// what may stand between a state's adjective or possessive and the title: "Mexican President", "Saudi Arabia’s former Foreign Minister"
const BEFORE_TITLE = /^(?:['’]s?)?\s+(?:(?:former|then|then-|acting|the)\s+)?$/;

const MONTHS_OR_PLACES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

// what any of the office phrases below needs: an office in lower case or the plural, "the first …", "who",
// an apposition ("A, the Indian prime minister")
const ROLE_GATE = /\b(?:prime[\s-]+minister|foreign\s+(?:minister|secretar)|president|chancellor|premier|heads?\s+of\s|king|queen|emir|sultan|monarch|the\s+(?:first|second|third|last|only|youngest|oldest)\s|who\s)|(?:President|Minister|Chancellor|Premier)s\b|Secretaries\b|,\s+(?:the|then|former)[\s-]/;

/** People named with a title; `countries` (from findCountries) supplies the state an adjective gives. */
export function findPeople(text: string, countries?: CountryMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  if (!TITLE_WORD.test(text)) return out;
  titledPeople(text, countries ?? findCountries(text), out);
  return out;
}

/** People whose office the sentence gives otherwise than by a title before the name: in lower case or the
 * plural ("presidents A and B"), or in a phrase ("A, who became prime minister in 2023", "A became the first
 * Israeli prime minister to …", "A, the Indian prime minister"). `titled` are findPeople's, not repeated.
 * Kept apart from findPeople: only the extractors of visits and meetings need these, in few sentences. */
export function findOfficeHolders(text: string, titled: readonly PersonMention[], countries?: CountryMention[]): PersonMention[] {
  if (!ROLE_GATE.test(text)) return [];
  const out = [...titled];
  rolePeople(text, countries ?? findCountries(text), out);
  return out.length > titled.length ? out.slice(titled.length) : [];
}

function titledPeople(text: string, countries: CountryMention[], out: PersonMention[]): void {
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
    of ??= STATE_OF_TITLE[title];
    // "President Ana Soto of Chile"
    const nameEnd = m.index + m[0].lastIndexOf(m[3]!) + name.length;
    if (!of) of = countries.find((c) => c.form === "name" && /^\s+of\s+(?:the\s+)?$/.test(text.slice(nameEnd, c.start)))?.code;
    const nameStart = m.index + m[0].lastIndexOf(m[3]!);
    const person: Person = { name, title, ...(of ? { of } : {}), ...(rank ? { rank } : {}) };
    out.push({ start: adjective?.start ?? at, end: nameStart + name.length, nameStart, person });
  }
}

// "presidents A and B", "prime minister A": an office in lower case or the plural before the names;
// a cheap test first, then the office, then the names from where it ends
const LOWER_OR_PLURAL = /\b(?:prime[\s-]+minister|foreign\s+minister|foreign\s+secretar|president|chancellor|premier)|(?:President|Minister|Chancellor|Premier)s\b|Secretaries\b/;
const roleTitleRe = new RegExp(String.raw`\b(?:${ROLE_NOUN_BEFORE_NAME})(?=\s+[\p{Lu}])`, "gu");
const namesAfterRe = new RegExp(String.raw`\s+(${NAME}(?:\s*,\s*${NAME})*(?:,?\s+and\s+${NAME})?)`, "uy");
// "A became the first Israeli prime minister to …"
const firstRoleRe = new RegExp(
  String.raw`\b(?:became|becomes|was|is)\s+(?:also\s+)?the\s+(?:first|second|third|last|only|youngest|oldest)\s+(?:(?:sitting|serving|incumbent|female|woman|elected)\s+)?(?:([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}]+)?)\s+)?(${ROLE_NOUN})(?![\p{L}])`,
  "gu",
);
// the office a relative clause gives: "A, who succeeded his father as prime minister in 2023, …"
const whoRoleRe = new RegExp(
  String.raw`^[^,;.()]{0,80}?\b(?:as|became|become|elected|appointed)\s+(?:the\s+)?(?:(?:first|new|then|current|incumbent)\s+)?(?:([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}]+)?)\s+)?(${ROLE_NOUN})(?![\p{L}])`,
  "u",
);
// "A, the Indian prime minister, …", "A, then president of Peru, …"
const appositionRoleRe = new RegExp(
  String.raw`,\s+(?:the\s+)?(?:then[\s-]+|former\s+|current\s+)?(?:([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}]+)?)\s+)?(${ROLE_NOUN})(?=\s+of\s|\s*[,;.)])`,
  "gu",
);
const FIRST_GATE = /\bthe\s+(?:first|second|third|last|only|youngest|oldest)\s/;
const OF_STATE = /^\s+of\s+(?:the\s+)?([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?)/u;

const overlaps = (out: PersonMention[], s: number, e: number): boolean => {
  for (const p of out) if (s < p.end && e > p.nameStart) return true;
  return false;
};

/** Adds a person whose office a phrase gives; `after` is where the office word ends. */
function addRolePerson(text: string, out: PersonMention[], start: number, name: string, role: string, adjective: string | undefined, after: number): void {
  const end = start + name.length;
  if (overlaps(out, start, end)) return;
  // "president of the Senate" is another office; "prime minister of Peru" gives the state
  const ofPlace = OF_STATE.exec(text.slice(after, after + 40));
  const ofState = ofPlace ? resolveCountry(ofPlace[1]!) : undefined;
  if (ofPlace && !ofState) return;
  const of = (adjective ? resolveCountry(adjective) : undefined) ?? ofState;
  if (adjective && !of && !/^[\p{Lu}][\p{Ll}]+$/u.test(adjective)) return;
  out.push({ start, end, nameStart: start, person: { name, ...titleOfRole(role), ...(of ? { of } : {}) } });
}

function rolePeople(text: string, countries: CountryMention[], out: PersonMention[]): void {
  let m: RegExpExecArray | null;
  roleTitleRe.lastIndex = 0;
  const lowerOrPlural = LOWER_OR_PLURAL.test(text);
  while (lowerOrPlural && (m = roleTitleRe.exec(text))) {
    const role = m[0];
    const plural = /s$/.test(role);
    const at = m.index;
    // a capitalised singular title is the titled pattern's; a vice-president is not the president
    if ((!plural && /^[\p{Lu}]/u.test(role)) || /(?:[Vv]ice|[Dd]eputy)[\s-]$/.test(text.slice(Math.max(0, at - 7), at))) continue;
    namesAfterRe.lastIndex = at + role.length;
    const n = namesAfterRe.exec(text);
    if (!n) continue;
    roleTitleRe.lastIndex = n.index + n[0].length;
    const namesAt = n.index + n[0].length - n[1]!.length;
    const parts = plural ? splitNames(n[1]!, namesAt) : [{ text: /^\S+(?:\s+\S+)*?(?=\s*,|\s+and\s|$)/.exec(n[1]!)![0], start: namesAt }];
    const adjective = plural ? undefined : countries.filter((c) => c.end <= at && at - c.end <= 16 && BEFORE_TITLE.test(text.slice(c.end, at))).pop();
    for (const part of parts) {
      const name = cleanName(part.text);
      if (!name || NOT_NAME.has(name.split(/\s+/)[0]!)) continue;
      if (overlaps(out, part.start, part.start + name.length)) continue;
      const person: Person = { name, ...titleOfRole(role), ...(adjective ? { of: adjective.code } : {}) };
      out.push({ start: adjective?.start ?? part.start, end: part.start + name.length, nameStart: part.start, person });
    }
  }
  if (FIRST_GATE.test(text)) {
    firstRoleRe.lastIndex = 0;
    while ((m = firstRoleRe.exec(text))) {
      const who = nameBefore(text, m.index);
      if (who && isPersonName(who.name)) addRolePerson(text, out, who.start, who.name, m[2]!, m[1], m.index + m[0].length);
    }
  }
  for (let i = text.indexOf(", who "); i >= 0; i = text.indexOf(", who ", i + 1)) {
    const r = whoRoleRe.exec(text.slice(i + 6));
    if (!r) continue;
    const who = nameBefore(text, i);
    if (who && isPersonName(who.name)) addRolePerson(text, out, who.start, who.name, r[2]!, r[1], i + 6 + r[0].length);
  }
  if (lowerOrPlural || text.includes(", the ") || text.includes(", then") || text.includes(", former ")) {
    appositionRoleRe.lastIndex = 0;
    while ((m = appositionRoleRe.exec(text))) {
      const who = nameBefore(text, m.index);
      if (who && isPersonName(who.name)) addRolePerson(text, out, who.start, who.name, m[2]!, m[1], m.index + m[0].length);
    }
  }
}

function splitNames(list: string, at: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const sep = /\s*,\s*(?:and\s+)?|\s+and\s+/g;
  let from = 0;
  let s: RegExpExecArray | null;
  while ((s = sep.exec(list))) {
    out.push({ text: list.slice(from, s.index), start: at + from });
    from = s.index + s[0].length;
  }
  out.push({ text: list.slice(from), start: at + from });
  return out;
}

/** A name as written, without a possessive and without trailing states, cities or months. */
function cleanName(raw: string): string {
  const words = raw.replace(/['’]s$/, "").split(/\s+/);
  while (words.length > 1 && (resolveCountry(words[words.length - 1]!) || findCity(words[words.length - 1]!) || MONTHS_OR_PLACES.test(words[words.length - 1]!))) words.pop();
  const name = words.join(" ");
  return resolveCountry(name) || MONTHS_OR_PLACES.test(words[0]!) ? "" : name;
}

const NAME_AT = new RegExp(NAME, "uy");
const UPPER = /\p{Lu}/u;
const NAME_CHAR = /[\p{L}\p{N}’]/u;

/** The next capitalised run at or after `from` that no letter, digit, apostrophe or hyphen precedes, as the
 * global regex `(?<![\p{L}\p{N}'’-])NAME` finds it, but scanning for a capital before trying the pattern. */
export function nextNameRun(text: string, from: number): { run: string; index: number } | undefined {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || (c > 90 && c < 128) || (c >= 128 && !UPPER.test(text[i]!))) continue;
    if (i > 0) {
      const b = text.charCodeAt(i - 1);
      if ((b >= 65 && b <= 90) || (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b === 39 || b === 45 || (b >= 128 && NAME_CHAR.test(text[i - 1]!))) continue;
    }
    NAME_AT.lastIndex = i;
    const m = NAME_AT.exec(text);
    if (m) return { run: m[0], index: i };
  }
  return undefined;
}

// a name ending exactly where the text ends, tried only at capitals after the last character a name cannot
// hold (a `$`-anchored regex would be tried at every position)
const NAME_STICKY = new RegExp(`(?:${NAME})$`, "uy");
/** The leftmost personal-name run that ends where `text` ends, as `(?:NAME)$` would find it. */
export function nameAtEnd(text: string): { run: string; index: number } | undefined {
  let lo = text.length;
  while (lo > 0) {
    const c = text.charCodeAt(lo - 1);
    if (c === 32 || c === 45 || c === 46 || c === 39 || c === 0x2019 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 10 || c === 9 || c === 13) { lo--; continue; }
    if (c > 127 && /[\p{L}\s]/u.test(text[lo - 1]!)) { lo--; continue; }
    if (c >= 0xd800 && c <= 0xdfff) { lo--; continue; }
    break;
  }
  for (let i = lo; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || (c > 90 && c < 128)) continue;
    NAME_STICKY.lastIndex = i;
    const m = NAME_STICKY.exec(text);
    if (m) return { run: m[0], index: i };
  }
  return undefined;
}
// words that begin a sentence or stand before a name without being part of it
const LEADING = new Set([...NOT_NAME, "Under", "Before", "When", "While", "Then", "Later", "Shortly", "By", "Former", "President", "Prime", "Minister", "Chancellor", "Premier", "King", "Queen"]);

/** The personal name that ends at `end` (spaces before `end` skipped), possessive dropped: "In 2023, Ana Soto's". */
export function nameBefore(text: string, end: number): { name: string; start: number } | undefined {
  let e = end;
  while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  if (e === 0) return undefined;
  const from = Math.max(0, e - 80);
  const m = nameAtEnd(text.slice(from, e));
  return m ? trimName(m.run, from + m.index) : undefined;
}

/** A capitalised run found at `start` without the sentence words before it and without a possessive. */
export function trimName(run: string, start: number): { name: string; start: number } | undefined {
  let raw = run;
  // leading words of the sentence: "During Ana Soto's", "In May Ana Soto"
  for (;;) {
    const sp = firstSpace(raw);
    if (sp <= 0) break;
    const word = raw.slice(0, sp);
    if (!LEADING.has(word) && !MONTHS_OR_PLACES.test(word)) break;
    let e = sp;
    while (e < raw.length && isSpace(raw.charCodeAt(e))) e++;
    start += e;
    raw = raw.slice(e);
  }
  const name = raw.endsWith("'s") || raw.endsWith("’s") ? raw.slice(0, -2) : raw;
  if (!name || LEADING.has(name) || MONTHS_OR_PLACES.test(name)) return undefined;
  return { name, start };
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
/** Where the first word of a run ends (-1 when the run is one word). */
function firstSpace(run: string): number {
  for (let i = 0; i < run.length; i++) if (isSpace(run.charCodeAt(i))) return i;
  return -1;
}

// words that make a capitalised phrase something other than a person: a body, a document, a place, a firm
const NOT_PERSON = new Set([
  "Grupo", "Banco", "Banque", "Compañía", "Companhia", "Compania", "Compagnie", "Empresa", "Sociedad", "Société",
  "Societe", "Minera", "Petróleos", "Petroleos", "Aerolíneas", "Aerolineas", "Werke", "Motors", "Steel", "Energy",
  "Oil", "Gas", "Petroleum", "Telecom", "Telekom", "Industries", "Electric", "Electronics", "Systems",
  "Technologies", "Partners", "Capital", "Investment", "Investments", "Shipping", "Lines", "Railways", "Mining",
  "Resources", "Power", "Pharmaceutical", "Pharmaceuticals", "Chemical", "Chemicals", "Food", "Foods", "Media",
  "Communications", "Network", "Networks", "Insurance", "Finance", "Trust", "Exchange", "Ventures", "Enterprises",
  "International", "Limited", "Club", "United", "Juniors", "Team", "Band", "Orchestra", "Express", "Accord",
  "Accords", "Treaty", "Agreement", "Declaration", "Convention", "Protocol", "Pact", "Charter", "Act", "Plan", "War",
  "Crisis", "Revolution", "Summit", "Conference", "Forum", "Council", "Union", "League", "Organisation",
  "Organization", "Association", "Alliance", "Community", "Party", "Movement", "Front", "Ministry", "Government",
  "Parliament", "Assembly", "Congress", "Senate", "Court", "Republic", "Kingdom", "Empire", "Federation", "State",
  "States", "Island", "Islands", "Sea", "River", "Ocean", "Strait", "Peninsula", "Province", "Region", "City",
  "Palace", "House", "Airline", "Airlines", "Airways", "Bank", "Company", "Group", "Corporation", "Holdings",
  "Institute", "University", "College", "School", "Foundation", "Fund", "Agency", "Authority", "Commission",
  "Committee", "Office", "Department", "Army", "Navy", "Force", "Forces", "Brigade", "Police", "Games", "Olympics",
  "Cup", "Day", "Festival", "Zone", "Area", "Pipeline", "Railway", "Airport", "Port", "Canal", "Bridge", "Museum",
  "Centre", "Center", "Church", "Mosque", "Temple", "Cathedral", "Square", "Street", "Stadium", "Hall", "Channel",
  "Times", "Post", "News", "Radio", "Television", "Olympic", "Initiative", "Programme", "Program", "Project",
  "Doctrine", "Policy", "Dynasty", "Affairs", "Relations",
]);

const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`);

/** Whether a capitalised phrase reads as a personal name of `min` words or more (not a place, state or body). */
export function isPersonName(name: string, min = 2): boolean {
  const words = name.split(/\s+/).filter((w) => !PARTICLE_WORD.test(w));
  if (words.length < min || words.length > 5) return false;
  for (const w of words) if (NOT_PERSON.has(w) || LEADING.has(w) || MONTHS_OR_PLACES.test(w)) return false;
  if (findCity(name) || resolveCountry(name)) return false;
  for (const w of words) {
    if (resolveCountry(w)) return false;
    if (w.length > 1 && !w.includes(".") && w === w.toUpperCase()) return false; // an acronym
  }
  return true;
}

let orgIndex: PhraseIndex<string> | undefined;
export function findOrgs(text: string, ws: Words = words(text)): OrgMention[] {
  orgIndex ??= new PhraseIndex(ORGS.flatMap((o) => [...o.names, ...o.acronyms].filter((f) => f.length > 1).map((f) => [f, o.id] as const)));
  return orgIndex.find(text, ws).map((h) => ({ start: h.start, end: h.possessive ? h.end - 2 : h.end, org: h.value }));
}
