// `bilateral brief A B [--today DATE] [--format text|markdown]` — a one-page brief for a desk officer,
// with what `check` finds in the stored pair. `--record FILE` briefs a record file instead.
import type { Command } from "commander";
import { BadInputError } from "../../errors.js";
import { checkRecord } from "../../check/index.js";
import { renderBrief } from "../../render/index.js";
import { readRecordFile, readStoredPair, type PairInput } from "../pair-input.js";
import { checkDateOption } from "./options.js";

export function register(program: Command): void {
  program
    .command("brief")
    .description("a one-page brief: key facts, the last events, the next anniversaries, and the findings of check")
    .argument("[a]", "a country: name, adjective or ISO code")
    .argument("[b]", "the other country")
    .option("--format <format>", "text or markdown", "text")
    .option("--today <date>", "the day the brief is written for (default: today)")
    .option("--record <file>", "brief this record file (format 1 JSON) instead of a stored pair")
    .action(async (a: string | undefined, b: string | undefined, opts: { format: string; today?: string; record?: string }, cmd: Command) => {
      if (opts.format !== "text" && opts.format !== "markdown") throw new BadInputError(`--format ${opts.format}`, "not a format (use text or markdown)");
      checkDateOption("--today", opts.today);
      let input: PairInput;
      if (opts.record) input = { record: readRecordFile(opts.record), conflicts: [], texts: [], sources: [] };
      else if (a && b) input = await readStoredPair(cmd, a, b);
      else throw new BadInputError("brief", "name two countries (brief Mexico Slovenia) or give --record FILE");
      const today = opts.today ? { today: opts.today } : {};
      const { findings } = checkRecord(input.record, { ...today, conflicts: input.conflicts, sources: input.texts });
      process.stdout.write(renderBrief(input.record, { ...today, format: opts.format, findings }));
    });
}
