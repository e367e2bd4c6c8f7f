// A person's rank, and the order of ranks that superlatives ("the first …", "the highest-level …") are judged
// by. Titles map to ranks in the shared vocabulary (vocab/titles.ts), the same rules extraction uses.
import type { Person, Rank } from "../model/record.js";
import { rankOfTitle as vocabRankOfTitle } from "../vocab/titles.js";

/** The rank a title implies, with the reason; undefined when the title says nothing about rank. */
export function rankOfTitle(title: string | undefined): { rank: Rank; reason: string } | undefined {
  return title ? vocabRankOfTitle(title) : undefined;
}

/** The person's rank: the one the record gives, else the one the title implies. */
export function rankOf(person: Person): Rank | undefined {
  return person.rank ?? rankOfTitle(person.title)?.rank;
}

// Only the ranks of the executive are ordered (vocab/titles.ts's RANK_ORDER puts a royal level with a head of
// government, which protocol may do but a superlative about visits should not): a royal, a legislator or
// "other" is not higher or lower than a minister, so no superlative is judged across them.
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
