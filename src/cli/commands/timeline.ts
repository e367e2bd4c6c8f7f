// `bilateral timeline A B [--from DATE] [--to DATE]` — the pair's dated facts, oldest first.
import type { Command } from "commander";
import { getTimeline } from "../../query/timeline.js";
import { factSummary, printJson, sourceRef, table, withStore } from "../query-output.js";
import { checkDate } from "../../query/dates.js";

export function register(program: Command): void {
  program
    .command("timeline")
    .description("the pair's dated facts, oldest first")
    .argument("<a>")
    .argument("<b>")
    .option("--from <date>", "from this date (1992, 1992-05 or 1992-05-22)")
    .option("--to <date>", "up to this date")
    .option("--json", "print JSON")
    .action(async (a: string, b: string, opts: { from?: string; to?: string; json?: boolean }, cmd: Command) => {
      checkDate("--from", opts.from);
      checkDate("--to", opts.to);
      const entries = await withStore(cmd, (s) => getTimeline(s, a, b, { ...(opts.from ? { from: opts.from } : {}), ...(opts.to ? { to: opts.to } : {}) }));
      if (opts.json) return printJson(entries);
      process.stdout.write(entries.length ? table(["date", "kind", "fact", "sources"], entries.map((e) => [e.date, e.fact.kind, factSummary(e.fact), sourceRef(e.fact)])) : "no dated facts\n");
    });
}
