// Infobox lines are text (annotation rule 3): "- Mission1: Embassy of Chile, Lima",
// "- Mission2: Peruvian Embassy, Santiago". Envoy lines are not facts of format 1.
import { inPair, otherOf, type Extractor } from "../context.js";
import { MISSION_WORDS, liesIn, missionType } from "../../vocab/missions.js";
import { findCity, resolveCountryMention as resolveCountry } from "../../vocab/countries.js";

const pattern = new RegExp(String.raw`^Mission\d*\s*:\s*(?<value>.+)$`, "gi");
const FORMS = [
  new RegExp(String.raw`^(?<type>${MISSION_WORDS})\s+of\s+(?:the\s+)?(?<state>[^,]+?)\s*(?:,|\bin\b)\s*(?<city>.+)$`, "i"),
  new RegExp(String.raw`^(?<state>[\p{Lu}][\p{L}\s'’]*?)\s+(?<type>${MISSION_WORDS})\s*(?:,|\bin\b)\s*(?<city>.+)$`, "iu"),
];

export const infobox: Extractor = {
  id: "mission/infobox",
  pattern,
  keywords: ["mission"],
  extract(ctx, m) {
    if (ctx.sentence.block.type !== "item") return null; // "- Mission1: …", with or without an "Infobox" line above
    const value = m.groups!.value!.trim();
    for (const form of FORMS) {
      const f = form.exec(value);
      if (!f) continue;
      const of = resolveCountry(f.groups!.state!.replace(/['’]s$/, "").trim());
      if (!of || !inPair(ctx, of)) return null;
      const city = f.groups!.city!.replace(/[.;]+$/, "").trim();
      const known = findCity(city);
      const host = otherOf(ctx, of)!;
      if (known && !liesIn(known.code, host)) return null;
      // the city as written ("Penang", not the gazetteer's "George Town")
      return { kind: "mission", of, type: missionType(f.groups!.type!), in: host, city };
    }
    return null;
  },
};
