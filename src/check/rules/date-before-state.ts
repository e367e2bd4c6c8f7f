// An act dated before one of its states came into being (a recognition of Slovenia before its independence),
// or after a former state ceased to exist. The gazetteer's `since`/`until` give the dates; a date is only
// judged when every day it can mean falls outside the state's life.
import type { Fact } from "../../model/record.js";
import { dateBounds, formatDate } from "../../render/dates.js";
import { countryName, getCountry } from "../../vocab/countries.js";
import type { Rule, RuleFinding } from "../types.js";

/**
 * The states whose existence a fact's date presupposes. Only acts that need a sovereign state are judged:
 * recognising or being recognised, diplomatic relations, accreditation, an embassy. Visits, agreements and
 * consulates are not: protectorates and colonies signed treaties, received visitors and hosted consuls before
 * independence (a 1965 border agreement with a state "since 1971" is history, not an error).
 */
function statesOf(fact: Fact, pair: readonly [string, string]): string[] {
  switch (fact.kind) {
    case "relations": return [...pair];
    case "recognition": return [fact.by, fact.of];
    case "accreditation": return [fact.of, fact.to];
    case "mission": return fact.type === "embassy" || fact.type === "high-commission" ? [fact.of, fact.in] : [];
    default: return [];
  }
}

export const dateBeforeState: Rule = {
  id: "date-before-state",
  severity: "error",
  description: "A fact dated before one of its states existed, or after it ceased to exist.",
  run(ctx) {
    const out: RuleFinding[] = [];
    ctx.record.facts.forEach((fact, i) => {
      const date = "date" in fact ? fact.date : undefined;
      const bounds = date ? dateBounds(date) : undefined;
      if (!date || !bounds) return;
      for (const code of new Set(statesOf(fact, ctx.record.pair))) {
        const state = getCountry(code);
        const since = state?.since ? dateBounds(state.since)?.[0] : undefined;
        const until = state?.until ? dateBounds(state.until)?.[1] : undefined;
        const tooEarly = since !== undefined && bounds[1] < since;
        const tooLate = until !== undefined && bounds[0] > until;
        if (!tooEarly && !tooLate) continue;
        const when = tooEarly ? `before ${countryName(code)} existed (from ${formatDate(state!.since!)})` : `after ${countryName(code)} ceased to exist (${formatDate(state!.until!)})`;
        out.push({
          message: `"${formatDate(date)}": ${/^[aeiou]/.test(fact.kind) ? "an" : "a"} ${fact.kind} dated ${when}`,
          reason: tooEarly ? `the last day ${date} can mean is ${bounds[1]}, before ${since}` : `the first day ${date} can mean is ${bounds[0]}, after ${until}`,
          facts: [i],
          location: ctx.locate(i, new RegExp(String.raw`\b${date.slice(0, 4)}\b`)),
        });
      }
    });
    return out;
  },
};
