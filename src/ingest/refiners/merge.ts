// Mergers: a fact stated twice (in History and again in a list, in the lead and again below) becomes one
// fact with both spans and the more precise values. Each kind says what makes two facts the same.
import { compatibleDates, morePrecise } from "../dates.js";
import { spansOf, type Fact, type Person, type Span } from "../../model/record.js";
import { memoized } from "../../vocab/memo.js";

export interface Merger {
  kind: Fact["kind"];
  shouldMerge(a: Fact, b: Fact): boolean;
}

// names and titles are compared many times each: their folded forms are kept
const lastWord = memoized((name) => name.toLowerCase().split(/\s+/).pop() ?? "");
const last = (p: Person | string | undefined) => lastWord(typeof p === "string" ? p : p?.name ?? "");
const foldText = memoized((s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim());
const fold = (s: string | undefined) => foldText(s ?? "");
const dated = (a: { date?: string }, b: { date?: string }) => compatibleDates(a.date, b.date);

// stop words and adjectival endings do not tell two titles apart ("Chilean-Peruvian friendship Treaty" ~ "Chile-Peru Treaty of Peace and Friendship")
const STOP = new Set(["of", "the", "and", "on", "for", "in", "a", "an", "between", "to"]);
const stem = (w: string) => w.replace(/(?:ese|ian|an|i)$/, "");
const content = (s: string) => new Set(fold(s).split(" ").filter((w) => w && !STOP.has(w)).map(stem));
function similarTitles(a: string, b: string): boolean {
  const A = content(a);
  const B = content(b);
  let inter = 0;
  for (const w of A) if (B.has(w)) inter++;
  const small = Math.min(A.size, B.size);
  return small > 0 && (inter === small || inter / (A.size + B.size - inter) >= 0.5);
}

export const MERGERS: Merger[] = [
  { kind: "relations", shouldMerge: (a, b) => a.kind === "relations" && b.kind === "relations" && a.event === b.event && dated(a, b) },
  { kind: "recognition", shouldMerge: (a, b) => a.kind === "recognition" && b.kind === "recognition" && a.by === b.by && a.of === b.of && dated(a, b) },
  { kind: "membership", shouldMerge: (a, b) => a.kind === "membership" && b.kind === "membership" && a.org === b.org },
  { kind: "mission", shouldMerge: (a, b) => a.kind === "mission" && b.kind === "mission" && a.of === b.of && a.type === b.type && fold(a.city) === fold(b.city) },
  { kind: "accreditation", shouldMerge: (a, b) => a.kind === "accreditation" && b.kind === "accreditation" && a.of === b.of && a.to === b.to && fold(a.via.city) === fold(b.via.city) },
  { kind: "visit", shouldMerge: (a, b) => a.kind === "visit" && b.kind === "visit" && a.from === b.from && a.to === b.to && last(a.person) === last(b.person) && dated(a, b) },
  { kind: "meeting", shouldMerge: (a, b) => a.kind === "meeting" && b.kind === "meeting" && dated(a, b) && a.people.length === b.people.length && a.people.every((p) => b.people.some((q) => last(q) === last(p))) },
  { kind: "agreement", shouldMerge: (a, b) => a.kind === "agreement" && b.kind === "agreement" && dated(a, b) && (a.type === b.type || !a.type || !b.type) && similarTitles(a.title, b.title) },
  { kind: "trade", shouldMerge: (a, b) => a.kind === "trade" && b.kind === "trade" && a.year === b.year && a.flow === b.flow && a.from === b.from && a.to === b.to && Math.abs(a.value - b.value) <= 0.01 * Math.max(a.value, b.value) },
  { kind: "goods", shouldMerge: (a, b) => a.kind === "goods" && b.kind === "goods" && a.from === b.from && a.to === b.to },
  { kind: "company", shouldMerge: (a, b) => a.kind === "company" && b.kind === "company" && fold(a.name) === fold(b.name) },
  { kind: "cooperation", shouldMerge: (a, b) => a.kind === "cooperation" && b.kind === "cooperation" && fold(a.name) === fold(b.name) && dated(a, b) },
  { kind: "statement", shouldMerge: (a, b) => a.kind === "statement" && b.kind === "statement" && last(a.person) === last(b.person) && fold(a.summary) === fold(b.summary) },
  { kind: "anniversary", shouldMerge: (a, b) => a.kind === "anniversary" && b.kind === "anniversary" && a.years === b.years && dated(a, b) },
  { kind: "see-also", shouldMerge: (a, b) => a.kind === "see-also" && b.kind === "see-also" },
];

const MERGER_OF = new Map(MERGERS.map((m) => [m.kind, m]));

/** Merge `b` into `a`: spans joined, the more precise date, lists united, fields `a` lacks taken from `b`. */
export function merge(a: Fact, b: Fact): Fact {
  const spans: Span[] = [...spansOf(a), ...spansOf(b)].filter((s, i, all) => all.findIndex((t) => t[0] === s[0] && t[1] === s[1]) === i);
  // b's fields, overwritten by those a states
  const out: Record<string, unknown> = { ...b };
  for (const [k, v] of Object.entries(a)) if (v !== undefined) out[k] = v;
  if ("date" in a || "date" in b) {
    const da = (a as { date?: string }).date;
    const db = (b as { date?: string }).date;
    out.date = morePrecise(da, db);
    // an explicit date beats one implied by context
    if ((a as { dateImplied?: boolean }).dateImplied && !(b as { dateImplied?: boolean }).dateImplied && db && compatibleDates(da, db)) { out.date = morePrecise(db, da); delete out.dateImplied; }
  }
  if (a.kind === "membership" && b.kind === "membership") out.members = [...new Set([...a.members, ...b.members])];
  if (a.kind === "goods" && b.kind === "goods") out.items = [...new Set([...a.items, ...b.items])];
  if (a.kind === "see-also" && b.kind === "see-also") out.titles = [...new Set([...a.titles, ...b.titles])];
  if (a.kind === "visit" && b.kind === "visit") out.person = { ...b.person, ...a.person };
  if (a.kind === "mission" && b.kind === "mission" && !a.event && b.event) { out.event = b.event; out.date = b.date; }
  out.span = spans.length === 1 ? spans[0] : spans;
  return out as Fact;
}

/** Facts in order; each later fact that is the same as an earlier one is merged into it. */
export function mergeDuplicates(facts: Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const f of facts) {
    const merger = MERGER_OF.get(f.kind);
    let i = -1;
    if (merger) for (let j = 0; j < out.length && i < 0; j++) if (out[j]!.kind === f.kind && merger.shouldMerge(out[j]!, f)) i = j;
    if (i < 0) out.push(f);
    else out[i] = merge(out[i]!, f);
  }
  return out;
}
