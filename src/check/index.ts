// Check: what an article or a stored pair gets wrong, one rule per file (./rules), findings quoting the words.
import type { BilateralRecord } from "../model/record.js";
import { extract } from "../ingest/extract.js";
import type { Conflict } from "../query/types.js";
import type { WorldMission } from "./world-missions.js";
import { todayIso } from "../render/dates.js";
import { makeContext } from "./context.js";
import { runRules } from "./engine.js";
import type { CheckReport } from "./format.js";
import type { CheckText } from "./types.js";

export interface CheckOptions {
  /** the day staleness and future dates are judged by (default: today) */
  today?: string | Date;
  /** the world missions table; the world-missions rule runs only when it is given */
  worldMissions?: readonly WorldMission[];
}

/**
 * Check an article: extract its facts, then run every rule, quoting the article's words.
 * @example checkArticle(text, { today: "2026-11-28", file: "seed.txt" }).findings
 */
export function checkArticle(text: string, options: CheckOptions & { file?: string; title?: string } = {}): CheckReport {
  const today = todayIso(options.today);
  const file = options.file ?? "article";
  const result = extract(text, { title: options.title });
  if (result.kind === "no-pair") return { target: file, today, findings: [], note: `nothing to check: ${result.reason}` };
  const article: CheckText = { id: "article", name: file, text };
  const ctx = makeContext({ record: result.record, today, article, worldMissions: options.worldMissions });
  return { target: file, pair: result.record.pair, today, findings: runRules(ctx) };
}

/**
 * Check a record (a stored pair from getPairRecord, or any format-1 record). Stored facts are quoted from
 * the `sources` texts given; the store's conflicts become findings.
 */
export function checkRecord(
  record: BilateralRecord,
  options: CheckOptions & { conflicts?: readonly Conflict[]; sources?: readonly CheckText[]; target?: string } = {},
): CheckReport {
  const today = todayIso(options.today);
  const ctx = makeContext({ record, today, sources: options.sources, conflicts: options.conflicts, worldMissions: options.worldMissions });
  return { target: options.target ?? record.pair.join("–"), pair: record.pair, today, findings: runRules(ctx) };
}

export { RULES } from "./rules/index.js";
export { formatHuman, formatJson, exitCodeOf, counts, type CheckReport } from "./format.js";
export { loadWorldMissions, DEFAULT_WORLD_MISSIONS } from "./world-missions.js";
export type { Finding, Rule, Severity, Location, CheckContext, CheckText } from "./types.js";
