// A country's mission network (`bilateral missions A [--in B]`) and the list of countries for a map.
import type { Store } from "../store/store.js";
import { COUNTRIES, countryName, findCity } from "../vocab/countries.js";
import { byDate, holdingOn, mergeSubsumed, ofKind, openMissions } from "./facts.js";
import { checkDate } from "./dates.js";
import { resolveCountryOrThrow } from "./resolve.js";
import type { CountryNetwork, CountrySummary, NetworkMission, Stored } from "./types.js";

export async function listCountries(store: Store): Promise<CountrySummary[]> {
  const counts = new Map((await store.countFactsByCountry()).map((c) => [c.code, c.facts]));
  const codes = new Set([...COUNTRIES.map((c) => c.code), ...counts.keys()]);
  return [...codes].sort().map((code) => ({ code, name: countryName(code), facts: counts.get(code) ?? 0 }));
}

/** Where a mission is on a map: its own coordinates, else its city's. */
export function placeOf(m: Stored<"mission">): { lat?: number; lon?: number } {
  if (m.coords) return m.coords;
  const c = m.city ? findCity(m.city) : undefined;
  return c && c.code === m.in ? { lat: c.city.lat, lon: c.city.lon } : {};
}

export async function getCountryNetwork(store: Store, code: string, options: { in?: string; asOf?: string } = {}): Promise<CountryNetwork> {
  checkDate("as of", options.asOf);
  const a = resolveCountryOrThrow(code);
  const other = options.in ? resolveCountryOrThrow(options.in) : undefined;
  const facts = byDate(
    holdingOn(
      mergeSubsumed(await store.findFacts({ involving: a, kinds: ["mission", "accreditation"], ...(options.asOf ? { asOf: options.asOf } : {}) })),
      options.asOf,
    ),
  );
  const missions = openMissions(facts);
  const accreditations = ofKind(facts, "accreditation");
  const coverage = new Map<string, Set<string>>();
  for (const x of accreditations) {
    const k = `${x.of}|${x.via.in ?? ""}|${(x.via.city ?? "").toLowerCase()}`;
    coverage.set(k, (coverage.get(k) ?? new Set()).add(x.to));
  }
  const view = (m: Stored<"mission">): NetworkMission => ({
    fact: m,
    ...placeOf(m),
    covers: [...(coverage.get(`${m.of}|${m.in}|${(m.city ?? "").toLowerCase()}`) ?? [])].sort(),
  });
  const keep = (x: string): boolean => !other || x === other;
  return {
    code: a,
    name: countryName(a),
    ...(options.asOf ? { asOf: options.asOf } : {}),
    missionsAbroad: missions.filter((m) => m.of === a && keep(m.in)).map(view),
    covers: accreditations.filter((x) => x.of === a && keep(x.to)),
    presentIn: missions.filter((m) => m.in === a && keep(m.of)).map(view),
    coveredBy: accreditations.filter((x) => x.to === a && keep(x.of)),
  };
}
