// International organisations as the articles name them. The record's `org` value is `id`: the usual acronym for the
// organisations the evaluation knows by acronym (the keys of ORG_ALIASES in ../shared/eval/score.mjs: UN, OECD, NATO, …)
// and where the acronym is itself the everyday name in English prose (UNESCO, BRICS); the usual full English name for
// every other ("Andean Community", not "CAN"), since annotators write those in full. `names` and `acronyms` hold every
// variant a text may use, so the scorer's rule "an acronym and its full names are one" holds here too.
// Bodies states are elected to rather than members of (the Security Council, the Human Rights Council) are left out
// on purpose: a seat there is not a membership (../shared/spec/annotation.md keeps UN, regional and economic ones).
// Facts are common knowledge; `former` marks bodies that no longer exist (their successors are separate entries).
import { memoized } from "./memo.js";

export interface Org {
  /** "OECD", "Arab League", "Andean Community", "Union for the Mediterranean": see the note at the top */
  id: string;
  /** all full names and variants, the usual one first */
  names: string[];
  /** acronyms, the usual one first (empty when none is used) */
  acronyms: string[];
  kind?: "un" | "regional" | "economic" | "military" | "other";
  /** dissolved or replaced */
  former?: boolean;
}

type Row = readonly [id: string, names: readonly string[], acronyms: readonly string[], kind: Org["kind"], former?: boolean];

const ROWS: readonly Row[] = [
  // the UN and its family
  ["UN", ["United Nations", "United Nations Organization", "United Nations Organisation"], ["UN", "U.N.", "UNO"], "un"],
  ["International Organization for Migration", ["International Organization for Migration"], ["IOM"], "un"],
  ["UNESCO", ["United Nations Educational, Scientific and Cultural Organization"], ["UNESCO"], "un"],
  ["World Health Organization", ["World Health Organization"], ["WHO"], "un"],
  ["International Labour Organization", ["International Labour Organization", "International Labor Organization"], ["ILO"], "un"],
  ["International Atomic Energy Agency", ["International Atomic Energy Agency"], ["IAEA"], "un"],
  ["IMF", ["International Monetary Fund"], ["IMF"], "economic"],
  ["World Bank", ["World Bank", "World Bank Group", "International Bank for Reconstruction and Development", "IBRD"], [], "economic"],
  ["WTO", ["World Trade Organization"], ["WTO"], "economic"],
  ["General Agreement on Tariffs and Trade", ["General Agreement on Tariffs and Trade"], ["GATT"], "economic", true],
  ["G77", ["Group of 77", "Group of Seventy-Seven", "G-77", "G77 + China"], ["G77", "G-77"], "un"],
  ["NAM", ["Non-Aligned Movement", "Movement of Non-Aligned Countries", "Nonaligned Movement"], ["NAM"], "other"],
  // Europe
  ["OECD", ["Organisation for Economic Co-operation and Development", "Organisation for European Economic Co-operation"], ["OECD", "OEEC"], "economic"],
  ["EU", ["European Union"], ["EU", "E.U."], "regional"],
  ["European Economic Community", ["European Economic Community", "European Communities", "European Community", "Common Market"], ["EEC", "EC"], "regional", true],
  ["Eurozone", ["Eurozone", "euro area", "euro zone"], [], "economic"],
  ["Schengen Area", ["Schengen Area", "Schengen zone", "Schengen"], [], "regional"],
  ["EFTA", ["European Free Trade Association"], ["EFTA"], "economic"],
  ["CoE", ["Council of Europe"], ["CoE"], "regional"],
  ["OSCE", ["Organization for Security and Co-operation in Europe", "Conference on Security and Co-operation in Europe"], ["OSCE", "CSCE"], "regional"],
  ["European Bank for Reconstruction and Development", ["European Bank for Reconstruction and Development"], ["EBRD"], "economic"],
  ["Central European Free Trade Agreement", ["Central European Free Trade Agreement"], ["CEFTA"], "economic"],
  ["Regional Cooperation Council", ["Regional Cooperation Council"], ["RCC"], "regional"],
  ["Energy Community", ["Energy Community"], [], "economic"],
  ["Berlin Process", ["Berlin Process"], [], "regional"],
  ["Open Balkan", ["Open Balkan", "Mini-Schengen"], [], "regional"],
  ["Adriatic and Ionian Initiative", ["Adriatic and Ionian Initiative", "Adriatic-Ionian Initiative"], ["AII"], "regional"],
  ["Arctic Council", ["Arctic Council"], [], "regional"],
  ["Barents Euro-Arctic Council", ["Barents Euro-Arctic Council"], ["BEAC"], "regional"],
  ["NATO", ["North Atlantic Treaty Organization", "North Atlantic Alliance"], ["NATO", "OTAN"], "military"],
  ["JEF", ["Joint Expeditionary Force"], ["JEF"], "military"],
  ["Warsaw Pact", ["Warsaw Pact", "Warsaw Treaty Organization"], [], "military", true],
  ["Comecon", ["Council for Mutual Economic Assistance", "Comecon"], ["Comecon", "CMEA"], "economic", true],
  ["Union for the Mediterranean", ["Union for the Mediterranean"], ["UfM"], "regional"],
  ["European Political Community", ["European Political Community"], ["EPC"], "regional"],
  ["Eastern Partnership", ["Eastern Partnership"], ["EaP"], "regional"],
  ["Euronest Parliamentary Assembly", ["Euronest Parliamentary Assembly", "Euronest"], [], "regional"],
  ["CBSS", ["Council of the Baltic Sea States"], ["CBSS"], "regional"],
  ["Central European Initiative", ["Central European Initiative"], ["CEI"], "regional"],
  ["Visegrád Group", ["Visegrád Group", "Visegrád Four", "Visegrad Group", "Visegrad Four"], ["V4"], "regional"],
  ["Three Seas Initiative", ["Three Seas Initiative", "Three Seas"], ["3SI"], "regional"],
  ["Bucharest Nine", ["Bucharest Nine", "Bucharest Format"], ["B9"], "military"],
  ["South-East European Cooperation Process", ["South-East European Cooperation Process"], ["SEECP"], "regional"],
  ["Nordic Council", ["Nordic Council"], [], "regional"],
  ["NB8", ["Nordic-Baltic Eight", "Nordic–Baltic Eight"], ["NB8"], "regional"],
  ["Benelux", ["Benelux", "Benelux Union"], [], "regional"],
  ["BSEC", ["Organization of the Black Sea Economic Cooperation", "Black Sea Economic Cooperation"], ["BSEC"], "economic"],
  ["GUAM", ["GUAM Organization for Democracy and Economic Development"], ["GUAM"], "regional"],
  ["CIS", ["Commonwealth of Independent States"], ["CIS"], "regional"],
  ["CSTO", ["Collective Security Treaty Organization"], ["CSTO"], "military"],
  ["EAEU", ["Eurasian Economic Union"], ["EAEU", "EEU"], "economic"],
  ["SCO", ["Shanghai Cooperation Organisation", "Shanghai Five"], ["SCO"], "regional"],
  ["Organization of Turkic States", ["Organization of Turkic States", "Turkic Council", "Cooperation Council of Turkic Speaking States"], ["OTS"], "regional"],
  // the Americas
  ["OAS", ["Organization of American States"], ["OAS", "OEA"], "regional"],
  ["NAFTA", ["North American Free Trade Agreement"], ["NAFTA"], "economic", true],
  ["USMCA", ["United States–Mexico–Canada Agreement", "Canada–United States–Mexico Agreement"], ["USMCA", "CUSMA", "T-MEC"], "economic"],
  ["CELAC", ["Community of Latin American and Caribbean States"], ["CELAC"], "regional"],
  ["Rio Group", ["Rio Group"], [], "regional", true],
  ["ACS", ["Association of Caribbean States"], ["ACS"], "regional"],
  ["SICA", ["Central American Integration System", "Sistema de la Integración Centroamericana"], ["SICA"], "regional"],
  ["OEI", ["Organization of Ibero-American States", "Organization of Ibero-American States for Education, Science and Culture", "Organización de Estados Iberoamericanos"], ["OEI"], "regional"],
  ["Ibero-American Summit", ["Ibero-American Summit", "Ibero-American Summits", "Ibero-American Conference", "Iberoamerican Summit"], [], "regional"],
  ["Mercosur", ["Mercosur", "Southern Common Market", "Mercosul"], ["Mercosur"], "economic"],
  ["UNASUR", ["Union of South American Nations"], ["UNASUR", "UNASUL"], "regional"],
  ["Inter-American Development Bank", ["Inter-American Development Bank"], ["IDB", "IADB"], "economic"],
  ["Organisation of Eastern Caribbean States", ["Organisation of Eastern Caribbean States"], ["OECS"], "regional"],
  ["Central American Parliament", ["Central American Parliament"], ["PARLACEN"], "regional"],
  ["Amazon Cooperation Treaty Organization", ["Amazon Cooperation Treaty Organization"], ["ACTO", "OTCA"], "regional"],
  ["Lima Group", ["Lima Group"], [], "regional"],
  ["Latin American and Caribbean Economic System", ["Latin American and Caribbean Economic System", "Latin American Economic System"], ["SELA"], "economic"],
  ["Andean Community", ["Andean Community", "Andean Pact"], ["CAN"], "economic"],
  ["ALBA", ["Bolivarian Alliance for the Peoples of Our America"], ["ALBA", "ALBA-TCP"], "regional"],
  ["Pacific Alliance", ["Pacific Alliance"], [], "economic"],
  ["ALADI", ["Latin American Integration Association"], ["ALADI", "LAIA"], "economic"],
  ["CARICOM", ["Caribbean Community"], ["CARICOM"], "regional"],
  // Africa and the Arab world
  ["AU", ["African Union"], ["AU"], "regional"],
  ["Organisation of African Unity", ["Organisation of African Unity"], ["OAU"], "regional", true],
  ["Arab League", ["Arab League", "League of Arab States"], [], "regional"],
  ["AMU", ["Arab Maghreb Union"], ["AMU", "UMA"], "regional"],
  ["GCC", ["Gulf Cooperation Council", "Cooperation Council for the Arab States of the Gulf"], ["GCC"], "regional"],
  ["OIC", ["Organisation of Islamic Cooperation", "Organisation of the Islamic Conference"], ["OIC"], "other"],
  ["IGAD", ["Intergovernmental Authority on Development"], ["IGAD"], "regional"],
  ["EAC", ["East African Community"], ["EAC"], "regional"],
  ["ECOWAS", ["Economic Community of West African States"], ["ECOWAS"], "economic"],
  ["Economic Community of Central African States", ["Economic Community of Central African States"], ["ECCAS"], "economic"],
  ["SADC", ["Southern African Development Community"], ["SADC"], "economic"],
  ["SACU", ["Southern African Customs Union"], ["SACU"], "economic"],
  ["NBI", ["Nile Basin Initiative"], ["NBI"], "regional"],
  ["COMESA", ["Common Market for Eastern and Southern Africa"], ["COMESA"], "economic"],
  ["Community of Sahel–Saharan States", ["Community of Sahel–Saharan States", "Community of Sahel-Saharan States"], ["CEN-SAD"], "regional"],
  ["West African Economic and Monetary Union", ["West African Economic and Monetary Union"], ["WAEMU", "UEMOA"], "economic"],
  ["Economic and Monetary Community of Central Africa", ["Economic and Monetary Community of Central Africa", "Central African Economic and Monetary Community"], ["CEMAC"], "economic"],
  // Asia and the Pacific
  ["Asian Development Bank", ["Asian Development Bank"], ["ADB"], "economic"],
  ["East Asia Summit", ["East Asia Summit"], ["EAS"], "regional"],
  ["ASEAN Regional Forum", ["ASEAN Regional Forum"], ["ARF"], "regional"],
  ["Indian Ocean Rim Association", ["Indian Ocean Rim Association"], ["IORA"], "regional"],
  ["Pacific Community", ["Pacific Community", "Secretariat of the Pacific Community", "South Pacific Commission"], ["SPC"], "regional"],
  ["APEC", ["Asia-Pacific Economic Cooperation"], ["APEC"], "economic"],
  ["ASEAN", ["Association of Southeast Asian Nations", "Association of South-East Asian Nations"], ["ASEAN"], "regional"],
  ["Asia–Europe Meeting", ["Asia–Europe Meeting"], ["ASEM"], "regional"],
  ["SAARC", ["South Asian Association for Regional Cooperation"], ["SAARC"], "regional"],
  ["BIMSTEC", ["Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation"], ["BIMSTEC"], "regional"],
  ["ECO", ["Economic Cooperation Organization"], ["ECO"], "economic"],
  ["Conference on Interaction and Confidence-Building Measures in Asia", ["Conference on Interaction and Confidence-Building Measures in Asia"], ["CICA"], "regional"],
  ["Asia Cooperation Dialogue", ["Asia Cooperation Dialogue"], ["ACD"], "regional"],
  ["PIF", ["Pacific Islands Forum", "South Pacific Forum"], ["PIF"], "regional"],
  ["Colombo Plan", ["Colombo Plan"], [], "economic"],
  ["Mekong River Commission", ["Mekong River Commission"], ["MRC"], "regional"],
  ["Quadrilateral Security Dialogue", ["Quadrilateral Security Dialogue", "Quad"], [], "other"],
  ["Southeast Asia Treaty Organization", ["Southeast Asia Treaty Organization"], ["SEATO"], "military", true],
  ["Central Treaty Organization", ["Central Treaty Organization", "Baghdad Pact"], ["CENTO"], "military", true],
  // worldwide, not regional
  ["OPEC", ["Organization of the Petroleum Exporting Countries"], ["OPEC"], "economic"],
  ["BRICS", ["BRICS"], ["BRICS"], "economic"],
  ["G7", ["Group of Seven", "G-7"], ["G7", "G-7"], "economic"],
  ["G8", ["Group of Eight", "G-8"], ["G8", "G-8"], "economic", true],
  ["G20", ["Group of Twenty", "G-20"], ["G20", "G-20"], "economic"],
  ["D-8", ["Developing-8", "D-8 Organization for Economic Cooperation", "Developing Eight"], ["D-8", "D8"], "economic"],
  ["Commonwealth of Nations", ["Commonwealth of Nations", "Commonwealth", "British Commonwealth"], [], "other"],
  ["OIF", ["Organisation internationale de la Francophonie", "International Organisation of La Francophonie", "La Francophonie", "Francophonie"], ["OIF"], "other"],
  ["CPLP", ["Community of Portuguese Language Countries", "Community of Portuguese-Speaking Countries", "Comunidade dos Países de Língua Portuguesa"], ["CPLP"], "other"],
  ["Asian Infrastructure Investment Bank", ["Asian Infrastructure Investment Bank"], ["AIIB"], "economic"],
  ["African Development Bank", ["African Development Bank"], ["AfDB"], "economic"],
  ["Islamic Development Bank", ["Islamic Development Bank"], ["IsDB"], "economic"],
  ["New Development Bank", ["New Development Bank", "BRICS Development Bank"], ["NDB"], "economic"],
  ["Cairns Group", ["Cairns Group"], [], "economic"],
  ["G15", ["Group of 15", "Group of Fifteen", "G-15"], ["G15", "G-15"], "economic"],
  ["International Criminal Court", ["International Criminal Court"], ["ICC"], "other"],
  ["Interpol", ["International Criminal Police Organization"], ["Interpol", "ICPO"], "other"],
];

export const ORGS: readonly Org[] = ROWS.map(([id, names, acronyms, kind, former]) => ({
  id,
  names: [...names],
  acronyms: [...acronyms],
  kind,
  ...(former ? { former: true } : {}),
}));

/**
 * Case, diacritics, dots ("U.N."), hyphens (as spaces), "co-operation", British/American spelling and a leading "the" do not matter:
 * "the Organisation for Economic Co-operation and Development" = "Organization for Economic Cooperation and Development".
 */
export const foldOrgName = memoized(foldUncached);

function foldUncached(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/\.(?=\p{L}|$)/gu, "")
    .replace(/\bco[-‐ ]operat/g, "cooperat")
    .replace(/isation/g, "ization")
    .replace(/labour/g, "labor")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

const byKey = new Map<string, Org>();
/** acronyms as written, exact case: "WHO" but not "who" */
const byAcronym = new Map<string, Org>();
const byNameKey = new Map<string, Org>();
const byId = new Map<string, Org>();
for (const o of ORGS) {
  byId.set(o.id, o);
  for (const k of [o.id, ...o.acronyms, ...o.names]) {
    const key = foldOrgName(k);
    // ids are unique and no name is shared (test/vocab/orgs.test.ts); first wins should that ever change
    if (!byKey.has(key)) byKey.set(key, o);
  }
  for (const a of o.acronyms) if (!byAcronym.has(a)) byAcronym.set(a, o);
  for (const n of o.names) if (!byNameKey.has(foldOrgName(n))) byNameKey.set(foldOrgName(n), o);
}

/**
 * A name or acronym, any case, to its organisation.
 * @example resolveOrg("the Organisation for Economic Co-operation and Development")?.id // "OECD"
 */
export function resolveOrg(text: string): Org | undefined {
  return byKey.get(foldOrgName(text));
}

/**
 * A mention as an article writes it: full names in any case, acronyms only as written ("WHO", not "who";
 * "CAN", not "can"). Use this on running text; resolveOrg on a value already known to be an organisation.
 */
export function resolveOrgMention(text: string): Org | undefined {
  const t = text.trim();
  return byAcronym.get(t) ?? byNameKey.get(foldOrgName(t));
}

/** The organisation with this id ("OECD", "Arab League"); an acronym that was an id before ("CAN") finds it too. */
export function getOrg(id: string): Org | undefined {
  return byId.get(id) ?? byAcronym.get(id);
}
