// Builds a small article and its record together: each fact gets the span of the sentence written for it,
// so rules can be tested on text without the extraction engine.
import type { BilateralRecord, Fact } from "../../src/model/record.js";
import { makeContext } from "../../src/check/context.js";
import { runRules } from "../../src/check/engine.js";
import type { Finding } from "../../src/check/types.js";
import type { WorldMission } from "../../src/check/world-missions.js";

export function article(lines: [string, Fact | Fact[] | null][], pair: [string, string] = ["MEX", "SVN"]): { text: string; record: BilateralRecord } {
  let text = "";
  const facts: Fact[] = [];
  for (const [sentence, fact] of lines) {
    const start = text.length;
    text += sentence + "\n";
    for (const f of fact ? (Array.isArray(fact) ? fact : [fact]) : []) facts.push({ ...f, span: [start, start + sentence.length] } as Fact);
  }
  return { text, record: { format: "bilateral.record/1", pair, source: { title: "test" }, facts } };
}

export function check(a: { text: string; record: BilateralRecord }, today = "2026-11-28", worldMissions?: WorldMission[]): Finding[] {
  return runRules(makeContext({ record: a.record, today, article: { id: "article", name: "test.txt", text: a.text }, worldMissions }));
}

export const brief = (fs: Finding[]) => fs.map((f) => `${f.rule} ${f.severity} ${f.location ? `${f.location.line}:${f.location.column} "${f.location.quote}"` : "-"}`);
