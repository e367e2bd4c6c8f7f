// Missions, memberships and companies: small articles written for these tests, with exact facts expected
// and near misses (negation, plans, third states, seats that are not memberships) that must give nothing.
import { describe, expect, it } from "vitest";
import { facts, ofKind } from "./article.js";

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
    expect(orgs("Chile is an associate member of Mercosur and Peru is a member of the Andean Community.", CP)).toEqual([["Andean Community", ["PER"]]]);
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

describe("membership read from relative clauses, pronouns and coordinated clauses", () => {
  const FN = "Finland–Norway relations";
  it("reads 'ORG, which X joined'", () => {
    expect(orgs("Sweden long kept apart from the European Union, which Finland joined in 1995.", FN)).toEqual([["EU", ["FIN"]]]);
  });
  it("reads 'rejoined it' and 'remained a member' as the organisation named last", () => {
    expect(orgs("Fiji, suspended from the Commonwealth in 2009, rejoined it in 2014.", "Fiji–Tonga relations")).toEqual([["Commonwealth of Nations", ["FJI"]]]);
    expect(orgs("Greenland withdrew from the European Economic Community in 1985, while Denmark remained a member.", "Denmark–Finland relations")).toEqual([
      ["European Economic Community", ["DNK"]],
    ]);
  });
  it("reads 'remains in' for a known organisation named at once", () => {
    expect(orgs("Norway remains in NATO and the Nordic Council.", FN)).toEqual([
      ["NATO", ["NOR"]],
      ["Nordic Council", ["NOR"]],
    ]);
  });
  it("reads 'the two' as the pair, and an aside between the items of a list", () => {
    expect(orgs("The two are members of the Arctic Council and the Council of the Baltic Sea States.", FN)).toEqual([
      ["Arctic Council", ["FIN", "NOR"]],
      ["CBSS", ["FIN", "NOR"]],
    ]);
    expect(orgs("Both are members of the Arctic Council, which was founded in 1996, and of the Barents Euro-Arctic Council.", FN)).toEqual([
      ["Arctic Council", ["FIN", "NOR"]],
      ["Barents Euro-Arctic Council", ["FIN", "NOR"]],
    ]);
  });
  it("gives a clause without a subject the subject of the clause before, not a state in a relative clause", () => {
    expect(orgs("Norway belongs to EFTA, which Finland left in 1995, and remains in NATO.", FN)).toEqual([
      ["EFTA", ["NOR"]],
      ["NATO", ["NOR"]],
    ]);
  });
  it("gives nothing to a third state's clause", () => {
    expect(orgs("Finland is a member of NATO; Sweden is part of the Schengen Area.", FN)).toEqual([["NATO", ["FIN"]]]);
  });
  it.each([
    "Norway stays out of the European Union, which Finland has never joined.",
    "Norway stays outside the European Union, which Sweden joined in 1995.",
    "Finland left the Nordic Investment Forum in 2021, and Norway never joined it.",
    "Norway voted against the European Economic Community, while Finland remained a non-member.",
    "Finland remains in talks with NATO.",
    "The two ministers are members of the Council of the Baltic Sea States.",
  ])("near miss: %s", (text) => {
    expect(orgs(text, FN)).toEqual([]);
  });
});

describe("missions: cities as written, and what is not a city", () => {
  it("keeps the city's name as the text writes it", () => {
    expect(ofKind("Norway has an embassy in Peking and a consulate-general in Canton.", "mission", "China–Norway relations")).toEqual([
      { kind: "mission", of: "NOR", type: "embassy", in: "CHN", city: "Peking" },
      { kind: "mission", of: "NOR", type: "consulate-general", in: "CHN", city: "Canton" },
    ]);
  });
  it("takes no organisation for a city", () => {
    expect(ofKind("Peru has an embassy in Santiago, and OAS monitors visited it in 1990.", "mission", "Chile–Peru relations")).toEqual([
      { kind: "mission", of: "PER", type: "embassy", in: "CHL", city: "Santiago" },
    ]);
  });
  it("drops a city cut off by the end of the excerpt", () => {
    expect(ofKind("Chile has consulates in Tacna and Arequ", "mission", "Chile–Peru relations")).toEqual([
      { kind: "mission", of: "CHL", type: "consulate", in: "PER", city: "Tacna" },
    ]);
    expect(ofKind("Chile has consulates in Tacna and Arequipa", "mission", "Chile–Peru relations")).toHaveLength(2);
  });
  it("reads 'it' as the subject of a clause after a semicolon", () => {
    expect(ofKind("Portugal has no embassy in Oslo; it covers Norway from Stockholm and keeps an honorary consulate in Bergen.", "mission", "Norway–Portugal relations")).toEqual([
      { kind: "mission", of: "PRT", type: "honorary-consulate", in: "NOR", city: "Bergen" },
    ]);
  });
});

describe("companies in other shapes", () => {
  it("reads a list that goes on with 'and the <described> group C'", () => {
    expect(names("In Bolivian building, the Peruvian construction firms Huaraz Obras and Ticlio and the cement group Cementos Sol all operate.", "Bolivia–Peru relations")).toEqual([
      ["Huaraz Obras", "PER", "BOL"],
      ["Ticlio", "PER", "BOL"],
      ["Cementos Sol", "PER", "BOL"],
    ]);
  });
  it("reads a two-word adjective and a name with 'n'", () => {
    expect(names("New Zealand companies active in Fiji include Spark Tech, Tip n Top and Kiwi Freight.", "Fiji–New Zealand relations")).toEqual([
      ["Spark Tech", "NZL", "FJI"],
      ["Tip n Top", "NZL", "FJI"],
      ["Kiwi Freight", "NZL", "FJI"],
    ]);
  });
  it("reads banks and retail chains as firms", () => {
    expect(names("Chilean banks such as Banco Andino operate in Peru.", "Chile–Peru relations")).toEqual([["Banco Andino", "CHL", "PER"]]);
  });
  it("reads a national carrier that serves a city of the other state", () => {
    expect(names("Solair, the national airline of Tonga, flies between Nuku'alofa and Suva.", "Fiji–Tonga relations")).toEqual([["Solair", "TON", "FJI"]]);
  });
  it.each([
    "Solair, the national airline of Tonga, was founded in 1990.",
    "Solair, the national airline of Tonga, flies to Auckland.",
    "Solair, the national airline of Samoa, flies to Suva.",
    "Fijian armed groups such as the Rural Guard operate in Tonga.",
  ])("near miss: %s", (text) => {
    expect(names(text, "Fiji–Tonga relations")).toEqual([]);
  });
});
