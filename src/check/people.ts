// People across facts: who they are (the same name, diacritics and case aside) and where a record names them.
import type { Fact, Person } from "../model/record.js";
import { dateBounds, parseDatePoint } from "../render/dates.js";
import { foldName } from "../vocab/countries.js";
import { rankOf } from "./ranks.js";
import type { CheckContext } from "./types.js";

export function samePerson(a: Person, b: Person): boolean {
  return foldName(a.name) === foldName(b.name) && (!a.of || !b.of || a.of === b.of);
}

/** The people a fact names, with the fact's date. */
export function peopleOf(fact: Fact): Person[] {
  switch (fact.kind) {
    case "visit":
    case "statement":
      return [fact.person];
    case "meeting":
      return [...fact.people];
    default:
      return [];
  }
}

/** A regex source matching a name as written, any spacing. */
export const nameSource = (name: string): string => name.trim().split(/\s+/).map(escapeRegExp).join(String.raw`\s+`);

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A person named in a fact dated to the month or day, with their rank. */
export interface DatedPerson {
  readonly person: Person;
  readonly rank: NonNullable<ReturnType<typeof rankOf>>;
  readonly i: number;
  readonly date: string;
  readonly bounds: [string, string];
}

/**
 * Everyone the record names with a rank in a fact dated to the month or day — people change office within a
 * year, so year-only dates are left out of comparisons of "the same time".
 */
export function datedPeople(ctx: CheckContext): DatedPerson[] {
  return ctx.record.facts.flatMap((fact, i) => {
    const date = "date" in fact ? fact.date : undefined;
    const point = parseDatePoint(date);
    if (!date || !point || point.precision === "year") return [];
    return peopleOf(fact).flatMap((person) => {
      const rank = rankOf(person);
      return rank && rank !== "other" ? [{ person, rank, i, date, bounds: dateBounds(date)! }] : [];
    });
  });
}

/** Two dates that can mean the same day. */
export const overlaps = (a: readonly [string, string], b: readonly [string, string]): boolean => a[0] <= b[1] && b[0] <= a[1];

/** A regex matching the person as the text names them: their title (when known) and name. */
export const titledName = (p: Person): RegExp => new RegExp(`${p.title ? `${nameSource(p.title)}\\s*,?\\s*` : ""}${nameSource(p.name)}`, "i");
