// meeting: two or more named people meeting, with date, place and occasion.
// "Peruvian President Pedro Quispe met with Chilean President Laura Soto in Lima, where both leaders
// were attending the … Summit"; "he held separate talks with A and B" (one meeting each); "flew to Lima
// for talks with Soto"; and leaders acting together in person: "A and B signed the treaty", "he and
// President B announced …", "the treaty, signed by A and B".
import { type Draft, type Extractor, type SentenceContext } from "../context.js";
import { findCity } from "../../vocab/countries.js";
import { isPersonName } from "../mentions.js";
import type { Person } from "../../model/record.js";
import { placeList } from "../places.js";
import { actorsOf, inRelativeClause, LEADER_TALKS, resolvePronoun, type Actor } from "./visits.js";

const TALKS = String.raw`(?:meeting|talks|discussions|conversation|summit|consultations|negotiations)s?\s+with`;
const JOINT = String.raw`signed|concluded|issued|announced|adopted|inaugurated|unveiled|launched|initialled|initialed|proclaimed|presided|co-chaired|co-presided`;
const pattern = new RegExp(
  String.raw`\b(?:met(?:\s+with)?|meets|(?:had|held|holding|hold|holds)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}${TALKS}|for\s+(?:[\w–-]+\s+){0,4}${TALKS}|(?:talked|spoke|conferred)\s+(?:with|about)|discussed|in\s+a\s+meeting|(?:received|hosted|welcomed)(?=\s+[\p{Lu}])|the\s+two\s+leaders\s+(?:also\s+)?(?:held|had)\s+talks)\b` +
    String.raw`|,\s*meeting\s+(?:with\s+)?(?=[\p{Lu}])` +
    String.raw`|\b(?:${JOINT})\b` +
    String.raw`|\b(?:stood|appeared|walked|posed)\s+(?:together|side\s+by\s+side|hand\s+in\s+hand)\b`,
  "gu",
);
const JOINT_START = new RegExp(String.raw`^(?:${JOINT}|stood|appeared|walked|posed)`);
// a meeting that did not take place, or has not yet (lower case: "May 2020" is a month)
const NOT_DONE = /\b(?:not|[Nn]ever|n['’]t|[Ww]ithout|cancell?(?:ed|s)?|postpone[ds]?|plan(?:s|ned)?\s+to|scheduled\s+to|expected\s+to|due\s+to|intend(?:s|ed)?\s+to|hope[sd]?\s+to|refused\s+to|declined\s+to|would|will|could|might|may)\s+(?:[\w-]+\s+){0,2}$/;

const PLANNED_TRIP = /\b(?:not|never|n['’]t|would|will|could|might|(?:plan(?:s|ned)?|scheduled|expected|due|intend(?:s|ed)?|hope[sd]?|wish(?:es|ed)?|(?:was|were|is|are)|invit(?:ed|ation))\s+to)\s+(?:travel|fly|go|come|visit|return|head)\w*\b[^.;,]{0,50}$/;

export const meetings: Extractor = {
  id: "meeting/prose",
  pattern,
  keywords: ["met", "meet", "talk", "received", "hosted", "welcomed", "discuss", "spoke", "conferred", "conversation", "summit", "consultation", "negotiation",
    "signed", "concluded", "issued", "announced", "adopted", "inaugurated", "unveiled", "launched", "initial", "proclaim", "presid", "co-chair", "co-presid", "together", "side", "hand"],
  extract(ctx, m) {
    const at = m.index + (m[0].startsWith(",") ? 1 : 0);
    const end = m.index + m[0].length;
    const together = JOINT_START.test(m[0]);
    // the cheap tests first: leaders acting together need a coordination; a meeting needs a date (the
    // sentence's or its paragraph's), and to have taken place
    if (together && !ctx.text.includes(" and ")) return null;
    if (!ctx.dates.length && !ctx.paragraphDate) return null;
    if (NOT_DONE.test(ctx.text.slice(Math.max(0, at - 60), at))) return null;
    // "was expected to fly to Lima for talks with …": the trip, and so the talks, did not take place
    if (m[0].startsWith("for") && PLANNED_TRIP.test(ctx.text.slice(Math.max(0, at - 80), at))) return null;
    if (/^in\s+a\s+meeting/i.test(m[0])) {
      // "At a meeting in Quito, A and B discussed …": everyone named is a participant; the verb comes later
      return null;
    }
    if (together) return joint(ctx, at, end);
    const actors = actorsOf(ctx);
    // the one who meets is a one-word name not understood ("Lula met …"): nobody to pair
    if (actors.filter((a) => a.end <= at && a.kind !== "pronoun").pop()?.kind === "unknown") return null;
    const subjects = actors.filter((a) => a.end <= at && (a.kind === "titled" || a.kind === "known" || (a.kind === "bare" && a.subject))).map((a) => a.person);
    const objects = actors
      .filter((a) => a.start >= end && (a.kind === "titled" || a.kind === "known" || (a.kind === "bare" && COUNTERPART.test(ctx.text.slice(end, a.start)))))
      .map((a) => a.person);
    if (!subjects.length) {
      const pronoun = actors.find((a) => a.kind === "pronoun" && a.end <= at);
      const p = pronoun ? resolvePronoun(ctx, pronoun.start) : undefined;
      if (p) subjects.push(p);
    }
    const all = [...subjects, ...objects];
    if (new Set(all.map(lastName)).size < 2) return null;
    // names alone ("Ana Soto met Luis Vera") may be anyone's: one of them must be known as an official
    if (!all.some((p) => p.title || p.of) && !LEADER_TALKS.test(ctx.text)) return null;
    const base = details(ctx, at);
    if (!base) return null;
    if (/\bseparate\b/i.test(m[0]) && subjects.length === 1 && objects.length > 1)
      return objects.map((o): Draft => ({ kind: "meeting", people: [subjects[0]!, o], ...base }));
    return { kind: "meeting", people: dedupe(all), ...base };
  },
};

// what may stand between "talks with" and a name alone: nothing, or "his Peruvian counterpart,"
const COUNTERPART = /^\s*(?:(?:his|her|their)\s+(?:[\p{Lu}][\p{L}]+\s+)?counterparts?\s*,?\s*)?$/u;

type Details = { date: string; dateImplied?: boolean; place?: string; in?: string; occasion?: string };

function details(ctx: SentenceContext, at: number): Details | undefined {
  const date = nearestDate(ctx, at);
  if (!date) return undefined;
  const where = place(ctx);
  const occasion = /\b(?:attending|attend|on\s+the\s+sidelines\s+of|during|at)\s+the\s+((?:[IVX]+\s+|\d+(?:st|nd|rd|th)\s+)?[\p{Lu}][^.;]*?(?:Summit|Conference|Forum|Assembly|Meeting|Games|Session)\b)/u.exec(ctx.text)?.[1];
  return { date: date.value, ...(date.implied ? { dateImplied: true } : {}), ...where, ...(occasion ? { occasion } : {}) };
}

// between the joint subjects and their verb: "A and B (had) (jointly) signed"
const VERB_GAP = /^\s+(?:(?:also|jointly|together|then|later|formally|both|had|have)\s+){0,2}$/;
const NAME_BEFORE_VERB = /([\p{Lu}][\p{L}'’.-]*|\b[Hh]e|\b[Ss]he)\s+(?:(?:also|jointly|together|then|later|formally|both|had|have)\s+){0,2}$/u;
const BY_NAME = /^[^.;]{0,80}?\bby\s+((?:[Hh]is|[Hh]er)\b|[\p{Lu}][\p{L}'’.-]*)/u;
const TITLE_START = /^(?:President|Prime|Foreign|Chancellor|Premier|Minister|Secretary|King|Queen|Emir|Sultan|Crown|Prince|Governor|Ambassador|Vice|Deputy|Presidents|[Pp]resident|[Pp]rime|[Ff]oreign)$/;
const LINK = /^\s*,\s*(?:and\s+)?$|^,?\s+and\s+$/;

/** Leaders acting together: the coordinated subject before the verb, or "by A and B" after a passive one. */
function joint(ctx: SentenceContext, at: number, end: number): Draft | null {
  const text = ctx.text;
  // cheap tests first: a coordination, and a name or "he" just before the verb or after "by"
  if (!text.includes(" and ")) return null;
  const lead = NAME_BEFORE_VERB.exec(text.slice(Math.max(0, at - 40), at));
  const by = lead ? undefined : BY_NAME.exec(text.slice(end, end + 100));
  const word = lead?.[1] ?? by?.[1];
  // a name's last word or "he" before the verb; after "by", a name, a title or a state's adjective before one
  if (!word || !(/^(?:[Ss]?he|[Hh]is|[Hh]er)$/.test(word) || isPersonName(word, 1) || (by && (TITLE_START.test(word) || /^\s+[\p{Lu}]/u.test(text.slice(end + by[0].length, end + by[0].length + 2)))))) return null;
  const actors = actorsOf(ctx);
  let chain: Actor[] = [];
  for (let i = actors.length - 1, pos = at; i >= 0; i--) {
    const a = actors[i]!;
    if (a.end > pos) continue;
    if (!(chain.length ? LINK : VERB_GAP).test(text.slice(a.end, pos))) break;
    chain.unshift(a);
    pos = a.start;
  }
  if (chain.length < 2) {
    // "signed in Aachen in 2019 by A and B"; not "was to be signed by …"
    chain = [];
    const by = /^[^.;]{0,80}?\bby\s+/.exec(text.slice(end));
    if (!by || /\b(?:to|will|would|not|never)\s+(?:have\s+)?(?:be|been)\s+$/.test(text.slice(0, at))) return null;
    for (let pos = end + by[0].length, i = 0; i < actors.length; i++) {
      const a = actors[i]!;
      if (a.start < pos) continue;
      if (a.start !== pos && !(chain.length && LINK.test(text.slice(pos, a.start)))) break;
      chain.push(a);
      pos = a.end;
    }
  }
  if (chain.some((a) => a.kind === "unknown")) return null;
  if (chain.length < 2 || !chain.slice(1).some((a, i) => /\band\b/.test(text.slice(chain[i]!.end, a.start)))) return null;
  const people: Person[] = [];
  for (const a of chain) {
    const p = a.kind === "pronoun" ? resolvePronoun(ctx, a.start) : a.person;
    if (p && !people.some((q) => lastName(q) === lastName(p))) people.push(p);
  }
  if (people.length < 2) return null;
  // names alone sign together as leaders only: a company's two names announce or launch things too
  if (chain.every((a) => a.kind === "bare") && !/^(?:signed|concluded|initial|stood|appeared|walked|posed)/.test(text.slice(at))) return null;
  const base = details(ctx, at);
  return base ? { kind: "meeting", people, ...base } : null;
}

function nearestDate(ctx: SentenceContext, at: number) {
  // "the 1985 agreement" names a thing rather than dating the meeting
  const own = ctx.dates.filter((d) => !d.attributive && !inRelativeClause(ctx.text, d.start) && !(d.precision === "year" && /\b(?:the|a|an|its|their|his|her)\s+$/i.test(ctx.text.slice(Math.max(0, d.start - 6), d.start)))).sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
  if (own) return { value: own.value, implied: own.implied };
  return ctx.paragraphDate ? { value: ctx.paragraphDate, implied: true } : undefined;
}

// a place after "in"/"at", else the city a visit in the sentence went to ("flew to Lima for talks with …")
const PLACE_BEFORE = /\b(?:[Ii]n|at|visit(?:ed|ing)?|visit\s+to|(?:travell?ed|flew|went|came|returned)\s+to|trip\s+to)\s+(?=[\p{Lu}])/gu;

function place(ctx: SentenceContext): { place?: string; in?: string } {
  const re = PLACE_BEFORE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text))) {
    const [p] = placeList(ctx.text.slice(m.index + m[0].length));
    if (!p) continue;
    const city = findCity(p.name, ctx.pair);
    if (city) return { place: city.city.name, in: city.code };
  }
  return {};
}

export const lastName = (p: Person): string => p.name.split(/\s+/).pop()!.toLowerCase();
const dedupe = (ps: Person[]) => ps.filter((p, i) => ps.findIndex((q) => lastName(q) === lastName(p)) === i);
