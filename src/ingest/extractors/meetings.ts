// meeting: two or more named people meeting, with date, place and occasion.
// "Peruvian President Pedro Quispe met with Chilean President Laura Soto in Lima, where both leaders
// were attending the … Summit"; "he held separate talks with A and B" (one meeting each).
import { type Draft, type Extractor, type SentenceContext } from "../context.js";
import { findCity } from "../../vocab/countries.js";
import type { Person } from "../../model/record.js";
import { placeList } from "../places.js";

const pattern = /\b(?:met(?:\s+with)?|meets|(?:had|held)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}(?:meeting|talks|discussions|conversation)s?\s+with|(?:talked|spoke|conferred)\s+(?:with|about)|discussed|in\s+a\s+meeting)\b/gi;

export const meetings: Extractor = {
  id: "meeting/prose",
  pattern,
  keywords: ["met", "meet", "talk", "discuss", "spoke", "conferred", "conversation"],
  extract(ctx, m) {
    const at = m.index;
    const end = at + m[0].length;
    const people = namedPeople(ctx);
    const subjects = people.filter((p) => p.end <= at).map((p) => p.person);
    const objects = people.filter((p) => p.start >= end).map((p) => p.person);
    if (!subjects.length && /\b(?:he|she)\b/i.test(ctx.text.slice(0, at)) && ctx.previousPeople[0]) subjects.push(ctx.previousPeople[0]);
    if (/^in\s+a\s+meeting/i.test(m[0])) {
      // "At a meeting in Quito, A and B discussed …": everyone named is a participant; the verb comes later
      return null;
    }
    const all = [...subjects, ...objects];
    if (new Set(all.map(lastName)).size < 2) return null;
    const date = nearestDate(ctx, at);
    if (!date) return null;
    const where = place(ctx);
    const occasion = /\b(?:attending|attend|on\s+the\s+sidelines\s+of|during|at)\s+the\s+((?:[IVX]+\s+|\d+(?:st|nd|rd|th)\s+)?[\p{Lu}][^.;]*?(?:Summit|Conference|Forum|Assembly|Meeting|Games|Session)\b)/u.exec(ctx.text)?.[1];
    const base = { date: date.value, ...(date.implied ? { dateImplied: true } : {}), ...where, ...(occasion ? { occasion } : {}) };
    if (/\bseparate\b/i.test(m[0]) && subjects.length === 1 && objects.length > 1)
      return objects.map((o): Draft => ({ kind: "meeting", people: [subjects[0]!, o], ...base }));
    return { kind: "meeting", people: dedupe(all), ...base };
  },
};

/** People named in the sentence, with bare last names of people named earlier ("Quispe and Soto also talked"). */
function namedPeople(ctx: SentenceContext) {
  const out = [...ctx.people];
  for (const [last, person] of ctx.knownPeople) {
    for (let pos = ctx.text.indexOf(last); pos >= 0; pos = ctx.text.indexOf(last, pos + 1)) {
      if (/\p{L}/u.test(ctx.text[pos - 1] ?? "") || /\p{L}/u.test(ctx.text[pos + last.length] ?? "")) continue;
      if (out.some((p) => pos >= p.start && pos < p.end)) continue;
      out.push({ start: pos, end: pos + last.length, nameStart: pos, person });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function nearestDate(ctx: SentenceContext, at: number) {
  const own = ctx.dates.filter((d) => !d.attributive).sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
  if (own) return { value: own.value, implied: own.implied };
  return ctx.paragraphDate ? { value: ctx.paragraphDate, implied: true } : undefined;
}

function place(ctx: SentenceContext): { place?: string; in?: string } {
  const re = /\b[Ii]n\s+(?=[\p{Lu}])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text))) {
    const [p] = placeList(ctx.text.slice(m.index + m[0].length));
    if (!p) continue;
    const city = findCity(p.name);
    if (city) return { place: city.city.name, in: city.code };
  }
  return {};
}

export const lastName = (p: Person): string => p.name.split(/\s+/).pop()!.toLowerCase();
const dedupe = (ps: Person[]) => ps.filter((p, i) => ps.findIndex((q) => lastName(q) === lastName(p)) === i);
