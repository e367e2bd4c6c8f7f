// mission: a resident mission of one state of the pair in the other, with its type and city.
// "Chile has an embassy in Lima and two honorary consulates in Cusco and Piura",
// "Peru is represented in Chile by its embassy in Santiago", "Peru's embassy … in … Santiago".
import { inPair, nearestDate, otherOf, type Draft, type Extractor, type SentenceContext } from "../context.js";
import { MISSION_WORDS, liesIn, missionType } from "../../vocab/missions.js";
import { MONTH } from "../../vocab/months.js";
import { isCountryPlace, placeList } from "../places.js";

const pattern = new RegExp(String.raw`\b${MISSION_WORDS}\b`, "gi");

const NEXT = new RegExp(pattern.source, "gi");
// "does not have a resident embassy in …", "has no consulate", "neither an embassy nor …": no mission
const MODIFIERS = String.raw`(?:\s+(?:an?|any|its|their|own|resident|permanent|formal|full|separate|diplomatic|[\p{Lu}][\p{L}]+))*\s+$`;
const NEGATED = new RegExp(
  String.raw`(?:\b(?:no|neither|nor|lacks?|lacked|without|planned|proposed|future|prospective)|(?:\bnot|n['’]t)(?:\s+yet)?(?:\s+(?:have|has|had|maintain|operate|keep|run))?|\bno\s+longer\s+(?:has|have|had|maintains?|operates?|keeps?))${MODIFIERS}`,
  "iu",
);
// "plans to open a consulate in …", "announced that it would open an embassy": not (yet) a mission
const HYPOTHETICAL = /\b(?:plans?|planned|planning|intends?|intended|propos(?:ed|es|ing)|consider(?:s|ed|ing)?|would|will|shall|hopes?|hoped|wants?|wanted|seeks?|sought|expects?|expected|aims?|aimed|agreed|decided|announced|pledged|promised|due)\s+(?:(?:to|also|soon|eventually|later|that|it|they|would|will|be)\s+)*(?:open|opening|establish|establishing|set\s+up|setting\s+up)\s+(?:(?:an?|its|the|their|new|own|first|resident|permanent)\s+)*$/i;
// "and, since June 2024, a consulate in …": a dated opening inside a list
const SINCE = new RegExp(String.raw`\bsince\s+(?:(?:[0-3]?\d\s+)?${MONTH}\s+)?\d{4}\s*,?\s+(?:an?\s+|its\s+|the\s+)?(?:new\s+)?$`, "i");
const AFTER_EVENT = /^\s*,?\s*(?:which\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?(opened|reopened|inaugurated|established|closed|shut(?:\s+down)?)\s+(?:in|on)\s+/i;
const SUBJECT_VERB = /^(?:\s*,\s*(?:however|though|meanwhile|in\s+turn|for\s+its\s+part|too|also|likewise|similarly)\s*,)?\s+(?:also\s+|currently\s+|now\s+|later\s+)?(?:has|have|had|maintains|maintained|operates|opened|opens|reopened|established|set\s+up|runs|is\s+represented)\b/i;

export const missions: Extractor = {
  id: "mission/prose",
  pattern,
  keywords: ["embass", "consul", "commission", "trade", "interest", "nunciatur"],
  extract(ctx, m) {
    if (ctx.sentence.block.infobox || /^Mission\d*\s*:/i.test(ctx.text)) return null; // the infobox extractor reads those lines
    const at = m.index;
    const end = at + m[0].length;
    const before = ctx.text.slice(0, at);
    // "accredited to Malta from its embassy in Rome" is accreditation, not a resident mission
    if (/\baccredited\s+to\b[^.;]*\bfrom\s+(?:its|their|the)\s+$/i.test(before.slice(-120))) return null;
    if (/\b(?:in\s+front\s+of|outside|attack(?:s|ed)?\s+on|asylum\s+in)\s+(?:the\s+)?[\p{L}\s]*$/iu.test(before.slice(-40))) return null;
    const near = before.slice(-70);
    if (NEGATED.test(near) || HYPOTHETICAL.test(near)) return null;
    const of = sender(ctx, at, end);
    if (!of || !inPair(ctx, of)) return null;
    const host = otherOf(ctx, of)!;
    // the next clause until another mission phrase
    NEXT.lastIndex = end;
    const next = NEXT.exec(ctx.text)?.index ?? ctx.text.length;
    const after = ctx.text.slice(end, next);
    const where = /\s(?:in|at)\s+/g;
    let w: RegExpExecArray | null;
    const type = missionType(m[0]);
    while ((w = where.exec(after))) {
      const places = placeList(after.slice(w.index + w[0].length));
      if (!places.length) continue;
      if (places.every(isCountryPlace)) continue; // "embassy in North Macedonia is located in …"
      const cities = places.filter((p) => !isCountryPlace(p) && (!p.country || liesIn(p.country, host)));
      if (!cities.length) return null; // a mission in a third country is not the pair's
      // "… in Lima, opened in 1995", "… in Lima was closed in 2002": the event after the city
      const placesEnd = end + w.index + w[0].length + places[places.length - 1]!.end;
      const later = AFTER_EVENT.exec(ctx.text.slice(placesEnd, placesEnd + 40));
      const laterDate = later ? ctx.dates.find((d) => d.start === placesEnd + later[0].length) : undefined;
      const opened = /\b(?:opened|reopened|established|inaugurated)\s+(?:an?\s+|its\s+|the\s+)?$/i.test(before.slice(-30)) || SINCE.test(near) || (laterDate && !/clos|shut/i.test(later![1]!));
      const closed = !opened && (/\b(?:closed|shut)\s+(?:down\s+)?(?:its|the|an?)\s+$/i.test(before.slice(-30)) || Boolean(laterDate));
      const event = opened ? ("opened" as const) : closed ? ("closed" as const) : undefined;
      const date = laterDate ?? (event ? nearestDate(ctx, at) : undefined);
      return cities.map((c): Draft => ({
        kind: "mission", of, type, in: host, city: c.name,
        ...(event ? { event } : {}),
        ...(date ? { date: date.value } : {}),
      }));
    }
    return null;
  },
};

/** The sending state: "Peru's embassy", "the embassy of Chile", "Chile has …", "it also has …". */
function sender(ctx: SentenceContext, at: number, end: number): string | undefined {
  const adjacent = ctx.countries.filter((c) => c.end <= at && at - c.end <= 12 && /^(?:\s+|['’]s?\s+)(?:(?:an?|the|its|two|three|four|\d+|new|first|honorary)\s+)*$/i.test(ctx.text.slice(c.end, at))).pop();
  if (adjacent && adjacent.form !== "name") return adjacent.code;
  const ofX = /^\s+of\s+/.exec(ctx.text.slice(end));
  if (ofX) {
    const c = ctx.countries.find((x) => x.start === end + ofX[0].length || x.start === end + ofX[0].length + 4);
    if (c) return c.code;
  }
  const clauseStart = Math.max(ctx.text.lastIndexOf(";", at) + 1, 0);
  const subjects = ctx.countries.filter((c) => c.start >= clauseStart && c.end <= at && SUBJECT_VERB.test(ctx.text.slice(c.end, c.end + 30)));
  if (subjects.length) return subjects[subjects.length - 1]!.code;
  if (/\b(?:it|It)\s+(?:also\s+)?(?:has|have|maintains|operates)\b/.test(ctx.text.slice(clauseStart, at))) {
    const first = ctx.countries.find((c) => inPair(ctx, c.code) && c.form === "name");
    return first && first.start < clauseStart ? first.code : ctx.previousSubject ?? first?.code;
  }
  const candidates = ctx.countries.filter((c) => c.start < at && inPair(ctx, c.code) && c.form !== "combining");
  return (candidates.find((c) => c.start >= clauseStart) ?? candidates[0])?.code;
}
