// The country table. Facts (names, adjectives, capitals, coordinates) are common knowledge;
// the ISO base is cross-checked against i18n-iso-countries (MIT) by test/vocab/countries.test.ts.
import type { CountryEntry } from "../countries.js";

export const COUNTRY_TABLE: readonly CountryEntry[] = [
  { code: "MEX", iso2: "MX", name: "Mexico", official: "United Mexican States", aliases: [], adjectives: ["Mexican"],
    capital: "Mexico City", cities: [{ name: "Mexico City", lat: 19.4326, lon: -99.1332 }, { name: "Guadalajara", lat: 20.6597, lon: -103.3496 }] },
  { code: "SVN", iso2: "SI", name: "Slovenia", official: "Republic of Slovenia", aliases: [], adjectives: ["Slovene", "Slovenian"],
    capital: "Ljubljana", cities: [{ name: "Ljubljana", lat: 46.0569, lon: 14.5058 }], since: "1991-06-25" },
  { code: "AUT", iso2: "AT", name: "Austria", official: "Republic of Austria", aliases: [], adjectives: ["Austrian"],
    capital: "Vienna", cities: [{ name: "Vienna", lat: 48.2082, lon: 16.3738 }] },
  { code: "USA", iso2: "US", name: "United States", official: "United States of America", aliases: ["US", "USA", "America", "U.S."], adjectives: ["American"],
    capital: "Washington, D.C.", cities: [{ name: "Washington, D.C.", lat: 38.9072, lon: -77.0369, aliases: ["Washington", "Washington D.C."] }] },
];
