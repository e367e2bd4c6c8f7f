// Missions, memberships and companies: small articles written for these tests, with exact facts expected
// and near misses (negation, plans, third states, seats that are not memberships) that must give nothing.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/ingest/extract.js";
import type { Fact } from "../../src/model/record.js";
import type { Draft } from "../../src/ingest/context.js";

function facts(body: string, title: string): Draft[] {
  const r = extract(`= ${title} =\n\n${body}\n`);
  if (r.kind !== "record") throw new Error(r.reason);
  return r.record.facts.map(({ span: _s, rule: _r, ...f }) => f as Draft);
}
const ofKind = (body: string, kind: Fact["kind"], title: string) => facts(body, title).filter((f) => f.kind === kind);
const orgs = (body: string, title: string) => ofKind(body, "membership", title).map((f) => f.kind === "membership" && [f.org, f.members]);
const names = (body: string, title: string) => ofKind(body, "company", title).map((f) => f.kind === "company" && [f.name, f.of, f.in]);

describe("missions", () => {
  const NP = "Norway–Portugal relations";
  it("reads a dated opening inside a list", () => {
    expect(ofKind("Norway keeps an embassy in Lisbon and, since March 2019, an honorary consulate in Faro.", "mission", NP)).toEqual([
      { kind: "mission", of: "NOR", type: "embassy", in: "PRT", city: "Lisbon" },
      { kind: "mission", of: "NOR", type: "honorary-consulate", in: "PRT", city: "Faro", event: "opened", date: "2019-03" },
    ]);
  });
  it("places a mission in a dependent territory in the state it belongs to, past an apposition", () => {
    expect(ofKind("Portugal has an embassy in Copenhagen and a consulate in Tórshavn, the capital of the Faroe Islands.", "mission", "Denmark–Portugal relations")).toEqual([
      { kind: "mission", of: "PRT", type: "embassy", in: "DNK", city: "Copenhagen" },
      { kind: "mission", of: "PRT", type: "consulate", in: "DNK", city: "Tórshavn" },
    ]);
  });
  it("types deputy and assistant high commissions as other, never naming a city after them", () => {
    expect(ofKind("Malaysia has a High Commission in London and Deputy High Commissions in Manchester and Edinburgh. The United Kingdom is represented by a High Commission in Kuala Lumpur and an Assistant High Commission in Kuching.", "mission", "Malaysia–United Kingdom relations")).toEqual([
      { kind: "mission", of: "MYS", type: "high-commission", in: "GBR", city: "London" },
      { kind: "mission", of: "MYS", type: "other", in: "GBR", city: "Manchester" },
      { kind: "mission", of: "MYS", type: "other", in: "GBR", city: "Edinburgh" },
      { kind: "mission", of: "GBR", type: "high-commission", in: "MYS", city: "Kuala Lumpur" },
      { kind: "mission", of: "GBR", type: "other", in: "MYS", city: "Kuching" },
    ]);
  });
  it("keeps the affirmed mission beside a negated one", () => {
    expect(ofKind("Portugal does not have a resident embassy in Oslo, but it keeps an honorary consulate in Bergen.", "mission", NP)).toEqual([
      { kind: "mission", of: "PRT", type: "honorary-consulate", in: "NOR", city: "Bergen" },
    ]);
    expect(ofKind("Norway has an embassy in Lisbon but no consulate in Porto.", "mission", NP)).toEqual([
      { kind: "mission", of: "NOR", type: "embassy", in: "PRT", city: "Lisbon" },
    ]);
  });
  it("reads a closure and an opening stated after the city", () => {
    expect(ofKind("Norway closed its consulate in Porto in 2012. Portugal's embassy in Oslo, opened in 1977, moved in 2005.", "mission", NP)).toEqual([
      { kind: "mission", of: "NOR", type: "consulate", in: "PRT", city: "Porto", event: "closed", date: "2012" },
      { kind: "mission", of: "PRT", type: "embassy", in: "NOR", city: "Oslo", event: "opened", date: "1977" },
    ]);
  });
  it.each([
    "Portugal does not have a resident embassy in Oslo.",
    "Norway has no consulate in Porto.",
    "Portugal no longer maintains a consulate in Bergen.",
    "Norway plans to open a consulate in Porto.",
    "Portugal announced that it would open an embassy in Oslo in 2030.",
    "The proposed Norwegian consulate in Porto was never built.",
    "Norway has neither an embassy nor a consulate in Porto.",
    "Portugal has a consulate in Nuuk, the capital of Greenland.", // a territory of a third state
  ])("near miss: %s", (text) => {
    expect(ofKind(text, "mission", NP)).toEqual([]);
  });
});

describe("membership", () => {
  const CP = "Chile–Peru relations";
  it("reads the second organisation after a dated first one", () => {
    expect(orgs("Peru has been a member of APEC since 1998 and of the WTO since 1995, while Chile hosts several forums.", CP)).toEqual([
      ["APEC", ["PER"]],
      ["WTO", ["PER"]],
    ]);
    expect(orgs("Both became founding members of the WTO in 1995 and of the Pacific Alliance in 2011.", CP)).toEqual([
      ["WTO", ["CHL", "PER"]],
      ["Pacific Alliance", ["CHL", "PER"]],
    ]);
    expect(orgs("Chile has belonged to the OECD since 2010 and to the Pacific Alliance since 2011.", CP)).toEqual([
      ["OECD", ["CHL"]],
      ["Pacific Alliance", ["CHL"]],
    ]);
    expect(orgs("Chile joined the OECD in 2010 and APEC in 1994.", CP)).toEqual([
      ["OECD", ["CHL"]],
      ["APEC", ["CHL"]],
    ]);
  });
  it("reads 'sit on' for named bodies, and names written in lower case", () => {
    expect(orgs("Both countries sit on the Nordic Council and the Arctic Council.", "Finland–Norway relations")).toEqual([
      ["Nordic Council", ["FIN", "NOR"]],
      ["Arctic Council", ["FIN", "NOR"]],
    ]);
    expect(orgs("Finland and Austria belong to the OECD and the eurozone.", "Austria–Finland relations")).toEqual([
      ["OECD", ["AUT", "FIN"]],
      ["Eurozone", ["AUT", "FIN"]],
    ]);
  });
  it("gives each state its own clause's organisation", () => {
    expect(orgs("Chile is an associate member of Mercosur and Peru is a member of the Andean Community.", CP)).toEqual([["CAN", ["PER"]]]);
  });
  it("reads 'of which X is a member' after the organisation", () => {
    expect(orgs("In 2004 Chile signed a pact with the European Free Trade Association, of which Peru is a member.", CP)).toEqual([["EFTA", ["PER"]]]);
    expect(orgs("The Pacific Alliance, of which both countries are founding members, was created in 2011.", CP)).toEqual([["Pacific Alliance", ["CHL", "PER"]]]);
  });
  it.each([
    "Peru is not a member of the OECD.",
    "Chile is neither a member of NATO nor of the Arab League.",
    "Peru has applied for membership of the OECD.",
    "Peru hopes to become a member of the OECD.",
    "Chile strongly supports Peru's accession to the OECD.",
    "Both countries sit on the UN Security Council.",
    "Both sit on the board of the World Bank.",
    "Chile signed a pact with the European Free Trade Association, of which Peru is not a member.",
    "Peru does not sit on the Arctic Council.",
    "Chile is an associate member of Mercosur.",
  ])("near miss: %s", (text) => {
    expect(orgs(text, CP)).toEqual([]);
  });
});

describe("companies", () => {
  const CP = "Chile–Peru relations";
  it("reads the names after the predicate: 'operate in X, among them A, B and C'", () => {
    expect(names("Several hundred Chilean firms operate in Peru, among them Falabella, Cencosud and Sodimac, and the airline LATAM was formed by a merger.", CP)).toEqual([
      ["Falabella", "CHL", "PER"],
      ["Cencosud", "CHL", "PER"],
      ["Sodimac", "CHL", "PER"],
    ]);
  });
  it("reads described names with an aside, and a predicate that names no state", () => {
    expect(names("Peruvian companies such as the beverage group Ajegroup, which bottles in Chile under a local label, and the Andina Brewing Group are among the largest foreign investors in the country.", CP)).toEqual([
      ["Ajegroup", "PER", "CHL"],
      ["Andina Brewing Group", "PER", "CHL"],
    ]);
  });
  it("reads a modifier between the adjective and the noun", () => {
    expect(names("Chilean mining firms such as Antofagasta Minerals have built concentrators in Peru.", CP)).toEqual([["Antofagasta Minerals", "CHL", "PER"]]);
    expect(names("The Chilean retail companies Ripley and Paris operate in Peru.", CP)).toEqual([
      ["Ripley", "CHL", "PER"],
      ["Paris", "CHL", "PER"],
    ]);
  });
  it("reads 'firms in X include A and B'", () => {
    expect(names("Chilean retailers aside, the main Chilean companies operating in Peru include Arauco and Sigdo Koppers.", CP)).toEqual([
      ["Arauco", "CHL", "PER"],
      ["Sigdo Koppers", "CHL", "PER"],
    ]);
  });
  it.each([
    "Argentine and Chilean firms such as Arcor operate in Peru.", // firms of more than one state
    "Chilean firms in Bolivia include Arauco.",
    "Chilean engineering firms such as Sigdo have worked on projects in Bolivia.",
    "Chilean firms such as Falabella withdrew from Peru in 2015.",
    "Chilean companies such as Falabella plan to open stores in Peru.",
    "Argentine firms such as Arcor operate in Peru.",
    "Several Chilean firms operate in Peru, among them many small exporters.",
    "Chilean firms such as Falabella do not operate in Peru.",
    "Chilean companies such as Falabella dominate retail in Chile.",
  ])("near miss: %s", (text) => {
    expect(names(text, CP)).toEqual([]);
  });
});
