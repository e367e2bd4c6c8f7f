// `bilateral render A B [--format text|markdown|html] [--today DATE]` — the pair's article from the store.
// `--record FILE` renders a record file instead (no store needed).
import type { Command } from "commander";
import { BadInputError } from "../../errors.js";
import { RENDER_FORMATS, renderRecord, type RenderFormat } from "../../render/index.js";
import { readRecordFile, readStoredPair } from "../pair-input.js";
import { checkDateOption } from "./options.js";

export function register(program: Command): void {
  program
    .command("render")
    .description("write the pair's article from the store: lead, history, visits, agreements, trade, missions, see also")
    .argument("[a]", "a country: name, adjective or ISO code")
    .argument("[b]", "the other country")
    .option("--format <format>", `${RENDER_FORMATS.join(", ")}`, "text")
    .option("--today <date>", "the day date-dependent figures are computed for (default: today)")
    .option("--record <file>", "render this record file (format 1 JSON) instead of a stored pair")
    .action(async (a: string | undefined, b: string | undefined, opts: { format: string; today?: string; record?: string }, cmd: Command) => {
      const format = renderFormat(opts.format);
      checkDateOption("--today", opts.today);
      if (opts.record) {
        process.stdout.write(renderRecord(readRecordFile(opts.record), { format, ...(opts.today ? { today: opts.today } : {}) }));
        return;
      }
      if (!a || !b) throw new BadInputError("render", "name two countries (render Mexico Slovenia) or give --record FILE");
      const pair = await readStoredPair(cmd, a, b);
      process.stdout.write(renderRecord(pair.record, { format, sources: pair.sources, ...(opts.today ? { today: opts.today } : {}) }));
    });
}

function renderFormat(s: string): RenderFormat {
  if ((RENDER_FORMATS as readonly string[]).includes(s)) return s as RenderFormat;
  throw new BadInputError(`--format ${s}`, `not a format (use ${RENDER_FORMATS.join(", ")})`);
}
