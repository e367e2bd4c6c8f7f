// Conflicts: two sources that disagree on one thing are listed; one source that states two things is not.
import { describe, expect, it } from "vitest";
import { conflictsOf } from "../../src/query/facts.js";
import type { StoredFact } from "../../src/store/store.js";

let nextId = 1;
function visit(date: string, sourceIds: number[]): StoredFact {
  return {
    kind: "visit", from: "PER", to: "CHL", person: { name: "Ana Rojas" }, date,
    id: nextId++, pair: ["CHL", "PER"], sourceIds, provenance: [], recordedAt: "2026-01-01", key: "PER>CHL|rojas", valueKey: date.slice(0, 4),
  } as StoredFact;
}

describe("conflictsOf", () => {
  it("lists a visit two sources date differently, with each value's facts", () => {
    const c = conflictsOf([visit("2010", [1]), visit("2011", [2])]);
    expect(c).toHaveLength(1);
    expect(c[0]!.values.map((v) => v.value)).toEqual(["2010", "2011"]);
  });
  it("does not list two visits that one source gives", () => {
    expect(conflictsOf([visit("2010", [1]), visit("2012", [1])])).toEqual([]);
  });
  it("lists the disagreement even when one source also gives both", () => {
    const c = conflictsOf([visit("2010", [1, 3]), visit("2012", [1]), visit("2013", [2])]);
    expect(c[0]!.values.map((v) => v.value)).toEqual(["2010", "2012", "2013"]);
  });
});
