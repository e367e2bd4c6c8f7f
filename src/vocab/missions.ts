// Words for diplomatic missions → the record's mission types.
import type { MissionType } from "../model/record.js";

export const MISSION_WORDS = String.raw`(?:honorary\s+consul(?:ates?)?(?:[- ]general)?|consulates?[- ]general|consulates?\s+general|consular\s+(?:office|agency)|consulates?|embass(?:y|ies)|high\s+commissions?|trade\s+(?:office|mission|representation)s?|interests?\s+sections?|(?:apostolic\s+)?nunciatures?)`;

export function missionType(words: string): MissionType {
  const w = words.toLowerCase().replace(/\s+/g, " ");
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
