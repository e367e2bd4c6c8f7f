import { describe, expect, it } from "vitest";
import { ORGS, foldOrgName, getOrg, resolveOrg, resolveOrgMention } from "../../src/vocab/orgs.js";

describe("ORGS table", () => {
  it("has unique ids, and no name or acronym belongs to two organisations", () => {
    const ids = ORGS.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const o of ORGS)
      for (const k of new Set([o.id, ...o.names, ...o.acronyms].map(foldOrgName))) {
        const had = owner.get(k);
        if (had && had !== o.id) clashes.push(`${k}: ${had} / ${o.id}`);
        owner.set(k, o.id);
      }
    expect(clashes).toEqual([]);
  });

  it("uses as id the usual acronym, or the first full name where no acronym is usual (UfM is written out)", () => {
    for (const o of ORGS) {
      expect(o.names.length, o.id).toBeGreaterThan(0);
      expect([o.acronyms[0], o.names[0]], o.id).toContain(o.id);
      if (o.acronyms.length === 0) expect(o.id, o.id).toBe(o.names[0]);
    }
    expect(getOrg("Union for the Mediterranean")?.acronyms).toEqual(["UfM"]);
  });

  it("covers the organisations the brief lists", () => {
    const wanted = ["UN", "OECD", "EU", "NATO", "OAS", "WTO", "NAFTA", "APEC", "G20", "OSCE", "CoE", "AU", "NAM", "CELAC", "ACS",
      "SICA", "OEI", "Mercosur", "UNASUR", "ASEAN", "GCC", "OIC", "Arab League", "CIS", "CSTO", "SCO", "EAEU", "BSEC", "GUAM",
      "IGAD", "ECOWAS", "CARICOM", "SADC", "SAARC", "ECO", "OPEC", "BRICS", "G7", "G77", "Commonwealth of Nations", "OIF",
      "CPLP", "EFTA", "Eurozone", "Schengen Area", "Union for the Mediterranean", "European Political Community",
      "Eastern Partnership", "Euronest Parliamentary Assembly",
      "Ibero-American Summit", "CBSS", "PIF", "CEI", "V4", "3SI", "B9", "OAU"];
    expect(wanted.filter((id) => !getOrg(id))).toEqual([]);
    expect(getOrg("OAU")?.former).toBe(true);
  });
});

describe("resolveOrg", () => {
  it.each([
    ["United Nations", "UN"],
    ["the United Nations", "UN"],
    ["UN", "UN"],
    ["U.N.", "UN"],
    ["Organisation for Economic Co-operation and Development", "OECD"],
    ["Organization for Economic Cooperation and Development", "OECD"],
    ["the organisation for economic co-operation and development", "OECD"],
    ["oecd", "OECD"],
    ["European Union", "EU"],
    ["North Atlantic Treaty Organisation", "NATO"],
    ["Organisation of American States", "OAS"],
    ["World Trade Organisation", "WTO"],
    ["North American Free Trade Agreement", "NAFTA"],
    ["Asia-Pacific Economic Cooperation", "APEC"],
    ["Asia Pacific Economic Cooperation", "APEC"],
    ["G-20", "G20"],
    ["Group of Twenty", "G20"],
    ["Organization for Security and Cooperation in Europe", "OSCE"],
    ["Council of Europe", "CoE"],
    ["COE", "CoE"],
    ["Non-Aligned Movement", "NAM"],
    ["Nonaligned Movement", "NAM"],
    ["MERCOSUR", "Mercosur"],
    ["League of Arab States", "Arab League"],
    ["Organisation of the Islamic Conference", "OIC"],
    ["Visegrad Group", "V4"],
    ["Visegrád Group", "V4"],
    ["the Commonwealth", "Commonwealth of Nations"],
    ["La Francophonie", "OIF"],
    ["Organization of African Unity", "OAU"],
    ["International Labour Organization", "ILO"],
    ["euro area", "Eurozone"],
    ["UfM", "Union for the Mediterranean"],
    ["Eastern Partnership", "Eastern Partnership"],
  ])("%s → %s", (text, id) => {
    expect(resolveOrg(text)?.id).toBe(id);
  });

  it.each(["", "United Nation", "Organisation", "Europe", "Mexico"])("%j is not an organisation", (text) => {
    expect(resolveOrg(text)).toBeUndefined();
  });
});

describe("resolveOrgMention (running text)", () => {
  it("takes acronyms only as written", () => {
    expect(resolveOrgMention("WHO")?.id).toBe("WHO");
    expect(resolveOrgMention("who")).toBeUndefined();
    expect(resolveOrgMention("can")).toBeUndefined();
    expect(resolveOrgMention("CAN")?.id).toBe("CAN");
    expect(resolveOrgMention("CoE")?.id).toBe("CoE");
    expect(resolveOrgMention("world health organization")?.id).toBe("WHO");
  });
});
