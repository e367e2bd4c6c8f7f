// User input to state codes: names, aliases, adjectives and codes, any case ("mexico", "Slovene", "svn").
import { BadInputError, NotFoundError } from "../errors.js";
import { loadCrosswalk } from "../store/crosswalk.js";
import { countryName, resolveCountry } from "../vocab/countries.js";
import type { ResolvedPair } from "./types.js";

/** One country to its code, or undefined. Codes the gazetteer lacks are accepted when the crosswalk knows them. */
export function findCountryCode(input: string): string | undefined {
  const s = input.trim();
  if (!s) return undefined;
  const known = resolveCountry(s);
  if (known) return known;
  const up = s.toUpperCase();
  if (/^[A-Z]{3}$/.test(up) && loadCrosswalk().byCode(up)) return up;
  if (up === "EU") return "EU";
  return undefined;
}

/** One country to its code; NotFoundError naming the input. */
export function resolveCountryOrThrow(input: string): string {
  if (!input.trim()) throw new BadInputError(JSON.stringify(input), "a country name or code is required");
  const code = findCountryCode(input);
  if (!code) throw new NotFoundError(`unknown country "${input}" (give a name, adjective or ISO code, e.g. Mexico, Slovene, SVN)`);
  return code;
}

/** Two countries to codes, in the order given. */
export function resolvePair(a: string, b: string): ResolvedPair {
  const ca = resolveCountryOrThrow(a);
  const cb = resolveCountryOrThrow(b);
  if (ca === cb) throw new BadInputError(`${a} ${b}`, `both name the same state (${ca}); a pair needs two`);
  return { a: ca, b: cb, names: [countryName(ca), countryName(cb)] };
}
