// Dates as English at the precision the record gives: "1992", "May 1992", "22 May 1992", "2003 to 2007".
// A year-only date is never written with a month: precision is data (STYLE.md §4).
import { MONTHS } from "../vocab/months.js";

export type Precision = "year" | "month" | "day";

export interface DatePoint {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: Precision;
}

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "1992-05" → { year: 1992, month: 5, precision: "month" }; undefined for anything else. */
export function parseDatePoint(s: string | undefined): DatePoint | undefined {
  const m = s ? POINT.exec(s) : null;
  if (!m) return undefined;
  const year = Number(m[1]);
  if (!m[2]) return { year, precision: "year" };
  const month = Number(m[2]);
  if (!m[3]) return { year, month, precision: "month" };
  return { year, month, day: Number(m[3]), precision: "day" };
}

/** The start and end of a date or period ("2003/2007"). */
export function parsePeriod(s: string | undefined): { start?: DatePoint; end?: DatePoint } {
  if (!s) return {};
  const [a, b] = s.split("/");
  return { start: parseDatePoint(a), end: parseDatePoint(b ?? a) };
}

/** 1992 / May 1992 / 22 May 1992 */
export function formatDatePoint(p: DatePoint): string {
  if (p.precision === "year" || !p.month) return String(p.year);
  const month = MONTHS[p.month - 1] ?? "";
  if (p.precision === "month" || !p.day) return `${month} ${p.year}`;
  return `${p.day} ${month} ${p.year}`;
}

/** An ISO date or period as English; the input itself when it is not one. */
export function formatDate(s: string): string {
  const { start, end } = parsePeriod(s);
  if (!start) return s;
  if (s.includes("/") && end) return `${formatDatePoint(start)} to ${formatDatePoint(end)}`;
  return formatDatePoint(start);
}

/**
 * The preposition phrase that dates a clause: "in 1992", "in May 1992", "on 22 May 1992", "from 2003 to 2007".
 * @example datePhrase("1992-05-22") === "on 22 May 1992"
 */
export function datePhrase(s: string): string {
  const { start, end } = parsePeriod(s);
  if (!start) return `in ${s}`;
  if (s.includes("/") && end) return `from ${formatDatePoint(start)} to ${formatDatePoint(end)}`;
  return `${start.precision === "day" ? "on" : "in"} ${formatDatePoint(start)}`;
}

/** The same phrase opening a sentence: "In 1992", "On 22 May 1992", "From 2003 to 2007". */
export function openingDatePhrase(s: string): string {
  const p = datePhrase(s);
  return p.charAt(0).toUpperCase() + p.slice(1);
}

/**
 * The first and last day a date can mean, as ISO days: "1992" → ["1992-01-01", "1992-12-31"].
 * (Like the store's `dateRange`, but with real month ends: check quotes these days in its reasons.)
 */
export function dateBounds(s: string): [string, string] | undefined {
  const { start, end } = parsePeriod(s);
  if (!start || !end) return undefined;
  return [firstDay(start), lastDay(end)];
}

const pad = (n: number) => String(n).padStart(2, "0");

function firstDay(p: DatePoint): string {
  return `${p.year}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

function lastDay(p: DatePoint): string {
  if (p.day) return `${p.year}-${pad(p.month!)}-${pad(p.day)}`;
  const month = p.month ?? 12;
  const days = new Date(Date.UTC(p.year, month, 0)).getUTCDate();
  return `${p.year}-${pad(month)}-${pad(days)}`;
}

/** A sort key: periods by their start; undated facts sort last. */
export function dateSortKey(s: string | undefined): string {
  const { start } = parsePeriod(s);
  return start ? firstDay(start) : "9999-99-99";
}

/** The year of a date or period start; undefined when there is none. */
export function yearOf(s: string | undefined): number | undefined {
  return parsePeriod(s).start?.year;
}

/** Today as an ISO day, or the day given ("2026", "2026-03" and "2026-03-01" are accepted and kept). */
export function todayIso(today?: string | Date): string {
  if (today instanceof Date) return today.toISOString().slice(0, 10);
  if (today) {
    if (!parseDatePoint(today)) throw new RangeError(`not a date: ${today} (use YYYY, YYYY-MM or YYYY-MM-DD)`);
    return today;
  }
  return new Date().toISOString().slice(0, 10);
}
