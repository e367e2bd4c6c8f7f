// What the superlative rules share: visits in one direction, strictly earlier than another, with comparable ranks.
import type { FactOf } from "../model/record.js";
import { dateBounds, formatDate } from "../render/dates.js";
import { rankLevel, rankOf } from "./ranks.js";
import type { CheckContext } from "./types.js";

export interface RankedVisit {
  readonly fact: FactOf<"visit">;
  readonly i: number;
  readonly level: number;
}

/** Visits with a date and a rank that has a place in the order. */
export function rankedVisits(ctx: CheckContext): RankedVisit[] {
  return ctx.facts("visit").flatMap(({ fact, i }) => {
    const level = rankLevel(rankOf(fact.person));
    return level === undefined || !dateBounds(fact.date ?? "") ? [] : [{ fact, i, level }];
  });
}

/** Earlier visits in the same direction: every day `a` can mean is before every day `b` can mean. */
export function earlierSameDirection(all: readonly RankedVisit[], v: RankedVisit): RankedVisit[] {
  const [start] = dateBounds(v.fact.date!)!;
  return all
    .filter((w) => w !== v && w.fact.from === v.fact.from && w.fact.to === v.fact.to && dateBounds(w.fact.date!)![1] < start)
    .sort((a, b) => b.level - a.level || dateBounds(a.fact.date!)![0].localeCompare(dateBounds(b.fact.date!)![0]));
}

export const describeVisit = (w: RankedVisit) =>
  `${w.fact.person.title ? `${w.fact.person.title} ` : ""}${w.fact.person.name} (${formatDate(w.fact.date!)})`;
