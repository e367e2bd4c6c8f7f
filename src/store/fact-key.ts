// Same-fact identity across sources, and the indexed columns of a fact.
//
// Each kind has a key (what the fact is about) and a value (what it says about it). Two sources with the same
// key and the same value support one fact (two provenance rows); the same key with a different value is a
// conflict: both facts are kept side by side, never newest-wins.
import type { DateString, Fact, Person } from "../model/record.js";

/** Case-folded, without diacritics and punctuation: the scorer's notion of "the same words". */
export const fold = (s: string | undefined): string =>
  String(s ?? "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export const lastName = (p: Person | undefined): string => fold(p?.name).split(" ").at(-1) ?? "";

/** The two codes of a pair in code order: how facts are indexed, whichever order a title names them. */
export const orderedPair = (a: string, b: string): [string, string] => (a <= b ? [a, b] : [b, a]);

export interface FactColumns {
  readonly key: string;
  readonly value: string;
  /** the acting state: mission/accreditation `of`, visit `from`, recognition `by`, trade/goods `from`, company `of` */
  readonly subj?: string;
  /** the state acted upon: mission `in`, accreditation/visit/trade/goods `to`, recognition `of`, company `in` */
  readonly obj?: string;
  /** accreditation: the state the covering mission sits in */
  readonly via?: string;
  /** valid time, as sortable full dates: first and last day the written date can mean */
  readonly dateStart?: string;
  readonly dateEnd?: string;
  /** the words a search should find the fact by */
  readonly text: string;
}

const sortedJoin = (xs: readonly string[]): string => [...xs].map(fold).sort().join("|");

/** The identity key and value of a fact, per kind. */
export function keyOf(f: Fact): { key: string; value: string } {
  switch (f.kind) {
    case "relations":
      return { key: f.event, value: f.date ?? "" };
    case "recognition":
      return { key: `${f.by}>${f.of}`, value: f.date ?? "" };
    case "membership":
      return { key: fold(f.org), value: [...f.members].sort().join("|") };
    case "mission":
      // an opening and a closing are two facts; "opened in 1996" and an undated mission are one mission
      return { key: `${f.of}>${f.in}|${f.type === "high-commission" ? "embassy" : f.type}|${fold(f.city)}${f.event === "closed" ? "|closed" : ""}`, value: f.date ?? "" };
    case "accreditation":
      return { key: `${f.of}>${f.to}|${fold(f.via.city)}`, value: `${f.via.type}|${f.via.in ?? ""}` };
    case "visit":
      return { key: `${f.from}>${f.to}|${lastName(f.person)}`, value: f.date ?? "" };
    case "meeting":
      return { key: f.people.map(lastName).sort().join("|"), value: f.date ?? "" };
    case "agreement":
      return { key: fold(f.title), value: f.date ?? "" };
    case "trade":
      return { key: `${f.year}|${f.flow}|${f.from ?? ""}>${f.to ?? ""}`, value: `${f.value} ${f.currency}` };
    case "goods":
      return { key: `${f.from}>${f.to}`, value: sortedJoin(f.items) };
    case "company":
      return { key: fold(f.name), value: `${f.of ?? ""}>${f.in ?? ""}` };
    case "cooperation":
      return { key: fold(f.name), value: f.date ?? "" };
    case "statement":
      // paraphrases differ in wording; a statement is identified by who, when and what
      return { key: `${lastName(f.person)}|${f.date ?? ""}|${fold(f.summary)}`, value: "" };
    case "anniversary":
      return { key: String(f.years), value: f.date ?? "" };
    case "see-also":
      return { key: sortedJoin(f.titles), value: "" };
  }
}

const pad = (d: string, end: boolean): string => {
  const [y, m, day] = d.split("-");
  if (day) return d;
  if (m) return `${y}-${m}-${end ? "31" : "01"}`;
  return `${y}-${end ? "12-31" : "01-01"}`;
};

/** `1992` → [1992-01-01, 1992-12-31]; `2003/2007` → [2003-01-01, 2007-12-31]. */
export function dateRange(d: DateString | string | undefined): { start?: string; end?: string } {
  if (!d) return {};
  const [a, b] = d.split("/");
  return { start: pad(a!, false), end: pad(b ?? a!, true) };
}

/** The date a fact is placed at on a timeline, as written (trade: its year). */
export function dateOf(f: Fact): string | undefined {
  if (f.kind === "trade") return String(f.year);
  return "date" in f ? f.date : undefined;
}

const personText = (p: Person): string => [p.name, p.title].filter(Boolean).join(" ");

/** A few words describing the fact: for full-text search and conflict listings. */
export function describe(f: Fact): string {
  switch (f.kind) {
    case "relations":
      return `relations ${f.event} ${f.date ?? ""}`;
    case "recognition":
      return `recognition ${f.by} recognised ${f.of} ${f.date ?? ""}`;
    case "membership":
      return `membership ${f.org} ${f.members.join(" ")}`;
    case "mission":
      return `mission ${f.of} ${f.type} in ${f.in} ${f.city ?? ""} ${f.event ?? ""} ${f.date ?? ""}`;
    case "accreditation":
      return `accreditation ${f.of} to ${f.to} via ${f.via.type} ${f.via.city ?? ""} ${f.via.in ?? ""}`;
    case "visit":
      return `visit ${f.from} to ${f.to} ${personText(f.person)} ${f.place ?? ""} ${f.date ?? ""}`;
    case "meeting":
      return `meeting ${f.people.map(personText).join(", ")} ${f.place ?? ""} ${f.occasion ?? ""} ${f.date ?? ""}`;
    case "agreement":
      return `agreement ${f.title} ${f.parties.join(" ")} ${f.date ?? ""}`;
    case "trade":
      return `trade ${f.flow} ${f.value} ${f.currency} ${f.year}`;
    case "goods":
      return `goods ${f.from} to ${f.to}: ${f.items.join(", ")}`;
    case "company":
      return `company ${f.name} ${f.of ?? ""} ${f.in ?? ""}`;
    case "cooperation":
      return `cooperation ${f.name} ${(f.fields ?? []).join(", ")} ${f.date ?? ""}`;
    case "statement":
      return `statement ${personText(f.person)}: ${f.summary} ${f.date ?? ""}`;
    case "anniversary":
      return `anniversary ${f.years} years ${f.date ?? ""}`;
    case "see-also":
      return `see also ${f.titles.join(", ")}`;
  }
}

export function columnsOf(f: Fact): FactColumns {
  const { key, value } = keyOf(f);
  let subj: string | undefined;
  let obj: string | undefined;
  let via: string | undefined;
  switch (f.kind) {
    case "mission":
      [subj, obj] = [f.of, f.in];
      break;
    case "accreditation":
      [subj, obj, via] = [f.of, f.to, f.via.in];
      break;
    case "visit":
    case "goods":
      [subj, obj] = [f.from, f.to];
      break;
    case "trade":
      [subj, obj] = [f.from, f.to];
      break;
    case "recognition":
      [subj, obj] = [f.by, f.of];
      break;
    case "company":
      [subj, obj] = [f.of, f.in];
      break;
  }
  const { start, end } = f.kind === "trade" ? dateRange(String(f.year)) : dateRange(dateOf(f));
  return { key, value, subj, obj, via, dateStart: start, dateEnd: end, text: describe(f).replace(/\s+/g, " ").trim() };
}

/** The format-1 fields of a fact without its provenance (span, rule): what the `body` column holds. */
export function bodyOf(f: Fact): Omit<Fact, "span" | "rule"> {
  const { span: _span, rule: _rule, ...rest } = f as Fact & { span?: unknown; rule?: unknown };
  void _span, _rule;
  return rest;
}
