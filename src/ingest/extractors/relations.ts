// relations: established, severed, restored, upgraded — between the two states of the pair only.
import { statesIn, type Extractor, type SentenceContext } from "../context.js";
import type { DateMention } from "../dates.js";
import { SUCCESSOR } from "../../vocab/successors.js";

const TIES = String.raw`(?:(?:full\s+|formal\s+)?(?:diplomatic\s+)?(?:and\s+\w+\s+)?(?:relations|ties))`;
// "diplomatic relations", "formal relations": relations that a date can begin
const QUALIFIED = String.raw`\b(?:(?:formal|full|official)\s+(?:diplomatic\s+)?|diplomatic\s+)relations`;
type RelationsEvent = "established" | "severed" | "restored" | "upgraded" | "downgraded";

// One pattern per event, each tried only in sentences with one of its keywords: a single pattern with every
// event's alternatives cost more than all other extractors together. "re-established" is not "established".
const EVENTS: Record<RelationsEvent, { pattern: RegExp; keywords: string[] }> = {
  restored: {
    pattern: new RegExp(String.raw`\bre-?\s?establish(?:ed|ing)?\s+(?:(?:full|formal|diplomatic)\s+)*(?:relations|ties)|\b(?:relations|ties)\b(?:(?!\b(?:relations|ties)\b)[^.;]){0,80}?\bwere\s+re-?\s?established|\brestored\s+${TIES}|\b${TIES}\s+were\s+restored|\bresum(?:ed|ption\s+of)\s+${TIES}|\bagreed\s+to\s+re-?\s?establish\s+(?:\w+\s+)?(?:relations|ties)|\bnormali[sz]ed\s+(?:their\s+)?${TIES}|\b(?:relations|ties)\s+(?:were|was)\s+(?:fully\s+)?(?:normali[sz]ed|restored|resumed)`, "gi"),
    keywords: ["re-establish", "reestablish", "re-", "restor", "resum", "normali"],
  },
  severed: {
    pattern: new RegExp(String.raw`\b(?:broke(?:\s+off)?|severed|cut(?:\s+off)?|suspended)\s+(?:all\s+)?${TIES}|\b${TIES}\s+were\s+(?:broken(?:\s+off)?|severed|suspended|cut)|\bsevered\s+(?:all\s+)?ties|\b(?:relations|ties|they)\s+(?:were|was|had\s+been)\s+(?:\w+\s+){0,2}(?:suspended|severed|broken\s+off)(?=\s+from\s+\d{4})|\bbreak(?:ing)?\s+(?:off\s+)?(?:of\s+)?${TIES}`, "gi"),
    keywords: ["sever", "broke", "break", "cut", "suspend"],
  },
  upgraded: {
    pattern: new RegExp(String.raw`\b(?:missions|legations|representations|offices)\s+were\s+(?:elevated|upgraded|raised)\s+to\s+(?:the\s+(?:level|rank)\s+of\s+)?embass(?:y|ies)|\b(?:relations|missions?)\s+(?:were\s+)?(?:upgraded|elevated|raised)\s+to\s+(?:the\s+)?(?:ambassadorial|embassy)\s+level`, "gi"),
    keywords: ["elevat", "upgrad", "raised"],
  },
  downgraded: {
    pattern: new RegExp(String.raw`\b(?:relations|missions?)\s+(?:were\s+)?(?:downgraded|reduced)\s+to\s+(?:the\s+)?(?:chargé|charge|consular)[\w\s']{0,20}level|\b(?:relations|ties)\s+(?:were|was|had\s+been)\s+downgraded\b|\bdowngraded\s+(?:their\s+|its\s+)?(?:diplomatic\s+)?(?:relations|ties)`, "gi"),
    keywords: ["downgrad", "reduced"],
  },
  established: {
    pattern: new RegExp(String.raw`(?<!\bre-?\s?)\bestablish(?:ed|ing)?\s+(?:(?:full|formal|official)\s+)?(?:diplomatic\s+)?(?:relations|ties)|(?<!\b(?:trade|economic|commercial|cultural|military|business|scientific|academic)\s+)\b(?:diplomatic\s+)?relations\b(?:(?!\brelations\b)[^.;]){0,120}?\b(?:were|was|been)\s+(?:formally\s+|officially\s+)?(?:established|formali[sz]ed)|\bformali[sz]ed\s+(?:their\s+|its\s+)?(?:diplomatic\s+)?relations|\bmaintain(?:ed)?\s+diplomatic\s+relations(?:\s+established)?|\b(?:have|has|had)\s+maintained\s+(?:full\s+|formal\s+)?relations(?:\s+with\s+[^.;,]{1,40}?)?\s+(?=since\b)|\b(?:have|has|had)\s+(?:had\s+)?(?:full\s+|formal\s+)?diplomatic\s+relations\s+(?=since\b)|\binitiated\s+(?:diplomatic\s+)?relations|(?<!re-?)\bestablishment\s+of\s+(?:diplomatic\s+)?relations|${QUALIFIED}\b(?:(?!\brelations\b)[^.;]){0,60}?\bdate\s+(?:back\s+)?(?:from|to)\b|${QUALIFIED}\s+followed(?=\s+(?:on|in|soon|shortly|quickly|immediately)\b|\s*[,.;]|\s+\w+\s+(?:days?|weeks?|months?|years?)\s+later)`, "gi"),
    keywords: ["establish", "maintain", "since", "initiat", "formali", "date", "followed"],
  },
};

const ANNIVERSARY = /\b(?:anniversary|years|decades?)\s+(?:of|since)\s+(?:the\s+)?$/i;
const FROM_INDEPENDENCE = /\b(?:from|since)\s+[^.;,]{0,40}?\bindependence\s+(?:in|on)\s+$/i;

// "from 1975 to 1978" after a suspension: severed then restored.
const FROM_TO = /^\s*from\s+(\d{4})\s+(?:to|until|till)\s+(\d{4})/i;
// "both countries", "the two nations" — not a bare "both" ("Peru and Bolivia, both of which …")
const PAIR_WORDS = /\bboth\s+(?:nations|countries|states|sides|governments)\b|\bthe\s+two\s+(?:nations|countries|states|sides|governments|neighbou?rs)\b|\bneighbou?ring\s+countries\b|^Both\b/i;
// the subject of a relative clause ("…, both of which … severed") cannot be resolved: not ours.
const RELATIVE = /(?:^|,\s*)(?:both\s+of\s+which|which|who|whom|whose)\b[^,]*$/i;

function relationsExtractor(event: RelationsEvent): Extractor {
  return {
  id: "relations/prose",
  pattern: EVENTS[event].pattern,
  keywords: EVENTS[event].keywords,
  extract(ctx, m) {
    const at = m.index;
    const end = at + m[0].length;
    if (!aboutThePair(ctx, at)) return null;
    if (event === "severed") {
      const span = FROM_TO.exec(ctx.text.slice(end));
      if (span) return [
        { kind: "relations", event: "severed", date: span[1]! },
        { kind: "relations", event: "restored", date: span[2]! },
      ];
    }
    // "the 60th anniversary of the establishment of diplomatic relations" dates the anniversary, not the event
    if (ANNIVERSARY.test(ctx.text.slice(Math.max(0, at - 40), at))) return null;
    // the date that belongs to this event: the nearest one between the neighbouring events of the sentence
    const [from, to] = clauseBounds(ctx, at, end);
    // "date from Ceylon's independence in 1948", "since Nigerian independence in 1960": that independence is the date
    const fromIndependence = (d: DateMention) => d.start >= end && FROM_INDEPENDENCE.test(ctx.text.slice(Math.max(at, end - 5), d.start));
    const date = nearestAround(ctx, at, end, from, to, event === "established", (d) => !datesIndependence(ctx, d.start) || fromIndependence(d));
    if (!date) return null;
    return { kind: "relations", event, date: date.value, ...(date.implied ? { dateImplied: true } : {}) };
  },
  };
}

export const relations: Extractor[] = (Object.keys(EVENTS) as RelationsEvent[]).map(relationsExtractor);


/**
 * The date nearest to the event phrase [at, end) within [from, to): dates before it count from its start,
 * dates after it from its end ("…in 1947, and the two countries established diplomatic relations in 1949").
 * Dates that date the clause are preferred over attributive ones.
 */
function nearestAround(ctx: SentenceContext, at: number, end: number, from: number, to: number, allowAttributive: boolean, accept: (d: DateMention) => boolean): DateMention | undefined {
  // a date inside a long phrase ("relations …, in 1975, were established") counts from the phrase's verb at its end
  const dist = (d: DateMention) => (d.end <= at ? at - d.end : d.start >= end ? d.start - end : end - d.end);
  let best: DateMention | undefined;
  let bestAttr: DateMention | undefined;
  for (const d of ctx.dates) {
    if (d.start < from || d.end > to || !accept(d)) continue;
    if (d.attributive) {
      if (!bestAttr || dist(d) < dist(bestAttr)) bestAttr = d;
    } else if (!best || dist(d) < dist(best)) best = d;
  }
  return best ?? (allowAttributive ? bestAttr : undefined);
}

/** Bounds of the clause holding the event: from the previous event's end to the next event's start. */
function clauseBounds(ctx: SentenceContext, at: number, end: number): [number, number] {
  let from = 0;
  let to = ctx.text.length;
  for (const [s, e] of eventsIn(ctx)) {
    if (e <= at) from = Math.max(from, e);
    else if (s >= end) to = Math.min(to, s);
  }
  return [from, to];
}

// copies of the event patterns, so scanning a sentence does not disturb the engine's own matching
const EVENT_SCAN = Object.values(EVENTS).map(({ pattern }) => new RegExp(pattern.source, pattern.flags));
const eventSpans = new WeakMap<SentenceContext, [number, number][]>();
/** Every relations event named in the sentence, found once per sentence. */
function eventsIn(ctx: SentenceContext): [number, number][] {
  let spans = eventSpans.get(ctx);
  if (!spans) {
    spans = [];
    for (const re of EVENT_SCAN) {
      re.lastIndex = 0;
      for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) spans.push([m.index, m.index + m[0].length]);
    }
    eventSpans.set(ctx, spans);
  }
  return spans;
}

/** A date that dates an independence ("after Peru's independence in 1821") dates no relations. */
function datesIndependence(ctx: SentenceContext, dateStart: number): boolean {
  return /\bindependence\s+(?:in|on)\s+$/i.test(ctx.text.slice(Math.max(0, dateStart - 20), dateStart));
}

/**
 * Relations sentences must be about the pair: both states named (a legal successor counts for its
 * predecessor: the Federal Republic of Yugoslavia for Serbia), "both countries", or no state at all.
 * One state of the pair with a third state is another relationship.
 */
function aboutThePair(ctx: SentenceContext, at: number): boolean {
  const clauseStart = Math.max(ctx.text.lastIndexOf(",", at), 0);
  if (RELATIVE.test(ctx.text.slice(clauseStart === 0 ? 0 : clauseStart, at))) return false;
  const states = statesIn(ctx).map((s) => (s === ctx.pair[0] || s === ctx.pair[1] ? s : SUCCESSOR[s] ?? s));
  const between = ctx.text.includes("between") ? /\bbetween\s+(?:the\s+)?([^.;]+?)\s+and\s+(?:the\s+)?([^.;]+?)\s+(?:were|was|have|had|are)\b/i.exec(ctx.text) : null;
  if (between && between.index < at) {
    const sides = ctx.countries.filter((c) => c.start >= between.index && c.end <= between.index + between[0].length);
    const codes = new Set(sides.map((c) => SUCCESSOR[c.code] && !ctx.pair.includes(c.code) ? SUCCESSOR[c.code]! : c.code));
    if (codes.size >= 2) return ctx.pair.every((p) => codes.has(p));
  }
  const hasBoth = ctx.pair.every((p) => states.includes(p));
  if (hasBoth) return true;
  if (PAIR_WORDS.test(ctx.text)) return true;
  const others = states.filter((s) => !ctx.pair.includes(s));
  return others.length === 0;
}
