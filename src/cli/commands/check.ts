// `bilateral check FILE` (an article, or a record .json) and `bilateral check A B` (a stored pair): findings
// like a linter's (`FILE:LINE:COL  severity  message  [rule-id]`) or `--json`; exit 1 when an error is found.
import type { Command } from "commander";
import { BadInputError } from "../../errors.js";
import { checkArticle, checkRecord, DEFAULT_WORLD_MISSIONS, exitCodeOf, formatHuman, formatJson, loadWorldMissions, type CheckReport } from "../../check/index.js";
import type { WorldMission } from "../../check/world-missions.js";
import { readArticleFile } from "../../io/article-file.js";
import { readRecordFile, readStoredPair } from "../pair-input.js";
import { titleFromFileName } from "./extract.js";
import { checkDateOption } from "./options.js";

interface CheckOpts {
  json?: boolean;
  today?: string;
  worldMissions?: string | boolean;
}

export function register(program: Command): void {
  program
    .command("check")
    .description("report what an article (FILE) or a stored pair (A B) gets wrong: titles and roles, anniversaries, superlatives, impossible dates, ranks, conflicting sources")
    .argument("<file-or-a>", "an article text file, a record .json file, or a country")
    .argument("[b]", "the other country, to check a stored pair")
    .option("--json", "print the findings as JSON")
    .option("--today <date>", "the day staleness and future dates are judged by (default: today)")
    .option("--world-missions [file]", `also compare missions with the world missions data (default file: data/world-missions.json)`)
    .action(async (first: string, b: string | undefined, opts: CheckOpts, cmd: Command) => {
      checkDateOption("--today", opts.today);
      const today = opts.today ? { today: opts.today } : {};
      const worldMissions = readWorldMissions(opts.worldMissions);
      let report: CheckReport;
      if (b !== undefined) {
        const pair = await readStoredPair(cmd, first, b);
        report = checkRecord(pair.record, { ...today, conflicts: pair.conflicts, sources: pair.texts, worldMissions });
      } else if (first.endsWith(".json")) {
        report = checkRecord(readRecordFile(first), { ...today, worldMissions, target: first });
      } else {
        const read = readArticleFile(first);
        if (!read.ok) throw new BadInputError(first, read.reason);
        report = checkArticle(read.text, { ...today, worldMissions, file: first, title: titleFromFileName(first) });
      }
      process.stdout.write(opts.json ? formatJson(report) : formatHuman(report));
      process.exitCode = exitCodeOf(report.findings);
    });
}

function readWorldMissions(option: string | boolean | undefined): WorldMission[] | undefined {
  if (!option) return undefined;
  const file = typeof option === "string" ? option : DEFAULT_WORLD_MISSIONS;
  const missions = loadWorldMissions(file);
  if (!missions) throw new BadInputError(file, "no such file (the world missions data is built by scripts/build-world-missions.ts)");
  return missions;
}
