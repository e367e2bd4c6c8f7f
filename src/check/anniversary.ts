// What the anniversary rules share: the year relations were established, and where "N years" is written.
import type { CheckContext } from "./types.js";
import { dateSortKey, yearOf } from "../render/dates.js";

/** The earliest dated `established` event, with its year. */
export function establishedYear(ctx: CheckContext): { year: number; i: number; date: string } | undefined {
  const dated = ctx
    .facts("relations")
    .filter((x) => x.fact.event === "established" && yearOf(x.fact.date) !== undefined)
    .sort((a, b) => dateSortKey(a.fact.date).localeCompare(dateSortKey(b.fact.date)));
  const first = dated[0];
  return first ? { year: yearOf(first.fact.date)!, i: first.i, date: first.fact.date! } : undefined;
}

/** "31 years", "31-year", "31st anniversary" */
export const yearsWords = (n: number): RegExp => new RegExp(String.raw`\b${n}(?:\s+|-)years?\b|\b${n}(?:st|nd|rd|th)\s+anniversary\b`, "i");
