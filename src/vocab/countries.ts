// The country gazetteer, keyed by ISO 3166-1 alpha-3 (plus YUG, SUN, CSK, DDR for former states and EU for the bloc).
// Lookups accept names, official names, aliases, adjectives and codes in any case.
import { COUNTRY_TABLE } from "./data/countries.js";
import { NotFoundError } from "../errors.js";
import { memoized } from "./memo.js";

export interface City {
  name: string;
  lat: number;
  lon: number;
  /** other spellings: "Washington" for "Washington, D.C." */
  aliases?: string[];
}

export interface CountryEntry {
  code: string;
  iso2?: string;
  /** the short name an article uses: "Mexico", "Czech Republic" */
  name: string;
  /** the formal name: "United Mexican States" */
  official?: string;
  /** other names: "Czechia", "Ivory Coast", "Holy See", "Macedonia" */
  aliases: string[];
  /** adjective forms, the usual one first: ["Slovene", "Slovenian"] */
  adjectives: string[];
  capital?: string;
  /** where most embassies are when that is not the capital: "The Hague", "Tel Aviv", "Abidjan" */
  seat?: string;
  /** the capital and other large cities, with coordinates */
  cities: City[];
  /** when the state came into being (ISO date), for states younger than about 1900 */
  since?: string;
  /** for former states: when it ceased to exist (ISO date) */
  until?: string;
  /** centroid for the map when no city is known */
  lat?: number;
  lon?: number;
}

export type Country = Readonly<CountryEntry>;

export const COUNTRIES: readonly Country[] = COUNTRY_TABLE;

/**
 * Case, diacritics, punctuation, "&" for "and", "St." for "Saint" and a leading "the" do not matter:
 * "the Côte d'Ivoire" = "cote d'ivoire", "St. Kitts & Nevis" = "saint kitts and nevis".
 */
export const foldName = memoized((s: string): string => foldUncached(s));
const foldUncached = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim()
    .replace(/^the /, "")
    // "St. Lucia", "St Kitts & Nevis": Saint
    .replace(/(^| )st (?=\p{L})/gu, "$1saint ");
const fold = foldName;

/**
 * Keys that two entries share, and who gets them. Everything else is first come, first served in table
 * order, and test/vocab/countries.test.ts fails on any other shared key, so a new collision must be decided here.
 */
export const PREFERRED: Readonly<Record<string, string>> = {
  // Dominica's people are also "Dominican"; in bilateral articles the word nearly always means the Dominican Republic.
  dominican: "DOM",
  // "Congolese" alone: the larger, more written-about Democratic Republic. (So is "Congo", which only COD lists:
  // the Republic of the Congo is written in full, "Congo-Brazzaville" or "Congo Republic".)
  congolese: "COD",
};

/** An acronym as written: all capitals, maybe with dots ("US", "U.S.", "DPRK", "BiH"). */
const isAcronym = (s: string): boolean => /^(?:[A-Z]\.?){2,6}$|^BiH$|^ČS[SF]R$/.test(s);

const byCode = new Map<string, Country>();
const byKey = new Map<string, string>();
/** Names, aliases and adjectives only, folded: for text in an article. */
const byNameKey = new Map<string, string>();
/** Acronym aliases, exact case: "US" but not "us". */
const byAcronym = new Map<string, string>();
/** Every place with a name, the default first (see cityOutranks). */
const cityIndex = new Map<string, { code: string; city: City }[]>();

function put(map: Map<string, string>, key: string, code: string): void {
  const preferred = PREFERRED[key];
  if (!map.has(key) || code === preferred) map.set(key, code);
}

for (const c of COUNTRIES) byCode.set(c.code, c);
for (const c of COUNTRIES) {
  const codes = [c.code, c.iso2];
  const names = [c.name, c.official, ...c.aliases, ...c.adjectives];
  for (const k of [...codes, ...names]) if (k) put(byKey, fold(k), c.code);
  for (const k of names) {
    if (!k) continue;
    if (isAcronym(k)) {
      if (!byAcronym.has(k)) byAcronym.set(k, c.code);
    } else put(byNameKey, fold(k), c.code);
  }
  for (const city of c.cities)
    for (const n of [city.name, ...(city.aliases ?? [])]) {
      const key = fold(n);
      const list = cityIndex.get(key) ?? [];
      if (list.some((x) => x.city === city)) continue; // a city whose alias folds to its name
      const at = list.findIndex((x) => cityOutranks(c, city, byCode.get(x.code)!, x.city));
      list.splice(at < 0 ? list.length : at, 0, { code: c.code, city });
      cityIndex.set(key, list);
    }
}

/** Two places with one name: a current state beats a former one (Belgrade: SRB, not YUG), then a capital beats a city (Tripoli: LBY). */
function cityOutranks(c: Country, city: City, other: Country, otherCity: City): boolean {
  if (!c.until !== !other.until) return !c.until;
  return c.capital === city.name && other.capital !== otherCity.name;
}

export function getCountry(code: string): Country | undefined {
  return byCode.get(code.toUpperCase());
}

/** Like getCountry, but an unknown code is a NotFoundError naming it. */
export function getCountryOrThrow(code: string): Country {
  const c = getCountry(code);
  if (!c) throw new NotFoundError(`unknown country code: ${code}`);
  return c;
}

/**
 * A name, alias, adjective or code, any case, to its code; undefined when unknown.
 * Codes match in any case, so `resolveCountry("and")` is Andorra and `resolveCountry("us")` the United States:
 * for words found in running text use {@link resolveCountryMention}.
 * @example resolveCountry("Slovenian") // "SVN"; resolveCountry("si") // "SVN"; resolveCountry("Czechia") // "CZE"
 */
export function resolveCountry(input: string): string | undefined {
  return byKey.get(fold(input));
}

/**
 * A mention as an article writes it: names, aliases and adjectives in any case, acronyms ("US", "U.S.", "UAE",
 * "DPRK") only in capitals, and no bare ISO codes, so "us", "and", "can", "per" are not countries.
 * @example resolveCountryMention("Slovene") // "SVN"; resolveCountryMention("US") // "USA"; resolveCountryMention("us") // undefined
 */
export function resolveCountryMention(text: string): string | undefined {
  const t = text.trim();
  return byAcronym.get(t) ?? (isAcronym(t) ? undefined : byNameKey.get(fold(t)));
}

/** Every name, alias and adjective with its code (folded keys), e.g. to build a matcher. Acronyms are separate. */
export function countryMentionKeys(): { names: ReadonlyMap<string, string>; acronyms: ReadonlyMap<string, string> } {
  return { names: byNameKey, acronyms: byAcronym };
}

export function countryName(code: string): string {
  return byCode.get(code)?.name ?? code;
}

/** The usual adjective: "Mexican", "Slovene". Falls back to the name. */
export function countryAdjective(code: string): string {
  return byCode.get(code)?.adjectives[0] ?? countryName(code);
}

/**
 * The country a city lies in, by its name or an alias. A name several places share (Córdoba, Granada, Tripoli)
 * gives the one in `among` when there is one (pass the pair), else the default: a current state before a former
 * one, a capital before another city.
 * @example cityCountry("Córdoba") // "ARG"; cityCountry("Córdoba", ["MAR", "ESP"]) // "ESP"
 */
export function cityCountry(city: string, among?: readonly string[]): string | undefined {
  return findCity(city, among)?.code;
}

/** The city by its name or an alias, with its country and coordinates; `among` as for {@link cityCountry}. */
export function findCity(city: string, among?: readonly string[]): { code: string; city: City } | undefined {
  const list = cityIndex.get(fold(city));
  if (!list) return undefined;
  return (among && list.find((x) => among.includes(x.code))) || list[0];
}

/** The first words of all city names, folded: a text whose first word is not one of them begins no city. */
let cityFirstWords: Set<string> | undefined;
export function mayBeginCity(text: string): boolean {
  cityFirstWords ??= new Set([...cityIndex.keys()].map((k) => k.split(" ")[0]!));
  const f = fold(text);
  const space = f.indexOf(" ");
  const first = space < 0 ? f : f.slice(0, space);
  if (cityFirstWords.has(first)) return true;
  // a name may end before an apostrophe the fold keeps: "Kabul's" begins "Kabul"
  for (let i = first.indexOf("'"); i > 0; i = first.indexOf("'", i + 1)) if (cityFirstWords.has(first.slice(0, i))) return true;
  return false;
}

/** Every place with this name, the default first. */
export function citiesNamed(city: string): readonly { code: string; city: City }[] {
  return cityIndex.get(fold(city)) ?? [];
}

export function capitalOf(code: string): string | undefined {
  return byCode.get(code)?.capital;
}

/** Where a state's embassies usually are: the seat of government when it differs from the capital, else the capital. */
export function seatOf(code: string): string | undefined {
  const c = byCode.get(code);
  return c?.seat ?? c?.capital;
}
