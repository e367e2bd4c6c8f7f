// Agreements described in lower case or in the passive, their titles and dates, and the wordings that date
// diplomatic relations: small articles written for these tests, exact facts expected, and near misses that
// must produce nothing.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/ingest/extract.js";
import type { Fact } from "../../src/model/record.js";
import type { Draft } from "../../src/ingest/context.js";

function facts(body: string, title = "Chile–Peru relations"): Draft[] {
  const r = extract(`= ${title} =\n\n${body}\n`);
  if (r.kind !== "record") throw new Error(r.reason);
  return r.record.facts.map(({ span: _s, rule: _r, ...f }) => f as Draft);
}
const ofKind = (body: string, kind: Fact["kind"], title?: string) => facts(body, title).filter((f) => f.kind === kind);
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
