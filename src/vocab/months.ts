// Month names and the date fragments extractors build their patterns from.
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;
const SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Matches a month name, full or abbreviated ("Sept." too). */
export const MONTH = String.raw`(?:${MONTHS.join("|")}|(?:${SHORT.join("|")}|Sept)\.?)`;
/** A plausible year of modern diplomacy in running text. */
export const YEAR = String.raw`(?:1[0-9]{3}|20[0-9]{2})`;

export function monthNumber(name: string): number | undefined {
  const n = name.replace(/\.$/, "").toLowerCase().slice(0, 3);
  const i = SHORT.findIndex((s) => s.toLowerCase() === n);
  return i < 0 ? undefined : i + 1;
}
