// npm run bench:extract — throughput of the full extract() (text → record) next to wtf_wikipedia's parse of the
// same documents, in the same run.
// Corpus: the seed and the 20 dev texts from ../shared, repeated until there is at least 10 MB of text (BENCH_MB).
// Method: a warm-up pass of each, then BENCH_ROUNDS (default 5) rounds; in each round both tools process every
// document, taking turns at going first. Reported: the median round as documents/s and MB/s (UTF-8 bytes), and
// the ratio bilateral / wtf_wikipedia (above 1: bilateral is faster).
// What wtf_wikipedia does here: `wtf(text)` (its whole parse: sections, paragraphs, sentences, links, templates)
// and `.sentences().length` to touch the result. It does not find facts, so the ratio compares a full
// extraction with a parse alone; the texts are plain-text excerpts with `= Title =` / `==Section==` lines,
// which wtf_wikipedia reads as wikitext.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import wtf from "wtf_wikipedia";
import { extract } from "../src/ingest/extract.js";

const SHARED = path.resolve(import.meta.dirname, "../../shared");
const SEED_DIR = path.join(SHARED, "seed");
const DEV_DIR = path.join(SHARED, "corpus/dev");
const TARGET_BYTES = Number(process.env.BENCH_MB ?? 10) * 1024 * 1024;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

function texts(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), "utf8"));
}

if (!existsSync(SEED_DIR) || !existsSync(DEV_DIR)) {
  console.error(`bench:extract needs ../shared (the seed and corpus/dev texts); not found at ${SHARED}`);
  process.exit(1);
}
const base = [...texts(SEED_DIR), ...texts(DEV_DIR)];
if (base.length === 0) {
  console.error(`bench:extract: no .txt files in ${SEED_DIR} or ${DEV_DIR}`);
  process.exit(1);
}

const docs: string[] = [];
let bytes = 0;
while (bytes < TARGET_BYTES)
  for (const t of base) {
    docs.push(t);
    bytes += Buffer.byteLength(t, "utf8");
  }
const MB = bytes / (1024 * 1024);

interface Tool {
  name: string;
  /** processes one document and returns a number derived from the result, so nothing is optimised away */
  run(text: string): number;
}
const tools: Tool[] = [
  {
    name: "bilateral extract()",
    run: (t) => {
      const r = extract(t);
      return r.kind === "record" ? r.record.facts.length + 1 : 0;
    },
  },
  { name: "wtf_wikipedia parse", run: (t) => wtf(t).sentences().length },
];

function pass(tool: Tool, set: readonly string[]): { seconds: number; check: number } {
  let check = 0;
  const t0 = performance.now();
  for (const d of set) check += tool.run(d);
  return { seconds: (performance.now() - t0) / 1000, check };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

console.log(`node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}), load average ${os.loadavg()[0]!.toFixed(2)}: other work on the machine skews both columns`);
console.log(`corpus: ${base.length} texts (seed + dev) repeated to ${docs.length} documents, ${MB.toFixed(1)} MB; ${ROUNDS} rounds after a warm-up`);

// warm-up: every base text a few times through each tool (JIT, lazy vocab indexes, regex compilation)
for (const tool of tools) for (let i = 0; i < 3; i++) pass(tool, base);

const times = new Map<string, number[]>(tools.map((t) => [t.name, []]));
const checks = new Map<string, number>();
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? tools : [...tools].reverse();
  for (const tool of order) {
    const r = pass(tool, docs);
    times.get(tool.name)!.push(r.seconds);
    checks.set(tool.name, r.check);
  }
  process.stderr.write(`round ${round + 1}/${ROUNDS}: ${tools.map((t) => `${t.name} ${times.get(t.name)!.at(-1)!.toFixed(2)} s`).join(", ")}\n`);
}

// every document is one of the base texts, so counting on those is enough
const records = base.filter((d) => extract(d).kind === "record").length;
const rows = tools.map((t) => {
  const s = median(times.get(t.name)!);
  return { name: t.name, seconds: s, docsPerSec: docs.length / s, mbPerSec: MB / s, min: Math.min(...times.get(t.name)!), max: Math.max(...times.get(t.name)!) };
});

const pad = (s: string, n: number) => s.padEnd(n);
const num = (x: number, d: number, n: number) => x.toFixed(d).padStart(n);
console.log("");
console.log(`${pad("", 22)} ${"median s".padStart(9)} ${"min–max s".padStart(13)} ${"docs/s".padStart(9)} ${"MB/s".padStart(7)}`);
for (const r of rows)
  console.log(`${pad(r.name, 22)} ${num(r.seconds, 3, 9)} ${`${r.min.toFixed(2)}–${r.max.toFixed(2)}`.padStart(13)} ${num(r.docsPerSec, 0, 9)} ${num(r.mbPerSec, 2, 7)}`);
const ratio = rows[0]!.mbPerSec / rows[1]!.mbPerSec;
// on a shared machine the fastest round is the least disturbed one; per-round ratios pair rounds run back to back
const bestRatio = rows[1]!.min / rows[0]!.min;
const perRound = median(times.get(tools[1]!.name)!.map((w, i) => w / times.get(tools[0]!.name)![i]!));
console.log("");
console.log(`ratio bilateral / wtf_wikipedia (throughput): ${ratio.toFixed(2)}× from the medians, ${bestRatio.toFixed(2)}× from the fastest rounds, ${perRound.toFixed(2)}× median of per-round ratios`);
console.log(`bilateral found a pair in ${records} of ${base.length} texts (last round: ${checks.get(tools[0]!.name)} facts + records); wtf_wikipedia saw ${checks.get(tools[1]!.name)} sentences`);
if (records === 0) console.log("note: extract() found no pair in any document, so this measures only its early exit; the ratio means nothing yet");
