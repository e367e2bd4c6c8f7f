// Output helpers shared by the query commands: open the store named by --db, aligned tables, JSON, fact lines.
import type { Command } from "commander";
import { openStore } from "../store/open.js";
import type { Store, StoredFact } from "../store/store.js";
import { dateOf } from "../store/fact-key.js";
import { countryName } from "../vocab/countries.js";

/** Open the store (--db or the default), run, close — also when `fn` throws. */
export async function withStore<T>(cmd: Command, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(cmd.optsWithGlobals<{ db?: string }>().db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export const printJson = (x: unknown): void => void process.stdout.write(JSON.stringify(x, null, 2) + "\n");

/** Columns padded to their widest cell; the last column is not padded. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  if (!rows.length) return "";
  const all = [headers, ...rows];
  const width = headers.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? "")].length)));
  const line = (r: readonly string[]): string =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c + " ".repeat(width[i]! - [...c].length)))
      .join("  ")
      .trimEnd();
  return [line(headers), line(width.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n") + "\n";
}

const name = (c: string | undefined): string => (c ? countryName(c) : "");

/** A fact in a few words, for tables. */
export function factSummary(f: StoredFact): string {
  switch (f.kind) {
    case "relations":
      return `relations ${f.event}`;
    case "recognition":
      return `${name(f.by)} recognised ${name(f.of)}`;
    case "membership":
      return `${f.org}: ${f.members.map(name).join(", ")}`;
    case "mission":
      return `${name(f.of)} ${f.type}${f.city ? ` in ${f.city}` : ""} (${name(f.in)})${f.event ? `, ${f.event}` : ""}`;
    case "accreditation":
      return `${name(f.of)} accredited to ${name(f.to)} from its ${f.via.type}${f.via.city ? ` in ${f.via.city}` : ""}${f.via.in ? ` (${name(f.via.in)})` : ""}`;
    case "visit":
      return `${f.person.title ? f.person.title + " " : ""}${f.person.name} (${name(f.from)}) to ${name(f.to)}${f.place ? `, ${f.place}` : ""}${f.qualifier ? ` [${f.qualifier}]` : ""}`;
    case "meeting":
      return `${f.people.map((p) => p.name).join(" and ")} met${f.place ? ` in ${f.place}` : ""}${f.occasion ? ` (${f.occasion})` : ""}`;
    case "agreement":
      return `${f.title} (${f.parties.join(", ")})`;
    case "trade":
      return `trade ${f.flow}${f.from ? ` ${f.from}→${f.to ?? ""}` : ""}: ${f.value.toLocaleString("en-US")} ${f.currency}`;
    case "goods":
      return `${name(f.from)} → ${name(f.to)}: ${f.items.join(", ")}`;
    case "company":
      return `${f.name}${f.of ? ` (${name(f.of)})` : ""}${f.in ? ` in ${name(f.in)}` : ""}`;
    case "cooperation":
      return `${f.name}${f.fields?.length ? `: ${f.fields.join(", ")}` : ""}`;
    case "statement":
      return `${f.person.name}: ${f.summary}`;
    case "anniversary":
      return `${f.years} years of relations marked`;
    case "see-also":
      return `see also: ${f.titles.join("; ")}`;
  }
}

/** Source ids, with the quote location when there is one: "#3 [312,372]". */
export const sourceRef = (f: StoredFact): string =>
  f.provenance
    .slice(0, 2)
    .map((p) => `#${p.sourceId}${p.span ? `@${p.span[0]}` : ""}`)
    .join(" ") + (f.provenance.length > 2 ? ` +${f.provenance.length - 2}` : "");

export const factRow = (f: StoredFact): string[] => [dateOf(f) ?? "", f.kind, factSummary(f), sourceRef(f)];
export const FACT_HEADERS = ["date", "kind", "fact", "sources"] as const;
