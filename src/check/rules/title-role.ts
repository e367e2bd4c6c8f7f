// A title and a role that disagree: "Prime Minister X became the first head of state to visit" — a prime
// minister heads a government, not a state. Only a role the text predicates of the person is judged
// ("Prime Minister X became the first … head of state", "X, the country's head of state"), never the person's
// own title nor a role said of someone else, and only in facts naming one person (visits, statements).
import { rankOf, rankWords } from "../ranks.js";
import { ROLE_WORDS } from "../../vocab/titles.js";
import { nameSource } from "../people.js";
import type { Rank } from "../../model/record.js";
import type { Rule, RuleFinding } from "../types.js";

// "the first Slovene head of state", "the highest-level foreign minister": an article, up to three modifiers,
// then one of the role words of the shared vocabulary (vocab/titles.ts ROLE_WORDS).
const ROLE = new RegExp(String.raw`\b(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?(${ROLE_WORDS.map((r) => `(?:${r.pattern})`).join("|")})\b`, "giu");
const ROLE_RANKS = ROLE_WORDS.map((r) => ({ re: new RegExp(`^(?:${r.pattern})$`, "iu"), rank: r.rank }));
const claimed = (words: string): Rank | undefined => ROLE_RANKS.find((r) => r.re.test(words))?.rank;

// What joins a name to the role said of it: "X became the first …", "X, the country's …", "X was the …".
const LINK = /^(?:\s*,\s*(?:(?:who|then)\s+(?:was|is|became)\s+)?|\s+(?:became|becomes|was|is|as|being|remained|remains)\s+)$/i;

/** Where the person is named in the words: the full name, else the last name. */
function mentionOf(words: string, name: string): { start: number; end: number } | undefined {
  for (const source of [nameSource(name), nameSource(name.trim().split(/\s+/).at(-1)!)]) {
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, "u").exec(words);
    if (m) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

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
        const name = mentionOf(words, person.name);
        if (!name) continue;
        for (const m of words.matchAll(ROLE)) {
          const role = m[1]!;
          // the role must be said of the person: right after their name, through a comma or a copula
          if (m.index! < name.end || !LINK.test(words.slice(name.end, m.index!))) continue;
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
