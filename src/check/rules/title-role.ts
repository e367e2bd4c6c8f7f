// A title and a role that disagree: "Prime Minister X became the first head of state to visit" — a prime
// minister heads a government, not a state. Only a role the text predicates of the person is judged
// ("the first … head of state"), never the person's own title, and only in a statement naming one person.
import { rankOf, rankWords } from "../ranks.js";
import { ROLE_WORDS } from "../../vocab/titles.js";
import type { Rank } from "../../model/record.js";
import type { Rule, RuleFinding } from "../types.js";

// "the first Slovene head of state", "the highest-level foreign minister": an article, up to three modifiers,
// then one of the role words of the shared vocabulary (vocab/titles.ts ROLE_WORDS).
const ROLE = new RegExp(String.raw`\b(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?(${ROLE_WORDS.map((r) => `(?:${r.pattern})`).join("|")})\b`, "giu");
const ROLE_RANKS = ROLE_WORDS.map((r) => ({ re: new RegExp(`^(?:${r.pattern})$`, "iu"), rank: r.rank }));
const claimed = (words: string): Rank | undefined => ROLE_RANKS.find((r) => r.re.test(words))?.rank;

// A president may head the government too (Mexico, the United States); a monarch does not.
const MONARCH = /\b(?:king|queen|emir|amir|sultan|monarch|emperor|empress|grand duke)\b/i;

function disagrees(actual: Rank, claim: Rank, title: string | undefined): boolean {
  if (actual === claim) return false;
  if (claim === "head-of-government" && actual === "head-of-state") return MONARCH.test(title ?? "");
  if (actual === "royal" || actual === "other" || actual === "legislator") return false;
  return true;
}

export const titleRole: Rule = {
  id: "title-role",
  severity: "error",
  description: "A person's title and the role the text gives them disagree (a Prime Minister called head of state).",
  run(ctx) {
    const out: RuleFinding[] = [];
    const facts = [...ctx.facts("visit"), ...ctx.facts("statement")];
    for (const { fact, i } of facts) {
      const person = fact.person;
      const actual = rankOf(person);
      if (!actual) continue;
      for (const stated of ctx.statedIn(i)) {
        const words = stated.text.text.slice(stated.start, stated.end);
        for (const m of words.matchAll(ROLE)) {
          const role = m[1]!;
          // a role followed by the person's name is their title ("the Foreign Minister Ana Novak"), not a claim
          const after = words.slice(m.index! + m[0].length).trimStart();
          if (after.startsWith(person.name.split(/\s+/)[0]!)) continue;
          const claim = claimed(role);
          if (!claim || !disagrees(actual, claim, person.title)) continue;
          const roleStart = stated.start + m.index! + m[0].length - role.length;
          const location = ctx.locationIn(stated.text, roleStart, roleStart + role.length);
          out.push({
            message: `"${role}": ${person.name} is ${person.title ?? rankWords(actual)}, a ${rankWords(actual)}, not a ${rankWords(claim)}`,
            reason: `the title ${person.title ?? "(none)"} gives the rank ${actual}; the words "${m[0]}" claim ${claim}`,
            facts: [i],
            location,
            suggestion: rankWords(actual),
          });
        }
      }
    }
    return out;
  },
};
