// A meeting (or visit) with a person whose title the record dates elsewhere: the record gives the same
// single-holder office of a state (its head of state, head of government, foreign minister) to someone else
// in the same month. Offices change hands within a year, so only dates to the month or day are compared.
import type { Rank } from "../../model/record.js";
import { formatDate } from "../../render/dates.js";
import { countryAdjective } from "../../vocab/countries.js";
import { datedPeople, overlaps, samePerson, titledName } from "../people.js";
import { rankWords } from "../ranks.js";
import type { Rule, RuleFinding } from "../types.js";

const SINGLE_HOLDER: readonly Rank[] = ["head-of-state", "head-of-government", "foreign-minister"];

export const officeHolderConflict: Rule = {
  id: "office-holder-conflict",
  severity: "error",
  description: "A person given an office of a state that the record gives to someone else at the same time.",
  run(ctx) {
    const holders = datedPeople(ctx).filter((h) => h.person.of && SINGLE_HOLDER.includes(h.rank));
    const out: RuleFinding[] = [];
    for (const a of holders)
      for (const b of holders) {
        if (a.i >= b.i || a.rank !== b.rank || a.person.of !== b.person.of || samePerson(a.person, b.person) || !overlaps(a.bounds, b.bounds)) continue;
        out.push({
          message: `"${b.person.title ?? rankWords(b.rank)} ${b.person.name}" in ${formatDate(b.date)}: the record gives the ${countryAdjective(a.person.of!)} ${rankWords(a.rank)} in ${formatDate(a.date)} as ${a.person.name}`,
          reason: `facts ${a.i} and ${b.i} give the office ${b.rank} of ${b.person.of} to two people in overlapping months`,
          facts: [a.i, b.i],
          location: ctx.locate(b.i, titledName(b.person)),
        });
      }
    return out;
  },
};
