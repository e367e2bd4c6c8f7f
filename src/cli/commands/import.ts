// `bilateral import embassies FILE.csv` — the Wikidata-derived missions table; `bilateral import builtin` — data/.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { BadInputError } from "../../errors.js";
import { loadBuiltinDataset } from "../../store/bootstrap.js";
import { loadCrosswalk, parseCrosswalkCsv } from "../../store/crosswalk.js";
import { missionFacts, parseEmbassiesCsv } from "../../store/world-missions.js";
import { printJson, withStore } from "../query-output.js";

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BadInputError(file, code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory, not a file" : `cannot read (${code ?? "error"})`);
  }
}

export function register(program: Command): void {
  const imp = program.command("import").description("load world data into the database");
  imp
    .command("embassies")
    .description("the missions table of ../shared/data/embassies (semicolon-separated, Wikidata QIDs)")
    .argument("<file>", "database_of_embassies.csv")
    .option("--crosswalk <file>", "code crosswalk CSV (code,iso2,cow,cow_letter,qids); default data/crosswalk.csv")
    .option("--json", "print the result as JSON")
    .action(async (file: string, opts: { crosswalk?: string; json?: boolean }, cmd: Command) => {
      const text = readText(file);
      const crosswalk = opts.crosswalk ? parseCrosswalkCsv(readText(opts.crosswalk)) : loadCrosswalk();
      let parsed;
      try {
        parsed = parseEmbassiesCsv(text, crosswalk);
      } catch (e) {
        throw new BadInputError(file, e instanceof Error ? e.message : String(e));
      }
      const { missions, skipped, rows } = parsed;
      const facts = missions.flatMap(missionFacts);
      const put = await withStore(cmd, (store) =>
        store.putSource(
          { kind: "dataset", title: "database-of-embassies (from Wikidata)", origin: file, sha256: createHash("sha256").update(text).digest("hex") },
          facts,
        ),
      );
      const byReason = new Map<string, number[]>();
      for (const s of skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.line]);
      if (opts.json) {
        printJson({ file, rows, missions: missions.length, facts: facts.length, result: put.kind, skipped: skipped.length, reasons: Object.fromEntries(byReason) });
        return;
      }
      const outcome = put.kind === "unchanged" ? "already imported (unchanged)" : `${put.facts} facts, ${put.newFacts} new`;
      process.stdout.write(`${file}: ${rows} rows: ${missions.length} missions imported (${outcome}); ${skipped.length} rows skipped\n`);
      for (const [reason, lines] of [...byReason].sort((a, b) => b[1].length - a[1].length))
        process.stdout.write(`  skipped ${lines.length}: ${reason} — line${lines.length > 1 ? "s" : ""} ${lines.join(", ")}\n`);
    });
  imp
    .command("builtin")
    .description("the repository's built-in dataset (data/): records and world missions")
    .action(async (_opts: unknown, cmd: Command) => {
      const r = await withStore(cmd, (store) => loadBuiltinDataset(store));
      process.stdout.write(`built-in dataset: ${r.records} records, ${r.missions} missions (${r.facts} facts new to this database)\n`);
    });
}
