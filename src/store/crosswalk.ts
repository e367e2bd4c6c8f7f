// The country-code crosswalk: ISO alpha-3 ↔ ISO alpha-2 ↔ Correlates of War ↔ Wikidata QIDs.
// Derived from OWID's regions.codes.csv (MIT / CC BY 4.0) by scripts/build-world-missions.ts into
// data/crosswalk.csv, so a fresh clone needs nothing outside the repository.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../data");

export interface CrosswalkEntry {
  readonly code: string;
  readonly iso2?: string;
  /** Correlates of War numeric state code */
  readonly cow?: number;
  /** COW three-letter abbreviation */
  readonly cowLetter?: string;
  readonly qids: readonly string[];
}

export interface Crosswalk {
  readonly entries: readonly CrosswalkEntry[];
  byCode(code: string): CrosswalkEntry | undefined;
  /** a Wikidata QID ("Q215" or its full URI) to a code */
  codeOfQid(qid: string): string | undefined;
}

export const qidOf = (uri: string): string => uri.trim().replace(/^.*\/entity\//, "");

export function parseCrosswalkCsv(text: string): Crosswalk {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  const header = lines.shift()!.split(",");
  const col = (name: string): number => header.indexOf(name);
  const entries: CrosswalkEntry[] = lines.map((l) => {
    const c = l.split(",");
    const cow = c[col("cow")];
    return {
      code: c[col("code")]!,
      ...(c[col("iso2")] ? { iso2: c[col("iso2")] } : {}),
      ...(cow ? { cow: Number(cow) } : {}),
      ...(c[col("cow_letter")] ? { cowLetter: c[col("cow_letter")] } : {}),
      qids: (c[col("qids")] ?? "").split("|").filter(Boolean),
    };
  });
  return makeCrosswalk(entries);
}

export function makeCrosswalk(entries: readonly CrosswalkEntry[]): Crosswalk {
  const codes = new Map(entries.map((e) => [e.code, e]));
  const qids = new Map<string, string>();
  for (const e of entries) for (const q of e.qids) qids.set(q, e.code);
  return {
    entries,
    byCode: (code) => codes.get(code),
    codeOfQid: (q) => qids.get(qidOf(q)),
  };
}

export function crosswalkToCsv(cw: Crosswalk): string {
  const rows = cw.entries.map((e) => [e.code, e.iso2 ?? "", e.cow ?? "", e.cowLetter ?? "", e.qids.join("|")].join(","));
  return ["code,iso2,cow,cow_letter,qids", ...rows].join("\n") + "\n";
}

let cached: Crosswalk | undefined;
/** The repository's crosswalk (data/crosswalk.csv). */
export function loadCrosswalk(): Crosswalk {
  return (cached ??= parseCrosswalkCsv(readFileSync(path.join(DATA_DIR, "crosswalk.csv"), "utf8")));
}
