// Runs the pipeline over a document: builds each sentence's context, calls every extractor on every
// match of its pattern, stamps span and rule on what they return, then applies the refiners.
// Mentions are found lazily: most sentences of an article state no fact, and an extractor whose
// trigger does not occur in a sentence never asks for them.
import type { Fact, Person } from "../model/record.js";
import { spanOf, type Draft, type Extractor, type SentenceContext } from "./context.js";
import { findDates, yearOf, type DateMention } from "./dates.js";
import { findCountries, findOrgs, findPeople, type CountryMention, type OrgMention, type PersonMention } from "./mentions.js";
import type { ArticleDoc, Sentence } from "./reader.js";
import { CLASS, words, type Words } from "../vocab/phrases.js";
import { EXTRACTORS, REFINERS } from "./pipeline.js";

class LazyContext implements SentenceContext {
  readonly text: string;
  readonly heading: string;
  readonly headings: string[];
  private memo: { words?: Words; countries?: CountryMention[]; people?: PersonMention[]; orgs?: OrgMention[]; explicit?: DateMention[]; dates?: DateMention[]; known?: Map<string, Person> } = {};

  constructor(
    readonly doc: ArticleDoc,
    readonly pair: [string, string],
    readonly sentence: Sentence,
    private readonly previous: LazyContext | undefined,
  ) {
    this.text = sentence.text;
    this.headings = sentence.block.headings;
    this.heading = this.headings[this.headings.length - 1] ?? "";
  }

  get words(): Words {
    return (this.memo.words ??= words(this.text));
  }
  get countries(): CountryMention[] {
    return (this.memo.countries ??= findCountries(this.text, this.words));
  }
  get people(): PersonMention[] {
    return (this.memo.people ??= findPeople(this.text, this.countries));
  }
  get orgs(): OrgMention[] {
    return (this.memo.orgs ??= findOrgs(this.text, this.words));
  }
  /** dates written out in this sentence */
  get explicitDates(): DateMention[] {
    return (this.memo.explicit ??= findDates(this.text));
  }
  get dates(): DateMention[] {
    if (this.memo.dates) return this.memo.dates;
    if (!/\byear\b/.test(this.text)) return (this.memo.dates = this.explicitDates);
    // "in September of that same year": the year of this sentence, else of an earlier one
    const own = this.explicitDates[0];
    return (this.memo.dates = findDates(this.text, own ? yearOf(own.value) : this.previous?.lastYear()));
  }
  lastYear(): number | undefined {
    const ds = this.explicitDates;
    return ds.length ? yearOf(ds[ds.length - 1]!.value) : this.previous?.lastYear();
  }
  private get sameBlockPrevious(): LazyContext | undefined {
    return this.previous && this.previous.sentence.block === this.sentence.block ? this.previous : undefined;
  }
  get paragraphDate(): string | undefined {
    for (let c = this.sameBlockPrevious; c; c = c.sameBlockPrevious) {
      const d = c.dates.filter((x) => !x.implied && !x.attributive).pop();
      if (d) return d.value;
    }
    return undefined;
  }
  get previousPeople(): Person[] {
    for (let c = this.sameBlockPrevious; c; c = c.sameBlockPrevious) if (c.people.length) return c.people.map((p) => p.person);
    return [];
  }
  get previousSubject(): string | undefined {
    // a pronoun reaches back a few sentences, not across the article
    let hops = 0;
    for (let c = this.previous; c && hops < 3; c = c.previous, hops++) {
      const s = c.countries.find((m) => (m.code === this.pair[0] || m.code === this.pair[1]) && m.form !== "combining");
      if (s) return s.code;
    }
    return undefined;
  }
  get knownPeople(): Map<string, Person> {
    if (this.memo.known) return this.memo.known;
    const known = new Map(this.previous?.knownPeopleThroughHere() ?? []);
    return (this.memo.known = known);
  }
  knownPeopleThroughHere(): Map<string, Person> {
    const m = new Map(this.knownPeople);
    for (const p of this.people) m.set(p.person.name.split(/\s+/).pop()!, p.person);
    return m;
  }
}

// Which extractors a sentence can wake: an extractor with keywords runs only where a word begins with one
// of them. One pass over the characters; at each word start the first three letters index a table of the
// keywords beginning with them (measured faster than indexOf per keyword, than one regex of all keywords,
// and than a Map keyed by the packed letters). The pass reads the document's own text between the
// sentence's offsets: a sentence's text is a slice, and reading characters through a slice costs more.
const letter = (c: number): number => {
  const l = c | 0x20; // ASCII letters to lower case; anything else lands outside a–z
  return l >= 97 && l <= 122 ? l - 96 : 0;
};
const slot = (a: number, b: number, c: number): number => (a * 27 + b) * 27 + c;

/** An extractor as the engine holds it: every entry of one shape, so the hot loop reads them alike. */
class Rule {
  constructor(
    readonly id: string,
    readonly pattern: RegExp,
    readonly extract: Extractor["extract"],
    /** tried in every sentence (no keywords) */
    readonly always: boolean,
    readonly itemsOnly: boolean,
  ) {}
}
const RULES: readonly Rule[] = EXTRACTORS.map((e) => new Rule(e.id, e.pattern, e.extract, !e.keywords, e.scope === "item"));

const BY_HEAD: ({ keyword: string; rule: number }[] | undefined)[] = new Array(27 * 27 * 27).fill(undefined);
EXTRACTORS.forEach((e, i) => {
  for (const keyword of e.keywords ?? []) {
    const [a, b, c] = [0, 1, 2].map((k) => letter(keyword.charCodeAt(k)));
    if (!a || !b || keyword.length < 3) throw new Error(`extractor ${e.id}: keyword "${keyword}" must begin with three characters, the first two letters`);
    (BY_HEAD[slot(a, b, c!)] ??= []).push({ keyword, rule: i });
  }
});

function startsWith(text: string, at: number, end: number, keyword: string): boolean {
  if (at + keyword.length > end) return false;
  for (let k = 0; k < keyword.length; k++) {
    const c = text.charCodeAt(at + k);
    if ((c >= 65 && c <= 90 ? c | 0x20 : c) !== keyword.charCodeAt(k)) return false;
  }
  return true;
}

/** The rules to try on `text` between `start` and `end`, in pipeline order. `on` is scratch space, all 0. */
function activeRules(text: string, start: number, end: number, item: boolean, on: Uint8Array): Rule[] {
  let inWord = false;
  for (let i = start; i + 2 < end; i++) {
    const word = CLASS[text.charCodeAt(i)] === 1;
    if (!word || inWord) {
      inWord = word;
      continue;
    }
    inWord = true; // a word starts here
    const a = letter(text.charCodeAt(i));
    if (a === 0) continue;
    const candidates = BY_HEAD[slot(a, letter(text.charCodeAt(i + 1)), letter(text.charCodeAt(i + 2)))];
    if (candidates) for (const k of candidates) if (on[k.rule] === 0 && startsWith(text, i, end, k.keyword)) on[k.rule] = 1;
  }
  const out: Rule[] = [];
  for (let r = 0; r < RULES.length; r++) {
    const rule = RULES[r]!;
    if (on[r] === 1 || (rule.always && (item || !rule.itemsOnly))) out.push(rule);
    on[r] = 0;
  }
  return out;
}

export function runPipeline(doc: ArticleDoc, pair: [string, string]): Fact[] {
  const found: { fact: Fact; at: number }[] = [];
  const on = new Uint8Array(RULES.length);
  let previous: LazyContext | undefined;
  for (const sentence of doc.sentences) {
    const ctx = new LazyContext(doc, pair, sentence, previous);
    const text = sentence.text;
    for (const rule of activeRules(doc.text, sentence.start, sentence.end, sentence.block.type === "item", on)) {
      const re = rule.pattern;
      re.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = re.exec(text))) {
        const next = re.lastIndex === match.index ? match.index + 1 : re.lastIndex;
        const made = rule.extract(ctx, match);
        re.lastIndex = next; // an extractor may use its own pattern meanwhile
        if (made) for (const draft of Array.isArray(made) ? made : [made]) found.push({ fact: stamp(draft, ctx, rule.id), at: sentence.start + match.index });
      }
    }
    previous = ctx;
  }
  // in the order the text states them (extractors run one after another within a sentence)
  const facts = found.sort((a, b) => a.at - b.at).map((f) => f.fact);
  return REFINERS.reduce((fs, refine) => refine(fs, pair), facts);
}

/** The draft becomes the fact: extractors hand over fresh objects, so it is completed in place. */
function stamp(draft: Draft, ctx: SentenceContext, rule: string): Fact {
  const fact = draft as Fact;
  fact.span ??= spanOf(ctx);
  fact.rule = rule;
  return fact;
}
