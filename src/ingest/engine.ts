// Runs the pipeline over a document: builds each sentence's context, calls every extractor on every
// match of its pattern, stamps span and rule on what they return, then applies the refiners.
import type { Fact, Person } from "../model/record.js";
import type { Draft, SentenceContext } from "./context.js";
import { findDates, yearOf } from "./dates.js";
import { findCountries, findOrgs, findPeople } from "./mentions.js";
import type { ArticleDoc } from "./reader.js";
import { EXTRACTORS, REFINERS } from "./pipeline.js";

export function runPipeline(doc: ArticleDoc, pair: [string, string]): Fact[] {
  const facts: Fact[] = [];
  const knownPeople = new Map<string, Person>();
  let contextYear: number | undefined;
  let previousSubject: string | undefined;
  let previous: { block: unknown; people: Person[]; date?: string } = { block: undefined, people: [] };

  for (const sentence of doc.sentences) {
    const text = sentence.text;
    const explicit = findDates(text);
    const yearHere = explicit.length ? yearOf(explicit[0]!.value) : contextYear;
    const dates = /\byear\b/.test(text) ? findDates(text, yearHere) : explicit;
    const countries = findCountries(text);
    const people = findPeople(text);
    const sameBlock = previous.block === sentence.block;
    const headings = sentence.block.headings;
    const ctx: SentenceContext = {
      doc, pair, sentence, text, countries, people, orgs: findOrgs(text), dates,
      heading: headings[headings.length - 1] ?? "",
      headings,
      paragraphDate: sameBlock ? previous.date : undefined,
      previousPeople: sameBlock ? previous.people : [],
      previousSubject,
      knownPeople,
    };
    for (const extractor of EXTRACTORS) {
      extractor.pattern.lastIndex = 0;
      for (const match of text.matchAll(extractor.pattern)) {
        const made = extractor.extract(ctx, match as RegExpExecArray);
        if (!made) continue;
        for (const draft of Array.isArray(made) ? made : [made]) facts.push(stamp(draft, ctx, extractor.id));
      }
    }
    // what the next sentence may refer back to
    const lastExplicit = dates.filter((d) => !d.implied && !d.attributive).pop();
    for (const p of people) knownPeople.set(p.person.name.split(/\s+/).pop()!, p.person);
    const subject = countries.find((c) => (c.code === pair[0] || c.code === pair[1]) && c.form !== "combining");
    if (subject) previousSubject = subject.code;
    if (explicit.length) contextYear = yearOf(explicit[explicit.length - 1]!.value);
    previous = {
      block: sentence.block,
      people: people.length ? people.map((p) => p.person) : sameBlock ? previous.people : [],
      date: lastExplicit?.value ?? (sameBlock ? previous.date : undefined),
    };
  }
  return REFINERS.reduce((fs, refine) => refine(fs, pair), facts);
}

function stamp(draft: Draft, ctx: SentenceContext, rule: string): Fact {
  const b = ctx.sentence.block;
  const span: [number, number] = b.type === "item" ? [b.start, b.end] : [ctx.sentence.start, ctx.sentence.end];
  return { ...draft, span: draft.span ?? span, rule } as Fact;
}
