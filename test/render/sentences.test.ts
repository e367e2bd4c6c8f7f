import { describe, expect, it } from "vitest";
import * as S from "../../src/render/sentences.js";

const pair = ["MEX", "SVN"] as const;

describe("one sentence per fact", () => {
  it.each([
    [S.relationsSentence({ kind: "relations", event: "established", date: "1994" }, pair), "The nations of Mexico and Slovenia established diplomatic relations in 1994."],
    [S.relationsSentence({ kind: "relations", event: "severed", date: "1960-01-05" }, pair), "On 5 January 1960, both nations severed diplomatic relations."],
    [S.relationsSentence({ kind: "relations", event: "restored" }, pair), "Both nations re-established diplomatic relations."],
    [S.relationsSentence({ kind: "relations", event: "upgraded", date: "1926" }, pair), "In 1926, both nations' diplomatic relations were upgraded to embassy level."],
    [S.membershipSentence(["Mercosur"], ["MEX"], pair), "Mexico is a member of Mercosur."],
    [S.recognitionSentence({ kind: "recognition", by: "MEX", of: "SVN", date: "1993-11-02" }), "Mexico recognized Slovenia on 2 November 1993."],
    [S.membershipSentence(["UN", "NATO"], ["SVN", "MEX"], pair), "Both nations are members of the United Nations and the North Atlantic Treaty Organization."],
    [S.membershipSentence(["OAS"], ["MEX"], pair), "Mexico is a member of the Organization of American States."],
    [S.missionEventSentence({ kind: "mission", of: "MEX", type: "honorary-consulate", in: "SVN", city: "Maribor", event: "opened", date: "1999" }), "In 1999, Mexico opened an honorary consulate in Maribor."],
    [S.missionEventSentence({ kind: "mission", of: "MEX", type: "embassy", in: "SVN", event: "closed", date: "2011-04" }), "In April 2011, Mexico closed its embassy in Slovenia."],
    [S.missionsSentence("SVN", "consulate", ["Guadalajara", "Monterrey"]), "Slovenia has consulates in Guadalajara and Monterrey."],
    [S.accreditationSentence({ kind: "accreditation", of: "MEX", to: "SVN", via: { type: "embassy", city: "Vienna", in: "AUT" } }), "Mexico is accredited to Slovenia from its embassy in Vienna, Austria."],
    [S.visitSentence({ kind: "visit", from: "SVN", to: "MEX", person: { name: "Marta Kovač", title: "Prime Minister", of: "SVN" }, date: "2001-06", qualifier: "first" }),
      "In June 2001, Slovene Prime Minister Marta Kovač paid a visit to Mexico, the first visit by a Slovene head of government to Mexico."],
    [S.visitSentence({ kind: "visit", from: "MEX", to: "SVN", person: { name: "Luis Ortega", title: "President", of: "MEX" }, date: "2010", qualifier: "state", place: "Bled" }),
      "In 2010, Mexican President Luis Ortega paid a state visit to Bled, Slovenia."],
    [S.visitItem({ kind: "visit", from: "MEX", to: "SVN", person: { name: "Luis Ortega", title: "Foreign Minister", of: "MEX" }, date: "2005-02" }), "Foreign Minister Luis Ortega (February 2005)"],
    [S.meetingSentence({ kind: "meeting", people: [{ name: "Luis Ortega", title: "President", of: "MEX" }, { name: "Marta Kovač", title: "Prime Minister", of: "SVN" }], date: "2008-05", place: "Lima", in: "PER", occasion: "Summit of Examples" }),
      "In May 2008, Mexican President Luis Ortega met with Slovene Prime Minister Marta Kovač in Lima, Peru, where both leaders were attending the Summit of Examples."],
    [S.agreementSentence({ kind: "agreement", title: "Agreement on Air Services", parties: ["SVN", "MEX"], date: "2002" }, pair), "In 2002, both nations signed the Agreement on Air Services."],
    [S.agreementSentence({ kind: "agreement", title: "Free Trade Agreement", parties: ["MEX", "EU"], date: "1997" }, pair), "In 1997, Mexico signed the Free Trade Agreement with the European Union."],
    [S.agreementSentence({ kind: "agreement", title: "visa waiver agreement", parties: ["MEX", "SVN"] }, pair), "Both nations have signed a visa waiver agreement."],
    [S.tradeSentence({ kind: "trade", value: 95_500_000, currency: "USD", year: 2019, flow: "total" }), "In 2019, two-way trade between both nations amounted to US$95.5 million."],
    [S.tradeSentence({ kind: "trade", value: 1_250_000_000, currency: "EUR", year: 2020, flow: "export", from: "SVN", to: "MEX" }), "In 2020, Slovenia's exports to Mexico amounted to €1.25 billion."],
    [S.goodsSentence({ kind: "goods", from: "SVN", to: "MEX", items: ["pharmaceuticals", "household appliances"] }), "Slovenia's exports to Mexico include: pharmaceuticals and household appliances."],
    [S.companiesSentence("SVN", "MEX", ["Example Works", "Sample Foods"]), "Slovene companies, such as Example Works and Sample Foods, operate in Mexico."],
    [S.statementSentence({ kind: "statement", person: { name: "Luis Ortega", title: "Ambassador", of: "MEX" }, date: "2000", summary: "Relations are excellent." }),
      "In 2000, Mexican Ambassador Luis Ortega stated that relations are excellent."],
    [S.anniversarySentence(34, 2026), "In 2026, both nations mark 34 years of diplomatic relations."],
  ])("%s", (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it("writes amounts close enough to read back within 1%", () => {
    for (const v of [241_800_000, 1_004_999, 12_345_678_901, 950_000, 3_000_000])
      expect(Math.abs(Number(S.amountWords(v).replace(/,/g, "").replace(/ (\w+)$/, (_, w) => ({ million: "e6", billion: "e9", trillion: "e12" })[w as "million"] ?? "")) - v) / v).toBeLessThan(0.01);
  });
});
