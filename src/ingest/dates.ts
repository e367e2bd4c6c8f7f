// Dates in a sentence, at the precision the text gives. Each knows whether it is attributive
// ("the 1879 Pacific War": a year that names something rather than dating the clause) and whether
// its year was implied by context ("in September of that same year").
import { MONTH, YEAR, monthNumber } from "../vocab/months.js";
import { isCalendarDay } from "../model/record.js";

export interface DateMention {
  /** offsets within the sentence text */
  start: number;
  end: number;
  /** ISO at the text's precision: 1992, 1992-05, 1992-05-22 */
  value: string;
  precision: "year" | "month" | "day";
  attributive: boolean;
  implied: boolean;
}

const pad = (n: number) => String(n).padStart(2, "0");

// Ordered: the longest forms first; a position taken by one is not matched again.
const HAS_MONTH = new RegExp(MONTH);
const FORMS: { re: RegExp; month?: true; make(m: RegExpExecArray, contextYear?: number): Omit<DateMention, "start" | "end" | "attributive"> | null }[] = [
  { // 22 May 1992
    month: true,
    re: new RegExp(String.raw`\b([0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH}),?\s+(${YEAR})\b`, "g"),
    make: (m) => day(+m[3]!, monthNumber(m[2]!), +m[1]!),
  },
  { // May 22, 1992
    month: true,
    re: new RegExp(String.raw`\b(${MONTH})\s+([0-3]?\d)(?:st|nd|rd|th)?,?\s+(${YEAR})\b`, "g"),
    make: (m) => day(+m[3]!, monthNumber(m[1]!), +m[2]!),
  },
  { // September of that same year / later that year
    month: true,
    re: new RegExp(String.raw`\b(${MONTH})\s+(?:of\s+)?(?:that|the)\s+(?:same\s+)?year\b`, "g"),
    make: (m, cy) => (cy && monthNumber(m[1]!) ? { value: `${cy}-${pad(monthNumber(m[1]!)!)}`, precision: "month", implied: true } : null),
  },
  { // May 1992
    month: true,
    re: new RegExp(String.raw`\b(${MONTH}),?\s+(${YEAR})\b`, "g"),
    make: (m) => (monthNumber(m[1]!) ? { value: `${m[2]}-${pad(monthNumber(m[1]!)!)}`, precision: "month", implied: false } : null),
  },
  { // 1992 — not 1990s, not 5300 km, not "early 1996", not part of a number
    re: new RegExp(String.raw`(?<![\d.,$€£-]|\b(?:early|mid|late|around|circa|c\.)\s|mid-)(${YEAR})(?![\d%]|s\b|\s*(?:km|kilomet|mi\b|miles|soldiers|people|troops))`, "g"),
    make: (m) => ({ value: m[1]!, precision: "year", implied: false }),
  },
];

function day(y: number, mo: number | undefined, d: number): Omit<DateMention, "start" | "end" | "attributive"> | null {
  if (!mo || !isCalendarDay(y, mo, d)) return null;
  return { value: `${y}-${pad(mo)}-${pad(d)}`, precision: "day", implied: false };
}

/** Dates in `text`, in order. `contextYear` resolves "that same year". */
export function findDates(text: string, contextYear?: number): DateMention[] {
  const found: DateMention[] = [];
  if (!/\d{4}/.test(text) && !(contextYear && /\byear\b/.test(text))) return found;
  const taken = (s: number, e: number) => found.some((d) => s < d.end && e > d.start);
  const months = HAS_MONTH.test(text);
  for (const form of FORMS) {
    if (form.month && !months) continue;
    form.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = form.re.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const made = form.make(m, contextYear);
      if (!made) continue;
      // built field by field: a spread here cost more than the five regex passes together
      found.push({ start, end, value: made.value, precision: made.precision, attributive: isAttributive(text, start, end), implied: made.implied });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "the 1879 Pacific War", "the 1929 Lima Treaty": a year that names a thing. */
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her)\s+$|['’]s\s+$/i;
const CAPITAL_AFTER = /^\s+[\p{Lu}]/u;
function isAttributive(text: string, start: number, end: number): boolean {
  return CAPITAL_AFTER.test(text.slice(end, end + 3)) && DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** The year of an ISO date string. */
export const yearOf = (iso: string | undefined): number | undefined => (iso ? Number(iso.slice(0, 4)) : undefined);

/** Two dates agree when one is a prefix of the other (1992 and 1992-05-22). */
export function compatibleDates(a?: string, b?: string): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** The more precise of two compatible dates. */
export const morePrecise = (a?: string, b?: string): string | undefined => ((a?.length ?? 0) >= (b?.length ?? 0) ? a : b);
