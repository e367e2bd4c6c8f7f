// The web UI's pure parts: cutting a text at its marks, shading the map, placing labels, saying a fact.
import { describe, expect, it } from "vitest";
import { segments } from "../../web/src/text-marks.js";
import { placeLabels, shader } from "../../web/src/map-layout.js";
import { describeFact, formatDate, quotesOf } from "../../web/src/facts.js";
import type { StoredFact } from "../../src/query/types.js";

describe("segments", () => {
  const text = "abcdefghij";
  const cut = (marks: { start: number; end: number; active?: boolean }[]) =>
    segments(text.length, marks).map((s) => [text.slice(s.start, s.end), s.marks.length, s.marks.some((m) => m.active)]);

  it("leaves an unmarked text whole", () => {
    expect(cut([])).toEqual([["abcdefghij", 0, false]]);
  });

  it("cuts at each boundary, overlapping marks counted on their common part", () => {
    expect(cut([{ start: 2, end: 6 }, { start: 4, end: 8, active: true }])).toEqual([
      ["ab", 0, false],
      ["cd", 1, false],
      ["ef", 2, true],
      ["gh", 1, true],
      ["ij", 0, false],
    ]);
  });

  it("clamps marks that run past the text", () => {
    expect(cut([{ start: 8, end: 99 }])).toEqual([
      ["abcdefgh", 0, false],
      ["ij", 1, false],
    ]);
  });
});

describe("shader", () => {
  it("gives none to zero and five quintile steps to the rest", () => {
    const shade = shader([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(shade)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it("still shades a known country when every count is the same", () => {
    const shade = shader([500, 500, 500]);
    expect(shade(500)).toBe(5);
    expect(shade(0)).toBe(0);
  });
});

describe("placeLabels", () => {
  it("puts a lone label right of its point", () => {
    expect(placeLabels([{ key: "a", x: 100, y: 100, text: "Vienna" }]).get("a")).toEqual({ x: 109, y: 104, anchor: "start" });
  });

  it("moves a label that would overlap an earlier one", () => {
    const placed = placeLabels([
      { key: "a", x: 100, y: 100, text: "Mexico City" },
      { key: "b", x: 90, y: 102, text: "Guadalajara" },
    ]);
    const a = placed.get("a")!;
    const b = placed.get("b")!;
    expect(a).toEqual({ x: 109, y: 104, anchor: "start" });
    expect(b.y === a.y && b.anchor === a.anchor).toBe(false);
  });
});

describe("facts in words", () => {
  const visit = {
    kind: "visit",
    from: "SVN",
    to: "MEX",
    person: { name: "Janez Drnovšek", title: "Prime Minister" },
    date: "1998-10",
    qualifier: "first",
    id: 1,
    pair: ["MEX", "SVN"],
    sourceIds: [2, 1],
    provenance: [
      { sourceId: 1, recordedAt: "", current: true },
      { sourceId: 2, span: [10, 20], recordedAt: "", current: true },
      { sourceId: 2, span: [30, 40], recordedAt: "", current: true },
    ],
    recordedAt: "",
    key: "",
  } as unknown as StoredFact;
  const name = (c: string) => ({ MEX: "Mexico", SVN: "Slovenia" })[c] ?? c;

  it("says a visit", () => {
    expect(describeFact(visit, name)).toBe("Prime Minister Janez Drnovšek visited Mexico (first)");
  });

  it("says a mission and an accreditation", () => {
    const mission = { kind: "mission", of: "MEX", type: "honorary-consulate", in: "SVN", city: "Ljubljana", event: "opened", date: "1996" } as const;
    expect(describeFact(mission, name)).toBe("Mexico opened an honorary consulate in Ljubljana");
    const embassy = { kind: "mission", of: "SVN", type: "embassy", in: "MEX" } as const;
    expect(describeFact(embassy, name)).toBe("Slovenia has an embassy in Mexico");
    const via = { kind: "accreditation", of: "MEX", to: "SVN", via: { type: "embassy", city: "Vienna", in: "AUT" } } as const;
    expect(describeFact(via, name)).toBe("Mexico is accredited to Slovenia from its embassy in Vienna");
  });

  it("quotes a source with a span first, each source once", () => {
    expect(quotesOf(visit)).toEqual([{ sourceId: 2, span: [10, 20] }, { sourceId: 1, span: undefined }]);
  });

  it.each([
    ["1998", "1998"],
    ["1998-10", "October 1998"],
    ["1992-05-22", "22 May 1992"],
    ["2003/2007", "2003–2007"],
    [undefined, "undated"],
  ])("formats %s as %s", (d, out) => {
    expect(formatDate(d)).toBe(out);
  });
});
