// A person's rank from the title a text gives them, and the order of ranks that superlatives
// ("the first …", "the highest-level …") are judged by. Rules are data, each with a reason (compromise habit).
import type { Person, Rank } from "../model/record.js";

interface TitleRule {
  readonly pattern: RegExp;
  readonly rank: Rank;
  readonly reason: string;
}

// Ordered: the first rule that matches decides, so the qualified forms ("vice president",
// "deputy prime minister", "state secretary") come before the words they contain.
const TITLE_RULES: readonly TitleRule[] = [
  { pattern: /\b(?:vice|deputy)[\s-]*(?:president|chairman)\b/i, rank: "other", reason: "a deputy to a head of state" },
  { pattern: /\b(?:vice|deputy|under|assistant)[\s-]*(?:prime minister|premier)\b/i, rank: "minister", reason: "a deputy head of government sits in the cabinet" },
  { pattern: /\b(?:under[\s-]*secretary|vice[\s-]*minister|deputy[\s-]*(?:foreign\s+)?minister|state secretary|parliamentary secretary)\b/i, rank: "vice-minister", reason: "a deputy to a minister" },
  { pattern: /\bpresident of the (?:senate|chamber|national assembly|parliament|assembly|congress|house)\b|\bspeaker\b|\bsenator\b|\bmember of (?:parliament|congress)\b|\b(?:MP|parliamentarian|congressman|congresswoman|legislator)\b/i, rank: "legislator", reason: "a member or officer of a legislature" },
  { pattern: /\b(?:president|king|queen|emir|amir|sultan|monarch|emperor|empress|grand duke|head of state|supreme leader|chairman of the presidium|governor[\s-]general)\b/i, rank: "head-of-state", reason: "the title of a head of state" },
  { pattern: /\b(?:prime minister|premier|chancellor|head of government|taoiseach)\b/i, rank: "head-of-government", reason: "the title of a head of government" },
  { pattern: /\b(?:foreign (?:minister|secretary|affairs minister)|minister (?:of|for) (?:foreign|external) affairs|secretary (?:of|for) foreign (?:affairs|relations)|secretary of state|external affairs minister|minister of foreign relations)\b/i, rank: "foreign-minister", reason: "the title of a foreign minister" },
  { pattern: /\bminister\b/i, rank: "minister", reason: "a minister" },
  { pattern: /\b(?:ambassador|envoy|charg[eé] d'affaires|high commissioner|consul)\b/i, rank: "ambassador", reason: "a diplomat" },
  { pattern: /\b(?:crown prince|prince|princess|duke|duchess|infanta|infante)\b/i, rank: "royal", reason: "a member of a royal family" },
];

/** The rank a title implies, with the reason; undefined when the title says nothing about rank. */
export function rankOfTitle(title: string | undefined): { rank: Rank; reason: string } | undefined {
  if (!title) return undefined;
  for (const r of TITLE_RULES) if (r.pattern.test(title)) return { rank: r.rank, reason: r.reason };
  return undefined;
}

/** The person's rank: the one the record gives, else the one the title implies. */
export function rankOf(person: Person): Rank | undefined {
  return person.rank ?? rankOfTitle(person.title)?.rank;
}

// Only the ranks of the executive are ordered; a royal, a legislator or "other" is not
// higher or lower than a minister, so no superlative is judged across them.
const LEVEL: Partial<Record<Rank, number>> = {
  "head-of-state": 5,
  "head-of-government": 4,
  "foreign-minister": 3,
  minister: 2,
  "vice-minister": 1,
  ambassador: 0,
};

/** A number to compare executive ranks by (higher is higher); undefined for ranks outside that order. */
export function rankLevel(rank: Rank | undefined): number | undefined {
  return rank ? LEVEL[rank] : undefined;
}

/** "head of government" */
export function rankWords(rank: Rank): string {
  switch (rank) {
    case "head-of-state": return "head of state";
    case "head-of-government": return "head of government";
    case "foreign-minister": return "foreign minister";
    case "minister": return "minister";
    case "vice-minister": return "vice-minister";
    case "ambassador": return "ambassador";
    case "legislator": return "legislator";
    case "royal": return "member of a royal family";
    case "other": return "official";
  }
}
