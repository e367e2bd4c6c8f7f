// mission: a resident mission of one state of the pair in the other, with its type and city.
// "Chile has an embassy in Lima and two honorary consulates in Cusco and Piura",
// "Peru is represented in Chile by its embassy in Santiago", "Peru's embassy … in … Santiago".
import { inPair, nearestDate, otherOf, type Draft, type Extractor, type SentenceContext } from "../context.js";
import { MISSION_WORDS, liesIn, missionType } from "../../vocab/missions.js";
import { MONTH } from "../../vocab/months.js";
import { isCountryPlace, placeList, type Place } from "../places.js";

const pattern = new RegExp(String.raw`\b${MISSION_WORDS}\b`, "gi");

const NEXT = new RegExp(pattern.source, "gi");
// "does not have a resident embassy in …", "has no consulate", "neither an embassy nor …": no mission
const MODIFIERS = String.raw`(?:\s+(?:an?|any|its|their|own|resident|permanent|formal|full|separate|diplomatic|[\p{Lu}][\p{L}]+))*\s+$`;
const NEGATED = new RegExp(
  String.raw`(?:\b(?:no|neither|nor|lacks?|lacked|without|planned|proposed|future|prospective)|(?:\bnot|n['’]t)(?:\s+yet)?(?:\s+(?:have|has|had|maintain|operate|keep|run))?|\bno\s+longer\s+(?:has|have|had|maintains?|operates?|keeps?))${MODIFIERS}`,
  "iu",
);
// a word NEGATED needs: cheaper to look for first (NEGATED is slow, and anchored at the end)
const NEGATION_WORD = /\b(?:no|neither|nor|lacks?|lacked|without|planned|proposed|future|prospective|not)\s|n['’]t\s/i;
// "plans to open a consulate in …", "announced that it would open an embassy": not (yet) a mission
const HYPOTHETICAL = /\b(?:plans?|planned|planning|intends?|intended|propos(?:ed|es|ing)|consider(?:s|ed|ing)?|would|will|shall|hopes?|hoped|wants?|wanted|seeks?|sought|expects?|expected|aims?|aimed|agreed|decided|announced|pledged|promised|due)\s+(?:(?:to|also|soon|eventually|later|that|it|they|would|will|be)\s+)*(?:open|opening|establish|establishing|set\s+up|setting\s+up)\s+(?:(?:an?|its|the|their|new|own|first|resident|permanent)\s+)*$/i;
// "and, since June 2024, a consulate in …": a dated opening inside a list
const SINCE = new RegExp(String.raw`\bsince\s+(?:(?:[0-3]?\d\s+)?${MONTH}\s+)?\d{4}\s*,?\s+(?:an?\s+|its\s+|the\s+)?(?:new\s+)?$`, "i");
const AFTER_EVENT = /^\s*,?\s*(?:which\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?(opened|reopened|inaugurated|established|closed|shut(?:\s+down)?)\s+(?:in|on)\s+/i;
const OPENED_BEFORE = /\b(?:opened|reopened|established|inaugurated)\s+(?:an?\s+|its\s+|the\s+)?$/i;
const CLOSED_BEFORE = /\b(?:closed|shut)\s+(?:down\s+)?(?:its|the|an?)\s+$/i;
const ACCREDITED_FROM = /\baccredited\s+to\b[^.;]*\bfrom\s+(?:its|their|the)\s+$/i;
const OUTSIDE = /\b(?:in\s+front\s+of|outside|attack(?:s|ed)?\s+on|asylum\s+in)\s+(?:the\s+)?[\p{L}\s]*$/iu;
const SUBJECT_VERB = /^(?:\s*,\s*(?:however|though|meanwhile|in\s+turn|for\s+its\s+part|too|also|likewise|similarly)\s*,)?\s+(?:also\s+|currently\s+|now\s+|later\s+)?(?:has|have|had|maintains|maintained|operates|opened|opens|reopened|established|set\s+up|runs|is\s+represented)\b/i;
const ADJACENT = /^(?:\s+|['’]s?\s+)(?:(?:an?|the|its|two|three|four|\d+|new|first|honorary)\s+)*$/i;
const OF_AT = /\s+of\s+/y;
const IT_SUBJECT = /^\s*(?:and\s+)?it\s+(?!is\b|was\b)/i;
const WHERE = /\s(?:in|at)\s+/g;
const THE_AT = /the\s/iy;

// Which of the words the anchored patterns above need occur in the sentence: one pass, kept for the sentence being
// read, so that those patterns (tried by V8 at every position of their window) run only where they can match.
const ACCREDITED = 1;
const OUTSIDE_WORD = 2;
const OPEN = 4;
const ESTABLISH = 8;
const SET = 16;
const SINCE_WORD = 32;
const CLOSED = 64;
const INAUGURATED = 128;
const NEGATION = 256;
const SEMICOLON = 512;
// the negation words may be cut at the start of NEGATED's window, so they are looked for without \b here
const FLAG_WORDS = /accredited|front|outside|attack|asylum|open|establish|set|since|closed|shut|inaugurated|(?:not|nor|no|neither|lacks?|lacked|without|planned|proposed|future|prospective)\s|n['’]t\s|;/gi;
const FLAG_OF: Readonly<Record<string, number>> = {
  accredited: ACCREDITED, front: OUTSIDE_WORD, outside: OUTSIDE_WORD, attack: OUTSIDE_WORD, asylum: OUTSIDE_WORD, open: OPEN,
  establish: ESTABLISH, set: SET, since: SINCE_WORD, closed: CLOSED, shut: CLOSED, inaugurated: INAUGURATED, ";": SEMICOLON,
};
let flagsCtx: SentenceContext | undefined;
let flags = 0;
function flagsOf(ctx: SentenceContext): number {
  if (flagsCtx !== ctx) {
    flagsCtx = ctx;
    flags = 0;
    FLAG_WORDS.lastIndex = 0;
    for (let m; (m = FLAG_WORDS.exec(ctx.text)); ) flags |= FLAG_OF[m[0].toLowerCase()] ?? NEGATION;
  }
  return flags;
}
const MISSION_LINE = /^Mission\d*\s*:/i;

export const missions: Extractor = {
  id: "mission/prose",
  pattern,
  keywords: ["embass", "consul", "high commission", "trade office", "trade mission", "trade representation", "interest section", "interests section", "nunciatur"],
  extract(ctx, m) {
    const text = ctx.text;
    // the infobox extractor reads those lines
    if (ctx.sentence.block.infobox || ((text.charCodeAt(0) | 0x20) === 109 && MISSION_LINE.test(text))) return null;
    const at = m.index;
    const end = at + m[0].length;
    // the next clause until another mission phrase, and a place in it
    NEXT.lastIndex = end;
    const next = NEXT.exec(text)?.index ?? text.length;
    const after = text.slice(end, next);
    WHERE.lastIndex = 0;
    let w: RegExpExecArray | null;
    let places: Place[] | undefined;
    let placesAt = 0;
    while ((w = WHERE.exec(after))) {
      const from = w.index + w[0].length;
      // a place starts with a capital or "the capital of …" (placeList finds nothing else)
      const c = after.charCodeAt(from);
      if (!((c >= 65 && c <= 90) || c > 127 || ((c === 116 || c === 84) && (THE_AT.lastIndex = from, THE_AT.test(after))))) continue;
      const found = placeList(after.slice(from));
      if (!found.length) continue;
      if (found.every(isCountryPlace)) continue; // "embassy in North Macedonia is located in …"
      places = found;
      placesAt = from;
      break;
    }
    if (!places) return null;
    // "accredited to Malta from its embassy in Rome" is accreditation, not a resident mission
    const has = flagsOf(ctx);
    if (has & ACCREDITED && ACCREDITED_FROM.test(text.slice(Math.max(0, at - 120), at))) return null;
    if (has & OUTSIDE_WORD && OUTSIDE.test(text.slice(Math.max(0, at - 40), at))) return null;
    const near = text.slice(Math.max(0, at - 70), at);
    if (has & NEGATION && NEGATION_WORD.test(near) && NEGATED.test(near)) return null;
    if (has & (OPEN | ESTABLISH | SET) && HYPOTHETICAL.test(near)) return null;
    const of = sender(ctx, at, end, has & SEMICOLON ? Math.max(text.lastIndexOf(";", at) + 1, 0) : 0);
    if (!of || !inPair(ctx, of)) return null;
    const host = otherOf(ctx, of)!;
    const cities: Place[] = [];
    const placesStart = end + placesAt;
    for (const p of places) {
      if (isCountryPlace(p) || (p.country && !liesIn(p.country, host))) continue;
      // "… in Dakar, and ECOWAS troops …": an organisation is not a city
      if (!p.country && ctx.orgs.some((o) => o.start === placesStart + p.start)) continue;
      // a name the gazetteer does not know, cut off by the end of the excerpt ("… and Barranq"), is not a city
      if (!p.country && placesStart + p.end === text.length && cutOff(ctx)) continue;
      cities.push(p);
    }
    if (!cities.length) return null; // a mission in a third country is not the pair's
    // "… in Lima, opened in 1995", "… in Lima was closed in 2002": the event after the city
    const placesEnd = end + placesAt + places[places.length - 1]!.end;
    const later = AFTER_EVENT.exec(text.slice(placesEnd, placesEnd + 40));
    const laterDate = later ? ctx.dates.find((d) => d.start === placesEnd + later[0].length) : undefined;
    const opened =
      (has & (OPEN | ESTABLISH | INAUGURATED) && OPENED_BEFORE.test(text.slice(Math.max(0, at - 30), at))) ||
      (has & SINCE_WORD && SINCE.test(near)) ||
      (laterDate && !/clos|shut/i.test(later![1]!));
    const closed = !opened && ((has & CLOSED && CLOSED_BEFORE.test(text.slice(Math.max(0, at - 30), at))) || Boolean(laterDate));
    const event = opened ? ("opened" as const) : closed ? ("closed" as const) : undefined;
    const date = laterDate ?? (event ? nearestDate(ctx, at) : undefined);
    const type = missionType(m[0]);
    const out: Draft[] = [];
    for (const c of cities) {
      // the city as the text writes it ("Penang", not the gazetteer's "George Town")
      const f: Draft = { kind: "mission", of, type, in: host, city: c.country ? written(text, placesStart, c) : c.name };
      if (event) f.event = event;
      if (date) f.date = date.value;
      out.push(f);
    }
    return out;
  },
};

/** A known place as the text writes it, without the sentence's full stop ("Faro.", but "Washington, D.C."). */
export function written(text: string, offset: number, p: Place): string {
  const w = text.slice(offset + p.start, offset + p.end);
  return w.endsWith(".") && !p.name.endsWith(".") ? w.slice(0, -1) : w;
}

/** The sentence is the last of the excerpt and stops without punctuation: its last word may be cut. */
function cutOff(ctx: SentenceContext): boolean {
  const { doc, sentence } = ctx;
  if (sentence.block.type !== "paragraph" || doc.text.slice(sentence.end).trim()) return false;
  return /\p{L}$/u.test(ctx.text);
}

/** The sending state: "Peru's embassy", "the embassy of Chile", "Chile has …", "it also has …". */
function sender(ctx: SentenceContext, at: number, end: number, clauseStart: number): string | undefined {
  const text = ctx.text;
  const countries = ctx.countries;
  let adjacent;
  for (let i = countries.length - 1; i >= 0; i--) {
    const c = countries[i]!;
    if (c.end <= at && at - c.end <= 12 && ADJACENT.test(text.slice(c.end, at))) {
      adjacent = c;
      break;
    }
  }
  if (adjacent && adjacent.form !== "name") return adjacent.code;
  OF_AT.lastIndex = end;
  const ofX = OF_AT.exec(text);
  if (ofX) {
    const c = countries.find((x) => x.start === end + ofX[0].length || x.start === end + ofX[0].length + 4);
    if (c) return c.code;
  }
  for (let i = countries.length - 1; i >= 0; i--) {
    const c = countries[i]!;
    if (c.start >= clauseStart && c.end <= at && SUBJECT_VERB.test(text.slice(c.end, c.end + 30))) return c.code;
  }
  // "it also has …", or a clause whose subject is "it": "…; it covers Bhutan from Dhaka and has a consulate in …"
  if (/\b(?:it|It)\s+(?:also\s+)?(?:has|have|maintains|operates)\b/.test(text.slice(clauseStart, at)) || (clauseStart > 0 && IT_SUBJECT.test(text.slice(clauseStart, clauseStart + 12)))) {
    const first = countries.find((c) => inPair(ctx, c.code) && c.form === "name");
    return first && first.start < clauseStart ? first.code : ctx.previousSubject ?? first?.code;
  }
  let firstCandidate: string | undefined;
  for (const c of countries) {
    if (c.start >= at || !inPair(ctx, c.code) || c.form === "combining") continue;
    if (c.start >= clauseStart) return c.code;
    firstCandidate ??= c.code;
  }
  return firstCandidate;
}
