import { describe, expect, it } from "vitest";
import type { Fact, Person } from "../../src/model/record.js";
import { article, brief, check } from "./article.js";

const pm = (name: string, of = "SVN"): Person => ({ name, title: "Prime Minister", of });
const visit = (person: Person, date: string, extra: Partial<Extract<Fact, { kind: "visit" }>> = {}): Fact =>
  ({ kind: "visit", from: person.of!, to: person.of === "SVN" ? "MEX" : "SVN", person, date, ...extra }) as Fact;

describe("title-role", () => {
  it("finds a prime minister called head of state, quoting the words with line and column", () => {
    const a = article([
      ["Some words first.", null],
      ["In 2001, Prime Minister Marta Kovač became the first Slovene head of state to visit Mexico.", visit(pm("Marta Kovač"), "2001", { qualifier: "first" })],
    ]);
    const fs = check(a).filter((f) => f.rule === "title-role");
    expect(brief(fs)).toEqual([`title-role error 2:62 "head of state"`]);
    expect(fs[0]!.message).toContain("Marta Kovač is Prime Minister, a head of government, not a head of state");
    expect(fs[0]!.reason).toMatch(/head-of-government/);
  });

  it("reads a possessive before the role", () => {
    const a = article([["In 2001, Prime Minister Marta Kovač, the country's head of state, visited Mexico.", visit(pm("Marta Kovač"), "2001")]]);
    expect(brief(check(a))).toEqual([`title-role error 1:52 "head of state"`]);
  });

  it.each([
    ["a title before the name", "In 2001, the Slovene Prime Minister Marta Kovač paid a visit to Mexico.", visit(pm("Marta Kovač"), "2001")],
    ["the right role", "In 2001, Prime Minister Marta Kovač became the first Slovene head of government to visit Mexico.", visit(pm("Marta Kovač"), "2001")],
    ["a president who also heads the government", "In 2003, President Luis Ortega became the first Mexican head of government to visit Slovenia.", visit({ name: "Luis Ortega", title: "President", of: "MEX" }, "2003")],
    ["a role as a title with the name after it", "In 2004, the Foreign Minister Luis Ortega visited Slovenia.", visit({ name: "Luis Ortega", title: "Foreign Minister", of: "MEX" }, "2004")],
    ["a role said of someone else", "In 2004, Foreign Minister Luis Ortega said that the head of state would visit Slovenia.", { kind: "statement", person: { name: "Luis Ortega", title: "Foreign Minister", of: "MEX" }, date: "2004", summary: "a visit is coming" } as Fact],
    ["no rank known", "In 2004, Luis Ortega became the first head of state to visit Slovenia.", visit({ name: "Luis Ortega", of: "MEX" }, "2004")],
  ])("near miss: %s", (_, sentence, fact) => {
    expect(check(article([[sentence, fact]])).filter((f) => f.rule === "title-role")).toEqual([]);
  });
});

describe("anniversaries", () => {
  const established: Fact = { kind: "relations", event: "established", date: "1994" };
  it("is stale when the year has passed, and suggests the figure for today", () => {
    const a = article([
      ["Relations were established in 1994.", established],
      ["In 2019, both nations celebrated 25 years of relations.", { kind: "anniversary", years: 25, date: "2019" }],
    ]);
    const fs = check(a, "2026-11-28");
    expect(brief(fs)).toEqual([`anniversary-stale warning 2:34 "25 years"`]);
    expect(fs[0]!.message).toBe(`"25 years" is right for 2019, stale in 2026: 32 years of diplomatic relations`);
    expect(fs[0]!.suggestion).toBe("In 2026, 32 years");
    expect(check(a, "2019-12-01")).toEqual([]);
  });

  it("checks the arithmetic against the established year (and leaves staleness out of it)", () => {
    const a = article([
      ["Relations were established in 1994.", established],
      ["In 2019, both nations celebrated 27 years of relations.", { kind: "anniversary", years: 27, date: "2019" }],
    ]);
    const fs = check(a, "2026-11-28");
    expect(brief(fs)).toEqual([`anniversary-arithmetic error 2:34 "27 years"`]);
    expect(fs[0]!.suggestion).toBe("25 years");
  });

  it("counts on from the anniversary when no established date is known", () => {
    const a = article([["In 2020, both nations marked 30 years of relations.", { kind: "anniversary", years: 30, date: "2020" }]]);
    expect(check(a, "2026")[0]!.message).toContain("36 years");
  });
});

describe("superlatives", () => {
  it("questions a first visit after an earlier one of the same rank in the same direction", () => {
    const a = article([
      ["In March 1997, Prime Minister Ana Zupan visited Mexico.", visit(pm("Ana Zupan"), "1997-03")],
      ["In 2001, Prime Minister Marta Kovač paid the first visit of a Slovene head of government to Mexico.", visit(pm("Marta Kovač"), "2001", { qualifier: "first" })],
    ]);
    expect(brief(check(a))).toEqual([`visit-first warning 2:46 "first"`]);
  });

  it.each([
    ["an earlier visit of lower rank", visit({ name: "Ana Zupan", title: "State Secretary", of: "SVN" }, "1997-03")],
    ["an earlier visit the other way", visit(pm("Luis Ortega", "MEX"), "1997-03")],
    ["a visit in the same year (not surely earlier)", visit(pm("Ana Zupan"), "2001")],
  ])("near miss: %s", (_, other) => {
    const a = article([
      ["An earlier visit.", other],
      ["In 2001, Prime Minister Marta Kovač paid the first visit of a Slovene head of government to Mexico.", visit(pm("Marta Kovač"), "2001-06", { qualifier: "first" })],
    ]);
    expect(check(a).filter((f) => f.rule.startsWith("visit-"))).toEqual([]);
  });

  it.each([
    ["in twenty years", "the first visit of a Slovene head of government to Mexico in twenty years"],
    ["in 2 decades", "the first visit of a Slovene head of government to Mexico in 2 decades"],
    ["since 1999", "the first visit of a Slovene head of government to Mexico since 1999"],
  ])("reads a bound on the superlative: %s", (_, words) => {
    const a = article([
      ["In March 1997, Prime Minister Ana Zupan visited Mexico.", visit(pm("Ana Zupan"), "1997-03")],
      [`In 2021, Prime Minister Marta Kovač paid ${words}.`, visit(pm("Marta Kovač"), "2021", { qualifier: "first" })],
    ]);
    expect(check(a)).toEqual([]);
    const within = article([
      ["In March 2005, Prime Minister Ana Zupan visited Mexico.", visit(pm("Ana Zupan"), "2005-03")],
      [`In 2021, Prime Minister Marta Kovač paid ${words}.`, visit(pm("Marta Kovač"), "2021", { qualifier: "first" })],
    ]);
    expect(check(within).map((f) => f.rule)).toEqual(["visit-first"]);
  });

  it("questions a highest-level visitor outranked by an earlier one, not one of equal rank", () => {
    const fm = (name: string): Person => ({ name, title: "Foreign Minister", of: "MEX" });
    const later = visit(fm("Luis Ortega"), "2007-12", { qualifier: "highest-level" });
    const outranked = article([
      ["In 1999, President Rosa Vega visited Slovenia.", visit({ name: "Rosa Vega", title: "President", of: "MEX" }, "1999")],
      ["In December 2007, Foreign Minister Luis Ortega became the highest-level Mexican official to visit Slovenia.", later],
    ]);
    expect(brief(check(outranked))).toEqual([`visit-highest-level warning 2:59 "highest-level"`]);
    const equal = article([
      ["In 1999, Foreign Secretary Rosa Vega visited Slovenia.", visit({ name: "Rosa Vega", title: "Foreign Secretary", of: "MEX" }, "1999")],
      ["In December 2007, Foreign Minister Luis Ortega became the highest-level Mexican official to visit Slovenia.", later],
    ]);
    expect(check(equal)).toEqual([]);
  });
});

describe("impossible dates", () => {
  it("finds a date after today", () => {
    const a = article([["In 2031, both nations signed an accord.", { kind: "agreement", title: "accord", parties: ["MEX", "SVN"], date: "2031" }]]);
    expect(brief(check(a, "2026-11-28"))).toEqual([`date-future error 1:4 "2031"`]);
    expect(check(a, "2031-01-01")).toEqual([]);
  });

  it("leaves announced anniversaries and planned programmes alone", () => {
    const a = article([
      ["Relations were established in 1994.", { kind: "relations", event: "established", date: "1994" }],
      ["In 2029, both nations will mark 35 years of relations.", { kind: "anniversary", years: 35, date: "2029" }],
      ["A programme of cooperation runs from 2027 to 2030.", { kind: "cooperation", name: "programme of cooperation", date: "2027/2030" }],
    ]);
    expect(check(a, "2026-11-28")).toEqual([]);
  });

  it("finds a recognition of a state before it existed, but not a date that may fall after", () => {
    const early = article([["Mexico recognized Slovenia in 1990.", { kind: "recognition", by: "MEX", of: "SVN", date: "1990" }]]);
    const fs = check(early);
    expect(brief(fs)).toEqual([`date-before-state error 1:31 "1990"`]);
    expect(fs[0]!.message).toContain("before Slovenia existed");
    for (const date of ["1991", "1991-06", "1992-05-22"])
      expect(check(article([["Mexico recognized Slovenia then.", { kind: "recognition", by: "MEX", of: "SVN", date }]]))).toEqual([]);
  });

  it("judges acts that need a sovereign state, not treaties or visits of the years before", () => {
    const a = article([
      ["In 1965, both signed a border agreement.", { kind: "agreement", title: "border agreement", parties: ["QAT", "SAU"], date: "1965" }],
      ["In 1968, the Emir visited Riyadh.", { kind: "visit", from: "QAT", to: "SAU", person: { name: "Ahmad Example", title: "Emir", of: "QAT" }, date: "1968" }],
      ["In 1969, Qatar opened an embassy in Riyadh.", { kind: "mission", of: "QAT", type: "embassy", in: "SAU", city: "Riyadh", event: "opened", date: "1969" }],
    ], ["QAT", "SAU"]);
    expect(brief(check(a))).toEqual([`date-before-state error 3:4 "1969"`]);
  });
});

describe("person-rank-conflict", () => {
  const ortega = (title: string): Person => ({ name: "Luis Ortega", title, of: "MEX" });
  it("accepts two titles of one rank", () => {
    const a = article([
      ["In December 2007, Foreign Minister Luis Ortega visited Slovenia.", visit(ortega("Foreign Minister"), "2007-12")],
      ["- Foreign Secretary Luis Ortega (December 2007)", visit(ortega("Foreign Secretary"), "2007-12")],
    ]);
    // (the two titles are one rank: no finding)
    expect(check(a)).toEqual([]);
  });

  it("finds two ranks for the same month, and none for another year or a year-only date", () => {
    const meeting: Fact = { kind: "meeting", people: [ortega("Ambassador"), pm("Marta Kovač")], date: "2007-12-03" };
    const a = article([
      ["In December 2007, Foreign Minister Luis Ortega visited Slovenia.", visit(ortega("Foreign Minister"), "2007-12")],
      ["On 3 December 2007, Ambassador Luis Ortega met with Prime Minister Marta Kovač.", meeting],
    ]);
    expect(brief(check(a))).toEqual([`person-rank-conflict error 2:21 "Ambassador Luis Ortega"`]);
    for (const date of ["1999-12", "2007"]) {
      // another year; or only the year, within which people change office
      const b = article([
        ["In December 2007, Foreign Minister Luis Ortega visited Slovenia.", visit(ortega("Foreign Minister"), "2007-12")],
        ["Then Ambassador Luis Ortega met with Prime Minister Marta Kovač.", { ...meeting, date }],
      ]);
      expect(check(b)).toEqual([]);
    }
  });
});

describe("office-holder-conflict", () => {
  const president = (name: string): Person => ({ name, title: "President", of: "MEX" });
  const meeting = (p: Person, date: string): Fact => ({ kind: "meeting", people: [p, pm("Marta Kovač")], date });

  it("finds an office the record gives to someone else in the same month", () => {
    const a = article([
      ["In May 2006, President Rosa Vega met with Prime Minister Marta Kovač.", meeting(president("Rosa Vega"), "2006-05")],
      ["On 20 May 2006, President Luis Ortega met with Prime Minister Marta Kovač.", meeting(president("Luis Ortega"), "2006-05-20")],
    ]);
    const fs = check(a);
    expect(brief(fs)).toEqual([`office-holder-conflict error 2:17 "President Luis Ortega"`]);
    expect(fs[0]!.message).toBe(`"President Luis Ortega" in 20 May 2006: the record gives the Mexican head of state in May 2006 as Rosa Vega`);
  });

  it.each([
    ["the same year only (offices change hands within a year)", "2006", "2006-05"],
    ["different months", "2006-01", "2006-12"],
  ])("near miss: %s", (_, d1, d2) => {
    const a = article([
      ["One meeting.", meeting(president("Rosa Vega"), d1)],
      ["Another meeting.", meeting(president("Luis Ortega"), d2)],
    ]);
    expect(check(a)).toEqual([]);
  });
});

describe("world-missions", () => {
  const data = [
    { of: "MEX", in: "AUT", type: "embassy" as const, city: "Vienna", jurisdictions: ["AUT", "SVN"], qid: "Q1" },
    { of: "SVN", in: "MEX", type: "embassy" as const, city: "Mexico City", jurisdictions: ["MEX"], qid: "Q2" },
  ];
  const a = article([
    ["- Mexico is accredited to Slovenia from its embassy in Vienna, Austria.", { kind: "accreditation", of: "MEX", to: "SVN", via: { type: "embassy", city: "Vienna", in: "AUT" } }],
    ["- Mexico has an honorary consulate in Maribor.", { kind: "mission", of: "MEX", type: "honorary-consulate", in: "SVN", city: "Maribor" }],
    ["- Slovenia has an embassy in Mexico City.", { kind: "mission", of: "SVN", type: "embassy", in: "MEX", city: "Mexico City" }],
    ["- Slovenia is accredited to Mexico from its embassy in Washington.", { kind: "accreditation", of: "SVN", to: "MEX", via: { type: "embassy", city: "Washington" } }],
  ]);

  it("notes what the data lacks and warns where it disagrees", () => {
    expect(brief(check(a, "2026", data))).toEqual([`world-missions info 2:39 "Maribor"`, `world-missions warning 4:15 "accredited"`]);
  });

  it("takes a mission filed under a nearby municipality for the city the article names", () => {
    const embassy = (city: string, lat: number, lon: number) => [{ of: "SVN", in: "MEX", type: "embassy" as const, city, lat, lon, jurisdictions: ["MEX"], qid: "Q3" }];
    const one = article([["- Slovenia has an embassy in Mexico City.", { kind: "mission", of: "SVN", type: "embassy", in: "MEX", city: "Mexico City" }]]);
    expect(check(one, "2026", embassy("Coyoacán", 19.35, -99.16))).toEqual([]);
    expect(brief(check(one, "2026", embassy("Zapopan", 20.72, -103.39)))).toEqual([`world-missions warning 1:30 "Mexico City"`]);
  });

  it("is skipped without the data", () => {
    expect(check(a, "2026")).toEqual([]);
  });
});
