// The country gazetteer, keyed by ISO 3166-1 alpha-3 (plus YUG, SUN, CSK, DDR for former states and EU for the bloc).
// Lookups accept names, official names, aliases, adjectives and codes in any case.
import { COUNTRY_TABLE } from "./data/countries.js";

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

const fold = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim()
    .replace(/^the /, "");

const byCode = new Map<string, Country>();
const byKey = new Map<string, string>();
const cityIndex = new Map<string, { code: string; city: City }>();
for (const c of COUNTRIES) {
  byCode.set(c.code, c);
  const keys = [c.code, c.iso2, c.name, c.official, ...c.aliases, ...c.adjectives];
  for (const k of keys) if (k && !byKey.has(fold(k))) byKey.set(fold(k), c.code);
  for (const city of c.cities)
    for (const n of [city.name, ...(city.aliases ?? [])]) if (!cityIndex.has(fold(n))) cityIndex.set(fold(n), { code: c.code, city });
}

export function getCountry(code: string): Country | undefined {
  return byCode.get(code.toUpperCase());
}

/** A name, alias, adjective or code, any case, to its code; undefined when unknown. */
export function resolveCountry(input: string): string | undefined {
  return byKey.get(fold(input));
}

export function countryName(code: string): string {
  return byCode.get(code)?.name ?? code;
}

/** The usual adjective: "Mexican", "Slovene". Falls back to the name. */
export function countryAdjective(code: string): string {
  return byCode.get(code)?.adjectives[0] ?? countryName(code);
}

/** The country a city lies in, by its name or an alias. */
export function cityCountry(city: string): string | undefined {
  return cityIndex.get(fold(city))?.code;
}

export function findCity(city: string): { code: string; city: City } | undefined {
  return cityIndex.get(fold(city));
}

export function capitalOf(code: string): string | undefined {
  return byCode.get(code)?.capital;
}
