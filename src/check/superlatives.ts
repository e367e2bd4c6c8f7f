// What the superlative rules share: visits in one direction, strictly earlier than another, with comparable ranks.
import type { FactOf } from "../model/record.js";
import { dateBounds, formatDate } from "../render/dates.js";
import { rankLevel, rankOf } from "./ranks.js";
import { countryName } from "../vocab/countries.js";
import type { CheckContext, Rule, RuleFinding } from "./types.js";

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

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, thirty: 30, forty: 40, fifty: 50 };

/**
 * A superlative the text bounds in time ("the first visit in 20 years", "the highest-level visit since 1990")
 * only speaks of the visits after the bound: the first ISO day that counts, or undefined when unbounded.
 */
export function superlativeBound(ctx: CheckContext, v: RankedVisit, word: RegExp): string | undefined {
  const visitStart = dateBounds(v.fact.date!)![0];
  for (const stated of ctx.statedIn(v.i)) {
    const words = stated.text.text.slice(stated.start, stated.end);
    const at = words.search(word);
    if (at < 0) continue;
    const after = words.slice(at);
    const since = /\bsince\s+(\d{4})\b/i.exec(after);
    if (since) return `${since[1]}-01-01`;
    const span = /\b(?:in|for)\s+(?:(?:over|more\s+than|almost|nearly)\s+)?(\d+|[a-z]+)\s+(years|decades)\b/i.exec(after);
    const n = span ? (/^\d+$/.test(span[1]!) ? Number(span[1]) : NUMBER_WORDS[span[1]!.toLowerCase()]) : undefined;
    if (span && n !== undefined) {
      const years = span[2]!.toLowerCase() === "decades" ? n * 10 : n;
      return `${Number(visitStart.slice(0, 4)) - years}${visitStart.slice(4)}`;
    }
  }
  return undefined;
}

export interface SuperlativeSpec {
  readonly id: string;
  readonly description: string;
  readonly qualifier: "first" | "highest-level";
  /** the words that make the claim, for the quote and for a bound after them */
  readonly word: RegExp;
  /** whether an earlier visit `w` contradicts the claim of `v` */
  readonly contradicts: (w: RankedVisit, v: RankedVisit) => boolean;
  /** what is wrong, after the quote */
  readonly says: (w: RankedVisit, v: RankedVisit) => string;
}

/** A superlative rule: each visit with the qualifier against the earlier visits in its direction, after any bound. */
export function superlativeRule(spec: SuperlativeSpec): Rule {
  return {
    id: spec.id,
    severity: "warning",
    description: spec.description,
    run(ctx) {
      const all = rankedVisits(ctx);
      const out: RuleFinding[] = [];
      for (const v of all.filter((x) => x.fact.qualifier === spec.qualifier)) {
        const bound = superlativeBound(ctx, v, spec.word);
        const earlier = earlierSameDirection(all, v).filter((w) => spec.contradicts(w, v) && (!bound || dateBounds(w.fact.date!)![0] >= bound));
        const w = earlier[0];
        if (!w) continue;
        out.push({
          message: `"${spec.qualifier}": ${describeVisit(w)} visited ${countryName(v.fact.to)} from ${countryName(v.fact.from)} before ${describeVisit(v)}${spec.says(w, v)}`,
          reason: `visit ${v.i} is qualified "${spec.qualifier}" (${rankOf(v.fact.person)}); visit ${w.i} is earlier, same direction, rank ${rankOf(w.fact.person)}`,
          facts: [v.i, ...earlier.map((x) => x.i)],
          location: ctx.locate(v.i, spec.word),
        });
      }
      return out;
    },
  };
}
