// "In 2023 … 31 years" is right for 2023 and stale later: give the figure for today.
import { yearOf } from "../../render/dates.js";
import { establishedYear, yearsWords } from "../anniversary.js";
import type { Rule, RuleFinding } from "../types.js";

export const anniversaryStale: Rule = {
  id: "anniversary-stale",
  severity: "warning",
  description: "An anniversary figure that was right when written and is out of date today; the current figure is suggested.",
  run(ctx) {
    const now = yearOf(ctx.today)!;
    const established = establishedYear(ctx);
    const out: RuleFinding[] = [];
    for (const { fact, i } of ctx.facts("anniversary")) {
      const marked = yearOf(fact.date);
      // without an established year, count on from the anniversary itself
      const current = established ? now - established.year : marked !== undefined ? fact.years + (now - marked) : undefined;
      if (current === undefined || current === fact.years) continue;
      if (marked !== undefined && marked >= now) continue;
      // a wrong sum is the arithmetic rule's finding, not staleness
      if (established && marked !== undefined && marked - established.year !== fact.years) continue;
      const when = marked !== undefined ? `right for ${marked}, ` : "";
      out.push({
        message: `"${fact.years} years" is ${when}stale in ${now}: ${current} years of diplomatic relations`,
        reason: established
          ? `relations established in ${established.year}; ${now} − ${established.year} = ${current}`
          : `${fact.years} years in ${marked}, plus ${now - marked!} years since`,
        facts: established ? [i, established.i] : [i],
        location: ctx.locate(i, yearsWords(fact.years)),
        suggestion: `In ${now}, ${current} years`,
      });
    }
    return out;
  },
};
