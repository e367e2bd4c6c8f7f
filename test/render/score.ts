// Scores one predicted record against one gold record with ../shared/eval/score.mjs itself (its rules, not a
// copy of them): both are written to a temporary pair of directories and the scorer's last line is read.
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SCORER } from "../shared.js";

export interface Score {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
  /** the scorer's --verbose lines naming missed and spurious facts */
  readonly misses: readonly string[];
}

export function score(gold: unknown, predicted: unknown | null, name = "doc"): Score {
  const dir = mkdtempSync(path.join(tmpdir(), "bilateral-score-"));
  try {
    mkdirSync(path.join(dir, "gold"));
    mkdirSync(path.join(dir, "pred"));
    writeFileSync(path.join(dir, "gold", `${name}.gold.json`), JSON.stringify(gold));
    if (predicted) writeFileSync(path.join(dir, "pred", `${name}.json`), JSON.stringify(predicted));
    const out = execFileSync(process.execPath, [SCORER, path.join(dir, "gold"), path.join(dir, "pred"), "--verbose"], { encoding: "utf8" });
    const m = /micro P ([\d.]+) R ([\d.]+) F1 ([\d.]+)\s*$/.exec(out);
    if (!m) throw new Error(`unexpected scorer output:\n${out}`);
    return { p: Number(m[1]), r: Number(m[2]), f1: Number(m[3]), misses: out.split("\n").filter((l) => /^\s+\S+ (?:missed|spurious|pair) /.test(l)).map((l) => l.trim()) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
