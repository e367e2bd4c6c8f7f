// An article's missions against the world missions data (Wikidata-derived, data/world-missions.json):
// a mission or accreditation the data lacks is worth knowing (info) — the data has few honorary consulates;
// the data placing a resident embassy where the article says there is none, or the same mission in another
// city, is a disagreement (warning).
import type { MissionType } from "../../model/record.js";
import { countryName, findCity, foldName } from "../../vocab/countries.js";
import { escapeRegExp } from "../people.js";
import type { WorldMission } from "../world-missions.js";
import type { Rule, RuleFinding } from "../types.js";

// Types the data and the articles name differently for one kind of mission. The data has no class for
// honorary consulates: Wikidata files them as consulates.
const family = (t: MissionType): string =>
  t === "high-commission" || t === "embassy" ? "embassy" : t === "consulate-general" || t === "consulate" || t === "honorary-consulate" ? "consulate" : t;
// The data names the municipality a mission stands in (Carthage, Birkirkara); an article names the city it
// serves (Tunis, Valletta). Within 30 km of the article's city (the gazetteer's coordinates) is the same place.
const NEAR_KM = 30;
function sameCity(mission: WorldMission, city: string | undefined): boolean {
  if (!city || !mission.city) return false;
  if (foldName(mission.city) === foldName(city)) return true;
  const known = findCity(city);
  if (!known || mission.lat === undefined || mission.lon === undefined) return false;
  return distanceKm(known.city.lat, known.city.lon, mission.lat, mission.lon) <= NEAR_KM;
}

function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

export const worldMissions: Rule = {
  id: "world-missions",
  severity: "info",
  description: "A mission or accreditation in the article that the world missions data lacks or places elsewhere.",
  run(ctx) {
    if (!ctx.hasWorldMissions) return [];
    const data = ctx.worldMissions;
    const pair = ctx.record.pair;
    const out: RuleFinding[] = [];
    for (const { fact, i } of ctx.facts("mission")) {
      if (!pair.includes(fact.of) || !pair.includes(fact.in) || fact.event === "closed") continue;
      const sameKind = data.filter((m) => m.of === fact.of && m.in === fact.in && family(m.type) === family(fact.type));
      if (!fact.city ? sameKind.length : sameKind.some((m) => sameCity(m, fact.city))) continue;
      const elsewhere = fact.type === "embassy" || fact.type === "high-commission" ? sameKind.find((m) => m.city) : undefined;
      const what = `${countryName(fact.of)}'s ${fact.type.replace(/-/g, " ")}${fact.city ? ` in ${fact.city}` : ` in ${countryName(fact.in)}`}`;
      out.push(
        elsewhere
          ? {
              severity: "warning",
              message: `"${fact.city}": the world missions data has ${countryName(fact.of)}'s ${elsewhere.type} in ${countryName(fact.in)} in ${elsewhere.city}`,
              reason: `world mission ${elsewhere.qid}: ${elsewhere.of} ${elsewhere.type} in ${elsewhere.in}, ${elsewhere.city}`,
              facts: [i],
              location: ctx.locate(i, new RegExp(escapeRegExp(fact.city!))),
            }
          : {
              message: `"${fact.city ?? countryName(fact.in)}": ${what} is not in the world missions data`,
              reason: `no ${family(fact.type)} of ${fact.of} in ${fact.in}${fact.city ? ` at ${fact.city}` : ""} among ${data.length} world missions`,
              facts: [i],
              location: ctx.locate(i, fact.city ? new RegExp(escapeRegExp(fact.city)) : undefined),
            },
      );
    }
    for (const { fact, i } of ctx.facts("accreditation")) {
      if (!pair.includes(fact.of) || !pair.includes(fact.to)) continue;
      const resident = data.find((m: WorldMission) => m.of === fact.of && m.in === fact.to && family(m.type) === "embassy");
      if (resident) {
        out.push({
          severity: "warning",
          message: `"accredited": the world missions data has a resident ${resident.type} of ${countryName(fact.of)} in ${resident.city ?? countryName(fact.to)}`,
          reason: `world mission ${resident.qid}: ${resident.of} ${resident.type} in ${resident.in}`,
          facts: [i],
          location: ctx.locate(i, /\baccredited\b/i),
        });
        continue;
      }
      const covers = data.some((m) => m.of === fact.of && m.jurisdictions.includes(fact.to) && (!fact.via.city || sameCity(m, fact.via.city)));
      if (covers) continue;
      out.push({
        message: `"${fact.via.city ?? "accredited"}": ${countryName(fact.of)}'s accreditation to ${countryName(fact.to)}${fact.via.city ? ` from ${fact.via.city}` : ""} is not in the world missions data`,
        reason: `no mission of ${fact.of}${fact.via.city ? ` in ${fact.via.city}` : ""} lists ${fact.to} among its jurisdictions`,
        facts: [i],
        location: ctx.locate(i, fact.via.city ? new RegExp(escapeRegExp(fact.via.city)) : /\baccredited\b/i),
      });
    }
    return out;
  },
};
