// The `bilateral` command line. Each command lives in ./commands/NAME.ts and exports `register(program)`.
// Every failure a user can cause ends as one line on stderr and a non-zero exit code, never a stack trace.
import { Command, CommanderError } from "commander";
import { UserError } from "../errors.js";
import { register as registerExtract } from "./commands/extract.js";
import { register as registerIngest } from "./commands/ingest.js";
import { register as registerImport } from "./commands/import.js";
import { register as registerShow } from "./commands/show.js";
import { register as registerTimeline } from "./commands/timeline.js";
import { register as registerVisits } from "./commands/visits.js";
import { register as registerAgreements } from "./commands/agreements.js";
import { register as registerMissions } from "./commands/missions.js";
import { register as registerSearch } from "./commands/search.js";
import { register as registerExport } from "./commands/export.js";
import { register as registerServe } from "./commands/serve.js";
import { register as registerRender } from "./commands/render.js";
import { register as registerBrief } from "./commands/brief.js";
import { register as registerCheck } from "./commands/check.js";

export async function main(argv: string[]): Promise<number> {
  const program = new Command("bilateral")
    .description("Facts about the relationship between two states: extract, store, query, render, check.")
    .option("--db <path-or-url>", "database: a SQLite file path or a postgres:// URL (default: $BILATERAL_DB or a file in your data directory)")
    .exitOverride()
    .configureOutput({ outputError: (s, write) => write(s.trimEnd() + "\n") });
  registerExtract(program);
  registerIngest(program);
  registerImport(program);
  registerShow(program);
  registerTimeline(program);
  registerVisits(program);
  registerAgreements(program);
  registerMissions(program);
  registerSearch(program);
  registerExport(program);
  registerServe(program);
  registerRender(program);
  registerBrief(program);
  registerCheck(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    return reportFailure(e);
  }
}

/** One clear line for the user; a stack trace only when BILATERAL_DEBUG is set. */
export function reportFailure(e: unknown): number {
  if (e instanceof CommanderError) {
    // commander has already printed its message (or the help text)
    return e.exitCode === 0 ? 0 : 2;
  }
  if (e instanceof UserError) {
    process.stderr.write(`bilateral: ${e.message}\n`);
    return 1;
  }
  const msg = e instanceof Error ? e.message : String(e);
  process.stderr.write(`bilateral: internal error: ${msg.split("\n")[0]}\n`);
  if (process.env.BILATERAL_DEBUG) console.error(e);
  return 1;
}
