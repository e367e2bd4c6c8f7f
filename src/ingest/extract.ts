// The public face of extraction: text in, a format-1 record out.
import { createHash } from "node:crypto";
import { RECORD_FORMAT, type BilateralRecord } from "../model/record.js";

export interface ExtractOptions {
  /** the title when the text has no `= Title =` line (a file name, say) */
  title?: string;
  url?: string;
}

export type ExtractResult =
  | { kind: "record"; record: BilateralRecord }
  | { kind: "no-pair"; reason: string };

/** Never throws: a text with no recognisable pair of states gives `no-pair`. */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  void text;
  void options;
  return { kind: "no-pair", reason: "not implemented yet" };
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export { RECORD_FORMAT };
