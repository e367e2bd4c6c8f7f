// Runs the pipeline over a document: builds each sentence's context, calls every extractor on every
// match of its pattern, stamps span and rule on what they return, then applies the refiners.
// Mentions are found lazily: most sentences of an article state no fact, and an extractor whose
// trigger does not occur in a sentence never asks for them.
import type { Fact, Person } from "../model/record.js";
import { spanOf, type Draft, type SentenceContext } from "./context.js";
import { findDates, yearOf, type DateMention } from "./dates.js";
import { findCountries, findOrgs, findPeople, type CountryMention, type OrgMention, type PersonMention } from "./mentions.js";
import type { ArticleDoc, Sentence } from "./reader.js";
import { CLASS, words, type Word } from "../vocab/phrases.js";
import { EXTRACTORS, REFINERS } from "./pipeline.js";

class LazyContext implements SentenceContext {
  readonly text: string;
  readonly heading: string;
  readonly headings: string[];
  private memo: { words?: Word[]; countries?: CountryMention[]; people?: PersonMention[]; orgs?: OrgMention[]; explicit?: DateMention[]; dates?: DateMention[]; known?: Map<string, Person> } = {};

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

  get words(): Word[] {
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
// of them. One pass over the characters, keywords looked up by a word's first three letters packed in a
// number: no string is made (measured faster than indexOf per keyword, and than splitting into words first).
const lowerAt = (s: string, i: number): number => {
  const c = s.charCodeAt(i);
  return c >= 65 && c <= 90 ? c | 0x20 : c;
};
const head = (s: string, at: number) => (lowerAt(s, at) << 16) | (lowerAt(s, at + 1) << 8) | lowerAt(s, at + 2);
const KEYWORDS = new Map<number, { keyword: string; extractor: number }[]>();
/** the letters a keyword begins with: most words begin with another and are passed over at once */
const FIRST = new Uint8Array(128);
EXTRACTORS.forEach((e, i) => {
  for (const keyword of e.keywords ?? []) {
    KEYWORDS.set(head(keyword, 0), [...(KEYWORDS.get(head(keyword, 0)) ?? []), { keyword, extractor: i }]);
    FIRST[keyword.charCodeAt(0)] = 1;
  }
});

function startsWith(text: string, at: number, keyword: string): boolean {
  if (at + keyword.length > text.length) return false;
  for (let k = 0; k < keyword.length; k++) if (lowerAt(text, at + k) !== keyword.charCodeAt(k)) return false;
  return true;
}

function activeExtractors(text: string, item: boolean): boolean[] {
  const on = EXTRACTORS.map((e) => !e.keywords && (e.scope !== "item" || item));
  for (let i = 0; i + 2 < text.length; i++) {
    const c = lowerAt(text, i);
    if (c > 127 || FIRST[c] === 0 || (i > 0 && CLASS[text.charCodeAt(i - 1)] === 1)) continue; // not the start of a keyword
    const candidates = KEYWORDS.get(head(text, i));
    if (candidates) for (const k of candidates) if (!on[k.extractor] && startsWith(text, i, k.keyword)) on[k.extractor] = true;
  }
  return on;
}

export function runPipeline(doc: ArticleDoc, pair: [string, string]): Fact[] {
  const found: { fact: Fact; at: number }[] = [];
  let previous: LazyContext | undefined;
  for (const sentence of doc.sentences) {
    const ctx = new LazyContext(doc, pair, sentence, previous);
    const text = sentence.text;
    const active = activeExtractors(text, sentence.block.type === "item");
    for (let i = 0; i < EXTRACTORS.length; i++) {
      const extractor = EXTRACTORS[i]!;
      if (!active[i]) continue;
      const re = extractor.pattern;
      re.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = re.exec(text))) {
        const next = re.lastIndex === match.index ? match.index + 1 : re.lastIndex;
        const made = extractor.extract(ctx, match);
        re.lastIndex = next; // an extractor may use its own pattern meanwhile
        if (made) for (const draft of Array.isArray(made) ? made : [made]) found.push({ fact: stamp(draft, ctx, extractor.id), at: sentence.start + match.index });
      }
    }
    previous = ctx;
  }
  // in the order the text states them (extractors run one after another within a sentence)
  const facts = found.sort((a, b) => a.at - b.at).map((f) => f.fact);
  return REFINERS.reduce((fs, refine) => refine(fs, pair), facts);
}

function stamp(draft: Draft, ctx: SentenceContext, rule: string): Fact {
  return { ...draft, span: draft.span ?? spanOf(ctx), rule } as Fact;
}
