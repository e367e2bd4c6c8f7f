// visit (prose): a named person of one state going to the other.
// "Chilean President Laura Soto visited Peru", "paid a visit to Chile", "flew to Lima",
// "became the first Peruvian head of state to visit Chile", "made Lima the destination of her first trip",
// "During a state visit to Lima, President Soto …", "during Soto's visit to Lima".
import { inPair, nearestDate, otherOf, type Draft, type Extractor, type SentenceContext } from "../context.js";
import { findCity, resolveCountryMention as resolveCountry } from "../../vocab/countries.js";
import { VISIT_QUALIFIERS, type Person } from "../../model/record.js";
import { placeList } from "../places.js";
import { ROLE_NOUN, TITLE, titleOfRole } from "../../vocab/titles.js";
import { findOfficeHolders, findPeople, isPersonName, nameAtEnd, nextNameRun, trimName, type PersonMention } from "../mentions.js";
import type { ArticleDoc } from "../reader.js";

const pattern =
  /\b(?:received|hosted|welcomed)\s+(?=[\p{Lu}])|\battended\s+(?=the\s|[\p{Lu}])|\bvisit\s+as\s+(?:the\s+)?(?:[\p{Ll}]+\s+){1,3}to\s+(?:the\s+)?(?=[\p{Lu}])|\b(?:visit(?:ed|s|ing)?|travel(?:l?ed|s|l?ing)?|went|came|trip|journey|arrived|flew|returned|made|chose)\s+(?:back\s+)?(?:to\s+|in\s+)?(?:the\s+)?(?=[\p{Lu}])|\bvisits?\s+(?:by|of)\s+[^,.;]{1,50}?\s+to\s+(?:the\s+)?(?=[\p{Lu}])/gu;

// "made Lima the destination of …", "chose Lima for her first state visit"
const MADE_TAIL = /^\s+(?:the\s+)?(?:(?:first|main|latest|next)\s+)?(?:destination|stop)\b/;
const CHOSE_TAIL = /^\s+(?:for|as)\s+(?:the\s+)?(?:destination\s+of\s+)?(?:(?:his|her|its|their|the|a)\s+)?(?:[\w-]+\s+){0,3}(?:visit|trip|journey|tour|destination)\b/;
// what makes a visit not happen: negation, plans, hypotheticals (lower case: "May 2020" is a month)
const NOT_DONE = /\b(?:not|[Nn]ever|n['’]t|cannot|cancell?(?:ed|s)?|postpone[ds]?|plan(?:s|ned)?\s+to|scheduled\s+to|expected\s+to|due\s+to|intend(?:s|ed)?\s+to|hope[sd]?\s+to|wish(?:es|ed)?\s+to|invit(?:ed|ation)(?:\s+\w+){0,3}\s+to|refused\s+to|declined\s+to|would|will|could|might|may)\s+(?:[\w-]+\s+){0,2}$/;
// "was to make his first visit …": a visit noun after a plan
const PLANNED_NOUN = /\b(?:not|never|n['’]t|would|will|could|might|(?:plan(?:s|ned)?|scheduled|expected|due|intend(?:s|ed)?|hope[sd]?|wish(?:es|ed)?|was|were|is|are|invit(?:ed|ation)|refused|declined)\s+to)\s+(?:make|pay|undertake)\s+(?:[\w-]+\s+){0,4}$/;
// a trip that only an official makes
const OFFICIAL_TRIP = /\b(?:state|official|working|bilateral|foreign|overseas)\s+(?:visit|trip|tour)|\b(?:visit|trip)\s+abroad\b/i;
const BY_ROLE = new RegExp(String.raw`^visits?\s+(?:by|of)\s+(?:an?|the)\s+(?:([\p{Lu}][\p{L}'’-]+)\s+)?(${ROLE_NOUN})\s`, "u");
const FRONTED = /\b(?:during|on|while\s+on|in\s+the\s+course\s+of)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}$/i;
const NAME_START = /^[\p{Lu}][\p{L}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|de|da|do|dos|del|el|al)){0,4}/u;

export const visits: Extractor = {
  id: "visit/prose",
  pattern,
  keywords: ["visit", "travel", "went", "came", "trip", "journey", "arrived", "flew", "returned", "destination", "chose", "received", "hosted", "welcomed", "attended"],
  extract(ctx, m) {
    if (!ctx.dates.length && !ctx.paragraphDate) return null;
    const verb = /^\w+/.exec(m[0])![0].toLowerCase();
    const end = m.index + m[0].length;
    if (verb === "received" || verb === "hosted" || verb === "welcomed") return guestVisit(ctx, m.index, end);
    if (verb === "attended") return attendVisit(ctx, m.index, end);
    const dest = destination(ctx, end);
    if (!dest) return null;
    const { to, city } = dest;
    const after = ctx.text.slice(dest.end);
    if (verb === "made" && !MADE_TAIL.test(after)) return null;
    if (verb === "chose" && !CHOSE_TAIL.test(after)) return null;
    const clause = ctx.text.slice(0, m.index);
    const notDone = NOT_DONE.test(clause.slice(-60)) || (verb === "visit" && PLANNED_NOUN.test(clause.slice(-80)));
    // "did not travel to Lima until 2024": it happened then
    const until = notDone ? /^[^.;]{0,12}?\buntil\s+/.exec(after) : undefined;
    if (notDone && !until) return null;
    // "a visit to Lima by … is planned for 2025"
    if (/^[^,.;]{0,40}?\b(?:is|was|has\s+been|had\s+been|were|are)\s+(?:later\s+)?(?:scheduled|planned|expected|proposed|cancell?ed|postponed|called\s+off)\b/.test(after)) return null;
    // "… to Lima, planned for 2012, was cancelled"
    if (/^(?:(?!\s(?:and|but|while|although|whereas)\s)[^.;]){0,80}?\b(?:was|were|had\s+been|has\s+been)\s+(?:later\s+)?(?:cancell?ed|postponed|called\s+off)\b|^,?\s*(?:planned|scheduled|proposed|expected)\s+(?:for|in)\b/.test(after)) return null;
    const from = otherOf(ctx, to)!;
    const role = BY_ROLE.exec(m[0]);
    const roleState = role?.[1] ? resolveCountry(role[1]) : undefined;
    if (role && roleState && roleState !== from) return null;
    const found = visitor(ctx, m.index, end, from, to, Boolean(role));
    if (!found) return null;
    let person = found;
    if (person.of && person.of !== from) return null; // a third state's visitor is another pair's visit
    // "returned to Lima" may be going home: a visit when the visitor's state is known, or a purpose follows
    if (verb === "returned" && !person.of && !/^[^.;]{0,30}?\b(?:for|to\s+(?:attend|open|inaugurate|mark|take\s+part|participate))\b/.test(after)) return null;
    if (role && !person.title) person = { ...person, ...titleOfRole(role[2]!) };
    // "the first visit … since Chirac's in 2000": that earlier visit is stated too
    const since = /^[^.;]{0,40}?\bsince\s+/.exec(after);
    const sinceAt = since ? dest.end + since[0].length : -1;
    const untilAt = until ? dest.end + until[0].length : -1;
    const date =
      untilAt >= 0
        ? ctx.dates.find((d) => d.start === untilAt)
        : nearestDate(ctx, m.index, 0, ctx.text.length, true, (d) => (sinceAt < 0 || d.start < sinceAt) && !inRelativeClause(ctx.text, d.start));
    // "has visited Lima on several occasions": no one visit the paragraph's date could give
    if (!date && /\b(?:has|have)\s+(?:[\p{Ll}]+\s+)?$/u.test(clause.slice(-20))) return null;
    const dateOrContext = date?.value ?? ctx.paragraphDate;
    if (!dateOrContext) return null;
    // the words of the visit's own clause: "made Lima the destination of her first trip, …"
    const tail = /^[^,;.]*?(?=\s+and\s|[,;.]|$)/.exec(after.slice(0, 80))![0];
    const qualifier = qualifierOf(clause.slice(Math.max(0, clause.lastIndexOf(",") + 1)) + " " + ctx.text.slice(m.index, dest.end) + tail);
    const visit = {
      kind: "visit" as const, from, to, person: { ...person, of: person.of ?? from }, date: dateOrContext,
      ...(date ? {} : { dateImplied: true }),
      ...(city ? { place: city } : {}),
      ...(qualifier ? { qualifier } : {}),
    };
    const earlier = since && /\bfirst\b/.test(ctx.text.slice(Math.max(0, m.index - 30), dest.end + since[0].length)) ? earlierVisit(ctx, sinceAt, { ...person, of: person.of ?? from }) : undefined;
    if (!earlier) {
      // "King A and Queen B visited Lima": both went
      const partner = companion(ctx, found, m.index, from, to);
      return partner ? [{ ...visit, person: { ...partner, of: partner.of ?? from } }, visit] : visit;
    }
    const { qualifier: _q, ...rest } = visit;
    // the earlier visit was of the same kind, but not the first
    const kind = qualifierOf(ctx.text.slice(Math.max(0, m.index - 30), dest.end).replace(/\bfirst\b/gi, ""));
    return [visit, { ...rest, person: earlier.person, date: earlier.date, ...(kind ? { qualifier: kind } : {}) }];
  },
};

/** "A received B in Lima": B's visit to the state of the place. */
function guestVisit(ctx: SentenceContext, at: number, end: number): Draft | null {
  const actors = actorsOf(ctx);
  const guest = actors.find((a) => a.start === end);
  if (!guest || guest.kind === "pronoun" || guest.kind === "unknown") return null;
  const where = /^[^.;]{0,40}?\b(?:in|at)\s+(?:the\s+)?(?=[\p{Lu}])/u.exec(ctx.text.slice(guest.end));
  const dest = where ? destination(ctx, guest.end + where[0].length) : undefined;
  if (!dest || NOT_DONE.test(ctx.text.slice(Math.max(0, at - 60), at))) return null;
  const from = otherOf(ctx, dest.to)!;
  const host = actors.filter((a) => a.end <= at && a.kind !== "pronoun").pop();
  if ((guest.person.of && guest.person.of !== from) || host?.person.of === from) return null;
  if (guest.kind === "bare" && !evidence(ctx, actors, guest, false)) return null;
  const date = nearestDate(ctx, at, 0, ctx.text.length, true, (d) => !inRelativeClause(ctx.text, d.start));
  const value = date?.value ?? ctx.paragraphDate;
  if (!value) return null;
  return { kind: "visit", from, to: dest.to, person: { ...guest.person, of: guest.person.of ?? from }, date: value, ...(date ? {} : { dateImplied: true }), ...(dest.city ? { place: dest.city } : {}) };
}

// another person's occasion: "Soto's inauguration", "the funeral of King A"
const OWNED = /[\p{Lu}][\p{L}-]+['’]s\s|\bof\s+(?:the\s+)?(?:late\s+)?[\p{Lu}]/u;

/** "A attended B's inauguration in Lima": a visit to the place, when the occasion is another person's. */
function attendVisit(ctx: SentenceContext, at: number, end: number): Draft | Draft[] | null {
  const where = /^[^.;]{0,120}?\s(?:in|at)\s+(?:the\s+)?(?=[\p{Lu}])/u.exec(ctx.text.slice(end));
  if (!where || !OWNED.test(where[0])) return null;
  const dest = destination(ctx, end + where[0].length);
  if (!dest || NOT_DONE.test(ctx.text.slice(Math.max(0, at - 60), at))) return null;
  const from = otherOf(ctx, dest.to)!;
  // the occasion's owner is the host, not one of the visitor's own state
  const owner = ctx.people.find((p) => p.start >= end && p.start < end + where[0].length);
  if (owner?.person.of === from) return null;
  const person = visitor(ctx, at, end, from, dest.to, false);
  if (!person || (person.of && person.of !== from) || person === owner?.person) return null;
  const date = nearestDate(ctx, at, 0, ctx.text.length, true, (d) => !inRelativeClause(ctx.text, d.start));
  const value = date?.value ?? ctx.paragraphDate;
  if (!value) return null;
  const visit = { kind: "visit" as const, from, to: dest.to, person: { ...person, of: person.of ?? from }, date: value, ...(date ? {} : { dateImplied: true }), ...(dest.city ? { place: dest.city } : {}) };
  const partner = companion(ctx, person, at, from, dest.to);
  return partner ? [{ ...visit, person: { ...partner, of: partner.of ?? from } }, visit] : visit;
}

/** Whether `pos` lies in a relative clause between commas: "A, who became president in 2010, visited …". */
export function inRelativeClause(text: string, pos: number): boolean {
  const open = text.lastIndexOf(", wh", pos);
  if (open < 0 || !/^, wh(?:o|ich|ose)\b/.test(text.slice(open, open + 9))) return false;
  const close = text.indexOf(",", open + 2);
  return close > pos;
}

/** The state (and city) named at `at`, or in a list starting there ("Bolivia and Peru"): one of the pair,
 * or a city in one. */
function destination(ctx: SentenceContext, at: number): { to: string; city?: string; end: number } | undefined {
  const country = ctx.countries.find((c) => c.start === at && c.form !== "adjective");
  if (country && inPair(ctx, country.code)) return { to: country.code, end: country.end };
  for (const place of placeList(ctx.text.slice(at))) {
    const state = ctx.countries.find((c) => c.start === at + place.start && c.form !== "adjective");
    if (state || place.isCountry) {
      const code = state?.code ?? place.country;
      if (code && inPair(ctx, code)) return { to: code, end: at + (state ? state.end - at : place.end) };
      continue;
    }
    const hit = findCity(place.name, ctx.pair);
    if (hit && inPair(ctx, hit.code)) return { to: hit.code, city: hit.city.name, end: at + place.end };
    // a short name the place list read too far: "Lima Province"
    const first = place.start === 0 ? NAME_START.exec(ctx.text.slice(at))?.[0].split(/\s+/)[0] : undefined;
    const one = first ? findCity(first, ctx.pair) : undefined;
    if (one && inPair(ctx, one.code)) return { to: one.code, city: one.city.name, end: at + first!.length };
  }
  return undefined;
}

/** The visitor: a person named before the verb, else after it ("a visit to X by President Y"), else "he"/"she". */
function visitor(ctx: SentenceContext, at: number, end: number, from: string, to: string, roleGiven: boolean): Person | undefined {
  // most often a titled person stands just before the verb, with no other name between
  const titled = ctx.people.filter((p) => p.end <= at && p.person.of !== to).pop();
  if (titled && !/[\p{Lu}]/u.test(ctx.text.slice(titled.end, at))) return titled.person;
  const actors = actorsOf(ctx);
  const before = actors.filter((a) => a.end <= at && a.person.of !== to && a.kind !== "pronoun");
  const last = before.pop();
  if (last?.kind === "unknown") return undefined;
  if (last && (last.kind !== "bare" || evidence(ctx, actors, last, roleGiven))) return last.person;
  const by = /^[^.]{0,60}?\b(?:by|of)\s+/.exec(ctx.text.slice(at));
  if (by) {
    const after = ctx.people.find((p) => p.start >= at && p.start <= at + by[0].length + 40);
    if (after && after.person.of !== to) return after.person;
  }
  // "During a state visit to Lima, President A and Prime Minister B signed …": the visitor is among them
  if (FRONTED.test(ctx.text.slice(Math.max(0, at - 40), at))) {
    const comma = ctx.text.indexOf(",", end);
    const subject = comma < 0 ? [] : actors.filter((a) => a.start > comma && a.start < comma + 120 && (a.kind === "titled" || a.kind === "known") && a.person.of !== to);
    const own = subject.filter((a) => a.person.of === from);
    if (own.length === 1) return own[0]!.person;
    if (subject.length === 1) return subject[0]!.person;
    // a state visit is a head of state's
    const heads = subject.filter((a) => a.person.rank === "head-of-state");
    if (/\bstate\s+visit/i.test(ctx.text.slice(0, end)) && heads.length === 1) return heads[0]!.person;
    if (subject.length) return undefined;
  }
  const pronoun = actors.filter((a) => a.kind === "pronoun" && a.end <= at).pop();
  if (pronoun || /\b(?:his|her)\s+(?:[\w-]+\s+){0,3}$/i.test(ctx.text.slice(Math.max(0, at - 40), at))) {
    const p = resolvePronoun(ctx, pronoun?.start ?? at, (q) => !q.of || q.of === from);
    if (p && (!p.of || p.of === from)) return p;
  }
  return undefined;
}

/** The titled person joined by "and" to the visitor, both standing before the verb at `at`. */
function companion(ctx: SentenceContext, who: Person, at: number, from: string, to: string): Person | undefined {
  if (!ctx.text.includes(" and ")) return undefined;
  const titled = ctx.people;
  const i = titled.findIndex((p) => p.person === who);
  const p = i > 0 ? titled[i - 1]! : undefined;
  if (!p || /[\p{Lu}]/u.test(ctx.text.slice(titled[i]!.end, at)) || !/^\s+and\s+$/.test(ctx.text.slice(p.end, titled[i]!.start))) return undefined;
  if (p.person.of && p.person.of !== from) return undefined;
  return p.person.of === to ? undefined : p.person;
}

/** A name without a title counts as a visitor when the sentence shows an official: an official trip, or a
 * counterpart named with a title. */
function evidence(ctx: SentenceContext, actors: Actor[], who: Actor, roleGiven: boolean): boolean {
  if (roleGiven || OFFICIAL_TRIP.test(ctx.text) || LEADER_TALKS.test(ctx.text)) return true;
  return actors.some((a) => a !== who && (a.kind === "titled" || a.kind === "known"));
}

// what only officials do in a sentence: talks, a counterpart, "the two leaders"
export const LEADER_TALKS = /\b(?:(?:held|hold|holds|holding|for)\s+(?:\w+\s+)?(?:talks|consultations)\s+with|counterparts?\b|the\s+two\s+(?:leaders|presidents|heads\s+of)\b|to\s+sign\s+the\s+[\p{Lu}])/u;

/** The earlier visit a "since" clause names: "since Chirac's in 2000", "since Chirac's visit in 2000". */
function earlierVisit(ctx: SentenceContext, at: number, like: Person): { person: Person; date: string } | undefined {
  const actor = actorsOf(ctx).find((a) => a.start === at && a.kind !== "pronoun" && a.kind !== "unknown");
  if (!actor || !/['’]s$/.test(ctx.text.slice(actor.start, actor.end)) || !/^(?:\s+(?:own\s+)?(?:visit|trip))?\s+in\s+/.test(ctx.text.slice(actor.end))) return undefined;
  const date = ctx.dates.find((d) => d.start > actor.end && d.start <= actor.end + 30);
  if (!date) return undefined;
  const person: Person = { ...actor.person };
  if (!person.title && like.title) {
    person.title = like.title;
    if (like.rank) person.rank = like.rank;
  }
  if (!person.of && like.of) person.of = like.of;
  return { person, date: date.value };
}

/** A person the sentence refers to: named with a title or office, a name met earlier in the article, a
 * personal name without a title, or "he"/"she". */
export interface Actor {
  start: number;
  end: number;
  person: Person;
  kind: "titled" | "known" | "bare" | "pronoun" | "unknown";
  /** a verb follows the name: "A visited …", "A, who …" */
  subject: boolean;
}

const memo = new WeakMap<SentenceContext, Actor[]>();

/** Everyone the sentence refers to, in order. */
export function actorsOf(ctx: SentenceContext): Actor[] {
  const cached = memo.get(ctx);
  if (cached) return cached;
  const text = ctx.text;
  const named = [...ctx.people, ...findOfficeHolders(text, ctx.people, ctx.countries)];
  const out: Actor[] = named.map((p) => ({ start: p.start, end: p.end, person: p.person, kind: "titled" as const, subject: isSubject(text, p.end) }));
  const titled = out.length;
  let m: RegExpExecArray | null;
  let full: Person | undefined;
  for (let r = nextNameRun(text, 0); r; r = nextNameRun(text, r.index + r.run.length)) {
    const t = trimName(r.run, r.index);
    if (!t) continue;
    const end = r.index + r.run.length;
    if (overlapsTitled(out, titled, t.start, end) || ctx.countries.some((c) => c.start === t.start)) continue;
    // a run that names nobody (a state, a city, an acronym, "Treaty of …") needs no look-up
    const single = !/\s/.test(t.name);
    if (!isPersonName(t.name, single ? 1 : 2) || (single && findCity(t.name))) continue;
    // a last name alone where a partner is named ("talks with Soto") may stand for a full name given earlier
    const person = knownPerson(ctx, t.name, named) ?? (single && (PARTNER_BEFORE.test(text.slice(Math.max(0, t.start - 9), t.start)) || (text.startsWith(" and ", end) && PARTNER_AFTER.test(text.slice(end, end + 40)))) ? recall(ctx, t.name) : undefined);
    if (person) out.push({ start: t.start, end, person, kind: "known", subject: isSubject(text, end) });
    // one word that acts and stands for a full name given earlier without a title: a name alone
    else if (single && ACTS.test(text.slice(end, end + 14)) && (full = recall(ctx, t.name))) out.push({ start: t.start, end, person: full, kind: "bare", subject: true });
    else if (!single) out.push({ start: t.start, end, person: { name: t.name }, kind: "bare", subject: isSubject(text, end) });
    // one word that acts ("Lula visited …") may be the person a later "he" means: note it, unresolved
    else if (ACTS.test(text.slice(end, end + 14))) out.push({ start: t.start, end, person: { name: t.name }, kind: "unknown", subject: true });
  }
  if (/\b[Ss]?[Hh]e\b/.test(text)) {
    const re = /\b(?:[Hh]e|[Ss]he)\b/g;
    while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, person: { name: m[0] }, kind: "pronoun", subject: true });
  }
  out.sort((a, b) => a.start - b.start);
  memo.set(ctx, out);
  return out;
}

function overlapsTitled(out: Actor[], n: number, s: number, e: number): boolean {
  for (let i = 0; i < n; i++) if (s < out[i]!.end && e > out[i]!.start) return true;
  return false;
}

// a verb after a name: "Lula visited", "Soto did not", "Vera, who"
const ACTS = /^(?:['’]s)?\s+(?:[a-z]+ed|was|is|has|had|did|does|made|met|went|came|flew|took|became|said|chose|paid|held|gave|left|won)\b|^,\s+who\b/;
const isSubject = (text: string, end: number) => /^(?:['’]s)?\s+(?:[\p{Ll}]|,\s+who\b)|^,\s+who\b/u.test(text.slice(end, end + 12));

/** The person a name stands for when this sentence or an earlier one gives it with a title or an office:
 * "President Ana Soto … Soto visited", and for names written family name first, "President Kim Min-su …
 * Kim visited". The nearest earlier mention wins. */
function knownPerson(ctx: SentenceContext, name: string, named: readonly PersonMention[]): Person | undefined {
  const single = name.length > 2 && !/\s/.test(name);
  for (const p of named) if (fits(p.person.name, name, single)) return p.person;
  const doc = ctx.doc;
  let i = ctx.sentence.index - 1;
  for (let at = doc.text.lastIndexOf(name, ctx.sentence.start - name.length), tries = 0; at >= 0 && tries < 6; at = doc.text.lastIndexOf(name, at - 1), tries++) {
    while (i >= 0 && doc.sentences[i]!.start > at) i--;
    if (i < 0) break;
    for (const p of sentencePeople(doc, i)) if (fits(p.name, name, single)) return p;
  }
  return undefined;
}

/** Whether a full name is `name`, or (`word`) has it as one of its words. */
function fits(full: string, name: string, word: boolean): boolean {
  if (full === name) return true;
  if (!word) return false;
  for (let i = full.indexOf(name); i >= 0; i = full.indexOf(name, i + 1)) {
    const e = i + name.length;
    if ((i === 0 || /\s/.test(full[i - 1]!)) && (e === full.length || /\s/.test(full[e]!))) return true;
  }
  return false;
}

// the people each sentence of a document names, found once per document; a sentence's states are read only
// when it names someone
const documentPeople = new WeakMap<ArticleDoc, Person[][]>();
function sentencePeople(doc: ArticleDoc, i: number): Person[] {
  let cache = documentPeople.get(doc);
  if (!cache) documentPeople.set(doc, (cache = []));
  if (cache[i]) return cache[i]!;
  const text = doc.sentences[i]!.text;
  const titled = findPeople(text);
  const all = [...titled, ...findOfficeHolders(text, titled)].sort((a, b) => a.start - b.start);
  return (cache[i] = all.map((p) => p.person));
}

const PARTNER_BEFORE = /\b(?:with|met|meeting|and|by|received|hosted|welcomed)\s+$/;
// "A and President B met": a last name joined to a titled partner
const PARTNER_AFTER = new RegExp(String.raw`^\s+and\s+(?:(?:the\s+)?[\p{Lu}][\p{L}]+\s+)?${TITLE}\s+[\p{Lu}]`, "u");

/** A last name alone that an earlier sentence gave in full, without a title: "… of Bola Tinubu. … with Tinubu". */
function recall(ctx: SentenceContext, word: string): Person | undefined {
  if (word.length < 3) return undefined;
  const doc = ctx.doc.text;
  let tries = 0;
  for (let i = doc.lastIndexOf(word, ctx.sentence.start - word.length); i > 0 && tries < 12; i = doc.lastIndexOf(word, i - 1), tries++) {
    if (/[\p{L}]/u.test(doc[i + word.length] ?? "")) continue;
    const full = nameBeforeIn(doc, i + word.length);
    if (full && full.name !== word && full.name.endsWith(` ${word}`) && isPersonName(full.name)) return { name: full.name };
  }
  return undefined;
}

const nameBeforeIn = (doc: string, end: number) => {
  const m = nameAtEnd(doc.slice(Math.max(0, end - 60), end));
  return m ? trimName(m.run, 0) : undefined;
};

/** Who "he"/"she" at `at` is: the nearest person named before it in the sentence, else the previous sentence's. */
export function resolvePronoun(ctx: SentenceContext, at: number, fits: (p: Person) => boolean = () => true): Person | undefined {
  const before = actorsOf(ctx).filter((a) => a.end <= at && a.kind !== "pronoun" && (a.kind !== "bare" || a.subject));
  const last = before[before.length - 1];
  if (last?.kind === "unknown") return undefined; // "he" is someone this sentence names in a way not understood
  return last ? last.person : previousPeople(ctx).find(fits);
}

/** The people of the nearest earlier sentence of the paragraph that names any, office holders included. */
function previousPeople(ctx: SentenceContext): Person[] {
  const sentences = ctx.doc.sentences;
  for (let i = ctx.sentence.index - 1; i >= 0 && sentences[i]!.block === ctx.sentence.block; i--) {
    const people = sentencePeople(ctx.doc, i);
    if (people.length) return people;
  }
  return [];
}

const QUALIFIER_WORDS: Record<string, (typeof VISIT_QUALIFIERS)[number]> = {
  "highest-level": "highest-level", "highest level": "highest-level", first: "first",
  "state visit": "state", "official visit": "official", "working visit": "working",
};

const QUALIFIERS = Object.entries(QUALIFIER_WORDS).map(([w, q]) => [new RegExp(`\\b${w}\\b`), q] as const);

export function qualifierOf(text: string): (typeof VISIT_QUALIFIERS)[number] | undefined {
  const lower = text.toLowerCase();
  // every qualifier holds one of these words
  if (!lower.includes("first") && !lower.includes("highest") && !lower.includes("visit")) return undefined;
  const t = lower.replace(/\s+/g, " ");
  for (const [re, q] of QUALIFIERS) if (re.test(t)) return q;
  return undefined;
}
