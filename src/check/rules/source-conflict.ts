// Sources in the store that say the same thing with different values (the store's listConflicts).
import type { Rule, RuleFinding } from "../types.js";

export const sourceConflict: Rule = {
  id: "source-conflict",
  severity: "warning",
  description: "Two or more sources in the store disagree on the same fact.",
  run(ctx) {
    return ctx.conflicts.map((c): RuleFinding => {
      const sides = c.values.map((v) => {
        const sources = [...new Set(v.facts.flatMap((f) => f.sourceIds))].map((id) => ctx.sourceName(id));
        return `"${v.value}" (${sources.join(", ") || "no source"})`;
      });
      const facts = c.values.flatMap((v) => v.facts.map((f) => ctx.indexOfFactId(f.id))).filter((i): i is number => i !== undefined);
      return {
        message: `sources disagree on ${c.about}: ${sides.join(" vs ")}`,
        reason: `${c.values.length} values for the ${c.kind} fact keyed ${c.key}`,
        facts,
        location: facts.length ? ctx.locate(facts[0]!) : undefined,
      };
    });
  },
};
