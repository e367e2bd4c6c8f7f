// visit (prose): a named person of one state going to the other.
// "Chilean President Laura Soto visited Peru", "paid a visit to Chile",
// "became the first Peruvian head of state to visit Chile".
import { inPair, nearestDate, otherOf, type Extractor } from "../context.js";
import { findCity } from "../../vocab/countries.js";
import { VISIT_QUALIFIERS, type Person } from "../../model/record.js";

const pattern = /\b(?:visit(?:ed|s|ing)?|travell?ed|went|came|trip|journey|arrived)\s+(?:to\s+|in\s+)?(?:the\s+)?(?=[\p{Lu}])/gu;

export const visits: Extractor = {
  id: "visit/prose",
  pattern,
  keywords: ["visit", "travel", "went", "came", "trip", "journey", "arrived"],
  extract(ctx, m) {
    const end = m.index + m[0].length;
    const dest = ctx.countries.find((c) => c.start === end && c.form !== "adjective");
    const city = dest ? undefined : findCity(/^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)?/u.exec(ctx.text.slice(end))?.[0] ?? "");
    const to = dest?.code ?? city?.code;
    if (!to || !inPair(ctx, to)) return null;
    const from = otherOf(ctx, to)!;
    const person = visitor(ctx, m.index, from, to);
    if (!person || (person.of && person.of !== from)) return null; // a third state's visitor is another pair's visit
    const clause = ctx.text.slice(0, m.index);
    const date = nearestDate(ctx, m.index);
    const dateOrContext = date?.value ?? ctx.paragraphDate;
    if (!dateOrContext) return null;
    const qualifier = qualifierOf(clause.slice(Math.max(0, clause.lastIndexOf(",") + 1)) + " " + ctx.text.slice(m.index, end + 20));
    return {
      kind: "visit", from, to, person: { ...person, of: person.of ?? from }, date: dateOrContext,
      ...(date ? {} : { dateImplied: true }),
      ...(city ? { place: city.city.name } : {}),
      ...(qualifier ? { qualifier } : {}),
    };
  },
};

/** The visitor: a person named before the verb, else after it ("a visit to X by President Y"), else "he"/"she". */
function visitor(ctx: Parameters<Extractor["extract"]>[0], at: number, from: string, to: string): Person | undefined {
  const before = ctx.people.filter((p) => p.end <= at && p.person.of !== to).pop();
  if (before) return before.person;
  const by = /^[^.]{0,60}?\bby\s+/.exec(ctx.text.slice(at));
  if (by) {
    const after = ctx.people.find((p) => p.start >= at && p.start <= at + by[0].length + 40);
    if (after && after.person.of !== to) return after.person;
  }
  if (/\b(?:he|she)\b/i.test(ctx.text.slice(0, at))) return ctx.previousPeople.find((p) => !p.of || p.of === from);
  return undefined;
}

const QUALIFIER_WORDS: Record<string, (typeof VISIT_QUALIFIERS)[number]> = {
  "highest-level": "highest-level", "highest level": "highest-level", first: "first",
  "state visit": "state", "official visit": "official", "working visit": "working",
};

const QUALIFIERS = Object.entries(QUALIFIER_WORDS).map(([w, q]) => [new RegExp(`\\b${w}\\b`), q] as const);

export function qualifierOf(text: string): (typeof VISIT_QUALIFIERS)[number] | undefined {
  const t = text.toLowerCase().replace(/\s+/g, " ");
  for (const [re, q] of QUALIFIERS) if (re.test(t)) return q;
  return undefined;
}
