// A "highest-level" visitor outranked by an earlier visitor in the same direction, in the same record.
import { countryName } from "../../vocab/countries.js";
import { dateBounds } from "../../render/dates.js";
import { rankOf } from "../ranks.js";
import { describeVisit, earlierSameDirection, rankedVisits, superlativeBound } from "../superlatives.js";
import type { Rule, RuleFinding } from "../types.js";

const WORD = /\bhighest[-\s]level\b/i;

export const visitHighestLevel: Rule = {
  id: "visit-highest-level",
  severity: "warning",
  description: 'A visit called the "highest-level" when the record has an earlier visit of higher rank in the same direction.',
  run(ctx) {
    const all = rankedVisits(ctx);
    const out: RuleFinding[] = [];
    for (const v of all.filter((x) => x.fact.qualifier === "highest-level")) {
      const bound = superlativeBound(ctx, v, WORD);
      const earlier = earlierSameDirection(all, v).filter((w) => w.level > v.level && (!bound || dateBounds(w.fact.date!)![0] >= bound));
      const w = earlier[0];
      if (!w) continue;
      out.push({
        message: `"highest-level": ${describeVisit(w)} visited ${countryName(v.fact.to)} from ${countryName(v.fact.from)} before ${describeVisit(v)}, and outranks them`,
        reason: `visit ${v.i} is qualified "highest-level" (${rankOf(v.fact.person)}); visit ${w.i} is earlier, same direction, rank ${rankOf(w.fact.person)}`,
        facts: [v.i, ...earlier.map((x) => x.i)],
        location: ctx.locate(v.i, WORD),
      });
    }
    return out;
  },
};
