// The embassies table: QID joins, type normalisation, jurisdictions as accreditation, skipped rows with reasons.
import { describe, expect, it } from "vitest";
import { makeCrosswalk } from "../../src/store/crosswalk.js";
import { missionFacts, normaliseMissionType, parseEmbassiesCsv } from "../../src/store/world-missions.js";

const cw = makeCrosswalk([
  { code: "MEX", qids: ["Q96"] },
  { code: "SVN", qids: ["Q215"] },
  { code: "AUT", qids: ["Q40"] },
  { code: "SVK", qids: ["Q214"] },
]);
const E = "http://www.wikidata.org/entity/";
const HEADER =
  "operator;operatorQID;jurisdictions;jurisdictionQIDs;country;countryQID;city;cityQID;address;latitude;longitude;phone;email;website;facebook;twitter;youtube;picture;pictureAuthor;pictureLicense;pictureLicenseURL;type;typeQID;creation;QID;";
const row = (op: string, opQ: string, jur: string, host: string, hostQ: string, city: string, type: string, creation: string, qid: string, lat = "48.2", lon = "16.37"): string =>
  [op, `${E}${opQ}`, "", jur.split("|").filter(Boolean).map((q) => E + q).join("|"), host, `${E}${hostQ}`, city, "", "", lat, lon, "", "", "", "", "", "", "", "", "", "", type, "", creation, `${E}${qid}`].join(";");

describe("parseEmbassiesCsv", () => {
  const csv = [
    HEADER,
    row("Mexico", "Q96", "Q40|Q214|Q215", "Austria", "Q40", "Vienna", "embassy", "1927-01-01T00:00:00Z", "Q1"),
    row("Sovereign Military Order of Malta", "Q190353", "Q215", "Slovenia", "Q215", "Ljubljana", "embassy", "", "Q2"),
    row("Slovenia", "Q215", "", "Nordic countries", "Q52062", "Oslo", "consulate", "", "Q3"),
    row("Austria", "Q40", "", "Austria", "Q40", "Paris", "embassy", "", "Q4"),
    "Mexico;broken",
    row("Slovenia", "Q215", "", "Mexico", "Q96", "Mexico City", "Consulate General of Sweden", "1999-03-15T00:00:00Z", "Q5"),
    row("Slovenia", "Q215", "", "Mexico", "Q96", "Guadalajara", "tea house", "", "Q6"),
  ].join("\n");
  const { missions, skipped, rows } = parseEmbassiesCsv(csv, cw);

  it("maps operators and hosts through QIDs and keeps facts only", () => {
    expect(rows).toBe(7);
    expect(missions).toEqual([
      { of: "MEX", in: "AUT", type: "embassy", city: "Vienna", jurisdictions: ["AUT", "SVK", "SVN"], lat: 48.2, lon: 16.37, qid: "Q1", inception: "1927" },
      { of: "SVN", in: "MEX", type: "consulate-general", city: "Mexico City", jurisdictions: [], lat: 48.2, lon: 16.37, qid: "Q5", inception: "1999-03-15" },
    ]);
  });

  it("skips and counts unusable rows with their line numbers and reasons", () => {
    expect(skipped.map((s) => [s.line, s.reason])).toEqual([
      [3, "operator is not a state: Sovereign Military Order of Malta (Q190353)"],
      [4, "host is not a state: Nordic countries (Q52062)"],
      [5, "operator and host are both AUT (a location error in Wikidata)"],
      [6, "2 cells, expected 25"],
      [8, "unknown mission type: tea house"],
    ]);
  });

  it("turns jurisdictions other than the host into non-resident accreditation", () => {
    const facts = missionFacts(missions[0]!);
    expect(facts.map((f) => [f.fact.kind, f.pair.join("-")])).toEqual([
      ["mission", "MEX-AUT"],
      ["accreditation", "MEX-SVK"],
      ["accreditation", "MEX-SVN"],
    ]);
    expect(facts[2]!.fact).toEqual({ kind: "accreditation", of: "MEX", to: "SVN", via: { type: "embassy", city: "Vienna", in: "AUT" } });
    expect(facts[0]!.fact).toMatchObject({ event: "opened", date: "1927" });
  });
});

describe("normaliseMissionType", () => {
  it.each([
    ["embassy", "embassy"],
    ["high commission", "high-commission"],
    ["British High Commission", "high-commission"],
    ["assistant high commission", "consulate"],
    ["consulate general", "consulate-general"],
    ["honorary consulate", "honorary-consulate"],
    ["Consular Agency", "consulate"],
    ["apostolic nunciature", "nunciature"],
    ["Apostolic delegation", "nunciature"],
    ["de facto embassy", "trade-office"],
    ["Taipei Representative Office", "trade-office"],
    ["Interests Section", "interests-section"],
    ["Embassy of the United States", "embassy"],
    ["permanent mission", "other"],
  ])("%s → %s", (label, type) => expect(normaliseMissionType(label)).toBe(type));
  it("leaves an unknown label unknown", () => expect(normaliseMissionType("tea house")).toBeUndefined());
});
