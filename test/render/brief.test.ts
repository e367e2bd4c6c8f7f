import { describe, expect, it } from "vitest";
import { nextAnniversaries, renderBrief } from "../../src/render/index.js";
import { record, SAMPLE } from "./fixtures.js";

const rec = record(SAMPLE);

describe("nextAnniversaries", () => {
  it("lists the next ones after today at each event's precision, soonest first", () => {
    expect(nextAnniversaries(rec, "2026-11-28").map((a) => [a.date, a.years, a.what])).toEqual([
      ["2027-03", 33, "diplomatic relations"],
      ["2027-09-14", 25, "Agreement on Air Services"],
      ["2027-11-02", 34, "Mexico recognized Slovenia"],
      // year-only: its day is unknown, so it is counted from next year and listed after the dated ones
      ["2027", 28, "Mexico's honorary consulate in Maribor opened"],
    ]);
  });

  it("keeps this year's anniversary when it is still to come", () => {
    expect(nextAnniversaries(rec, "2026-01-10")[0]).toMatchObject({ date: "2026-03", years: 32 });
  });
});

describe("renderBrief", () => {
  const findings = [{ rule: "anniversary-stale", severity: "warning", message: `"25 years" is stale`, location: { file: "a.txt", line: 3, column: 9 } }];
  const text = renderBrief(rec, { today: "2026-11-28", findings });

  it("has the four parts of a desk brief", () => {
    expect(text.split("\n")[0]).toBe("Mexico–Slovenia relations: brief for 28 November 2026");
    for (const h of ["Key facts", "Last events", "Next anniversaries", "Check"]) expect(text).toMatch(new RegExp(`^${h}\\n-+$`, "m"));
  });

  it("counts the years of relations for today and lists the last events newest first", () => {
    expect(text).toContain("- Diplomatic relations established in March 1994 (32 years in 2026).");
    const events = text.split("Last events")[1]!.split("Next anniversaries")[0]!;
    expect(events.indexOf("2005")).toBeLessThan(events.indexOf("June 2001"));
    expect(events).not.toContain("two-way trade");
  });

  it("lists the findings it is given, and says when check was not run", () => {
    expect(text).toContain(`- warning: "25 years" is stale [anniversary-stale] (a.txt:3:9)`);
    expect(renderBrief(rec, { today: "2026-11-28" })).toMatch(/^Check\n-+\n- not run$/m);
    expect(renderBrief(rec, { today: "2026-11-28", findings: [] })).toMatch(/^Check\n-+\n- no problems found$/m);
  });

  it("writes Markdown headings on request", () => {
    expect(renderBrief(rec, { today: "2026-11-28", format: "markdown" })).toMatch(/^# Mexico–Slovenia relations: brief for 28 November 2026\n\n## Key facts\n\n- /);
  });
});
