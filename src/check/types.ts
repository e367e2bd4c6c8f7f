// What a check rule is and what it finds. Rules are data (compromise habit): each has an id, a severity,
// a description, and every finding carries the `reason` it was made.
import type { BilateralRecord, Fact } from "../model/record.js";
import type { Conflict } from "../query/types.js";
import type { WorldMission } from "./world-missions.js";

export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Where the words in question are: a file (or source title), 1-based line and column (UTF-16 units), and the words. */
export interface Location {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** [start, end) in the text */
  readonly offset: number;
  readonly end: number;
  readonly quote: string;
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  /** one line, quoting the words in question */
  readonly message: string;
  /** why the rule fired: the facts and figures it compared */
  readonly reason: string;
  /** indices into the record's facts */
  readonly facts: readonly number[];
  readonly location?: Location;
  /** what the words should say instead, when the rule knows */
  readonly suggestion?: string;
}

/** A finding as a rule returns it: the engine adds the rule's id and severity. */
export type RuleFinding = Omit<Finding, "rule" | "severity"> & { readonly severity?: Severity };

export interface Rule {
  readonly id: string;
  /** the usual severity; a finding may lower or raise its own */
  readonly severity: Severity;
  readonly description: string;
  run(context: CheckContext): RuleFinding[];
}

/** A text a fact can be quoted from. */
export interface CheckText {
  /** a source id (as a string) or "article" */
  readonly id: string;
  /** the name findings give it: a file path or a source title */
  readonly name: string;
  readonly text: string;
}

export interface CheckContext {
  readonly record: BilateralRecord;
  /** ISO date the staleness and future-date rules judge by */
  readonly today: string;
  readonly conflicts: readonly Conflict[];
  /** the world's missions (Wikidata-derived); empty when not given */
  readonly worldMissions: readonly WorldMission[];
  readonly hasWorldMissions: boolean;
  /** the facts with their index */
  facts<K extends Fact["kind"]>(kind: K): { fact: Extract<Fact, { kind: K }>; i: number }[];
  /** the texts (sentences or list items) that state fact `i`, with their spans */
  statedIn(i: number): { text: CheckText; start: number; end: number }[];
  /** the first words matching `pattern` within the text that states fact `i` (the whole statement when no pattern or no match) */
  locate(i: number, pattern?: RegExp): Location | undefined;
  /** the name of a stored source ("source 7" when unknown) */
  sourceName(id: number | string): string;
  /** the index in the record of a stored fact, by its id */
  indexOfFactId(id: number): number | undefined;
  /** the location of [start, end) in a text */
  locationIn(text: CheckText, start: number, end: number): Location;
}
