// The same person given two different ranks for the same time: "Foreign Minister X" and "Ambassador X" in
// May 2004. Titles are compared by rank, so synonyms agree ("Foreign Minister" = "Foreign Secretary"). A meeting
// that names someone by a title the record dates to another time of theirs is caught here too. People change
// office within a year, so only dates to the month or day are compared.
import { dateBounds, formatDate, parseDatePoint } from "../../render/dates.js";
import type { Person } from "../../model/record.js";
import { peopleOf, samePerson, nameSource } from "../people.js";
import { rankOf, rankWords } from "../ranks.js";
import type { Rule, RuleFinding } from "../types.js";

interface Mention {
  readonly person: Person;
  readonly i: number;
  readonly date: string;
  readonly bounds: [string, string];
}

export const personRankConflict: Rule = {
  id: "person-rank-conflict",
  severity: "error",
  description: "The same person given two different ranks for the same time.",
  run(ctx) {
    const mentions: Mention[] = [];
    ctx.record.facts.forEach((fact, i) => {
      const date = "date" in fact ? fact.date : undefined;
      const bounds = date ? dateBounds(date) : undefined;
      if (!date || !bounds || (parseDatePoint(date)?.precision ?? "year") === "year") return;
      for (const person of peopleOf(fact)) if (rankOf(person) && rankOf(person) !== "other") mentions.push({ person, i, date, bounds });
    });
    const out: RuleFinding[] = [];
    const seen = new Set<string>();
    for (const a of mentions)
      for (const b of mentions) {
        if (a.i >= b.i || !samePerson(a.person, b.person)) continue;
        const ra = rankOf(a.person)!;
        const rb = rankOf(b.person)!;
        if (ra === rb) continue;
        // the same time: the two dates can mean the same day
        if (a.bounds[1] < b.bounds[0] || b.bounds[1] < a.bounds[0]) continue;
        const key = `${a.i}:${b.i}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const title = b.person.title ?? rankWords(rb);
        out.push({
          message: `"${title} ${b.person.name}": ${formatDate(b.date)} gives them the rank ${rankWords(rb)}, but ${formatDate(a.date)} gives ${a.person.title ?? rankWords(ra)} (${rankWords(ra)})`,
          reason: `facts ${a.i} and ${b.i} name ${a.person.name} at overlapping dates with ranks ${ra} and ${rb}`,
          facts: [a.i, b.i],
          location: ctx.locate(b.i, new RegExp(`${b.person.title ? `${nameSource(b.person.title)}\\s*,?\\s*` : ""}${nameSource(b.person.name)}`, "i")) ?? ctx.locate(a.i),
        });
      }
    return out;
  },
};
