// `bilateral extract FILE` prints the record; `bilateral extract --out DIR FILE...` writes one JSON file per input.
// A batch gives a result per file: a bad file is one line on stderr and the rest still run; exit 1 if any failed.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setImmediate } from "node:timers/promises";
import { MultiBar, Presets } from "cli-progress";
import type { Command } from "commander";
import { BadInputError } from "../../errors.js";
import { extract } from "../../ingest/extract.js";
import { readArticleFile, readArticleStdin } from "../../io/article-file.js";
import { BilateralRecord } from "../../model/record.js";

/** `-` is standard input: no file name, so no title offered; named "stdin" in messages and `stdin.json` with --out. */
const STDIN = "-";
/** How an input is named in messages: control characters escaped, so a message stays one line whatever the file name. */
const displayName = (file: string): string =>
  file === STDIN ? "stdin" : file.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => JSON.stringify(c).slice(1, -1));

export function register(program: Command): void {
  program
    .command("extract")
    .summary("extract the facts about a pair of states from article text files")
    .description(
      [
        "Extract the facts about a pair of states from article text files (record format 1).",
        "With one FILE and no --out, the record is printed to stdout as JSON. With --out DIR, each FILE is written to DIR/NAME.json (NAME is the file name without its extension; DIR is created if missing; each file is written whole or not at all) and one summary line per file is printed. More than one FILE needs --out.",
        "A file that cannot be used (missing, a directory, binary, not UTF-8, empty, over 5 MB, no pair of states found) is reported as one line on stderr naming it; the other files are still processed, and the exit code is 1 if any file failed.",
        "FILE - reads standard input (named stdin, written as stdin.json with --out).",
        "When the text has no title line, the file name without its extension (e.g. iran-saudi-arabia) is offered as the title, from which the pair can be read.",
      ].join("\n\n"),
    )
    .argument("<files...>", "article text files (UTF-8); - reads standard input")
    .option("-o, --out <dir>", "write DIR/NAME.json for each FILE instead of printing")
    .action(async (files: string[], opts: { out?: string }, cmd: Command) => {
      if (files.filter((f) => f === STDIN).length > 1) cmd.error("bilateral extract: standard input (-) can be read only once", { exitCode: 2 });
      if (files.length > 1 && opts.out === undefined)
        cmd.error(`bilateral extract: ${files.length} files need --out DIR (stdout takes one record)`, { exitCode: 2 });
      const results = opts.out === undefined ? [printOne(files[0]!)] : await writeAll(files, opts.out);
      if (results.some((r) => !r.ok)) process.exitCode = 1;
    });
}

/** One input's outcome: a batch gives one per input, in order, instead of stopping at the first failure. */
export type FileOutcome = { file: string; ok: true; outPath?: string; record: BilateralRecord } | { file: string; ok: false; reason: string };

/**
 * The title to offer when the text has none: `a/b/mexico-slovenia.txt` → "mexico-slovenia", underscores as spaces.
 * Hyphens stay: they are where the engine splits the pair (pairFromTitle tries every hyphen, so "guinea-bissau-senegal"
 * works), and turning them into spaces would make "iran saudi arabia" unsplittable.
 */
export function titleFromFileName(file: string): string {
  return baseName(file).replace(/_+/g, " ").trim();
}

/** `a/b/mexico-slovenia.txt` → `mexico-slovenia`; a name with no extension stays as it is. */
export function baseName(file: string): string {
  const b = path.basename(file);
  const ext = path.extname(b);
  return ext && ext !== b ? b.slice(0, -ext.length) : b;
}

/** Read, check and extract one file (`-`: standard input); never throws. */
export function extractFile(file: string): FileOutcome {
  const read = file === STDIN ? readArticleStdin() : readArticleFile(file);
  if (!read.ok) return { file, ok: false, reason: read.reason };
  let result;
  try {
    result = extract(read.text, file === STDIN ? {} : { title: titleFromFileName(file) });
  } catch (e) {
    // extract() promises not to throw; if it does, this file fails, not the batch
    return { file, ok: false, reason: `internal error in extraction: ${firstLine(e)}` };
  }
  if (result.kind === "no-pair") return { file, ok: false, reason: result.reason };
  const checked = BilateralRecord.safeParse(result.record);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { file, ok: false, reason: `internal error: the record is not valid format 1 (${issue?.path.join(".")}: ${issue?.message})` };
  }
  return { file, ok: true, record: checked.data };
}

function printOne(file: string): FileOutcome {
  const r = extractFile(file);
  if (r.ok) process.stdout.write(JSON.stringify(r.record, null, 2) + "\n");
  else process.stderr.write(badLine(r));
  return r;
}

async function writeAll(files: string[], outDir: string): Promise<FileOutcome[]> {
  prepareOutDir(outDir);
  // a progress bar on a terminal's stderr, when stdout (the summary lines) goes elsewhere; error lines print above it
  const bars =
    files.length > 1 && process.stderr.isTTY && !process.stdout.isTTY
      ? new MultiBar({ format: "extracting {bar} {value}/{total} files | {eta_formatted} left", stream: process.stderr, hideCursor: true, clearOnComplete: true }, Presets.shades_classic)
      : undefined;
  const bar = bars?.create(files.length, 0);
  try {
    return await writeEach(files, outDir, (line) => {
      if (!bars) return void process.stderr.write(line);
      bars.log(line);
      bars.update(); // print it now, above the bar (the buffer is otherwise flushed on a timer, and dropped at stop)
    }, async () => {
      if (!bar) return;
      bar.increment();
      await setImmediate(); // the bar redraws from a timer: let it run
    });
  } finally {
    bars?.stop();
  }
}

async function writeEach(files: string[], outDir: string, errorLine: (line: string) => void, step: () => Promise<void>): Promise<FileOutcome[]> {
  const claimed = new Map<string, string>(); // output path → the input that wrote it
  const results: FileOutcome[] = [];
  for (const file of files) {
    const outPath = path.join(outDir, `${file === STDIN ? "stdin" : baseName(file)}.json`);
    const earlier = claimed.get(outPath);
    let r: FileOutcome;
    if (earlier !== undefined)
      r = { file, ok: false, reason: path.resolve(earlier) === path.resolve(file) ? `given twice (already written to ${displayName(outPath)})` : `would overwrite ${displayName(outPath)}, already written for ${displayName(earlier)}` };
    else {
      r = extractFile(file);
      if (r.ok) {
        const written = writeAtomically(outPath, JSON.stringify(r.record, null, 2) + "\n");
        if (written === true) {
          claimed.set(outPath, file);
          r = { ...r, outPath };
          const [a, b] = r.record.pair;
          const n = r.record.facts.length;
          process.stdout.write(`${displayName(file)} → ${displayName(outPath)}: ${a}–${b}, ${n} fact${n === 1 ? "" : "s"}\n`);
        } else r = { file, ok: false, reason: `cannot write ${outPath}: ${written}` };
      }
    }
    if (!r.ok) errorLine(badLine(r));
    results.push(r);
    await step();
  }
  return results;
}

function prepareOutDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BadInputError(dir, code === "EEXIST" || code === "ENOTDIR" ? "--out must be a directory, and this is a file" : `cannot create the output directory (${code ?? firstLine(e)})`);
  }
  if (!statSync(dir).isDirectory()) throw new BadInputError(dir, "--out must be a directory, and this is a file");
}

/**
 * Write to a temporary file beside the target, flush it to disk, then rename: readers see the old file or the whole
 * new one, even after a crash. Returns true, or the error code.
 */
function writeAtomically(target: string, content: string): true | string {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const fd = openSync(tmp, "wx");
    try {
      writeFileSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
    return true;
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written, or it is already gone
    }
    return (e as NodeJS.ErrnoException).code ?? firstLine(e);
  }
}

/** The one line that says which input failed and why. */
function badLine(r: { file: string; reason: string }): string {
  return `bilateral: ${new BadInputError(displayName(r.file), oneLine(r.reason)).message}\n`;
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "";
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, " ");
}
