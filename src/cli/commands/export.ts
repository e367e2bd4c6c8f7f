// `bilateral export A B --format json|csv|geojson|ics [--out FILE]` and `bilateral export --dyad-years FILE.csv`.
import { createWriteStream, writeFileSync } from "node:fs";
import type { Command } from "commander";
import { BadInputError } from "../../errors.js";
import { EXPORT_FORMATS, dyadYearRows, toCsv, toGeoJson, toIcs, toJson, type ExportFormat } from "../../export/index.js";
import { withStore } from "../query-output.js";

export function register(program: Command): void {
  program
    .command("export")
    .description("export a pair (json: a format-1 record; csv: facts; geojson: missions; ics: anniversaries) or the dyad-year table")
    .argument("[a]", "a country")
    .argument("[b]", "the other country")
    .option("--format <format>", `one of ${EXPORT_FORMATS.join(", ")}`, "json")
    .option("--out <file>", "write to a file instead of standard output")
    .option("--dyad-years <file>", "write one row per pair and year (ISO and COW codes, relations, missions, visits, agreements, trade)")
    .option("--to-year <year>", "last year of the dyad-year table (default: this year)")
    .action(async (a: string | undefined, b: string | undefined, opts: { format: string; out?: string; dyadYears?: string; toYear?: string }, cmd: Command) => {
      if (opts.dyadYears) {
        if (a || b) throw new BadInputError(`export ${[a, b].filter(Boolean).join(" ")}`, "--dyad-years covers every pair; give no countries");
        const toYear = opts.toYear ? Number(opts.toYear) : undefined;
        if (opts.toYear && !/^\d{4}$/.test(opts.toYear)) throw new BadInputError(`--to-year ${opts.toYear}`, "not a year");
        const file = opts.dyadYears;
        const tmp = `${file}.partial`;
        let rows = 0;
        await withStore(cmd, async (store) => {
          const out = createWriteStream(tmp);
          try {
            for await (const line of dyadYearRows(store, toYear ? { toYear } : {})) {
              if (!out.write(line + "\n")) await new Promise<void>((r) => out.once("drain", () => r()));
              rows++;
            }
          } finally {
            await new Promise<void>((r, j) => out.end((e?: Error | null) => (e ? j(e) : r())));
          }
        });
        const { renameSync } = await import("node:fs");
        renameSync(tmp, file);
        process.stderr.write(`${file}: ${rows - 1} dyad-years\n`);
        return;
      }
      if (!a || !b) throw new BadInputError("export", "give two countries (or --dyad-years FILE.csv)");
      if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) throw new BadInputError(`--format ${opts.format}`, `not one of ${EXPORT_FORMATS.join(", ")}`);
      const format = opts.format as ExportFormat;
      const text = await withStore(cmd, (store) =>
        format === "json" ? toJson(store, a, b) : format === "csv" ? toCsv(store, a, b) : format === "geojson" ? toGeoJson(store, a, b) : toIcs(store, a, b),
      );
      if (opts.out) writeFileSync(opts.out, text);
      else process.stdout.write(text);
    });
}
