// Agreements described in lower case or in the passive, their titles and dates, and the wordings that date
// diplomatic relations: small articles written for these tests, exact facts expected, and near misses that
// must produce nothing.
import { describe, expect, it } from "vitest";
import { facts, ofKind } from "./article.js";

const agreement = (title: string, parties: string[], date: string, type: string) => ({ kind: "agreement", title, parties, date, type });

describe("agreements described without a state as subject", () => {
  it.each([
    ["A convention on the avoidance of double taxation was concluded in 2004.", agreement("convention on the avoidance of double taxation", ["CHL", "PER"], "2004", "convention")],
    ["An accord on fishing rights had been announced by the two foreign ministers on 3 March 2011.", agreement("accord on fishing rights", ["CHL", "PER"], "2011-03-03", "agreement")],
    ["A joint declaration on cooperation and trust was adopted by the presidents of both states in May 2001.", agreement("joint declaration on cooperation and trust", ["CHL", "PER"], "2001-05", "declaration")],
    ["In 1999 an agreement allowing visa-free travel was signed.", agreement("agreement allowing visa-free travel", ["CHL", "PER"], "1999", "agreement")],
    ["The boundary was fixed by the Treaty of Montevale of 12 August 1881.", agreement("Treaty of Montevale", ["CHL", "PER"], "1881-08-12", "treaty")],
    ["On 4 May 1990 the two presidents met at Rivera and issued the Declaration of Rivera.", agreement("Declaration of Rivera", ["CHL", "PER"], "1990-05-04", "declaration")],
  ])("%s", (text, fact) => {
    expect(ofKind(text, "agreement")).toEqual([fact]);
  });

  it("takes the signatories listed after the verb", () => {
    expect(ofKind("The treaty creating the Kagera Basin Authority was signed in Arusha in 2004 by Kenya, Uganda and Tanzania, and work began in 2006.", "agreement", "Kenya–Uganda relations")).toEqual([
      agreement("treaty creating the Kagera Basin Authority", ["KEN", "UGA", "TZA"], "2004", "treaty"),
    ]);
  });

  it("keeps an act concluded with a third state when the pair's states take part", () => {
    expect(ofKind("The Northern Corridor protocol, concluded with Brazil in June 2008, lets Chilean goods with Peruvian parts enter Brazil duty-free.", "agreement")).toEqual([
      agreement("Northern Corridor protocol", ["BRA", "CHL", "PER"], "2008-06", "protocol"),
    ]);
  });

  it("reads the pair as the subject 'they'", () => {
    expect(ofKind("By then they were allies, having signed the Treaty of the Southern League with Bolivia in 1870.", "agreement")).toEqual([
      agreement("Treaty of the Southern League", ["BOL", "CHL", "PER"], "1870", "treaty"),
    ]);
  });
});

describe("agreement dates", () => {
  it("prefers the signing date to the year in the name", () => {
    expect(ofKind("The 1961 agreement delimiting the fishing zone around the islands, signed on 9 May 1961, lapsed in 1995.", "agreement")).toEqual([
      agreement("agreement delimiting the fishing zone around the islands", ["CHL", "PER"], "1961-05-09", "agreement"),
    ]);
  });

  it("does not date an act by the earlier act its title refers to", () => {
    expect(ofKind("In March 2009 the two governments signed an additional protocol to the 1994 convention.", "agreement")).toEqual([
      agreement("additional protocol to the 1994 convention", ["CHL", "PER"], "2009-03", "protocol"),
    ]);
  });

  it("reads a date standing between the act and what it is about", () => {
    expect(ofKind("Their leaders signed an agreement on 2 July 2015 ending the quarrel over the channel.", "agreement")).toEqual([
      agreement("agreement ending the quarrel over the channel", ["CHL", "PER"], "2015-07-02", "agreement"),
    ]);
  });

  it("dates an act by its signature, not its entry into force", () => {
    expect(ofKind("On 3 February 2010 Chile and Peru signed a free trade agreement that entered into force in 2011.", "agreement")).toEqual([
      agreement("free trade agreement", ["CHL", "PER"], "2010-02-03", "agreement"),
    ]);
  });
});

describe("agreement titles", () => {
  it.each([
    ["In 1931 the two states concluded a Treaty of Friendship, Commerce and Navigation.", "Treaty of Friendship, Commerce and Navigation"],
    ["The Treaty on Good Relations between Chile and the Republic of Peru was signed in 1950.", "Treaty on Good Relations between Chile and the Republic of Peru"],
    ["The presidents signed the Andes Treaty in Santiago on 5 May 1999.", "Andes Treaty"],
    ["In 2001 both countries ratified a joint declaration on a shared future for the coming decades, in which they renounced force.", "joint declaration on a shared future for the coming decades"],
  ])("%s", (text, title) => {
    expect(ofKind(text, "agreement").map((f) => f.kind === "agreement" && f.title)).toEqual([title]);
  });

  it.each([
    "Chile's seat on the council was suspended from 1980 to 1985 as a result of the treaty.", // not an act
    "A treaty on the maritime boundary was proposed in 1985.", // proposed
    "Talks on a free trade agreement began in 2011.", // negotiated
    "The two governments hope to sign an agreement on water sharing in 2030.", // hoped for
    "A treaty on the border would be signed in 2030.", // hypothetical
    "Bolivia signed a treaty on river navigation with Argentina in 1993.", // other states
    "A convention on fisheries between Bolivia and Argentina was concluded in 1993.", // other states
    "The ministers signed the agreement on Monday, 5 May 2014.", // the act is not described
    "In 2001 the two foreign ministers signed an agreement on behalf of their governments.", // nor here
    "Under the treaty, Chile ceded the province in 1929.", // a reference back
  ])("near miss: %s", (text) => {
    expect(ofKind(text, "agreement")).toEqual([]);
  });
});

describe("relations: other wordings of establishment", () => {
  it.each([
    ["Formal relations between Chile and Peru date from 1839, when envoys were exchanged.", "1839"],
    ["Diplomatic relations date from Peru's independence in 1821.", "1821"],
    ["Formal diplomatic relations followed on 9 March 1993.", "1993-03-09"],
    ["Diplomatic relations between Chile and Peru were formalised in 1839.", "1839"],
    ["The two countries have maintained relations since Chilean independence in 1818.", "1818"],
    ["Chile backed Peru's claim at an arbitration in 1920, and the two countries established diplomatic relations in 1922.", "1922"],
  ])("%s", (text, date) => {
    expect(ofKind(text, "relations")).toEqual([{ kind: "relations", event: "established", date }]);
  });

  it.each([
    "In 2019 the two countries marked the 180th anniversary of the establishment of diplomatic relations.", // the anniversary's year
    "In 2009, 170 years since the establishment of diplomatic relations, the presidents met in Lima.",
    "Trade relations were formalised in 1990.", // not diplomatic relations
    "Diplomatic relations followed the pattern set in 1990.",
    "Diplomatic relations between Chile and Bolivia date from 1900.", // another pair
    "Diplomatic relations date back to the colonial era.", // no date
    "Chile established diplomatic relations with Peru after Peru's independence in 1821.", // the year dates independence
  ])("near miss: %s", (text) => {
    expect(ofKind(text, "relations")).toEqual([]);
  });
});

describe("relations: restored, upgraded, downgraded and severed in their other wordings", () => {
  const rel = (event: string, date: string) => ({ kind: "relations", event, date });
  it.each([
    ["The two presidents met in Arica in May 1975 and agreed to restore diplomatic ties.", rel("restored", "1975-05")],
    ["The two governments raised their legations to embassies in 1961.", rel("upgraded", "1961")],
    ["Chile raised its legation in Lima to an embassy in 1950.", rel("upgraded", "1950")],
    ["Relations were restored to ambassadorial level in 2002.", rel("upgraded", "2002")],
    ["In 1978 Chile lowered its representation to the level of chargé d'affaires.", rel("downgraded", "1978")],
    ["Relations were frozen in 1962.", rel("severed", "1962")],
    // "those relations": the relations just spoken of, whoever ended them
    ["Formal ties had been good until then. The Bolivian invasion of 1879 ended those relations.", rel("severed", "1879")],
  ])("%s", (text, fact) => {
    expect(ofKind(text, "relations")).toEqual([fact]);
  });

  it.each([
    "Chile and Bolivia agreed to restore diplomatic ties in 1975.", // another pair
    "The presidents hoped to restore ties in 1975.", // hoped, not agreed
    "The war ended their trade relations in 1880.", // not diplomatic relations
    "Peru raised its legation in Bolivia to an embassy in 1950.", // another pair
    "The Bolivian invasion of 1879 ended its relations with Argentina.", // not the relations spoken of
  ])("near miss: %s", (text) => {
    expect(ofKind(text, "relations")).toEqual([]);
  });
});

describe("relations: more wordings of establishment", () => {
  it.each([
    ["Diplomatic relations were first established in 1839, soon after both won their independence from Spain.", "1839"],
    ["The two countries opened diplomatic relations in 1952.", "1952"],
    ["Diplomatic relations began in 1948.", "1948"],
    ["Chile entered into diplomatic relations with Peru on 3 May 1960.", "1960-05-03"],
  ])("%s", (text, date) => {
    expect(ofKind(text, "relations")).toEqual([{ kind: "relations", event: "established", date }]);
  });

  it.each([
    "Diplomatic relations began to deteriorate in 1970.",
    "Diplomatic relations began improving in 1970.",
    "Spain opened diplomatic relations with Chile in 1844.", // another pair
    "The ministers reopened the border crossing in 1952.",
  ])("near miss: %s", (text) => {
    expect(ofKind(text, "relations")).toEqual([]);
  });
});

describe("anniversaries", () => {
  it.each([
    ["In 2011 the two countries marked fifty years of diplomatic relations.", 50, "2011"],
    ["In 1989 they marked twenty-five years of diplomatic ties.", 25, "1989"],
    ["In 2022 both governments celebrated the centenary of their diplomatic relations.", 100, "2022"],
    ["The sixtieth anniversary of diplomatic relations was marked in 2014.", 60, "2014"],
  ])("%s", (text, years, date) => {
    expect(ofKind(text, "anniversary")).toEqual([{ kind: "anniversary", years, date }]);
  });

  it("reads an anniversary named after the relations, dated by its celebration", () => {
    expect(facts("Relations were established in 1990; the 30th anniversary was celebrated in 2020 with a concert.")).toEqual([
      { kind: "relations", event: "established", date: "1990" },
      { kind: "anniversary", years: 30, date: "2020" },
    ]);
  });

  it.each([
    "In 2010 the country celebrated the centenary of its independence.",
    "The 35th anniversary was celebrated in 2024.", // of what?
    "In 2015 the city marked fifty years since the flood.",
    "Chile hosted the 60th anniversary of the king's accession in 2006.",
  ])("near miss: %s", (text) => {
    expect(ofKind(text, "anniversary")).toEqual([]);
  });
});

describe("agreements described by their clause", () => {
  it.each([
    ["A treaty of friendship signed in 1930 opened the border.", agreement("treaty of friendship", ["CHL", "PER"], "1930", "treaty")],
    ["An agreement to demarcate the river border was concluded in 1998.", agreement("agreement to demarcate the river border", ["CHL", "PER"], "1998", "agreement")],
    ["The maritime boundary was fixed by a treaty signed in Lima on 4 May 1952.", agreement("maritime boundary treaty", ["CHL", "PER"], "1952-05-04", "treaty")],
    ["The waters of the border lakes are shared under a treaty concluded in 1911.", agreement("treaty on the waters of the border lakes", ["CHL", "PER"], "1911", "treaty")],
    ["Under an agreement reached in March 1990, the two countries created a joint river commission.", agreement("agreement creating a joint river commission", ["CHL", "PER"], "1990-03", "agreement")],
    ["The Andes Partnership, a framework for trade and security, was signed in 2016.", agreement("Andes Partnership", ["CHL", "PER"], "2016", "agreement")],
  ])("%s", (text, fact) => {
    expect(ofKind(text, "agreement")).toEqual([fact]);
  });

  it("reads a second act of the same kind", () => {
    expect(ofKind("In 2004 the two governments signed a convention on fisheries and a second one covering shipping on the lake.", "agreement")).toEqual([
      agreement("convention on fisheries", ["CHL", "PER"], "2004", "convention"),
      agreement("convention covering shipping on the lake", ["CHL", "PER"], "2004", "convention"),
    ]);
  });

  it("keeps a signed free trade agreement that is also an organisation's name", () => {
    expect(ofKind("The Central European Free Trade Agreement, signed by the two states and five others in December 2006, replaced their bilateral accords.", "agreement", "Moldova–Serbia relations")).toEqual([
      agreement("Central European Free Trade Agreement", ["MDA", "SRB"], "2006-12", "agreement"),
    ]);
    expect(ofKind("Both states are members of the Central European Free Trade Agreement.", "agreement", "Moldova–Serbia relations")).toEqual([]);
  });

  it.each([
    "Chile's partnership with Peru deepened in 2010.",
    "The Strategic Partnership was announced in 2012.", // not signed
    "A treaty of which little is known was signed in 1650.", // no description
    "An agreement to be signed next year was announced in 2019.",
    "The border was disputed for decades before a treaty was proposed in 1950.",
    "The Global Peace Agreement was signed on 1 May 2001 by the FNL and the two rebel factions.", // parties that are no states
    "In 2004 the two ministers met again and a second one was held in 2005.", // no act before
  ])("near miss: %s", (text) => {
    expect(ofKind(text, "agreement")).toEqual([]);
  });
});
