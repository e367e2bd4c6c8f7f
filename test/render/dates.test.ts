import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateBounds, datePhrase, formatDate, todayIso } from "../../src/render/dates.js";
import { MONTHS } from "../../src/vocab/months.js";

describe("dates keep their precision", () => {
  it.each([
    ["1992", "1992", "in 1992"],
    ["1992-05", "May 1992", "in May 1992"],
    ["1992-05-22", "22 May 1992", "on 22 May 1992"],
    ["2003/2007", "2003 to 2007", "from 2003 to 2007"],
    ["1996-08/1997", "August 1996 to 1997", "from August 1996 to 1997"],
  ])("%s", (iso, words, phrase) => {
    expect(formatDate(iso)).toBe(words);
    expect(datePhrase(iso)).toBe(phrase);
  });

  it("gives the days a date can mean", () => {
    expect(dateBounds("1992")).toEqual(["1992-01-01", "1992-12-31"]);
    expect(dateBounds("2024-02")).toEqual(["2024-02-01", "2024-02-29"]);
    expect(dateBounds("2003/2007-06")).toEqual(["2003-01-01", "2007-06-30"]);
  });

  it("rejects a today that is not a date", () => {
    expect(() => todayIso("next week")).toThrow(/not a date/);
    expect(todayIso("2026-03-01")).toBe("2026-03-01");
  });
});


describe("precision, for any date", () => {
  const iso = fc
    .record({ y: fc.integer({ min: 1500, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), p: fc.constantFrom("year", "month", "day") })
    .map(({ y, m, d, p }) => [y, String(m).padStart(2, "0"), String(d).padStart(2, "0")].slice(0, p === "year" ? 1 : p === "month" ? 2 : 3).join("-"));

  it("names a month only when the date has one, and a day only when it has one", () => {
    fc.assert(
      fc.property(iso, (s) => {
        const words = formatDate(s);
        const parts = s.split("-").length;
        expect(MONTHS.some((m) => words.includes(m))).toBe(parts >= 2);
        expect(/^\d{1,2} /.test(words)).toBe(parts === 3);
        expect(words.endsWith(s.slice(0, 4))).toBe(true);
      }),
    );
  });
});
