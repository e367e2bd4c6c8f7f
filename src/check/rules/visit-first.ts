// A "first" visit with an earlier visit of the same or higher rank in the same direction, in the same record.
import { countryName } from "../../vocab/countries.js";
import { dateBounds } from "../../render/dates.js";
import { rankOf } from "../ranks.js";
import { describeVisit, earlierSameDirection, rankedVisits, superlativeBound } from "../superlatives.js";
import type { Rule, RuleFinding } from "../types.js";

const WORD = /\bfirst\b/i;

export const visitFirst: Rule = {
  id: "visit-first",
  severity: "warning",
  description: 'A visit called the "first" when the record has an earlier visit of the same or higher rank in the same direction.',
  run(ctx) {
    const all = rankedVisits(ctx);
    const out: RuleFinding[] = [];
    for (const v of all.filter((x) => x.fact.qualifier === "first")) {
      const bound = superlativeBound(ctx, v, WORD);
      const earlier = earlierSameDirection(all, v).filter((w) => w.level >= v.level && (!bound || dateBounds(w.fact.date!)![0] >= bound));
      const w = earlier[0];
      if (!w) continue;
      out.push({
        message: `"first": ${describeVisit(w)} visited ${countryName(v.fact.to)} from ${countryName(v.fact.from)} before ${describeVisit(v)}`,
        reason: `visit ${v.i} is qualified "first" (${rankOf(v.fact.person)}); visit ${w.i} is earlier, same direction, rank ${rankOf(w.fact.person)}`,
        facts: [v.i, ...earlier.map((x) => x.i)],
        location: ctx.locate(v.i, WORD),
      });
    }
    return out;
  },
};
