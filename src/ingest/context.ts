// What an extractor sees: one sentence with its mentions, the pair, and what came before it.
import type { ArticleDoc, Sentence } from "./reader.js";
import type { Fact, Person, Span } from "../model/record.js";
import type { DateMention } from "./dates.js";
import type { CountryMention, OrgMention, PersonMention } from "./mentions.js";

export interface SentenceContext {
  doc: ArticleDoc;
  pair: [string, string];
  sentence: Sentence;
  text: string;
  countries: CountryMention[];
  people: PersonMention[];
  orgs: OrgMention[];
  dates: DateMention[];
  /** innermost heading (or list-introducing line), as written */
  heading: string;
  /** all headings above the sentence, outermost first */
  headings: string[];
  /** the latest explicit date earlier in the same paragraph (for "In Lima, he …") */
  paragraphDate?: string;
  /** the people named in the previous sentence of the paragraph (for "he", "she") */
  previousPeople: Person[];
  /** the state the previous sentences were about (for "it also has …") */
  previousSubject?: string;
  /** everyone named so far, by last name */
  knownPeople: Map<string, Person>;
}

/** A fact as an extractor returns it: the span and rule are filled in by the engine. */
export type Draft = Fact extends infer F ? (F extends Fact ? Omit<F, "span" | "rule"> & { span?: Span } : never) : never;

export interface Extractor {
  /** rule id prefix, e.g. `visit`; the fact's rule is `${id}/${variant}` */
  id: string;
  /** run on every match of this pattern in the sentence text (global flag required) */
  pattern: RegExp;
  /** the pattern is tried only in sentences with a word beginning with one of these (lower case);
   * extractors without keywords are tried in every sentence */
  keywords?: readonly string[];
  /** "item": tried on list items only */
  scope?: "item";
  extract(ctx: SentenceContext, match: RegExpExecArray): Draft | Draft[] | null;
}

export const otherOf = (ctx: SentenceContext, code: string): string | undefined =>
  code === ctx.pair[0] ? ctx.pair[1] : code === ctx.pair[1] ? ctx.pair[0] : undefined;

export const inPair = (ctx: SentenceContext, code: string | undefined): boolean => code === ctx.pair[0] || code === ctx.pair[1];

/** The sentence span, or the whole list item for items. */
export function spanOf(ctx: SentenceContext): Span {
  const b = ctx.sentence.block;
  if (b.type === "item") return [b.start, b.end];
  return [ctx.sentence.start, ctx.sentence.end];
}

/** The date nearest to `pos` within [from, to), preferring dates that date the clause over attributive ones. */
export function nearestDate(
  ctx: SentenceContext,
  pos: number,
  from = 0,
  to = ctx.text.length,
  allowAttributive = true,
  accept: (d: DateMention) => boolean = () => true,
): DateMention | undefined {
  // one pass, no arrays: extractors call this for most facts they make
  let best: DateMention | undefined;
  let any: DateMention | undefined;
  let bestDist = Infinity;
  let anyDist = Infinity;
  for (const d of ctx.dates) {
    if (d.start < from || d.end > to || !accept(d)) continue;
    const dist = d.end <= pos ? pos - d.end : d.start - pos;
    if (!d.attributive && dist < bestDist) (best = d), (bestDist = dist);
    if (dist < anyDist) (any = d), (anyDist = dist);
  }
  return best ?? (allowAttributive ? any : undefined);
}

/** States mentioned in the sentence, in order of appearance, once each. */
export function statesIn(ctx: SentenceContext, from = 0, to = ctx.text.length): string[] {
  const seen: string[] = [];
  for (const c of ctx.countries) if (c.start >= from && c.end <= to && !seen.includes(c.code)) seen.push(c.code);
  return seen;
}

/** "both nations", "the two countries": the pair as a subject. */
export const BOTH = String.raw`(?:both\s+(?:nations|countries|states|sides|governments)|the\s+two\s+(?:nations|countries|states|sides|governments)|both)`;
export const bothRe = new RegExp(String.raw`\b${BOTH}\b`, "i");

/** The pair member a clause is about: the last one named before `pos`, else a pronoun's antecedent. */
export function subjectBefore(ctx: SentenceContext, pos: number): string | undefined {
  const before = ctx.countries.filter((c) => c.end <= pos && inPair(ctx, c.code) && c.form !== "combining");
  if (before.length) return before[before.length - 1]!.code;
  if (/\b(?:it|its|they|their)\b/i.test(ctx.text.slice(0, pos))) return ctx.previousSubject;
  return undefined;
}
