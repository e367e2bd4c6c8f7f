// Titles of office → rank. Rules are data: each carries the reason it gives a rank, so a person's
// rank can always say why. Synonyms share a rank: Foreign Minister = Foreign Secretary = Secretary of
// Foreign Affairs = Minister of Foreign Affairs.
import type { Rank } from "../model/record.js";

export interface TitleRule {
  /** regex source matching the title as written (case-sensitive, capitalised) */
  pattern: string;
  rank: Rank;
  reason: string;
}

// Order matters: the longest and most specific titles first.
export const TITLE_RULES: readonly TitleRule[] = [
  { pattern: String.raw`(?:Foreign\s+)?(?:Under-?\s?[Ss]ecretary|Vice[- ]Minister|Deputy\s+(?:Foreign\s+)?Minister|Assistant\s+Secretary)(?:\s+(?:of|for)\s+Foreign\s+Affairs)?`, rank: "vice-minister", reason: "deputies and under-secretaries rank below a minister" },
  { pattern: String.raw`(?:Foreign\s+)?State\s+Secretary(?:\s+(?:of|for)\s+Foreign\s+Affairs)?`, rank: "vice-minister", reason: "a state secretary is a deputy minister in most European governments" },
  { pattern: String.raw`(?:Foreign\s+(?:Minister|Secretary)|Minister\s+(?:of|for)\s+(?:Foreign|External)\s+Affairs(?:\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?|Secretary\s+(?:of|for)\s+(?:Foreign|External)\s+(?:Affairs|Relations)|Secretary\s+of\s+State|External\s+Affairs\s+Minister)`, rank: "foreign-minister", reason: "the minister in charge of foreign affairs, whatever the country calls the office" },
  { pattern: String.raw`(?:Deputy\s+Prime\s+Minister|Vice[- ]Premier)`, rank: "minister", reason: "a deputy head of government is a minister" },
  { pattern: String.raw`(?:Prime\s+Minister|Premier|Chancellor|Chief\s+Executive|Taoiseach)`, rank: "head-of-government", reason: "heads the government" },
  { pattern: String.raw`(?:Vice[- ]President)`, rank: "other", reason: "a vice-president is not the head of state" },
  { pattern: String.raw`(?:President\s+of\s+the\s+(?:Senate|Parliament|National\s+Assembly|Chamber\s+of\s+Deputies|Assembly)|Speaker(?:\s+of\s+the\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?|Senator|Chairman\s+of\s+the\s+[A-Z][a-z]+)`, rank: "legislator", reason: "presides over or sits in a legislature" },
  { pattern: String.raw`(?:President|Emir|Amir|Sultan|Emperor|Empress|King|Queen|Grand\s+Duke|Supreme\s+Leader|Pope)`, rank: "head-of-state", reason: "heads the state" },
  { pattern: String.raw`(?:Crown\s+Prince|Prince|Princess)`, rank: "royal", reason: "a member of a royal family, not the monarch" },
  { pattern: String.raw`(?:Minister\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:(?:,\s*|\s+and\s+)[A-Z][a-z]+)*|(?:Defen[cs]e|Interior|Trade|Economy|Finance|Economic|Energy|Health|Education|Culture|Justice|Agriculture|Tourism|Transport|Labour|Labor)\s+Minister)`, rank: "minister", reason: "a minister of another portfolio" },
  { pattern: String.raw`(?:Ambassador|High\s+Commissioner|Chargé\s+d['’]Affaires|Charge\s+d['’]Affaires|Envoy)`, rank: "ambassador", reason: "heads a diplomatic mission" },
  { pattern: String.raw`(?:Governor[- ]General|Governor|Mayor|General|Field\s+Marshal|Sheikh|Shaikh)`, rank: "other", reason: "an office outside the ranks above" },
];

const compiled = TITLE_RULES.map((r) => ({ ...r, re: new RegExp(`^(?:${r.pattern})$`) }));

/** One regex source matching any title. */
export const TITLE = `(?:${TITLE_RULES.map((r) => r.pattern).join("|")})`;

/** The rank a title gives, with the rule's reason; undefined for an unknown title. */
export function rankOfTitle(title: string): { rank: Rank; reason: string } | undefined {
  const t = title.trim().replace(/\s+/g, " ");
  for (const r of compiled) if (r.re.test(t)) return { rank: r.rank, reason: r.reason };
  return undefined;
}

/** Titles that belong to one state whatever the sentence says: the Pope heads the Holy See, the Taoiseach
 * the Irish government. */
export const STATE_OF_TITLE: Readonly<Record<string, string>> = { Pope: "VAT", Taoiseach: "IRL" };

/** Offices as common nouns, in lower case or the plural ("presidents A and B", "the first Israeli prime
 * minister"): the singular title each stands for, or only a rank for "head of state". */
const ROLE_NOUNS: readonly { pattern: string; title?: string; rank?: Rank }[] = [
  { pattern: String.raw`[Pp]rime[\s-]+[Mm]inisters?`, title: "Prime Minister" },
  { pattern: String.raw`[Ff]oreign\s+[Mm]inisters?`, title: "Foreign Minister" },
  { pattern: String.raw`[Ff]oreign\s+[Ss]ecretar(?:y|ies)`, title: "Foreign Secretary" },
  { pattern: String.raw`[Pp]residents?`, title: "President" },
  { pattern: String.raw`[Cc]hancellors?`, title: "Chancellor" },
  { pattern: String.raw`[Pp]remiers?`, title: "Premier" },
  { pattern: String.raw`[Hh]eads?\s+of\s+[Ss]tate`, rank: "head-of-state" },
  { pattern: String.raw`[Hh]eads?\s+of\s+[Gg]overnment`, rank: "head-of-government" },
  { pattern: String.raw`(?:[Kk]ing|[Qq]ueen|[Ee]mir|[Ss]ultan|[Mm]onarch)s?`, rank: "head-of-state" },
];
const roleCompiled = ROLE_NOUNS.map((r) => ({ ...r, re: new RegExp(`^(?:${r.pattern})$`) }));

/** One regex source matching any office written as a common noun. */
export const ROLE_NOUN = `(?:${ROLE_NOUNS.map((r) => r.pattern).join("|")})`;
/** The offices that stand before a name in lower case or the plural ("prime minister A", "presidents A and B"). */
export const ROLE_NOUN_BEFORE_NAME = `(?:${ROLE_NOUNS.filter((r) => r.title).map((r) => r.pattern).join("|")})`;

/** The title and rank an office written as a common noun gives ("prime ministers" → Prime Minister). */
export function titleOfRole(role: string): { title?: string; rank?: Rank } {
  const t = role.trim().replace(/\s+/g, " ");
  const r = roleCompiled.find((x) => x.re.test(t));
  if (!r) return {};
  if (!r.title) return r.rank ? { rank: r.rank } : {};
  const rank = rankOfTitle(r.title)?.rank;
  return { title: r.title, ...(rank ? { rank } : {}) };
}

/** Words that name a role rather than an office ("head of state"), with the rank they claim. */
export const ROLE_WORDS: readonly { pattern: string; rank: Rank }[] = [
  { pattern: String.raw`heads?\s+of\s+state`, rank: "head-of-state" },
  { pattern: String.raw`heads?\s+of\s+government`, rank: "head-of-government" },
  { pattern: String.raw`foreign\s+ministers?`, rank: "foreign-minister" },
];

export const RANK_ORDER: Record<Rank, number> = {
  "head-of-state": 7,
  "royal": 6,
  "head-of-government": 6,
  "foreign-minister": 5,
  "minister": 4,
  "vice-minister": 3,
  "legislator": 3,
  "ambassador": 2,
  "other": 1,
};
