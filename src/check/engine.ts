// Runs the rules over a context and orders the findings by where they are (file, line, column), then rule.
import { RULES } from "./rules/index.js";
import type { CheckContext, Finding, Rule } from "./types.js";

export function runRules(ctx: CheckContext, rules: readonly Rule[] = RULES): Finding[] {
  const findings = rules.flatMap((rule) =>
    rule.run(ctx).map(({ severity, ...f }): Finding => ({ rule: rule.id, severity: severity ?? rule.severity, ...f })),
  );
  const order = new Map(rules.map((r, i) => [r.id, i]));
  return findings.sort(
    (a, b) =>
      (a.location?.file ?? "").localeCompare(b.location?.file ?? "") ||
      (a.location?.offset ?? Infinity) - (b.location?.offset ?? Infinity) ||
      order.get(a.rule)! - order.get(b.rule)!,
  );
}
