// Month names and the date fragments extractors build their patterns from.
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;
const SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Matches a month name, full or abbreviated ("Sept." too). Written as a tree on the first three letters
 * (the same names, in the same order of preference, as "full names | short names with an optional period"):
 * the regex engine tests one branch per position instead of twenty-four. */
export const MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May\.?|Jun(?:e|\.)?|Jul(?:y|\.)?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
/** A plausible year of modern diplomacy in running text. */
export const YEAR = String.raw`(?:1[0-9]{3}|20[0-9]{2})`;

const NUMBER = new Map(SHORT.map((s, i) => [s.toLowerCase(), i + 1]));
export function monthNumber(name: string): number | undefined {
  return NUMBER.get(name.replace(/\.$/, "").toLowerCase().slice(0, 3));
}
