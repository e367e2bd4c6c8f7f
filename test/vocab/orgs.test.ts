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

  it("keeps acronym ids for the organisations the scorer knows by acronym, full names for the others", () => {
    // the keys of ORG_ALIASES in ../shared/eval/score.mjs: any other organisation is compared by its written id,
    // and annotators write those in full ("Andean Community", not "CAN")
    const scorer = ["UN", "NATO", "EU", "CoE", "AU", "Commonwealth of Nations", "OAS", "OEI", "Arab League", "ACS", "JEF", "OECD",
      "NAM", "CELAC", "PIF", "ASEAN", "CBSS", "OIC", "G77", "Schengen Area", "Mercosur", "UNASUR", "APEC", "NBI", "ECOWAS", "CARICOM",
      "NB8", "OSCE", "SACU", "SADC", "AMU", "CPLP", "ALADI", "EFTA", "D-8", "SICA", "Eurozone", "NAFTA", "WTO", "CIS", "GCC", "SCO",
      "CSTO", "EAEU", "BSEC", "GUAM", "IGAD", "G20", "G7", "BRICS", "OPEC", "SAARC", "ECO", "IMF", "EAC", "COMESA", "OIF"];
    // acronyms that English prose uses as the name itself
    const everyday = ["UNESCO", "Comecon", "USMCA", "ALBA", "BIMSTEC", "G8", "G15", "Interpol"];
    expect(scorer.filter((id) => !getOrg(id))).toEqual([]);
    for (const o of ORGS) if (!scorer.includes(o.id) && !everyday.includes(o.id)) expect(o.id, o.id).toBe(o.names[0]);
    expect(getOrg("Andean Community")?.acronyms).toContain("CAN");
    expect(getOrg("European Economic Community")?.acronyms).toContain("EEC");
    // records stored under the acronym still find the organisation
    expect(getOrg("CAN")?.id).toBe("Andean Community");
  });

  it("covers the organisations the brief lists", () => {
    const wanted = ["UN", "OECD", "EU", "NATO", "OAS", "WTO", "NAFTA", "APEC", "G20", "OSCE", "CoE", "AU", "NAM", "CELAC", "ACS",
      "SICA", "OEI", "Mercosur", "UNASUR", "ASEAN", "GCC", "OIC", "Arab League", "CIS", "CSTO", "SCO", "EAEU", "BSEC", "GUAM",
      "IGAD", "ECOWAS", "CARICOM", "SADC", "SAARC", "ECO", "OPEC", "BRICS", "G7", "G77", "Commonwealth of Nations", "OIF",
      "CPLP", "EFTA", "Eurozone", "Schengen Area", "Union for the Mediterranean", "European Political Community",
      "Eastern Partnership", "Euronest Parliamentary Assembly",
      "Ibero-American Summit", "CBSS", "PIF", "Central European Initiative", "Visegrád Group", "Three Seas Initiative",
      "Bucharest Nine", "Organisation of African Unity", "Andean Community", "East Asia Summit", "Indian Ocean Rim Association",
      "SACU", "Mekong River Commission"];
    expect(wanted.filter((id) => !getOrg(id))).toEqual([]);
    expect(getOrg("Organisation of African Unity")?.former).toBe(true);
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
    ["Visegrad Group", "Visegrád Group"],
    ["Visegrád Group", "Visegrád Group"],
    ["V4", "Visegrád Group"],
    ["CAN", "Andean Community"],
    ["Andean Pact", "Andean Community"],
    ["EEC", "European Economic Community"],
    ["the Common Market", "European Economic Community"],
    ["Southern African Customs Union", "SACU"],
    ["Nordic–Baltic Eight", "NB8"],
    ["the Commonwealth", "Commonwealth of Nations"],
    ["La Francophonie", "OIF"],
    ["Organization of African Unity", "Organisation of African Unity"],
    ["International Labour Organization", "International Labour Organization"],
    ["ILO", "International Labour Organization"],
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
    expect(resolveOrgMention("WHO")?.id).toBe("World Health Organization");
    expect(resolveOrgMention("who")).toBeUndefined();
    expect(resolveOrgMention("can")).toBeUndefined();
    expect(resolveOrgMention("CAN")?.id).toBe("Andean Community");
    expect(resolveOrgMention("CoE")?.id).toBe("CoE");
    expect(resolveOrgMention("world health organization")?.id).toBe("World Health Organization");
  });
});
