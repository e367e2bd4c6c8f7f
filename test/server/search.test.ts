// Naming countries and pairs in the search box: exact values, and near misses that must find no pair.
import { describe, expect, it } from "vitest";
import { matchCountriesAndPairs, pairIn } from "../../src/server/routes/facts.js";

describe("pairIn", () => {
  it.each([
    ["Mexico–Slovenia", ["MEX", "SVN"]],
    ["Mexico-Slovenia", ["MEX", "SVN"]],
    ["mexico / slovenia", ["MEX", "SVN"]],
    ["Mexico and Slovenia", ["MEX", "SVN"]],
    ["Mexico Slovenia", ["MEX", "SVN"]],
    ["united states mexico", ["USA", "MEX"]],
    ["Slovene–Mexican", ["SVN", "MEX"]],
    ["SVN MEX", ["SVN", "MEX"]],
  ])("%s → %j", (q, pair) => {
    expect(pairIn(q)).toEqual(pair);
  });

  it.each(["Mexico", "Mexico Mexico", "Mexico–Atlantis", "Drnovšek visit", "", "Mexico and Slovenia and Austria"])("%j names no pair", (q) => {
    expect(pairIn(q)).toBeUndefined();
  });
});

describe("matchCountriesAndPairs", () => {
  it("finds countries by the start of a word of their name", () => {
    expect(matchCountriesAndPairs("slov").countries.map((c) => c.code).sort()).toEqual(["SVK", "SVN"]);
    expect(matchCountriesAndPairs("korea").countries.map((c) => c.code)).toEqual(expect.arrayContaining(["KOR", "PRK"]));
    expect(matchCountriesAndPairs("x").countries).toEqual([]);
  });

  it("names the pair with its countries' names", () => {
    expect(matchCountriesAndPairs("Mexico Slovenia").pairs).toEqual([{ pair: ["MEX", "SVN"], names: ["Mexico", "Slovenia"] }]);
  });
});
