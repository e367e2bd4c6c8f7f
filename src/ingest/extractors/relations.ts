// relations: established, severed, restored, upgraded — between the two states of the pair only.
import { statesIn, type Extractor, type SentenceContext } from "../context.js";
import type { DateMention } from "../dates.js";
import { SUCCESSOR } from "../../vocab/successors.js";
import { CLASS } from "../../vocab/phrases.js";

const TIES = String.raw`(?:(?:full\s+|formal\s+)?(?:diplomatic\s+)?(?:and\s+\w+\s+)?(?:relations|ties))`;
// "diplomatic relations", "formal relations": relations that a date can begin
const QUALIFIED = String.raw`\b(?:(?:formal|full|official)\s+(?:diplomatic\s+)?|diplomatic\s+)relations`;
type RelationsEvent = "established" | "severed" | "restored" | "upgraded" | "downgraded";
// the level of a mission that relations are raised to: "ambassadorial level", "embassy status", "high commissioner level"
const TOP_LEVEL = String.raw`(?:the\s+)?(?:full\s+)?(?:ambassadorial|ambassador|embassy|high[-\s]commission(?:er)?)\s+(?:level|status|rank)`;
const TO_TOP_LEVEL = new RegExp(String.raw`^\s+to\s+${TOP_LEVEL}`, "i");

// Each rule is tried only in sentences with one of its keywords: a single pattern with every event's
// alternatives cost more than all other extractors together. "re-established" is not "established".
// `needs`: words of which every match holds one at a word's start (or, for "… relations since", is followed
// by one), so that a sentence without them is not scanned for the rule's events.
interface EventRule {
  event: RelationsEvent;
  pattern: RegExp;
  keywords: string[];
  needs: string[];
  /** the rule reads only where none of these keywords wakes the rule whose pattern holds its own */
  unless?: string[];
}
// "maintain diplomatic relations", "have maintained relations since", "have had diplomatic relations since"
const MAINTAINED = String.raw`\bmaintain(?:ed)?\s+diplomatic\s+relations(?:\s+established)?|\b(?:have|has|had)\s+maintained\s+(?:full\s+|formal\s+)?relations(?:\s+with\s+[^.;,]{1,40}?)?\s+(?=since\b)|\b(?:have|has|had)\s+(?:had\s+)?(?:full\s+|formal\s+)?diplomatic\s+relations\s+(?=since\b)`;
const ESTABLISHED_KEYWORDS = ["establish", "initiat", "formali", "date", "followed"];
const RULES: EventRule[] = [
  {
    // "relations were restored to high commissioner level": upgraded (see the extractor)
    event: "restored",
    pattern: new RegExp(String.raw`\bre-?\s?establish(?:ed|ing)?\s+(?:(?:full|formal|diplomatic)\s+)*(?:relations|ties)|\b(?:relations|ties)\b(?:(?!\b(?:relations|ties)\b)[^.;]){0,80}?\bwere\s+re-?\s?established|\brestored\s+${TIES}|\b${TIES}\s+were\s+restored|\bresum(?:ed|ption\s+of)\s+${TIES}|\bagreed\s+to\s+re-?\s?establish\s+(?:\w+\s+)?(?:relations|ties)|\bnormali[sz]ed\s+(?:their\s+)?${TIES}|\b(?:relations|ties)\s+(?:were|was)\s+(?:fully\s+)?(?:normali[sz]ed|restored|resumed)|\bagreed\s+to\s+(?:restore|resume|normali[sz]e)\s+(?:\w+\s+)?(?:relations|ties)`, "gi"),
    keywords: ["re-establish", "reestablish", "re-", "restor", "resum", "normali"],
    needs: ["establish", "restor", "resum", "normali"],
  },
  {
    event: "severed",
    pattern: new RegExp(String.raw`\b(?:broke(?:\s+off)?|severed|cut(?:\s+off)?|suspended)\s+(?:all\s+)?${TIES}|\b${TIES}\s+were\s+(?:broken(?:\s+off)?|severed|suspended|cut)|\bsevered\s+(?:all\s+)?ties|\b(?:relations|ties|they)\s+(?:were|was|had\s+been)\s+(?:\w+\s+){0,2}(?:suspended|severed|broken\s+off)(?=\s+from\s+\d{4})|\bbreak(?:ing)?\s+(?:off\s+)?(?:of\s+)?${TIES}`, "gi"),
    keywords: ["sever", "broke", "break", "cut", "suspend"],
    needs: ["broke", "sever", "cut", "suspend", "break"],
  },
  {
    event: "upgraded",
    pattern: new RegExp(String.raw`\b(?:missions|legations|representations|offices)\s+were\s+(?:elevated|upgraded|raised)\s+to\s+(?:the\s+(?:level|rank)\s+of\s+)?embass(?:y|ies)|\b(?:relations|missions?)\s+(?:were\s+)?(?:upgraded|elevated|raised)\s+to\s+(?:the\s+)?(?:ambassadorial|embassy)\s+level|\b(?:raised|upgraded|elevated)\s+(?:(?:their|its|the)\s+)?(?:respective\s+)?(?:diplomatic\s+)?(?:missions?|legations?|representations?|relations|ties)(?:\s+in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s+to\s+(?:(?:the\s+(?:level|rank|status)\s+of\s+)?(?:an\s+|full\s+)?embass(?:y|ies)\b|${TOP_LEVEL})|\b(?:relations|ties|missions?)\s+(?:were|was)\s+(?:raised|upgraded|elevated)\s+to\s+${TOP_LEVEL}`, "gi"),
    keywords: ["elevat", "upgrad", "raised"],
    needs: ["elevated", "upgraded", "raised"],
  },
  {
    event: "downgraded",
    pattern: new RegExp(String.raw`\b(?:relations|missions?)\s+(?:were\s+)?(?:downgraded|reduced|lowered)\s+to\s+(?:the\s+)?(?:chargé|charge|consular)[\w\s']{0,20}level|\b(?:relations|ties)\s+(?:were|was|had\s+been)\s+downgraded\b|\bdowngraded\s+(?:their\s+|its\s+)?(?:diplomatic\s+)?(?:relations|ties)|\b(?:reduced|lowered)\s+(?:(?:their|its|the)\s+)?(?:diplomatic\s+)?(?:relations|ties|missions|representation)\s+to\s+(?:the\s+)?(?:level\s+of\s+)?(?:chargé|charge|consular)`, "gi"),
    keywords: ["downgrad", "reduced", "lowered"],
    needs: ["downgraded", "reduced", "lowered"],
  },
  {
    event: "established",
    pattern: new RegExp(String.raw`(?<!\bre-?\s?)\bestablish(?:ed|ing)?\s+(?:(?:full|formal|official)\s+)?(?:diplomatic\s+)?(?:relations|ties)|(?<!\b(?:trade|economic|commercial|cultural|military|business|scientific|academic)\s+)\b(?:diplomatic\s+)?relations\b(?:(?!\brelations\b)[^.;]){0,120}?\b(?:were|was|been)\s+(?:formally\s+|officially\s+|first\s+)?(?:established|formali[sz]ed)|\bformali[sz]ed\s+(?:their\s+|its\s+)?(?:diplomatic\s+)?relations|${MAINTAINED}|\binitiated\s+(?:diplomatic\s+)?relations|(?<!re-?)\bestablishment\s+of\s+(?:diplomatic\s+)?relations|${QUALIFIED}\b(?:(?!\brelations\b)[^.;]){0,60}?\bdate\s+(?:back\s+)?(?:from|to)\b|${QUALIFIED}\s+followed(?=\s+(?:on|in|soon|shortly|quickly|immediately)\b|\s*[,.;]|\s+\w+\s+(?:days?|weeks?|months?|years?)\s+later)`, "gi"),
    keywords: ESTABLISHED_KEYWORDS,
    needs: ["establish", "formali", "maintain", "since", "initiated", "date", "followed"],
  },
  {
    // the same wordings of the pattern above, read alone where none of its other words stands: a sentence
    // with "since" or "maintain" only is not read for every wording of establishment
    event: "established",
    pattern: new RegExp(MAINTAINED, "gi"),
    keywords: ["maintain", "since"],
    needs: [],
    unless: ESTABLISHED_KEYWORDS,
  },
  {
    // "opened diplomatic relations", "entered into diplomatic relations", "diplomatic relations began in 1950"
    event: "established",
    pattern: new RegExp(String.raw`\b(?:opened|entered\s+into)\s+(?:full\s+|formal\s+)?diplomatic\s+relations|${QUALIFIED}\s+(?:began|were\s+begun|(?:have\s+|has\s+)?existed\s+(?=since\b))(?!\s+(?:to|\w+ing)\b)`, "gi"),
    keywords: ["opened", "entered", "began", "begun", "existed"],
    needs: ["opened", "entered", "began", "begun", "existed"],
  },
  {
    // "ended those relations", "relations were frozen"
    event: "severed",
    pattern: new RegExp(String.raw`\b(?:ended|terminated|froze)\s+(?:(?:all|those|these|their|its|the)\s+)?${TIES}|\b${TIES}\s+(?:were|was|had\s+been)\s+(?:terminated|frozen)`, "gi"),
    keywords: ["ended", "terminat", "froze"],
    needs: ["ended", "terminated", "froze"],
  },
];

const ANNIVERSARY = /\b(?:anniversary|years|decades?)\s+(?:of|since)\s+(?:the\s+)?$/i;
const FROM_INDEPENDENCE = /\b(?:from|since)\s+[^.;,]{0,40}?\bindependence\s+(?:in|on)\s+$/i;

// "from 1975 to 1978" after a suspension: severed then restored.
const FROM_TO = /^\s*from\s+(\d{4})\s+(?:to|until|till)\s+(\d{4})/i;
// "both countries", "the two nations" — not a bare "both" ("Peru and Bolivia, both of which …")
const PAIR_WORDS = /\bboth\s+(?:nations|countries|states|sides|governments)\b|\bthe\s+two\s+(?:nations|countries|states|sides|governments|neighbou?rs)\b|\bneighbou?ring\s+countries\b|^Both\b/i;
// the subject of a relative clause ("…, both of which … severed") cannot be resolved: not ours.
const THOSE = /\b(?:those|these)\s/i;
const RELATIVE = /(?:^|,\s*)(?:both\s+of\s+which|which|who|whom|whose)\b[^,]*$/i;

// The sentence last read (the engine reads a sentence's matches one after another), with each pattern's
// events once scanned.
let scanned: SentenceContext | undefined;
function read(ctx: SentenceContext): void {
  if (scanned === ctx) return;
  scanned = ctx;
  spans.fill(undefined);
}
/** Whether the engine wakes a rule with these keywords in `text`: a word (as the engine reads words) begins with one. */
function wakes(text: string, keywords: readonly string[]): boolean {
  let inWord = false;
  for (let i = 0; i + 2 < text.length; i++) {
    const word = CLASS[text.charCodeAt(i)] === 1;
    if (!word || inWord) {
      inWord = word;
      continue;
    }
    inWord = true;
    for (const k of keywords) if (startsWithLower(text, i, k)) return true;
  }
  return false;
}
function startsWithLower(text: string, at: number, keyword: string): boolean {
  if (at + keyword.length > text.length) return false;
  for (let k = 0; k < keyword.length; k++) {
    const c = text.charCodeAt(at + k);
    if ((c >= 65 && c <= 90 ? c | 0x20 : c) !== keyword.charCodeAt(k)) return false;
  }
  return true;
}

// Which of WORDS begin, in any case, at a word's start between `from` and `to`: marked in `seen`. The words stand
// at a word's start in every pattern (`\b` before them), but for "reestablish"; `from` counts as a word's start.
const isWordChar = (c: number) => ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57) || c === 95;
function wordsIn(text: string, from: number, to: number, clear = true): void {
  if (clear) seen.fill(0);
  let inWord = false;
  const end = Math.min(to, text.length);
  for (let i = Math.max(0, from); i < end; i++) {
    const c = text.charCodeAt(i);
    const w = isWordChar(c);
    if (!w || inWord) {
      inWord = w;
      continue;
    }
    inWord = true;
    const l = (c | 32) - 97; // an ASCII letter in either case: 0 to 25
    if (l < 0 || l > 25) continue;
    for (const id of BY_FIRST[l]!) if (wordAt(text, i, WORDS[id]!)) seen[id] = 1;
    if (l === 17 && wordAt(text, i, "reestablish")) seen[ESTABLISH] = 1;
  }
}
/** Whether any of the words `ids` was seen. */
function sawAny(ids: readonly number[]): boolean {
  for (const id of ids) if (seen[id]) return true;
  return false;
}
/** `word` (lower case) at `i`, in any case. */
function wordAt(text: string, i: number, word: string): boolean {
  if (i + word.length > text.length) return false;
  for (let k = 1; k < word.length; k++) if ((text.charCodeAt(i + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

function relationsExtractor({ event: named, pattern, keywords, unless }: EventRule): Extractor {
  return {
  id: "relations/prose",
  pattern,
  keywords,
  extract(ctx, m) {
    const at = m.index;
    const end = at + m[0].length;
    read(ctx);
    if (unless && wakes(ctx.text, unless)) return null;
    const event = named === "restored" && TO_TOP_LEVEL.test(ctx.text.slice(end, end + 60)) ? "upgraded" : named;
    // "ended those relations": the relations just spoken of, whoever ended them
    if (!aboutThePair(ctx, at, end, named === "severed" && THOSE.test(m[0]))) return null;
    if (event === "severed") {
      const span = FROM_TO.exec(ctx.text.slice(end));
      if (span) return [
        { kind: "relations", event: "severed", date: span[1]! },
        { kind: "relations", event: "restored", date: span[2]! },
      ];
    }
    if (!ctx.dates.length) return null;
    // "the 60th anniversary of the establishment of diplomatic relations" dates the anniversary, not the event
    if ((wordsIn(ctx.text, at - 40, at), sawAny(YEARS)) && ANNIVERSARY.test(ctx.text.slice(Math.max(0, at - 40), at))) return null;
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

export const relations: Extractor[] = RULES.map(relationsExtractor);


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

/**
 * Bounds of the clause holding the event: from the previous event's end to the next event's start.
 * A pattern is scanned only when one of the words that all its matches contain stands where an event
 * could move a bound that matters: before the phrase when a date precedes it, after it when one follows.
 */
function clauseBounds(ctx: SentenceContext, at: number, end: number): [number, number] {
  let from = 0;
  let to = ctx.text.length;
  let before = false;
  let after = false;
  for (const d of ctx.dates) {
    if (d.start < at) before = true;
    if (d.end > end) after = true;
  }
  if (!before && !after) return [from, to];
  seen.fill(0);
  if (before) wordsIn(ctx.text, 0, at, false);
  // "… have had diplomatic relations since …": the "since" that follows the phrase is the phrase's own
  if (after) wordsIn(ctx.text, wordAt(ctx.text, end, "since") ? end + 5 : end, ctx.text.length, false);
  for (let k = 0; k < EVENT_SCAN.length; k++) {
    if (!sawAny(EVENT_SCAN[k]!.needs)) continue;
    for (const [s, e] of (spans[k] ??= eventSpans(k, ctx.text))) {
      if (e <= at) from = Math.max(from, e);
      else if (s >= end) to = Math.min(to, s);
    }
  }
  return [from, to];
}

// words looked for before running a pattern that needs them (none the beginning of another)
const WORDS = [...new Set([...RULES.flatMap((r) => r.needs), "anniversary", "years", "decade", "independence", "wh"])];
const WORD_ID = new Map(WORDS.map((w, i) => [w, i]));
const ids = (...words: string[]) => words.map((w) => WORD_ID.get(w)!);
const seen = new Uint8Array(WORDS.length);
// copies of the patterns, so scanning a sentence does not disturb the engine's own matching (a rule read
// only where another is not has its wordings in that other's pattern)
const EVENT_SCAN = RULES.filter((r) => !r.unless).map((r) => ({ needs: ids(...r.needs), re: new RegExp(r.pattern.source, r.pattern.flags) }));
if (WORDS.some((w, i) => WORDS.some((v, j) => i !== j && v.startsWith(w)))) throw new Error("relations: no word may begin another");
const YEARS = ids("anniversary", "years", "decade");
const INDEPENDENCE = ids("independence");
const WH = ids("wh");
const ESTABLISH = WORD_ID.get("establish")!;
const BY_FIRST: number[][] = Array.from({ length: 26 }, () => []);
WORDS.forEach((w, id) => BY_FIRST[w.charCodeAt(0) - 97]!.push(id));
const spans: ([number, number][] | undefined)[] = EVENT_SCAN.map(() => undefined);

function eventSpans(k: number, text: string): [number, number][] {
  const re = EVENT_SCAN[k]!.re;
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** A date that dates an independence ("after Peru's independence in 1821") dates no relations. */
function datesIndependence(ctx: SentenceContext, dateStart: number): boolean {
  return (wordsIn(ctx.text, dateStart - 20, dateStart), sawAny(INDEPENDENCE)) && /\bindependence\s+(?:in|on)\s+$/i.test(ctx.text.slice(Math.max(0, dateStart - 20), dateStart));
}

/**
 * Relations sentences must be about the pair: both states named (a legal successor counts for its
 * predecessor: the Federal Republic of Yugoslavia for Serbia), "both countries", or no state at all.
 * One state of the pair with a third state is another relationship.
 */
function aboutThePair(ctx: SentenceContext, at: number, end: number, anaphoric = false): boolean {
  const clauseStart = Math.max(ctx.text.lastIndexOf(",", at), 0);
  if ((wordsIn(ctx.text, clauseStart, at), sawAny(WH)) && RELATIVE.test(ctx.text.slice(clauseStart === 0 ? 0 : clauseStart, at))) return false;
  const states = statesIn(ctx).map((s) => (s === ctx.pair[0] || s === ctx.pair[1] ? s : SUCCESSOR[s] ?? s));
  const between = ctx.text.includes("between") ? /\bbetween\s+(?:the\s+)?([^.;]+?)\s+and\s+(?:the\s+)?([^.;]+?)\s+(?:were|was|have|had|are)\b/i.exec(ctx.text) : null;
  if (between && between.index < at) {
    const sides = ctx.countries.filter((c) => c.start >= between.index && c.end <= between.index + between[0].length);
    const codes = new Set(sides.map((c) => SUCCESSOR[c.code] && !ctx.pair.includes(c.code) ? SUCCESSOR[c.code]! : c.code));
    if (codes.size >= 2) return ctx.pair.every((p) => codes.has(p));
  }
  const hasBoth = ctx.pair.every((p) => states.includes(p));
  if (hasBoth || anaphoric) return true;
  if (PAIR_WORDS.test(ctx.text)) return true;
  // a third state named in a later clause ("…, shortly after both declared independence from Spain") is no party
  const comma = ctx.text.indexOf(",", end);
  const others = (comma < 0 ? states : statesIn(ctx, 0, comma).map((s) => (s === ctx.pair[0] || s === ctx.pair[1] ? s : SUCCESSOR[s] ?? s))).filter((s) => !ctx.pair.includes(s));
  return others.length === 0;
}
