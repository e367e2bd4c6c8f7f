// A meeting (or visit) with a person whose title the record dates elsewhere: the record gives the same
// single-holder office of a state (its head of state, head of government, foreign minister) to someone else
// in the same month. Offices change hands within a year, so only dates to the month or day are compared.
import { dateBounds, formatDate, parseDatePoint } from "../../render/dates.js";
import type { Person, Rank } from "../../model/record.js";
import { countryAdjective } from "../../vocab/countries.js";
import { nameSource, peopleOf, samePerson } from "../people.js";
import { rankOf, rankWords } from "../ranks.js";
import type { Rule, RuleFinding } from "../types.js";

const SINGLE_HOLDER: readonly Rank[] = ["head-of-state", "head-of-government", "foreign-minister"];

interface Holder {
  readonly person: Person;
  readonly rank: Rank;
  readonly i: number;
  readonly date: string;
  readonly bounds: [string, string];
}

export const officeHolderConflict: Rule = {
  id: "office-holder-conflict",
  severity: "error",
  description: "A person given an office of a state that the record gives to someone else at the same time.",
  run(ctx) {
    const holders: Holder[] = [];
    ctx.record.facts.forEach((fact, i) => {
      const date = "date" in fact ? fact.date : undefined;
      const point = parseDatePoint(date);
      if (!date || !point || point.precision === "year") return;
      for (const person of peopleOf(fact)) {
        const rank = rankOf(person);
        if (person.of && rank && SINGLE_HOLDER.includes(rank)) holders.push({ person, rank, i, date, bounds: dateBounds(date)! });
      }
    });
    const out: RuleFinding[] = [];
    for (const a of holders)
      for (const b of holders) {
        if (a.i >= b.i || a.rank !== b.rank || a.person.of !== b.person.of || samePerson(a.person, b.person)) continue;
        if (a.bounds[1] < b.bounds[0] || b.bounds[1] < a.bounds[0]) continue;
        const office = `${countryAdjective(a.person.of!)} ${rankWords(a.rank)}`;
        out.push({
          message: `"${b.person.title ?? rankWords(b.rank)} ${b.person.name}" in ${formatDate(b.date)}: the record gives the ${office} in ${formatDate(a.date)} as ${a.person.name}`,
          reason: `facts ${a.i} and ${b.i} give the office ${b.rank} of ${b.person.of} to two people in overlapping months`,
          facts: [a.i, b.i],
          location: ctx.locate(b.i, new RegExp(`${b.person.title ? `${nameSource(b.person.title)}\\s*,?\\s*` : ""}${nameSource(b.person.name)}`, "i")),
        });
      }
    return out;
  },
};
