// `bilateral agreements A B` — agreements of the pair, oldest first.
import type { Command } from "commander";
import { getAgreements } from "../../query/timeline.js";
import { printJson, sourceRef, table, withStore } from "../query-output.js";

export function register(program: Command): void {
  program
    .command("agreements")
    .description("agreements signed by the pair, oldest first")
    .argument("<a>")
    .argument("<b>")
    .option("--json", "print JSON")
    .action(async (a: string, b: string, opts: { json?: boolean }, cmd: Command) => {
      const list = await withStore(cmd, (s) => getAgreements(s, a, b));
      if (opts.json) return printJson(list);
      process.stdout.write(
        list.length ? table(["date", "type", "title", "parties", "sources"], list.map((x) => [x.date ?? "", x.type ?? "", x.title, x.parties.join(", "), sourceRef(x)])) : "no agreements recorded\n",
      );
    });
}
