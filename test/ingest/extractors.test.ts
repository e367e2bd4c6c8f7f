// One small article per extractor, written for these tests: exact facts expected, and a list of near
// misses that must produce nothing.
import { describe, expect, it } from "vitest";
import { facts, ofKind } from "./article.js";
import { extract } from "../../src/ingest/extract.js";


describe("relations", () => {
  it.each([
    ["Chile and Peru established diplomatic relations on 3 April 1839.", "established", "1839-04-03"],
    ["The two countries have had diplomatic relations since 1950.", "established", "1950"],
    ["Diplomatic relations between Chile and Peru were formally established in May 1932.", "established", "1932-05"],
    ["In 1879 Peru broke off diplomatic relations with Chile.", "severed", "1879"],
    ["Both countries re-established diplomatic relations in 1883.", "restored", "1883"],
    ["In 1940 both nations' legations were elevated to embassies.", "upgraded", "1940"],
  ])("%s", (text, event, date) => {
    expect(ofKind(text, "relations")).toEqual([{ kind: "relations", event, date }]);
  });

  it("reads a suspension from one year to another as a break and a restoration", () => {
    expect(ofKind("Diplomatic relations were suspended from 1975 to 1978.", "relations").map((f) => f.kind === "relations" && [f.event, f.date])).toEqual([
      ["severed", "1975"],
      ["restored", "1978"],
    ]);
  });

  it("resolves 'that same year' to the year before it", () => {
    expect(ofKind("In March 1960 the two countries broke relations, but relations were re-established in November of that same year.", "relations")).toMatchObject([
      { event: "severed", date: "1960-03" },
      { event: "restored", date: "1960-11" },
    ]);
  });

  it("merges the lead's year with the history's full date into one fact", () => {
    const fs = ofKind("Chile and Peru established diplomatic relations in 1839.\n\n==History==\nThe two countries established diplomatic relations on 3 April 1839.", "relations");
    expect(fs).toEqual([{ kind: "relations", event: "established", date: "1839-04-03" }]);
  });

  it.each([
    "Bolivia and Brazil established diplomatic relations in 1867.", // another pair
    "Relations between the two peoples were tense in the early 1990s.", // no event, no date
    "Peru and Bolivia, both of which fought in the 1879 war, severed relations.", // a relative clause's subject
    "The relations, established after independence, are warm.", // no date
  ])("near miss: %s", (text) => {
    expect(ofKind(text, "relations")).toEqual([]);
  });
});

describe("recognition", () => {
  it("takes who recognised whom and when", () => {
    expect(ofKind("Peru recognized the independent Chile on 12 February 1818.", "recognition")).toEqual([{ kind: "recognition", by: "PER", of: "CHL", date: "1818-02-12" }]);
  });
  it("reads recognition of each other both ways", () => {
    expect(ofKind("Chile and Peru recognized each other on 3 April 1839.", "recognition")).toEqual([
      { kind: "recognition", by: "CHL", of: "PER", date: "1839-04-03" },
      { kind: "recognition", by: "PER", of: "CHL", date: "1839-04-03" },
    ]);
  });
  it("reads a person's adjective as the recognising state", () => {
    expect(ofKind("In June 1820, Peruvian President José Luna formally recognized Chile as a sovereign country.", "recognition")).toMatchObject([{ by: "PER", of: "CHL", date: "1820-06" }]);
  });
  it.each(["Peru was one of few states to recognize the junta-led Republic of Chile.", "The treaty stressed mutual recognition of borders."])("near miss: %s", (text) => {
    expect(ofKind(text, "recognition")).toEqual([]);
  });
});

describe("membership", () => {
  it("lists each organisation the pair shares", () => {
    expect(ofKind("Both nations are members of the Organization of American States, the Pacific Alliance and the United Nations.", "membership").map((f) => f.kind === "membership" && f.org).sort()).toEqual(["OAS", "Pacific Alliance", "UN"]);
  });
  it("reads past a parenthesis inside the list", () => {
    expect(ofKind("Both countries are members of NATO (Peru since 2001) and of the European Union (Chile since 2004).", "membership").map((f) => f.kind === "membership" && f.org)).toEqual(["NATO", "EU"]);
  });
  it("gives one state's membership to that state", () => {
    expect(ofKind("Chile is a member of the OECD.", "membership")).toEqual([{ kind: "membership", org: "OECD", members: ["CHL"] }]);
  });
  it("reads an organisation named before 'member'", () => {
    expect(ofKind("Both are NATO members, and Peru is an EU member state.", "membership")).toEqual([
      { kind: "membership", org: "NATO", members: ["CHL", "PER"] },
      { kind: "membership", org: "EU", members: ["PER"] },
    ]);
  });
  it.each(["Both countries are candidates for the European Union.", "Chile signed agreements with the European Union and Canada.", "Argentina is a member of Mercosur."])("near miss: %s", (text) => {
    expect(ofKind(text, "membership")).toEqual([]);
  });
});

describe("missions and accreditation", () => {
  it("reads embassies and consulates with their cities", () => {
    expect(ofKind("Chile has an embassy in Lima and consulates-general in Arequipa and Tacna. Peru has an embassy in Santiago.", "mission")).toEqual([
      { kind: "mission", of: "CHL", type: "embassy", in: "PER", city: "Lima" },
      { kind: "mission", of: "CHL", type: "consulate-general", in: "PER", city: "Arequipa" },
      { kind: "mission", of: "CHL", type: "consulate-general", in: "PER", city: "Tacna" },
      { kind: "mission", of: "PER", type: "embassy", in: "CHL", city: "Santiago" },
    ]);
  });
  it("reads infobox lines", () => {
    expect(ofKind("Infobox\n- Mission1: Embassy of Chile, Lima\n- Mission2: Peruvian Embassy, Santiago", "mission")).toEqual([
      { kind: "mission", of: "CHL", type: "embassy", in: "PER", city: "Lima" },
      { kind: "mission", of: "PER", type: "embassy", in: "CHL", city: "Santiago" },
    ]);
  });
  it("reads non-resident accreditation and keeps it out of the missions", () => {
    const fs = facts("Peru is accredited to Malta from its embassy in Rome, Italy.", "Malta–Peru relations");
    expect(fs).toEqual([{ kind: "accreditation", of: "PER", to: "MLT", via: { type: "embassy", city: "Rome", in: "ITA" } }]);
  });
  it.each(["Protesters gathered in front of the Chilean embassy in Lima.", "Both countries have embassies in each other's capitals.", "Chile has an embassy in Peru."])("near miss: %s", (text) => {
    expect(ofKind(text, "mission")).toEqual([]);
  });
});

describe("visits and meetings", () => {
  it("takes the direction from the destination and the visitor", () => {
    expect(ofKind("In May 2010, Chilean President Sebastián Piñera paid a state visit to Peru.", "visit")).toEqual([
      { kind: "visit", from: "CHL", to: "PER", person: { name: "Sebastián Piñera", title: "President", of: "CHL", rank: "head-of-state" }, date: "2010-05", qualifier: "state" },
    ]);
  });
  it("takes list items' direction from their heading and merges them with prose", () => {
    const fs = ofKind("In 2010, Foreign Minister Ana Rojas became the first Chilean foreign minister to visit Peru.\n\n==Visits==\nHigh-level visits from Chile to Peru\n\n- Foreign Minister Ana Rojas (June 2010)\n- President Tomás Vidal (2012, 2014)", "visit");
    expect(fs.map((f) => f.kind === "visit" && [f.from, f.to, f.person.name, f.date, f.qualifier])).toEqual([
      ["CHL", "PER", "Ana Rojas", "2010-06", "first"],
      ["CHL", "PER", "Tomás Vidal", "2012", undefined],
      ["CHL", "PER", "Tomás Vidal", "2014", undefined],
    ]);
  });
  it("reads a meeting in a third country with its occasion", () => {
    expect(ofKind("In November 2016, Peruvian President Pedro Quispe met with Chilean President Laura Soto in Lima, where both leaders were attending the APEC Summit.", "meeting")).toMatchObject([
      { people: [{ name: "Pedro Quispe" }, { name: "Laura Soto" }], date: "2016-11", place: "Lima", in: "PER", occasion: "APEC Summit" },
    ]);
  });
  it.each([
    "The visit was postponed.",
    "In 2001 the two foreign ministers met.",
    "Peruvian President Pedro Quispe visited Bolivia in 2003.",
    "Bolivian President Juan Torres visited Peru in 1971.", // a third state's visitor
    "In 2010, Chilean President Ana Soto met Chilean Foreign Minister Luis Vera.", // one state's officials
    "In 1970, Bolivian President Juan Torres met Argentine President Marcelo Levingston in La Paz.", // third states
  ])("near miss: %s", (text) => {
    expect([...ofKind(text, "visit"), ...ofKind(text, "meeting")]).toEqual([]);
  });
});

describe("agreements, trade, goods, companies, anniversaries", () => {
  it("reads titled and described agreements with their years", () => {
    expect(ofKind("Both nations signed a Treaty of Peace and Friendship (1929) and, on 4 May 2006, a free trade agreement.", "agreement")).toEqual([
      { kind: "agreement", title: "Treaty of Peace and Friendship", parties: ["CHL", "PER"], date: "1929", type: "treaty" },
      { kind: "agreement", title: "free trade agreement", parties: ["CHL", "PER"], date: "2006-05-04", type: "agreement" },
    ]);
  });
  it("gives a treaty signed in a sentence naming no state to the pair", () => {
    expect(ofKind("The Treaty of Lima was signed on 3 June 1929 by the two foreign ministers in Lima.", "agreement")).toEqual([
      { kind: "agreement", title: "Treaty of Lima", parties: ["CHL", "PER"], date: "1929-06-03", type: "treaty" },
    ]);
  });
  it("reads an agreement described by what it is about", () => {
    expect(ofKind("In 2011 the two countries signed an agreement on visa-free travel.", "agreement")).toEqual([
      { kind: "agreement", title: "agreement on visa-free travel", parties: ["CHL", "PER"], date: "2011", type: "agreement" },
    ]);
    expect(ofKind("Delegates agreed to seek an agreement on the fate of the region in 1967.", "agreement")).toEqual([]);
  });
  it("reads a one-way flow from 'exported … to'", () => {
    expect(ofKind("In 2019, Chile exported US$1.5 billion worth of goods to Peru.", "trade")).toEqual([
      { kind: "trade", value: 1500000000, currency: "USD", year: 2019, flow: "export", from: "CHL", to: "PER" },
    ]);
  });
  it("expands units and reads the flow", () => {
    expect(ofKind("In 2022, bilateral trade between both nations amounted to US$4.2 billion.", "trade")).toEqual([{ kind: "trade", value: 4200000000, currency: "USD", year: 2022, flow: "total" }]);
  });
  it("splits goods lists, keeping 'A and B parts' together", () => {
    expect(ofKind("Chile's main exports to Peru include: copper, fruit, paper and wood and metal products.", "goods")).toEqual([
      { kind: "goods", from: "CHL", to: "PER", items: ["copper", "fruit", "paper and wood", "metal products"] },
    ]);
  });
  it("names companies of one state working in the other", () => {
    expect(ofKind("Several Chilean companies, such as Falabella and Cencosud, operate in Peru.", "company").map((f) => f.kind === "company" && f.name)).toEqual(["Falabella", "Cencosud"]);
  });
  it("reads anniversaries", () => {
    expect(ofKind("In 2019, both countries celebrated the 180th anniversary of diplomatic relations.", "anniversary")).toEqual([{ kind: "anniversary", years: 180, date: "2019" }]);
  });
  it.each(["Chile has signed free trade agreements with many countries.", "The North American Free Trade Agreement took effect in 1994.", "Trade fell sharply."])("near miss: %s", (text) => {
    expect([...ofKind(text, "agreement"), ...ofKind(text, "trade")]).toEqual([]);
  });
});

describe("the pair", () => {
  it("comes from the title, a file name, or the lead", () => {
    const pair = (text: string, title?: string) => { const r = extract(text, { title }); return r.kind === "record" ? r.record.pair : null; };
    expect(pair("= Guinea-Bissau–Senegal relations =\n")).toEqual(["GNB", "SEN"]);
    expect(pair("Plain text about nothing.", "iran-saudi-arabia")).toEqual(["IRN", "SAU"]);
    expect(pair("Relations between Ghana and Togo are close.")).toEqual(["GHA", "TGO"]);
    expect(pair("A text that names no state.")).toBeNull();
  });
});
