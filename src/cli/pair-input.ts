// What `render`, `brief` and `check` read: a stored pair (its merged record, its conflicts, its source texts
// for quoting) or a record file. Shared so the three commands read the same way.
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { BadInputError } from "../errors.js";
import { BilateralRecord } from "../model/record.js";
import { getPairRecord, listConflicts } from "../query/index.js";
import type { Conflict } from "../query/types.js";
import type { CheckText } from "../check/types.js";
import { withStore } from "./query-output.js";

export interface PairInput {
  readonly record: BilateralRecord;
  readonly conflicts: readonly Conflict[];
  /** the texts of the record's sources, for quoting (stored articles only) */
  readonly texts: readonly CheckText[];
  readonly sources: readonly { id: number; title: string; url?: string }[];
}

/** The pair from the store named by --db. */
export async function readStoredPair(cmd: Command, a: string, b: string): Promise<PairInput> {
  return withStore(cmd, async (store) => {
    const record = await getPairRecord(store, a, b);
    const conflicts = await listConflicts(store, a, b);
    // getSources lists sources without their texts; getSource brings the text (when the user supplied one)
    const rows = await Promise.all(record.sources.map((s) => store.getSource(s.id)));
    const texts = rows.flatMap((s) => (s ? [{ id: String(s.id), name: s.origin ?? s.title, text: s.text ?? "" }] : []));
    return { record: record as unknown as BilateralRecord, conflicts, texts, sources: record.sources };
  });
}

/** A record file (format 1, JSON). */
export function readRecordFile(file: string): BilateralRecord {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BadInputError(file, code === "ENOENT" ? "no such file" : code ? `cannot be read (${code})` : "is not JSON");
  }
  const parsed = BilateralRecord.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BadInputError(file, `is not a format-1 record (${issue.path.join(".") || "record"}: ${issue.message})`);
  }
  return parsed.data;
}
