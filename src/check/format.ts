// Findings for people (like a linter: `FILE:LINE:COL  severity  message  [rule-id]`) and for programs (JSON).
import type { Finding, Severity } from "./types.js";

export interface CheckReport {
  /** what was checked: a file path or a pair ("MEX–SVN") */
  readonly target: string;
  readonly pair?: readonly [string, string];
  readonly today: string;
  readonly findings: readonly Finding[];
  /** why nothing could be checked, when that is the case (no pair in the text) */
  readonly note?: string;
}

export function counts(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function formatHuman(report: CheckReport): string {
  const lines = report.findings.map((f) => {
    const where = f.location ? `${f.location.file}:${f.location.line}:${f.location.column}` : report.target;
    const hint = f.suggestion ? ` (suggest: ${f.suggestion})` : "";
    return `${where}  ${f.severity.padEnd(7)}  ${f.message}${hint}  [${f.rule}]`;
  });
  const c = counts(report.findings);
  if (report.note) lines.push(`${report.target}: ${report.note}`);
  const total = report.findings.length;
  if (total) lines.push(`${plural(total, "problem")} (${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${c.info} info)`);
  else if (!report.note) lines.push(`${report.target}: no problems found`);
  return lines.join("\n") + "\n";
}

export function formatJson(report: CheckReport): string {
  return JSON.stringify({ ...report, counts: counts(report.findings) }, null, 2) + "\n";
}

/** 1 when an error was found, else 0. */
export function exitCodeOf(findings: readonly Finding[]): number {
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}
