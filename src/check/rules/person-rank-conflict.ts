// The same person given two different ranks for the same time: "Foreign Minister X" and "Ambassador X" in
// May 2004. Titles are compared by rank, so synonyms agree ("Foreign Minister" = "Foreign Secretary"). A meeting
// that names someone by a title the record dates to another time of theirs is caught here too. People change
// office within a year, so only dates to the month or day are compared.
import { formatDate } from "../../render/dates.js";
import { datedPeople, overlaps, samePerson, titledName } from "../people.js";
import { rankWords } from "../ranks.js";
import type { Rule, RuleFinding } from "../types.js";

export const personRankConflict: Rule = {
  id: "person-rank-conflict",
  severity: "error",
  description: "The same person given two different ranks for the same time.",
  run(ctx) {
    const people = datedPeople(ctx);
    const out: RuleFinding[] = [];
    for (const a of people)
      for (const b of people) {
        if (a.i >= b.i || a.rank === b.rank || !samePerson(a.person, b.person) || !overlaps(a.bounds, b.bounds)) continue;
        out.push({
          message: `"${b.person.title ?? rankWords(b.rank)} ${b.person.name}": ${formatDate(b.date)} gives them the rank ${rankWords(b.rank)}, but ${formatDate(a.date)} gives ${a.person.title ?? rankWords(a.rank)} (${rankWords(a.rank)})`,
          reason: `facts ${a.i} and ${b.i} name ${a.person.name} at overlapping dates with ranks ${a.rank} and ${b.rank}`,
          facts: [a.i, b.i],
          location: ctx.locate(b.i, titledName(b.person)) ?? ctx.locate(a.i),
        });
      }
    return out;
  },
};
