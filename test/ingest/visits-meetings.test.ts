// Visits and meetings told without a title before the name, with other travel verbs, as noun phrases, and
// leaders acting together. Small articles written for these tests; near misses must give nothing.
import { describe, expect, it } from "vitest";
import { facts } from "./article.js";
import { findCountries, findOfficeHolders, findPeople } from "../../src/ingest/mentions.js";

/** Everyone a sentence names with an office: by title, and otherwise. */
function people(text: string) {
  const countries = findCountries(text);
  const titled = findPeople(text, countries);
  return [...titled, ...findOfficeHolders(text, titled, countries)];
}
const visits = (body: string, title?: string) =>
  facts(body, title).flatMap((f) => (f.kind === "visit" ? [[f.from, f.to, f.person.name, f.date]] : []));
const meetings = (body: string, title?: string) =>
  facts(body, title).flatMap((f) => (f.kind === "meeting" ? [[f.people.map((p) => p.name), f.date]] : []));

describe("people without a title before the name", () => {
  it("reads lower-case and plural titles", () => {
    expect(people("In 1999 presidents Tomás Vidal and Marta Ibarra met in Arica.").map((p) => [p.person.name, p.person.title])).toEqual([
      ["Tomás Vidal", "President"],
      ["Marta Ibarra", "President"],
    ]);
    expect(people("The Peruvian prime minister Marta Ibarra spoke first.").map((p) => p.person)).toEqual([
      { name: "Marta Ibarra", title: "Prime Minister", rank: "head-of-government", of: "PER" },
    ]);
  });
  it("reads the office a relative clause or a 'first … to' phrase gives", () => {
    expect(people("Marta Ibarra, who became prime minister in 2019, flew to Santiago.").map((p) => [p.person.name, p.person.title])).toEqual([["Marta Ibarra", "Prime Minister"]]);
    expect(people("In 2008, Tomás Vidal became the first Chilean president to address the Congress of Peru.").map((p) => p.person)).toEqual([
      { name: "Tomás Vidal", title: "President", rank: "head-of-state", of: "CHL" },
    ]);
  });
  it("reads 'Governor General' as one title", () => {
    expect(people("Governor General Jane Moss toured the islands.").map((p) => [p.person.name, p.person.title])).toEqual([["Jane Moss", "Governor General"]]);
  });
  it.each([
    "The vice president Rosa Lozano opened the session.", // not the head of state
    "Ana Torres, who was president of the Senate, spoke.", // another office
    "The Kings Cross station was rebuilt in 2010.",
  ])("near miss: %s", (text) => {
    expect(people(text).filter((p) => p.person.rank === "head-of-state" || p.person.rank === "head-of-government")).toEqual([]);
  });
});

describe("visits", () => {
  it("follows a name given earlier with a title: last name, or another word of it", () => {
    expect(visits("President Tomás Vidal of Chile took office in 2010.\n\nIn March 2012 Vidal flew to Lima.")).toEqual([["CHL", "PER", "Tomás Vidal", "2012-03"]]);
    expect(visits("Vietnamese President Nguyen Duc Anh took office in 2016.\n\nIn March 2017 Nguyen travelled to Vientiane.", "Laos–Vietnam relations")).toEqual([
      ["VNM", "LAO", "Nguyen Duc Anh", "2017-03"],
    ]);
  });
  it("takes the office from a relative clause and the date from the main clause", () => {
    const body = "Marta Ibarra, who became prime minister of Peru in 2019, paid a working visit to Santiago in May 2020 and held talks with President Tomás Vidal.";
    expect(visits(body)).toEqual([["PER", "CHL", "Marta Ibarra", "2020-05"]]);
    expect(meetings(body)).toEqual([[["Marta Ibarra", "Tomás Vidal"], "2020-05"]]);
  });
  it("reads 'he'/'she' as the previous sentence's person", () => {
    expect(visits("Chilean Foreign Minister Rosa Lozano took office in March 2014. In June 2014 she flew to Lima.")).toEqual([["CHL", "PER", "Rosa Lozano", "2014-06"]]);
  });
  it.each([
    ["In 2016, Peruvian President Marta Ibarra made Santiago the destination of her first trip abroad.", ["PER", "CHL", "Marta Ibarra", "2016"]],
    ["Chilean President Tomás Vidal chose Peru for his first state visit in April 2011.", ["CHL", "PER", "Tomás Vidal", "2011-04"]],
    ["In October 2009, Chilean President Tomás Vidal returned to Lima for the opening of a trade fair.", ["CHL", "PER", "Tomás Vidal", "2009-10"]],
    ["In 2013, Gabriel Soria paid an official visit to Peru.", ["CHL", "PER", "Gabriel Soria", "2013"]],
    ["The visit of Chilean President Tomás Vidal to Lima in 2010 opened a new era.", ["CHL", "PER", "Tomás Vidal", "2010"]],
    ["In 2010, Peruvian President Marta Ibarra visited Bolivia and Chile.", ["PER", "CHL", "Marta Ibarra", "2010"]],
    ["Chilean President Tomás Vidal visited Lima in 2010, and a planned return visit was cancelled.", ["CHL", "PER", "Tomás Vidal", "2010"]],
  ])("%s", (text, visit) => {
    expect(visits(text)).toEqual([visit]);
  });
  it("dates 'did not travel … until' by the until", () => {
    expect(visits("Chilean President Tomás Vidal took office in 2011; Vidal did not travel to Peru until March 2013.")).toEqual([["CHL", "PER", "Tomás Vidal", "2013-03"]]);
  });
  it("finds the visitor of a fronted noun phrase among the people named after it", () => {
    const body = "During a state visit to Lima in June 2004, President Tomás Vidal and Prime Minister Marta Ibarra signed a declaration on fisheries.";
    expect(visits(body)).toEqual([["CHL", "PER", "Tomás Vidal", "2004-06"]]);
    expect(meetings(body)).toEqual([[["Tomás Vidal", "Marta Ibarra"], "2004-06"]]);
  });
  it("reads a possessive visitor and the 'he' that follows", () => {
    const body = "In May 2007, during Tomás Vidal's visit to Lima, he and Peruvian President Marta Ibarra inaugurated a border crossing.";
    expect(visits(body)).toEqual([["CHL", "PER", "Tomás Vidal", "2007-05"]]);
    expect(meetings(body)).toEqual([[["Tomás Vidal", "Marta Ibarra"], "2007-05"]]);
  });
  it("reads the earlier visit a 'since' clause names", () => {
    expect(visits("In 2015, Marta Ibarra paid the first state visit by a Peruvian president to Chile since Jorge Salas's in 1994.")).toEqual([
      ["PER", "CHL", "Marta Ibarra", "2015"],
      ["PER", "CHL", "Jorge Salas", "1994"],
    ]);
  });
  it("reads a Governor General's trip", () => {
    expect(facts("Governor General Jane Moss travelled to Fiji in 2018.", "Australia–Fiji relations").filter((f) => f.kind === "visit")).toEqual([
      { kind: "visit", from: "AUS", to: "FJI", person: { name: "Jane Moss", title: "Governor General", rank: "other", of: "AUS" }, date: "2018" },
    ]);
  });
  it.each([
    "In 2015, Ana Torres visited Peru.", // a name alone: nothing says she is an official
    "Chilean President Tomás Vidal was invited to visit Peru in 2011.",
    "Chilean President Tomás Vidal planned to travel to Lima in 2011.",
    "In 2012, Chilean President Tomás Vidal did not travel to Lima.",
    "A visit to Lima by Chilean President Tomás Vidal is scheduled for 2026.",
    "In 2010, President Tomás Vidal returned to Lima.", // perhaps going home
    "In 2010, Chilean President Tomás Vidal made Lima a partner of the new port authority.",
    "In 2011, Bolivian President Juan Rada flew to Santiago.", // a third state's visitor
    "In 2014, Chilean President Tomás Vidal chose Bolivia for his first state visit.", // a third state
    "The visit of Chilean President Tomás Vidal to Lima, planned for 2012, was cancelled.",
    "In 2004, Ortega visited Lima.", // a one-word name nobody introduced
  ])("near miss: %s", (text) => {
    expect(visits(text)).toEqual([]);
  });
});

describe("meetings", () => {
  it("reads 'held a summit with' after a visit", () => {
    expect(meetings("Chilean President Tomás Vidal took office in 2010.\n\nIn 2018 Vidal visited Lima and held a summit with President Marta Ibarra.")).toEqual([
      [["Tomás Vidal", "Marta Ibarra"], "2018"],
    ]);
  });
  it("reads 'for talks with' a last name given in full earlier", () => {
    const body = "In 2021 Vidal attended the inauguration of Marta Ibarra in Lima.\n\n==Visits==\n- May 2022: President Tomás Vidal flew to Lima for talks with Ibarra.";
    expect(meetings(body)).toEqual([[["Tomás Vidal", "Marta Ibarra"], "2022-05"]]);
    expect(visits(body)).toEqual([["CHL", "PER", "Tomás Vidal", "2022-05"]]);
  });
  it("reads a participle: ', meeting President …'", () => {
    expect(meetings("In 2012, Chilean Foreign Minister Rosa Lozano travelled to Lima, meeting President Marta Ibarra.")).toEqual([[["Rosa Lozano", "Marta Ibarra"], "2012"]]);
  });
  it("reads leaders who sign together, before the verb or after 'by'", () => {
    expect(meetings("On 4 May 1990 Chilean President Tomás Vidal and Peruvian President Marta Ibarra signed the Arica Protocol.")).toEqual([
      [["Tomás Vidal", "Marta Ibarra"], "1990-05-04"],
    ]);
    expect(meetings("The Treaty of Tacna, signed in Lima on 3 June 1929 by Rodrigo Sanz and Pedro Oyague, settled the dispute.")).toEqual([
      [["Rodrigo Sanz", "Pedro Oyague"], "1929-06-03"],
    ]);
  });
  it("reads 'he and …' in a joint act with the person named before it", () => {
    expect(meetings("Chilean Foreign Minister Rosa Lozano travelled to Lima in 2016, where she and Peruvian Foreign Minister Luis Paz announced a joint commission.")).toEqual([
      [["Rosa Lozano", "Luis Paz"], "2016"],
    ]);
  });
  it("reads two leaders standing together", () => {
    expect(meetings("- 1995: Tomás Vidal and Marta Ibarra stood side by side at the border monument.")).toEqual([[["Tomás Vidal", "Marta Ibarra"], "1995"]]);
  });
  it.each([
    "In 2013 Chilean President Tomás Vidal left Lima without meeting President Marta Ibarra.",
    "Chilean President Tomás Vidal and Peruvian President Marta Ibarra are expected to meet in 2026.",
    "Chilean President Tomás Vidal and Peruvian President Marta Ibarra will sign the accord in 2026.",
    "Chilean President Tomás Vidal and Peruvian President Marta Ibarra have not signed the accord since 2019.",
    "Chilean President Tomás Vidal and Chilean Foreign Minister Rosa Lozano signed the decree in 2010.", // one state
    "In 2003, Grupo Andino and Minera Sur signed a supply contract.", // companies
    "In 2005, Ana Torres and Luis Paz announced a new airline route.", // names alone announcing
    "In 2001, Ana Torres met Luis Paz in Lima.", // names alone: nothing says they are officials
    "The agreement was signed by Chile and Peru in 1998.", // states, not people
    // "he" is the one-word name the sentence gives, not the previous sentence's person
    "Chilean President Tomás Vidal met Bolivian officials in 2003. In 2004, Ortega visited Lima; he and Peruvian President Marta Ibarra signed a treaty.",
  ])("near miss: %s", (text) => {
    expect(meetings(text)).toEqual([]);
    expect(visits(text)).toEqual([]);
  });
});

describe("leaders named without a title, trusted by what the sentence says they do", () => {
  it("a name alone that travels and holds talks with a counterpart", () => {
    const body = "In June 2021 Rosa Quintanilla flew to Arequipa for the joint commission and held talks with her Peruvian counterpart, Emilio Duarte.";
    expect(visits(body)).toEqual([["CHL", "PER", "Rosa Quintanilla", "2021-06"]]);
    expect(meetings(body)).toEqual([[["Rosa Quintanilla", "Emilio Duarte"], "2021-06"]]);
  });
  it("'the two leaders held talks' pairs the names before it", () => {
    const body = "Emilio Duarte visited Santiago in April 2016, a month after Rosa Quintanilla had taken office, and the two leaders held talks on fisheries.";
    expect(visits(body)).toEqual([["PER", "CHL", "Emilio Duarte", "2016-04"]]);
    expect(meetings(body)).toEqual([[["Emilio Duarte", "Rosa Quintanilla"], "2016-04"]]);
  });
  it.each([
    "In June 2021 Rosa Quintanilla flew to Arequipa for a holiday with her friend Emilio Duarte.", // no sign of office
    "In June 2021 Rosa Quintanilla was expected to travel to Arequipa for talks with her counterpart Emilio Duarte.", // planned
    "Emilio Duarte and Rosa Quintanilla played chess in Santiago in April 2016.", // no meeting verb
    "In April 2016 Emilio Duarte, a novelist, travelled to Santiago with his publisher Rosa Quintanilla.", // no sign of office
  ])("near miss: %s", (body) => {
    expect([...visits(body), ...meetings(body)]).toEqual([]);
  });
});

describe("more ways to tell a visit or a meeting", () => {
  it("a visit noun with the visitor's office between it and the place", () => {
    expect(visits("Tomás Vidal made his first foreign visit as president to Lima on 3 May 2011.")).toEqual([["CHL", "PER", "Tomás Vidal", "2011-05-03"]]);
  });
  it("a summit named with words before it", () => {
    expect(meetings("President Ana Soto flew to Arica in May 2019 for the second annual Chile–Peru summit with President Luis Vera.")).toEqual([
      [["Ana Soto", "Luis Vera"], "2019-05"],
    ]);
  });
  it("leaders presiding together", () => {
    expect(meetings("On 2 May 2015 President Ana Soto went to Lima, where she and President Luis Vera presided over the joint cabinet.")).toEqual([
      [["Ana Soto", "Luis Vera"], "2015-05-02"],
    ]);
  });
  it("a last name standing for a full name given earlier without a title", () => {
    const body = "Tomás Vidal, who took office in March 2010, sought closer ties.\n\nOn 2 May 2012 Vidal flew to Lima, where he met President Luis Vera.";
    expect(visits(body)).toEqual([["CHL", "PER", "Tomás Vidal", "2012-05-02"]]);
    expect(meetings("Tomás Vidal, who took office in March 2010, sought closer ties.\n\nOn 9 May 2014 Vidal and President Luis Vera met at Tacna.")).toEqual([
      [["Tomás Vidal", "Luis Vera"], "2014-05-09"],
    ]);
  });
  it("names alone that meet to sign a named document", () => {
    expect(meetings("Ana Soto and Luis Vera met in Arica on 3 June 2001 to sign the Arica Accord.")).toEqual([[["Ana Soto", "Luis Vera"], "2001-06-03"]]);
  });
  it("reads Taoiseach as a head of government's title", () => {
    expect(people("In 2019 Taoiseach Máire Nic Aodha spoke.").map((p) => p.person)).toEqual([
      { name: "Máire Nic Aodha", title: "Taoiseach", of: "IRL", rank: "head-of-government" },
    ]);
  });
  it.each([
    "Tomás Vidal was to make his first foreign visit as president to Lima on 3 May 2011.", // planned
    "Ana Soto and Luis Vera met in Arica on 3 June 2001.", // names alone, no sign of office
    "Vidal, a painter, flew to Lima in May 2012.", // a last name given nowhere in full
  ])("near miss: %s", (body) => {
    expect([...visits(body), ...meetings(body)]).toEqual([]);
  });
  it("near miss: presiding alone is no meeting", () => {
    expect(meetings("On 2 May 2015 President Ana Soto went to Lima, where she presided over a cabinet session.")).toEqual([]);
  });
  it("near miss: a visit in the perfect with no date of its own", () => {
    expect(visits("In 2017 the two states signed a treaty. Princess Ana Soto has visited Lima on several occasions.")).toEqual([]);
  });
});

describe("a host receiving a guest", () => {
  it("is the guest's visit to the place, and a meeting", () => {
    const body = "On 4 June 2013 President Ana Soto received President Luis Vera of Peru in Santiago.";
    expect(visits(body)).toEqual([["PER", "CHL", "Luis Vera", "2013-06-04"]]);
    expect(meetings(body)).toEqual([[["Ana Soto", "Luis Vera"], "2013-06-04"]]);
  });
  it.each([
    "On 4 June 2013 President Ana Soto received an award in Santiago.", // nobody received
    "On 4 June 2013 President Ana Soto received Peruvian investors in Santiago.", // no person named
    "On 4 June 2013 President Ana Soto of Chile received President Luis Vera in Lima.", // the host is the one abroad
    "President Ana Soto will receive President Luis Vera of Peru in Santiago in June 2013.", // not yet
  ])("near miss: %s", (body) => {
    expect(visits(body)).toEqual([]);
  });
});

describe("visitors together, and attending another leader's occasion", () => {
  it("two titled people joined by 'and' both visit", () => {
    expect(visits("In May 2014 King Tomás Vidal and Queen Ana Soto visited Lima.")).toEqual([
      ["CHL", "PER", "Tomás Vidal", "2014-05"],
      ["CHL", "PER", "Ana Soto", "2014-05"],
    ]);
  });
  it("attending another person's occasion in the other state is a visit", () => {
    expect(visits("President Ana Soto attended the inauguration of President Luis Vera in Lima on 28 July 2016.")).toEqual([
      ["CHL", "PER", "Ana Soto", "2016-07-28"],
    ]);
    expect(visits("In 2019 President Ana Soto attended Vera's funeral in Lima.")).toEqual([["CHL", "PER", "Ana Soto", "2019"]]);
  });
  it.each([
    "President Ana Soto attended a football match in Lima on 28 July 2016.", // nobody else's occasion
    "President Ana Soto of Peru attended the inauguration of Mayor Luis Vera in Lima on 28 July 2016.", // at home
    "President Ana Soto will attend the inauguration of President Luis Vera in Lima on 28 July 2016.", // not yet
  ])("near miss: %s", (body) => {
    expect(visits(body)).toEqual([]);
  });
});
