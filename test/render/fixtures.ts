// A small record written for the render and check tests: real states, invented people and events.
import type { BilateralRecord, Fact } from "../../src/model/record.js";

export function record(facts: Fact[], pair: [string, string] = ["MEX", "SVN"]): BilateralRecord {
  return { format: "bilateral.record/1", pair, source: { title: "A test record" }, facts };
}

export const SAMPLE: Fact[] = [
  { kind: "relations", event: "established", date: "1994-03" },
  { kind: "membership", org: "UN", members: ["MEX", "SVN"] },
  { kind: "membership", org: "OAS", members: ["MEX"] },
  { kind: "recognition", by: "MEX", of: "SVN", date: "1993-11-02" },
  { kind: "visit", from: "SVN", to: "MEX", person: { name: "Marta Kovač", title: "Prime Minister", of: "SVN" }, date: "2001-06", qualifier: "first" },
  { kind: "visit", from: "MEX", to: "SVN", person: { name: "Luis Ortega", title: "Foreign Minister", of: "MEX" }, date: "2005" },
  { kind: "meeting", people: [{ name: "Luis Ortega", title: "Foreign Minister", of: "MEX" }, { name: "Marta Kovač", title: "Prime Minister", of: "SVN" }], date: "2005", place: "Ljubljana" },
  { kind: "agreement", title: "Agreement on Air Services", parties: ["MEX", "SVN"], date: "2002-09-14", type: "agreement" },
  { kind: "trade", value: 95_500_000, currency: "USD", year: 2019, flow: "total" },
  { kind: "goods", from: "SVN", to: "MEX", items: ["pharmaceuticals", "household appliances"] },
  { kind: "company", name: "Example Works", of: "SVN", in: "MEX" },
  { kind: "mission", of: "SVN", type: "embassy", in: "MEX", city: "Mexico City" },
  { kind: "mission", of: "MEX", type: "honorary-consulate", in: "SVN", city: "Maribor", event: "opened", date: "1999" },
  { kind: "accreditation", of: "MEX", to: "SVN", via: { type: "embassy", city: "Vienna", in: "AUT" } },
  { kind: "anniversary", years: 25, date: "2019" },
  { kind: "see-also", titles: ["Foreign relations of Mexico"] },
];
