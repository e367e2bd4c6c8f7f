// "In 2023 … 31 years of relations" must agree with the year relations were established: 2023 − 1992 = 31.
import { yearOf } from "../../render/dates.js";
import { establishedYear, yearsWords } from "../anniversary.js";
import type { Rule, RuleFinding } from "../types.js";

export const anniversaryArithmetic: Rule = {
  id: "anniversary-arithmetic",
  severity: "error",
  description: "An anniversary's number of years disagrees with the year relations were established.",
  run(ctx) {
    const established = establishedYear(ctx);
    if (!established) return [];
    const out: RuleFinding[] = [];
    for (const { fact, i } of ctx.facts("anniversary")) {
      const marked = yearOf(fact.date);
      if (marked === undefined) continue;
      const right = marked - established.year;
      if (right === fact.years) continue;
      out.push({
        message: `"${fact.years} years" in ${marked}: relations established in ${established.year} make it ${right} years`,
        reason: `${marked} − ${established.year} = ${right}, not ${fact.years}`,
        facts: [i, established.i],
        location: ctx.locate(i, yearsWords(fact.years)),
        suggestion: `${right} years`,
      });
    }
    return out;
  },
};
