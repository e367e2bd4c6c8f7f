// A record becomes a document model — title, lead, sections of paragraphs and lists, each sentence
// with the facts it states — before any output format is chosen (wtf_wikipedia habit: the model is
// rendered by one file per format: text.ts, markdown.ts, html.ts).
//
// Each fact is stated once. Where it goes:
//   lead       relations established, the anniversary (computed for `today`), memberships
//   History    other relations events, recognitions, dated mission events, visits that carry more than a
//              person and a date (a qualifier, a place) or go outside the pair, meetings, cooperation, statements
//   High-level visits   the other visits, as one list per direction
//   Bilateral agreements, Trade (figures, goods, companies), Diplomatic missions, See also
import type { BilateralRecord, Fact, FactOf, MissionType } from "../model/record.js";
import { MISSION_TYPES } from "../model/record.js";
import { countryName } from "../vocab/countries.js";
import { dateSortKey, todayIso, yearOf } from "./dates.js";
import * as S from "./sentences.js";

/** A sentence and the facts it states (indices into `record.facts`). */
export interface Sentence {
  readonly text: string;
  readonly facts: readonly number[];
}

export type Block =
  | { readonly kind: "paragraph"; readonly sentences: readonly Sentence[] }
  /** a list, with the line that introduces it ("High-level visits from Mexico to Slovenia") */
  | { readonly kind: "list"; readonly heading?: string; readonly items: readonly Sentence[] };

export interface Section {
  readonly heading: string;
  readonly blocks: readonly Block[];
}

/** A source a sentence can cite. */
export interface SourceRef {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
}

export interface DocumentModel {
  readonly title: string;
  readonly pair: readonly [string, string];
  /** the day date-dependent figures were computed for (ISO) */
  readonly today: string;
  readonly lead: readonly Block[];
  readonly sections: readonly Section[];
  /** every source the facts cite (footnotes number them in the order the text first cites them: citations.ts) */
  readonly sources: readonly SourceRef[];
  /** the ids of the sources of each fact, by fact index */
  readonly factSources: readonly (readonly string[])[];
}

export interface ModelOptions {
  /** the day to compute anniversaries for (default: today) */
  today?: string | Date;
  /** titles (and urls) of the store's sources, for facts that carry `sourceIds` */
  sources?: readonly { id: number | string; title: string; url?: string }[];
}

type Indexed<F extends Fact = Fact> = { fact: F; i: number };

/** The article's title: "Mexico–Slovenia relations". */
export function pairTitle(pair: readonly [string, string]): string {
  return `${countryName(pair[0])}–${countryName(pair[1])} relations`;
}

/**
 * The document a record reads as.
 * @example buildDocument(record, { today: "2026-11-28" }).sections.map((s) => s.heading)
 */
export function buildDocument(record: BilateralRecord, options: ModelOptions = {}): DocumentModel {
  const today = todayIso(options.today);
  const pair = record.pair;
  const all: Indexed[] = record.facts.map((fact, i) => ({ fact, i }));
  const of = <K extends Fact["kind"]>(kind: K) => all.filter((x): x is Indexed<FactOf<K>> => x.fact.kind === kind);
  const byDate = <T extends Indexed>(xs: T[], date: (f: T["fact"]) => string | undefined) =>
    [...xs].sort((a, b) => dateSortKey(date(a.fact)).localeCompare(dateSortKey(date(b.fact))));
  const one = (text: string, ...facts: number[]): Sentence => ({ text, facts });

  // lead
  const lead: Sentence[] = [];
  const relations = byDate(of("relations"), (f) => f.date);
  const established = relations.filter((x) => x.fact.event === "established");
  const firstEstablished = established[0];
  if (firstEstablished) lead.push(one(S.relationsSentence(firstEstablished.fact, pair), firstEstablished.i));
  else lead.push(one(`${pairTitle(pair)} are the bilateral relations between ${countryName(pair[0])} and ${countryName(pair[1])}.`));
  const anniversary = currentAnniversary(record, today);
  if (anniversary) lead.push(one(S.anniversarySentence(anniversary.years, anniversary.year), ...anniversary.facts));
  lead.push(...membershipSentences(of("membership"), pair));

  // History
  const history: { date?: string; sentence: Sentence }[] = [];
  for (const x of relations) if (x !== firstEstablished) history.push({ date: x.fact.date, sentence: one(S.relationsSentence(x.fact, pair), x.i) });
  for (const x of of("recognition")) history.push({ date: x.fact.date, sentence: one(S.recognitionSentence(x.fact), x.i) });
  for (const x of of("mission")) if (isMissionEvent(x.fact)) history.push({ date: x.fact.date, sentence: one(S.missionEventSentence(x.fact), x.i) });
  const visits = of("visit");
  const listed = visits.filter((x) => isListVisit(x.fact, pair));
  for (const x of visits) if (!listed.includes(x)) history.push({ date: x.fact.date, sentence: one(S.visitSentence(x.fact), x.i) });
  for (const x of of("meeting")) history.push({ date: x.fact.date, sentence: one(S.meetingSentence(x.fact), x.i) });
  for (const x of of("cooperation")) history.push({ date: x.fact.date, sentence: one(S.cooperationSentence(x.fact), x.i) });
  for (const x of of("statement")) history.push({ date: x.fact.date, sentence: one(S.statementSentence(x.fact), x.i) });
  history.sort((a, b) => dateSortKey(a.date).localeCompare(dateSortKey(b.date)));

  const sections: Section[] = [];
  const push = (heading: string, blocks: Block[]) => {
    if (blocks.some((b) => (b.kind === "paragraph" ? b.sentences.length : b.items.length) > 0)) sections.push({ heading, blocks });
  };
  push("History", paragraphsByDecade(history));

  // High-level visits, one list per direction of the pair
  const visitLists: Block[] = [];
  for (const [from, to] of [pair, [pair[1], pair[0]]] as const) {
    const items = byDate(listed.filter((x) => x.fact.from === from && x.fact.to === to), (f) => f.date).map((x) => one(S.visitItem(x.fact), x.i));
    if (items.length) visitLists.push({ kind: "list", heading: `High-level visits from ${countryName(from)} to ${countryName(to)}`, items });
  }
  push("High-level visits", visitLists);

  const agreements = byDate(of("agreement"), (f) => f.date).map((x) => one(S.agreementSentence(x.fact, pair), x.i));
  push("Bilateral agreements", [{ kind: "paragraph", sentences: agreements }]);

  const trade: Sentence[] = [
    ...[...of("trade")].sort((a, b) => a.fact.year - b.fact.year).map((x) => one(S.tradeSentence(x.fact), x.i)),
    ...orderByPair(of("goods"), (f) => f.from, pair).map((x) => one(S.goodsSentence(x.fact), x.i)),
    ...companySentences(of("company"), pair),
  ];
  push("Trade", [{ kind: "paragraph", sentences: trade }]);

  push("Diplomatic missions", [{ kind: "list", items: missionItems(of("mission").filter((x) => !isMissionEvent(x.fact)), of("accreditation"), pair) }]);

  const seeAlso = of("see-also");
  const titles = [...new Set(seeAlso.flatMap((x) => x.fact.titles))];
  push("See also", [{ kind: "list", items: titles.map((t) => one(t, ...seeAlso.filter((x) => x.fact.titles.includes(t)).map((x) => x.i))) }]);

  const { sources, factSources } = citeSources(record, options.sources);
  return { title: pairTitle(pair), pair, today, lead: [{ kind: "paragraph", sentences: lead }], sections, sources, factSources };
}

/** A mission stated as an event in History: it carries a date, or it closed or was upgraded ("has an embassy" would be wrong). */
function isMissionEvent(f: FactOf<"mission">): boolean {
  return Boolean(f.date) || f.event === "closed" || f.event === "upgraded";
}

/** A visit that a list item can state whole: between the pair, its person's state the one visiting, nothing but a person and a date. */
function isListVisit(f: FactOf<"visit">, pair: readonly [string, string]): boolean {
  const between = (f.from === pair[0] && f.to === pair[1]) || (f.from === pair[1] && f.to === pair[0]);
  return between && !f.qualifier && !f.place && (!f.person.of || f.person.of === f.from);
}

/**
 * The anniversary of relations as of `today`, when the record marks one: the years are counted from the
 * established date (or, without one, from the anniversary the record gives), so a record that says "31 years
 * in 2023" reads "34 years" in 2026.
 */
export function currentAnniversary(record: BilateralRecord, today: string): { years: number; year: number; facts: number[] } | undefined {
  const anniversaries = record.facts
    .map((fact, i) => ({ fact, i }))
    .filter((x): x is Indexed<FactOf<"anniversary">> => x.fact.kind === "anniversary");
  if (!anniversaries.length) return undefined;
  const year = yearOf(today)!;
  const established = record.facts
    .map((fact, i) => ({ fact, i }))
    .filter((x): x is Indexed<FactOf<"relations">> => x.fact.kind === "relations" && x.fact.event === "established" && !!yearOf(x.fact.date))
    .sort((a, b) => dateSortKey(a.fact.date).localeCompare(dateSortKey(b.fact.date)))[0];
  let since = established ? yearOf(established.fact.date) : undefined;
  if (since === undefined) {
    const dated = anniversaries.find((x) => yearOf(x.fact.date) !== undefined);
    if (!dated) return undefined;
    since = yearOf(dated.fact.date)! - dated.fact.years;
  }
  const years = year - since;
  if (years < 1) return undefined;
  return { years, year, facts: [...anniversaries.map((x) => x.i), ...(established ? [established.i] : [])] };
}

function membershipSentences(memberships: Indexed<FactOf<"membership">>[], pair: readonly [string, string]): Sentence[] {
  const rankOfGroup = (members: readonly string[]) =>
    members.length === 2 && members.includes(pair[0]) && members.includes(pair[1]) ? 0 : members[0] === pair[0] ? 1 : members[0] === pair[1] ? 2 : 3;
  const groups = new Map<string, { members: string[]; orgs: string[]; facts: number[] }>();
  for (const x of memberships) {
    const members = [...new Set(x.fact.members)].sort((a, b) => order(a, pair) - order(b, pair));
    if (!members.length) continue;
    const key = members.join(",");
    const g = groups.get(key) ?? { members, orgs: [], facts: [] };
    if (!g.orgs.includes(x.fact.org)) g.orgs.push(x.fact.org);
    g.facts.push(x.i);
    groups.set(key, g);
  }
  return [...groups.values()]
    .sort((a, b) => rankOfGroup(a.members) - rankOfGroup(b.members))
    .map((g) => ({ text: S.membershipSentence(g.orgs, g.members, pair), facts: g.facts }));
}

const order = (code: string | undefined, pair: readonly [string, string]) => (code === pair[0] ? 0 : code === pair[1] ? 1 : 2);

function orderByPair<T extends Indexed>(xs: T[], key: (f: T["fact"]) => string | undefined, pair: readonly [string, string]): T[] {
  return [...xs].sort((a, b) => order(key(a.fact), pair) - order(key(b.fact), pair));
}

function companySentences(companies: Indexed<FactOf<"company">>[], pair: readonly [string, string]): Sentence[] {
  const groups = new Map<string, { of?: string; in?: string; names: string[]; facts: number[] }>();
  for (const x of orderByPair(companies, (f) => f.of, pair)) {
    const key = `${x.fact.of ?? ""}>${x.fact.in ?? ""}`;
    const g = groups.get(key) ?? { of: x.fact.of, in: x.fact.in, names: [], facts: [] };
    if (!g.names.includes(x.fact.name)) g.names.push(x.fact.name);
    g.facts.push(x.i);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({ text: S.companiesSentence(g.of, g.in, g.names), facts: g.facts }));
}

// Resident missions first (embassies before consulates), then accreditation from elsewhere, then honorary consulates.
const MISSION_ORDER: readonly MissionType[] = [...MISSION_TYPES.filter((t) => t !== "honorary-consulate"), "honorary-consulate"];

function missionItems(missions: Indexed<FactOf<"mission">>[], accreditations: Indexed<FactOf<"accreditation">>[], pair: readonly [string, string]): Sentence[] {
  const senders = [...new Set([...missions.map((x) => x.fact.of), ...accreditations.map((x) => x.fact.of)])].sort((a, b) => order(a, pair) - order(b, pair));
  const items: Sentence[] = [];
  for (const sender of senders) {
    const own = missions.filter((x) => x.fact.of === sender);
    const groupsOf = (types: readonly MissionType[]) => {
      const out: Sentence[] = [];
      for (const type of types) {
        const ofType = own.filter((x) => x.fact.type === type);
        // with a city: one sentence for all cities; without: one per host state
        const withCity = ofType.filter((x) => x.fact.city);
        const cities = [...new Set(withCity.map((x) => x.fact.city!))];
        if (cities.length) out.push({ text: S.missionsSentence(sender, type, cities), facts: withCity.map((x) => x.i) });
        for (const host of [...new Set(ofType.filter((x) => !x.fact.city).map((x) => x.fact.in))]) {
          const xs = ofType.filter((x) => !x.fact.city && x.fact.in === host);
          out.push({ text: S.missionsSentence(sender, type, [S.stateName(host)]), facts: xs.map((x) => x.i) });
        }
      }
      return out;
    };
    items.push(...groupsOf(MISSION_ORDER.filter((t) => t !== "honorary-consulate")));
    for (const x of accreditations.filter((a) => a.fact.of === sender)) items.push({ text: S.accreditationSentence(x.fact), facts: [x.i] });
    items.push(...groupsOf(["honorary-consulate"]));
  }
  return items;
}

function paragraphsByDecade(entries: { date?: string; sentence: Sentence }[]): Block[] {
  const blocks: { kind: "paragraph"; sentences: Sentence[] }[] = [];
  let decade: number | undefined | null = null;
  for (const e of entries) {
    const y = yearOf(e.date);
    const d = y === undefined ? undefined : Math.floor(y / 10);
    if (d !== decade || !blocks.length) blocks.push({ kind: "paragraph", sentences: [] });
    decade = d;
    blocks.at(-1)!.sentences.push(e.sentence);
  }
  return blocks;
}

/** Which sources each fact cites: its `sourceIds` (a stored fact) or the record's own source. */
function citeSources(record: BilateralRecord, known: ModelOptions["sources"]): { sources: SourceRef[]; factSources: string[][] } {
  const byId = new Map((known ?? []).map((s) => [String(s.id), s]));
  const sources = new Map<string, SourceRef>();
  const factSources = record.facts.map((fact) => {
    const ids = (fact as { sourceIds?: readonly (number | string)[] }).sourceIds;
    if (!ids?.length) {
      const title = record.source.title || pairTitle(record.pair);
      sources.set("record", { id: "record", title, url: record.source.url });
      return ["record"];
    }
    return ids.map((raw) => {
      const id = String(raw);
      const s = byId.get(id);
      sources.set(id, { id, title: s?.title ?? `source ${id}`, url: s?.url });
      return id;
    });
  });
  return { sources: [...sources.values()], factSources };
}
