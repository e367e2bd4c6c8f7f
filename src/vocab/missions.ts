// Words for diplomatic missions → the record's mission types.
import type { MissionType } from "../model/record.js";

// Sub-missions come before the missions they belong to: "Deputy High Commission" is not a high commission.
export const MISSION_WORDS = String.raw`(?:(?:deputy|assistant)\s+high\s+commissions?|embass(?:y|ies)\s+branch\s+offices?|honorary\s+consul(?:ates?)?(?:[- ]general)?|consulates?[- ]general|consulates?\s+general|consular\s+(?:office|agency)|consulates?|embass(?:y|ies)|high\s+commissions?|trade\s+(?:office|mission|representation)s?|interests?\s+sections?|(?:apostolic\s+)?nunciatures?)`;

/** The type the words name ("Consulates-General" → consulate-general). */
export function missionType(words: string): MissionType {
  // the two commonest words, told apart without building a lower-case copy; anything else is read in full
  const n = words.length;
  if (n === 7 || n === 9) if (lowerAt(words, 0, "emba")) return "embassy"; // embassy, embassies
  if (n === 9 || n === 10) if (lowerAt(words, 0, "consul")) return "consulate"; // consulate(s)
  let t = TYPES.get(words);
  if (t === undefined) {
    if (TYPES.size > 1000) TYPES.clear();
    TYPES.set(words, (t = typeOf(words)));
  }
  return t;
}

const TYPES = new Map<string, MissionType>();

/** `words` has `ascii` (lower-case letters) at `at`, in any case. */
function lowerAt(words: string, at: number, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if ((words.charCodeAt(at + i) | 0x20) !== ascii.charCodeAt(i)) return false;
  return true;
}

function typeOf(words: string): MissionType {
  const w = words.toLowerCase().replace(/\s+/g, " ");
  // a deputy or assistant high commission, an embassy branch office: subordinate posts with no type of their own
  if (w.startsWith("deputy") || w.startsWith("assistant") || w.includes("branch")) return "other";
  if (w.startsWith("honorary")) return "honorary-consulate";
  if (/consulates?[- ]general/.test(w)) return "consulate-general";
  if (w.startsWith("consul")) return "consulate";
  if (w.startsWith("emba")) return "embassy";
  if (w.startsWith("high")) return "high-commission";
  if (w.startsWith("trade")) return "trade-office";
  if (w.startsWith("interest")) return "interests-section";
  if (w.includes("nunciature")) return "nunciature";
  return "other";
}

// Dependent territories: a mission in Nuuk or Hong Kong is a mission in the state the territory belongs to.
const SOVEREIGN: Readonly<Record<string, string>> = {
  GRL: "DNK", FRO: "DNK", ALA: "FIN", SJM: "NOR", HKG: "CHN", MAC: "CHN",
  PRI: "USA", GUM: "USA", VIR: "USA", ASM: "USA", MNP: "USA",
  ABW: "NLD", CUW: "NLD", SXM: "NLD", BES: "NLD",
  BMU: "GBR", GIB: "GBR", CYM: "GBR", VGB: "GBR", TCA: "GBR", AIA: "GBR", MSR: "GBR", FLK: "GBR", IMN: "GBR", JEY: "GBR", GGY: "GBR", SHN: "GBR", PCN: "GBR",
  NCL: "FRA", PYF: "FRA", WLF: "FRA", SPM: "FRA", BLM: "FRA", MAF: "FRA", GLP: "FRA", MTQ: "FRA", GUF: "FRA", REU: "FRA", MYT: "FRA",
  NFK: "AUS", CXR: "AUS", CCK: "AUS", TKL: "NZL",
};

/** True when a place the gazetteer puts in `code` lies in `state`: the state itself or one of its territories. */
export const liesIn = (code: string, state: string): boolean => code === state || SOVEREIGN[code] === state;
