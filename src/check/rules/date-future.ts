// A fact dated after today: an event cannot have happened yet. Anniversaries and cooperation programmes
// may be announced ahead ("in 2027 both nations will mark …", a programme for 2027–2030): not judged.
const PLANNABLE = new Set(["anniversary", "cooperation"]);
import { dateBounds, formatDate } from "../../render/dates.js";
import { dateOf } from "../../store/fact-key.js";
import type { Rule, RuleFinding } from "../types.js";

export const dateFuture: Rule = {
  id: "date-future",
  severity: "error",
  description: "A fact dated after today.",
  run(ctx) {
    const todayEnd = dateBounds(ctx.today)![1];
    const out: RuleFinding[] = [];
    ctx.record.facts.forEach((fact, i) => {
      if (PLANNABLE.has(fact.kind)) return;
      const date = dateOf(fact);
      const bounds = date ? dateBounds(date) : undefined;
      if (!date || !bounds || bounds[0] <= todayEnd) return;
      out.push({
        message: `"${formatDate(date)}": ${/^[aeiou]/.test(fact.kind) ? "an" : "a"} ${fact.kind} dated after today (${formatDate(ctx.today)})`,
        reason: `the earliest day ${date} can mean is ${bounds[0]}, after ${todayEnd}`,
        facts: [i],
        location: ctx.locate(i, new RegExp(String.raw`\b${date.slice(0, 4)}\b`)),
      });
    });
    return out;
  },
};
