// Trade figures and goods: small articles written for these tests, exact facts expected, and near misses
// (third states, negation, plans, balances, values instead of goods) that must give nothing.
import { describe, expect, it } from "vitest";
import { facts, ofKind } from "./article.js";


const NS = "Norway–Sweden relations";
const LT = "Laos–Thailand relations";

describe("trade: the total", () => {
  it.each([
    ["In 2018, two-way trade between the two countries amounted to roughly US$3.4 billion.", 3.4e9, "USD", 2018],
    ["In 2016 bilateral trade climbed past US$2 billion, reaching US$2.3 billion by December.", 2.3e9, "USD", 2016],
    ["Trade other than oil stays small, at about €140 million in 2021.", 140e6, "EUR", 2021],
    ["In 2021 trade between Norway and Sweden came to NOK 95 billion.", 95e9, "NOK", 2021],
    ["In 2017 total trade stood at 12 billion Swedish kronor.", 12e9, "SEK", 2017],
    ["Trade turnover was worth an estimated €6.2bn in 2022.", 6.2e9, "EUR", 2022],
  ])("%s", (text, value, currency, year) => {
    expect(ofKind(text, "trade", NS)).toEqual([{ kind: "trade", value, currency, year, flow: "total" }]);
  });

  it("reads both ends of a change, each with its year", () => {
    expect(ofKind("Bilateral trade fell from US$3 billion in 2019 to US$2 billion in 2020.", "trade", NS)).toEqual([
      { kind: "trade", value: 3e9, currency: "USD", year: 2019, flow: "total" },
      { kind: "trade", value: 2e9, currency: "USD", year: 2020, flow: "total" },
    ]);
  });

  it.each([
    "Norway's trade surplus with Sweden was NOK 10 billion in 2020.", // a balance
    "A trade agreement worth US$1 billion was signed in 2015.", // an agreement
    "The two governments set a goal of doubling trade to US$10 billion by 2030.", // a goal
    "Trade with Denmark reached US$4 billion in 2019.", // a third state
    "Trade fell sharply in 2009.", // no value
    "Trade and investment between the two reached US$8 billion in 2018.", // not trade alone
    "In 2021 Sweden took 12% of Norway's trade, worth US$30 billion.", // a share of one state's trade
    "The Trade Promotion Fund of US$5 million was set up in 2012.", // a fund
  ])("near miss: %s", (text) => {
    expect(ofKind(text, "trade", NS)).toEqual([]);
  });
});

describe("trade: one direction", () => {
  it("reads an adjective as the exporter and a second flow after 'while'", () => {
    expect(ofKind("In 2020, Swedish exports to Norway were valued at SEK 80 billion, while Swedish imports from Norway amounted to SEK 60 billion.", "trade", NS)).toEqual([
      { kind: "trade", value: 80e9, currency: "SEK", year: 2020, flow: "export", from: "SWE", to: "NOR" },
      { kind: "trade", value: 60e9, currency: "SEK", year: 2020, flow: "import", from: "NOR", to: "SWE" },
    ]);
  });
  it("reads 'exports from X to Y … accounted for'", () => {
    expect(ofKind("Exports from Norway to Sweden accounted for €7.5bn of that total in 2019.", "trade", NS)).toEqual([
      { kind: "trade", value: 7.5e9, currency: "EUR", year: 2019, flow: "export", from: "NOR", to: "SWE" },
    ]);
  });
  it("follows 'its' and 'the kingdom' back to the pair, with the verb left out", () => {
    expect(ofKind("Norway's exports to Sweden were worth US$9.1 billion in 2018 and its imports from the kingdom US$7.7 billion.", "trade", NS)).toEqual([
      { kind: "trade", value: 9.1e9, currency: "USD", year: 2018, flow: "export", from: "NOR", to: "SWE" },
      { kind: "trade", value: 7.7e9, currency: "USD", year: 2018, flow: "import", from: "SWE", to: "NOR" },
    ]);
  });
  it("reads 'exported … and imported … from it'", () => {
    expect(ofKind("In 2015 Sweden exported US$6 billion worth of goods to Norway and imported US$4.5 billion from it.", "trade", NS)).toEqual([
      { kind: "trade", value: 6e9, currency: "USD", year: 2015, flow: "export", from: "SWE", to: "NOR" },
      { kind: "trade", value: 4.5e9, currency: "USD", year: 2015, flow: "import", from: "NOR", to: "SWE" },
    ]);
  });
  it("reads 'exports of goods' and a currency code", () => {
    expect(ofKind("In 2022 Kenyan exports of goods to Uganda totalled KES 120 billion.", "trade", "Kenya–Uganda relations")).toEqual([
      { kind: "trade", value: 120e9, currency: "KES", year: 2022, flow: "export", from: "KEN", to: "UGA" },
    ]);
  });
  it("takes 'in the same year' from the paragraph", () => {
    const body = "In 2019 Norwegian goods exports to Sweden reached NOK 120 billion. Swedish exports to Norway came to SEK 110 billion in the same year.";
    expect(ofKind(body, "trade", NS)).toEqual([
      { kind: "trade", value: 120e9, currency: "NOK", year: 2019, flow: "export", from: "NOR", to: "SWE" },
      { kind: "trade", value: 110e9, currency: "SEK", year: 2019, flow: "export", from: "SWE", to: "NOR" },
    ]);
  });
  it("gives a bare second flow the first one's subject", () => {
    expect(ofKind("In 2014 Norway's exports to Sweden amounted to US$5 billion, whereas imports from Sweden were US$4 billion.", "trade", NS)).toEqual([
      { kind: "trade", value: 5e9, currency: "USD", year: 2014, flow: "export", from: "NOR", to: "SWE" },
      { kind: "trade", value: 4e9, currency: "USD", year: 2014, flow: "import", from: "SWE", to: "NOR" },
    ]);
  });
  it("reads a change in one direction", () => {
    expect(ofKind("Swedish exports to Norway rose from SEK 50 billion in 2010 to SEK 70 billion in 2015.", "trade", NS)).toEqual([
      { kind: "trade", value: 50e9, currency: "SEK", year: 2010, flow: "export", from: "SWE", to: "NOR" },
      { kind: "trade", value: 70e9, currency: "SEK", year: 2015, flow: "export", from: "SWE", to: "NOR" },
    ]);
  });
  it("reads symbols and suffixed currencies", () => {
    expect(ofKind("In 2021 Thai exports to Laos totalled 120 billion baht.", "trade", LT)).toMatchObject([{ value: 120e9, currency: "THB", flow: "export", from: "THA", to: "LAO" }]);
    expect(ofKind("Nigeria's imports from Ghana reached ₦95 billion in 2020.", "trade", "Ghana–Nigeria relations")).toMatchObject([{ value: 95e9, currency: "NGN", flow: "import", from: "GHA", to: "NGA" }]);
  });

  it.each([
    "In 2021, Swedish exports to Finland totalled SEK 90 billion.", // a third state
    "Exports to Norway reached SEK 5 billion in 2019.", // whose exports?
    "By 2030 Sweden hopes to export SEK 100 billion to Norway.", // a hope
    "Sweden's exports to Norway fell sharply in 2009.", // no value
    "In 2020 Sweden exported US$3 billion to China.", // a third state
  ])("near miss: %s", (text) => {
    expect(ofKind(text, "trade", NS)).toEqual([]);
  });
});

describe("goods", () => {
  it("splits two directions joined by 'while'", () => {
    const body = "Thailand's main exports to Laos are fuel, vehicles and construction materials, while Laos sells electricity, timber and copper ore to Thailand.";
    expect(ofKind(body, "goods", LT)).toEqual([
      { kind: "goods", from: "THA", to: "LAO", items: ["fuel", "vehicles", "construction materials"] },
      { kind: "goods", from: "LAO", to: "THA", items: ["electricity", "timber", "copper ore"] },
    ]);
  });
  it.each([
    ["Laos exports coffee, rubber and cassava to Thailand.", "LAO", "THA", ["coffee", "rubber", "cassava"]],
    ["Laos buys most of its fuel from Thailand.", "THA", "LAO", ["fuel"]],
    ["Thailand supplies Laos with refined fuel.", "THA", "LAO", ["refined fuel"]],
    ["Laotian hydropower is exported to Thailand under long-term contracts.", "LAO", "THA", ["hydropower"]],
    ["Since 2015 a new line has brought Laotian electricity to Thailand.", "LAO", "THA", ["electricity"]],
    ["The leading Thai exports to Laos are diesel and cement.", "THA", "LAO", ["diesel", "cement"]],
    ["Laos relies heavily on Thailand for consumer goods.", "THA", "LAO", ["consumer goods"]],
    ["Thailand's imports from Laos include gold, copper and wood products.", "LAO", "THA", ["gold", "copper", "wood products"]],
    ["Main exports of Laos to Thailand are electricity and gold.", "LAO", "THA", ["electricity", "gold"]],
    ["The main products exported by Thailand to Laos are fuel and sugar.", "THA", "LAO", ["fuel", "sugar"]],
    ["Exports from Thailand to Laos include cement and steel bars.", "THA", "LAO", ["cement", "steel bars"]],
    ["Laos imports from Thailand chiefly fuel and vehicles.", "THA", "LAO", ["fuel", "vehicles"]],
    ["Laos's principal export commodities to Thailand include coffee and maize.", "LAO", "THA", ["coffee", "maize"]],
  ])("%s", (text, from, to, items) => {
    expect(ofKind(text, "goods", LT)).toEqual([{ kind: "goods", from, to, items }]);
  });
  it("reads goods after a value, with its lead-in cut", () => {
    const body = "In 2019 Thai exports to Laos were valued at 120 billion baht, consisting largely of fuel, vehicles and machinery.";
    expect(ofKind(body, "goods", LT)).toEqual([{ kind: "goods", from: "THA", to: "LAO", items: ["fuel", "vehicles", "machinery"] }]);
    expect(ofKind(body, "trade", LT)).toMatchObject([{ value: 120e9, currency: "THB", year: 2019, flow: "export" }]);
  });
  it("reads goods in an apposition", () => {
    expect(ofKind("Thai exports to Laos, mainly fuel and cars, have grown every year.", "goods", LT)).toEqual([{ kind: "goods", from: "THA", to: "LAO", items: ["fuel", "cars"] }]);
  });
  it("takes the partner from the section when shipments name none", () => {
    expect(ofKind("==Trade==\nLaotian shipments consist mostly of electricity and timber.", "goods", LT)).toEqual([{ kind: "goods", from: "LAO", to: "THA", items: ["electricity", "timber"] }]);
  });
  it("gives goods traded in both directions to each side, and a second verb the first's subject", () => {
    expect(ofKind("Rice and sugar dominate cross-border trade in both directions.", "goods", LT)).toEqual([
      { kind: "goods", from: "LAO", to: "THA", items: ["rice", "sugar"] },
      { kind: "goods", from: "THA", to: "LAO", items: ["rice", "sugar"] },
    ]);
    expect(ofKind("Thailand sells machinery to Laos and buys gypsum from it.", "goods", LT)).toEqual([
      { kind: "goods", from: "THA", to: "LAO", items: ["machinery"] },
      { kind: "goods", from: "LAO", to: "THA", items: ["gypsum"] },
    ]);
  });

  it.each([
    "Laos does not export electricity to Cambodia.", // negation, a third state
    "Thailand has never sold weapons to Laos.", // negation
    "Thailand plans to export more rice to Laos.", // a plan
    "Thai exports rose sharply to Laos after 2015.", // a noun, not a verb
    "Thailand's main exports to Laos are growing quickly.", // a predicate, not goods
    "Thai troops were sent to Laos in 1960.", // people, not goods
    "Thailand provided Laos with technical assistance.", // help, not goods
    "Thai exports to Laos were worth 120 billion baht in 2019.", // a value, not goods
    "Thailand exported US$2 billion worth of goods to Laos in 2019.", // a value, not goods
    "Thailand sold the disputed villages to Laos.", // a thing named, not goods
    "Thailand exports rice to China.", // a third state
    "Visitors travel in both directions.", // not trade
    "Laos imports from Thailand fell in 2020.", // no goods
    "Thailand's exports to Laos, Cambodia and Myanmar include fuel.", // not the pair's alone
  ])("near miss: %s", (text) => {
    expect(ofKind(text, "goods", LT)).toEqual([]);
  });
});

describe("trade: currencies given by sign or by code", () => {
  it.each([
    ["In 2021 Botswana's imports from South Africa came to R45 billion.", "Botswana–South Africa relations", 45e9, "ZAR", "import"],
    ["Jordanian exports to Lebanon totalled JD 120 million in 2019.", "Jordan–Lebanon relations", 120e6, "JOD", "export"],
    ["Malian exports to Senegal were worth some 30 billion CFA francs in 2018.", "Mali–Senegal relations", 30e9, "XOF", "export"],
    ["In 2020 Cameroon's exports to Gabon reached 12 billion CFA francs.", "Cameroon–Gabon relations", 12e9, "XAF", "export"],
    ["Nepal's imports from Bhutan amounted to Nu 1.2 billion in 2017.", "Bhutan–Nepal relations", 1.2e9, "BTN", "import"],
    ["Tanzanian exports to Uganda were valued at TSh 300 billion in 2022.", "Tanzania–Uganda relations", 300e9, "TZS", "export"],
    ["In 2021 Senegalese exports to Mali totalled XOF 250 billion.", "Mali–Senegal relations", 250e9, "XOF", "export"],
    ["Kenyan exports to Tanzania were valued at KSh 40 billion in 2021.", "Kenya–Tanzania relations", 40e9, "KES", "export"],
    ["In 2016 Pakistani exports to Sri Lanka reached Rs 30 billion.", "Pakistan–Sri Lanka relations", 30e9, "PKR", "export"],
  ])("%s", (text, title, value, currency, flow) => {
    expect(ofKind(text, "trade", title)).toMatchObject([{ value, currency, flow }]);
  });
  it("takes a bare sign only before a unit", () => {
    expect(ofKind("Jordanian exports to Lebanon were JD 120 in 2019.", "trade", "Jordan–Lebanon relations")).toEqual([]);
  });
});

describe("trade: a total in context", () => {
  it("counts only the states of the figure's own clause when the sentence names the two", () => {
    expect(ofKind("Norway is Sweden's third partner after Germany; trade between them reached NOK 180 billion in 2019.", "trade", NS)).toEqual([
      { kind: "trade", value: 180e9, currency: "NOK", year: 2019, flow: "total" },
    ]);
    expect(ofKind("In 2020, when Sweden overtook Finland as Norway's main partner, trade came to NOK 200 billion.", "trade", NS)).toEqual([
      { kind: "trade", value: 200e9, currency: "NOK", year: 2020, flow: "total" },
    ]);
  });
  it("reads the total again after 'it'", () => {
    expect(ofKind("Bilateral trade reached US$2 billion in 2010 and then slumped; by 2015 it had fallen to US$1.1 billion.", "trade", NS)).toEqual([
      { kind: "trade", value: 2e9, currency: "USD", year: 2010, flow: "total" },
      { kind: "trade", value: 1.1e9, currency: "USD", year: 2015, flow: "total" },
    ]);
  });
  it.each([
    "Denmark is Sweden's main partner, and trade reached US$4 billion in 2019.", // whose trade? only one of the pair named
    "In 2020 both Norway and Sweden traded more with Finland, and trade with Finland reached US$5 billion.", // a third state in the clause
    "Norway's trade surplus with Sweden widened; it had reached US$3 billion in 2008.", // "it" after no total
  ])("near miss: %s", (text) => {
    expect(ofKind(text, "trade", NS)).toEqual([]);
  });
  it("does not read 'it' after a one-way flow as a total", () => {
    expect(ofKind("Swedish exports to Norway reached SEK 70 billion in 2014; by 2016 it had risen to SEK 75 billion.", "trade", NS)).toEqual([
      { kind: "trade", value: 70e9, currency: "SEK", year: 2014, flow: "export", from: "SWE", to: "NOR" },
    ]);
  });
});

describe("trade: a second flow", () => {
  it("reads a flow whose verb is left out", () => {
    expect(ofKind("In 2018 exports from Norway to Sweden came to NOK 100 billion and imports from Sweden to NOK 90 billion.", "trade", NS)).toEqual([
      { kind: "trade", value: 100e9, currency: "NOK", year: 2018, flow: "export", from: "NOR", to: "SWE" },
      { kind: "trade", value: 90e9, currency: "NOK", year: 2018, flow: "import", from: "SWE", to: "NOR" },
    ]);
  });
  it("reads the other direction named by the noun alone", () => {
    expect(ofKind("Swedish exports to Norway were worth SEK 80 billion in 2020, against imports of SEK 70 billion.", "trade", NS)).toEqual([
      { kind: "trade", value: 80e9, currency: "SEK", year: 2020, flow: "export", from: "SWE", to: "NOR" },
      { kind: "trade", value: 70e9, currency: "SEK", year: 2020, flow: "import", from: "NOR", to: "SWE" },
    ]);
    expect(ofKind("Norway's exports to Sweden came to NOK 120 billion in 2021, while imports reached NOK 100 billion.", "trade", NS)).toMatchObject([
      { value: 120e9, flow: "export", from: "NOR", to: "SWE" },
      { value: 100e9, flow: "import", from: "SWE", to: "NOR" },
    ]);
  });
  it("reads a flow past an apposition of goods", () => {
    const body = "Thai exports to Laos, chiefly fuel, cars and steel, were worth 90 billion baht in 2019.";
    expect(ofKind(body, "trade", LT)).toEqual([{ kind: "trade", value: 90e9, currency: "THB", year: 2019, flow: "export", from: "THA", to: "LAO" }]);
    expect(ofKind(body, "goods", LT)).toEqual([{ kind: "goods", from: "THA", to: "LAO", items: ["fuel", "cars", "steel"] }]);
  });
  it.each([
    ["Norway aims to raise its exports to Sweden to NOK 150 billion by 2030.", NS], // a goal
    ["Imports of SEK 70 billion were recorded in 2020.", NS], // whose imports?
    ["Thai exports to Laos, Cambodia and Myanmar, were worth 300 billion baht in 2019.", LT], // other states in the apposition
  ])("near miss: %s", (text, title) => {
    expect(ofKind(text, "trade", title)).toEqual([]);
  });
});

describe("goods: the partner from the context", () => {
  it("reads a list without a partner where the paragraph is about the pair", () => {
    const body = "Kenyan exports to Uganda reached KES 90 billion in 2019. Uganda supplies maize, beans and sugar, and buys petroleum products and salt.";
    expect(ofKind(body, "goods", "Kenya–Uganda relations")).toEqual([
      { kind: "goods", from: "UGA", to: "KEN", items: ["maize", "beans", "sugar"] },
      { kind: "goods", from: "KEN", to: "UGA", items: ["petroleum products", "salt"] },
    ]);
  });
  it.each([
    ["Laos sells electricity to Thailand and buys Thai fuel, cement and cars.", [["LAO", "THA", ["electricity"]], ["THA", "LAO", ["fuel", "cement", "cars"]]]],
    ["Thailand exports fuel and vehicles to Laos and buys timber and electricity in return.", [["THA", "LAO", ["fuel", "vehicles"]], ["LAO", "THA", ["timber", "electricity"]]]],
    ["Thailand sells Laos around 20,000 tonnes of rice a year.", [["THA", "LAO", ["rice"]]]],
    ["==Trade==\nThai deliveries consist mainly of fuel and vehicles.", [["THA", "LAO", ["fuel", "vehicles"]]]],
    ["Laos exports coffee and fruit and vegetables to Thailand.", [["LAO", "THA", ["coffee", "fruit and vegetables"]]]],
    ["Laos mainly ships timber and gypsum southward, while Thailand sells machinery.", [["LAO", "THA", ["timber", "gypsum"]], ["THA", "LAO", ["machinery"]]]],
    ["Thailand is the main partner of Laos. Laos exports coffee and tea, and imports fuel and cars.", [["LAO", "THA", ["coffee", "tea"]], ["THA", "LAO", ["fuel", "cars"]]]],
    ["==Trade==\nThai exports consist mainly of fuel and cars.", [["THA", "LAO", ["fuel", "cars"]]]],
  ] as const)("%s", (text, expected) => {
    expect(ofKind(text, "goods", LT)).toEqual(expected.map(([from, to, items]) => ({ kind: "goods", from, to, items })));
  });
  it.each([
    "Thailand exports rice, sugar and rubber.", // the partner named nowhere near
    "Laos imports fell sharply in 2020 as trade with Thailand slowed.", // a verb, not goods
    "Thailand exports rice and rubber, mostly to China.", // a third state
    "Laos no longer buys Thai fuel.", // negation
    "Thailand sends Laos a delegation every year.", // not goods
    "Thailand sent Laos its condolences.", // not goods
    "Vietnam exports rice and coffee, and Laos buys Thai fuel.", // a third state in the sentence
    "Thailand sells Chinese cars to Laos.", // the adjective is the goods' make, the partner is named: one fact only
  ])("near miss: %s", (text) => {
    const found = ofKind(text, "goods", LT);
    if (text.includes("Chinese")) expect(found).toEqual([{ kind: "goods", from: "THA", to: "LAO", items: ["Chinese cars"] }]);
    else expect(found).toEqual([]);
  });
});
