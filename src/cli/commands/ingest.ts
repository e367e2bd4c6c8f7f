// `bilateral ingest FILE|DIR...` — extract and store, one transaction per document.
// A progress bar on a terminal once the work has taken a second; one line per bad file; a summary at the end.
import { SingleBar, Presets } from "cli-progress";
import type { Command } from "commander";
import { expandInputs, ingestFile, type FileResult } from "../../store/ingest.js";
import { printJson, withStore } from "../query-output.js";

export function register(program: Command): void {
  program
    .command("ingest")
    .description("extract facts from articles (.txt) or take format-1 records (.json) and store them; directories are searched")
    .argument("<paths...>", "files or directories")
    .option("--json", "print one result per document as JSON")
    .action(async (paths: string[], opts: { json?: boolean }, cmd: Command) => {
      const { files, bad } = await expandInputs(paths);
      const results: FileResult[] = [...bad];
      await withStore(cmd, async (store) => {
        const started = Date.now();
        let bar: SingleBar | undefined;
        const tty = process.stderr.isTTY && !opts.json;
        for (const [i, file] of files.entries()) {
          if (tty && !bar && Date.now() - started > 1000 && files.length - i > 1) {
            bar = new SingleBar({ format: "ingesting {bar} {value}/{total} documents | {eta_formatted} left", stream: process.stderr, hideCursor: true }, Presets.shades_classic);
            bar.start(files.length, i);
          }
          let r: FileResult;
          try {
            r = await ingestFile(store, file);
          } catch (e) {
            // a database failure on one document: that document is rolled back, the rest still go in
            r = { file, ok: false, reason: e instanceof Error ? e.message.split("\n")[0]! : String(e) };
          }
          results.push(r);
          if (!opts.json) {
            const line = r.ok ? (r.result.kind === "no-pair" ? `${file}: no pair of states found (${r.result.reason})` : undefined) : `${file}: ${r.reason}`;
            if (line) {
              if (bar) bar.stop();
              process.stderr.write(`bilateral: ${line}\n`);
              if (bar) bar.start(files.length, i + 1);
            }
          }
          bar?.update(i + 1);
        }
        bar?.stop();
      });
      if (opts.json) printJson(results);
      else process.stdout.write(summary(results) + "\n");
      if (results.some((r) => !r.ok)) process.exitCode = 1;
    });
}

export function summary(results: readonly FileResult[]): string {
  let stored = 0,
    revised = 0,
    unchanged = 0,
    noPair = 0,
    failed = 0,
    facts = 0,
    newFacts = 0;
  for (const r of results) {
    if (!r.ok) failed++;
    else if (r.result.kind === "stored") {
      stored++;
      if (r.result.superseded.length) revised++;
      facts += r.result.facts;
      newFacts += r.result.newFacts;
    } else if (r.result.kind === "unchanged") unchanged++;
    else noPair++;
  }
  const parts = [`${stored} stored (${facts} facts, ${newFacts} new${revised ? `; ${revised} new revisions` : ""})`, `${unchanged} unchanged`];
  if (noPair) parts.push(`${noPair} without a pair of states`);
  if (failed) parts.push(`${failed} bad`);
  return `ingested ${results.length} document${results.length === 1 ? "" : "s"}: ${parts.join(", ")}`;
}
