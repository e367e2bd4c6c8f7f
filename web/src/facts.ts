// A fact in a few words, for lists and the timeline. Country codes become names through `name`.
import type { Fact } from "../../src/model/record.js";
import type { StoredFact } from "./api.js";

type Name = (code: string) => string;

const person = (p: { name: string; title?: string }) => (p.title ? `${p.title} ${p.name}` : p.name);
const money = (v: number, currency: string) =>
  `${currency === "USD" ? "US$" : currency + " "}${v >= 1e9 ? (v / 1e9).toFixed(1) + " billion" : v >= 1e6 ? (v / 1e6).toFixed(1) + " million" : v.toLocaleString("en")}`;
export const typeWords = (t: string) => t.replace(/-/g, " ");

export function describeFact(f: Fact, name: Name): string {
  switch (f.kind) {
    case "relations":
      return `Diplomatic relations ${f.event}`;
    case "recognition":
      return `${name(f.by)} recognised ${name(f.of)}`;
    case "membership":
      return `${f.members.map(name).join(" and ")} ${f.members.length > 1 ? "are members" : "is a member"} of ${f.org}`;
    case "mission":
      return `${name(f.of)} ${f.event === "opened" ? "opened" : f.event === "closed" ? "closed" : "has"} ${/^(?:[aeiou]|honorary)/.test(f.type) ? "an" : "a"} ${typeWords(f.type)}${f.city ? ` in ${f.city}` : ` in ${name(f.in)}`}`;
    case "accreditation":
      return `${name(f.of)} is accredited to ${name(f.to)} from its ${typeWords(f.via.type)}${f.via.city ? ` in ${f.via.city}` : ""}`;
    case "visit":
      return `${person(f.person)} visited ${name(f.to)}${f.qualifier ? ` (${f.qualifier})` : ""}`;
    case "meeting":
      return `${f.people.map((p) => p.name).join(" met ")}${f.place ? ` in ${f.place}` : ""}${f.occasion ? ` (${f.occasion})` : ""}`;
    case "agreement":
      return f.title;
    case "trade":
      return `${f.flow === "total" ? "Two-way trade" : f.from && f.to ? `${name(f.from)}'s ${f.flow}s to ${name(f.to)}` : `Trade (${f.flow})`}: ${money(f.value, f.currency)}`;
    case "goods":
      return `${name(f.from)} → ${name(f.to)}: ${f.items.join(", ")}`;
    case "company":
      return `${f.name}${f.of ? ` (${name(f.of)})` : ""}${f.in ? ` operates in ${name(f.in)}` : ""}`;
    case "cooperation":
      return f.name;
    case "statement":
      return `${person(f.person)}: ${f.summary}`;
    case "anniversary":
      return `${f.years} years of relations marked`;
    case "see-also":
      return `See also: ${f.titles.join("; ")}`;
  }
}

/** The date a fact is placed at, as written (trade has a year). */
export function dateOf(f: Fact): string | undefined {
  if (f.kind === "trade") return String(f.year);
  return "date" in f && typeof f.date === "string" ? f.date : undefined;
}

/** Where the fact was said, best first: sources with a span before those without; one entry per source. */
export function quotesOf(f: StoredFact): { sourceId: number; span?: [number, number] }[] {
  const seen = new Set<number>();
  return [...f.provenance]
    .sort((x, y) => Number(!x.span) - Number(!y.span))
    .filter((p) => !seen.has(p.sourceId) && seen.add(p.sourceId))
    .map((p) => ({ sourceId: p.sourceId, span: p.span ? [p.span[0], p.span[1]] : undefined }));
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** 1998-10 → "October 1998"; 2003/2007 → "2003–2007". */
export function formatDate(d: string | undefined): string {
  if (!d) return "undated";
  if (d.includes("/")) return d.split("/").map(formatDate).join("–");
  const [y, m, day] = d.split("-");
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return day ? `${Number(day)} ${month} ${y}` : `${month} ${y}`;
}

/** A fact's spans as a list, whichever shape it came in (one span or several). */
export function spansOf(f: { span?: [number, number] | [number, number][] }): [number, number][] {
  const s = f.span;
  if (!s) return [];
  return typeof s[0] === "number" ? [s as [number, number]] : (s as [number, number][]);
}
