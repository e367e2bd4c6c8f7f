// accreditation: non-resident — a state covers the other from a mission in a third country.
// "Peru is accredited to Malta from its embassy in Rome, Italy",
// "Malta's embassy in Washington, D.C. is also accredited to Peru".
import { inPair, otherOf, type Extractor } from "../context.js";
import { MISSION_WORDS, liesIn, missionType } from "../../vocab/missions.js";
import { placeList } from "../places.js";
import { written } from "./missions.js";
import { resolveCountryMention as resolveCountry } from "../../vocab/countries.js";

const pattern = new RegExp(
  String.raw`\b(?:accredited\s+to|represented\s+in|covers|covered\s+in)\s+(?:the\s+)?(?<to>[\p{Lu}][\p{L}\s]*?)\s+(?:from|through|via|by)\s+(?:its|their|the|a)\s+(?<type>${MISSION_WORDS})\s+in\s+|\b(?<type2>${MISSION_WORDS})\s+in\s+(?<city2>[\p{Lu}][^;]*?)\s+(?:is|are|was)\s+(?:also\s+)?accredited\s+to\s+(?:the\s+)?(?<to2>[\p{Lu}][\p{L}\s]*?)(?=[,.;]|\s+and\b|$)`,
  "giu",
);

export const accreditation: Extractor = {
  id: "accreditation/prose",
  pattern,
  keywords: ["accredited", "represented", "covers", "covered"],
  extract(ctx, m) {
    const g = m.groups!;
    const to = resolveCountry((g.to ?? g.to2 ?? "").trim());
    if (!to || !inPair(ctx, to)) return null;
    const of = otherOf(ctx, to)!;
    // the accredited state must be the one the clause is about
    const named = ctx.countries.filter((c) => c.end <= m.index && c.code === of);
    if (!named.length && !/\b(?:it|its)\b/i.test(ctx.text.slice(0, m.index))) return null;
    const placesText = g.type ? ctx.text.slice(m.index + m[0].length) : g.city2!;
    const [city, second] = placeList(placesText);
    // a mission in the receiving state itself is resident: the missions extractor reads it
    if (!city || (city.country && liesIn(city.country, to)) || (!city.country && !/accredited/.test(m[0]))) return null;
    // "Rome, Italy": the second place names the country
    const inCountry = city.country ?? (second ? resolveCountry(second.name) : undefined);
    return {
      kind: "accreditation",
      of,
      to,
      // the city as written, not the gazetteer's name for it
      via: { type: missionType(g.type ?? g.type2!), city: city.country ? written(placesText, 0, city) : city.name, ...(inCountry ? { in: inCountry } : {}) },
    };
  },
};
