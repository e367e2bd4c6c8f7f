// The record schema: dates at their precision and only days the calendar has.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BilateralRecord, DateString, FACT_KINDS, isCalendarDate, spansOf } from "../../src/model/record.js";

describe("DateString", () => {
  it.each(["1992", "1992-05", "1992-05-22", "2003/2007", "2024-02-29", "1998-10/2001"])("accepts %s", (d) => {
    expect(DateString.safeParse(d).success).toBe(true);
  });
  it.each(["92", "1992-5", "1992-13", "1992-00", "1992-05-32", "2023-02-29", "1992-04-31", "1992/", "yesterday", "1992-05-22T00:00"])("refuses %s", (d) => {
    expect(DateString.safeParse(d).success).toBe(false);
  });
  it("knows the days of every month as the platform's calendar does (years 1000–2999)", () => {
    const pad = (n: number, w: number) => String(n).padStart(w, "0");
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const date = new Date(Date.UTC(y, m - 1, d));
        const exists = m >= 1 && m <= 12 && d >= 1 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
        expect(isCalendarDate(`${y}-${pad(m, 2)}-${pad(d, 2)}`)).toBe(exists);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe("BilateralRecord", () => {
  it("knows every kind of record.md", () => {
    expect([...FACT_KINDS].sort()).toEqual(["accreditation", "agreement", "anniversary", "company", "cooperation", "goods", "meeting", "membership", "mission", "recognition", "relations", "see-also", "statement", "trade", "visit"]);
  });
  it("takes a span or several, and refuses an unknown kind", () => {
    const rec = (facts: unknown[]) => ({ format: "bilateral.record/1", pair: ["MEX", "SVN"], source: { title: "t" }, facts });
    const parsed = BilateralRecord.parse(rec([{ kind: "relations", event: "established", date: "1992", span: [[0, 5], [10, 20]] }]));
    expect(spansOf(parsed.facts[0]!)).toEqual([[0, 5], [10, 20]]);
    expect(BilateralRecord.safeParse(rec([{ kind: "rumour", date: "1992" }])).success).toBe(false);
    expect(BilateralRecord.safeParse(rec([{ kind: "visit", from: "mexico", to: "SVN", person: { name: "X" } }])).success).toBe(false);
  });
});
