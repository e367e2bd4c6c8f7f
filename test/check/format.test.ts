import { describe, expect, it } from "vitest";
import { checkRecord, exitCodeOf, formatHuman, formatJson } from "../../src/check/index.js";
import type { StoredFact } from "../../src/store/store.js";
import { record } from "../render/fixtures.js";
import { article, check } from "./article.js";

const stale = article([
  ["Relations were established in 1994.", { kind: "relations", event: "established", date: "1994" }],
  ["In 2019, both nations celebrated 25 years of relations.", { kind: "anniversary", years: 25, date: "2019" }],
  ["In 2031, both nations signed an accord.", { kind: "agreement", title: "accord", parties: ["MEX", "SVN"], date: "2031" }],
]);

describe("check output", () => {
  const findings = check(stale, "2026-11-28");
  const report = { target: "test.txt", today: "2026-11-28", findings };

  it("reads like a linter", () => {
    expect(formatHuman(report)).toBe(
      [
        `test.txt:2:34  warning  "25 years" is right for 2019, stale in 2026: 32 years of diplomatic relations (suggest: In 2026, 32 years)  [anniversary-stale]`,
        `test.txt:3:4  error    "2031": an agreement dated after today (28 November 2026)  [date-future]`,
        `2 problems (1 error, 1 warning, 0 info)`,
        ``,
      ].join("\n"),
    );
  });

  it("says when there was nothing to check, and claims no clean bill", () => {
    expect(formatHuman({ target: "x.txt", today: "2026", findings: [], note: "nothing to check: no pair" })).toBe("x.txt: nothing to check: no pair\n");
    expect(formatHuman({ target: "x.txt", today: "2026", findings: [] })).toBe("x.txt: no problems found\n");
  });

  it("gives JSON with counts", () => {
    const json = JSON.parse(formatJson(report));
    expect(json.counts).toEqual({ error: 1, warning: 1, info: 0 });
    expect(json.findings[0]).toMatchObject({ rule: "anniversary-stale", severity: "warning", location: { line: 2, column: 34, quote: "25 years" } });
    expect(json.findings[0].reason).toBe("relations established in 1994; 2026 − 1994 = 32");
  });

  it("exits 1 only when an error is found", () => {
    expect(exitCodeOf(findings)).toBe(1);
    expect(exitCodeOf(findings.filter((f) => f.severity !== "error"))).toBe(0);
  });
});

describe("checkRecord", () => {
  it("turns the store's conflicts into findings quoting the stored source", () => {
    const text = "Mexico recognized Slovenia in 1992. Mexico recognized Slovenia in 1993.";
    const base = { pair: ["MEX", "SVN"] as const, recordedAt: "2026-01-01", key: "recognition:MEX:SVN" };
    const a = { kind: "recognition", by: "MEX", of: "SVN", date: "1992", id: 1, sourceIds: [4], provenance: [{ sourceId: 4, span: [0, 35], recordedAt: "", current: true }], ...base } as unknown as StoredFact;
    const b = { kind: "recognition", by: "MEX", of: "SVN", date: "1993", id: 2, sourceIds: [5], provenance: [{ sourceId: 5, span: [36, 71], recordedAt: "", current: true }], ...base } as unknown as StoredFact;
    const report = checkRecord(record([a, b]), {
      today: "2026",
      conflicts: [{ kind: "recognition", key: base.key, about: "recognition MEX→SVN", values: [{ value: "1992", facts: [a] }, { value: "1993", facts: [b] }] }],
      sources: [{ id: "4", name: "First article", text }, { id: "5", name: "Second article", text }],
    });
    expect(report.findings.map((f) => [f.rule, f.severity, f.message, f.location?.file, f.location?.quote])).toEqual([
      ["source-conflict", "warning", `sources disagree on recognition MEX→SVN: "1992" (First article) vs "1993" (Second article)`, "First article", "Mexico recognized Slovenia in 1992."],
    ]);
  });
});
