// `bilateral visits A B [--from-country A]` — visits between the pair, oldest first.
import type { Command } from "commander";
import { getVisits } from "../../query/timeline.js";
import { countryName } from "../../vocab/countries.js";
import { printJson, sourceRef, table, withStore } from "../query-output.js";

export function register(program: Command): void {
  program
    .command("visits")
    .description("visits between the pair, oldest first")
    .argument("<a>")
    .argument("<b>")
    .option("--from-country <country>", "only visits from this state")
    .option("--json", "print JSON")
    .action(async (a: string, b: string, opts: { fromCountry?: string; json?: boolean }, cmd: Command) => {
      const visits = await withStore(cmd, (s) => getVisits(s, a, b, opts.fromCountry ? { fromCountry: opts.fromCountry } : {}));
      if (opts.json) return printJson(visits);
      process.stdout.write(
        visits.length
          ? table(
              ["date", "from", "to", "person", "title", "note", "sources"],
              visits.map((v) => [v.date ?? "", countryName(v.from), countryName(v.to), v.person.name, v.person.title ?? "", [v.qualifier, v.place].filter(Boolean).join(", "), sourceRef(v)]),
            )
          : "no visits recorded\n",
      );
    });
}
