// A one-page brief for a desk officer: key facts, the last events, the next anniversaries, and what `check`
// found. Plain text or Markdown. The findings are passed in (checkRecord's), so render does not run rules.
import type { BilateralRecord, Fact, FactOf } from "../model/record.js";
import { dateOf } from "../store/fact-key.js";
import { countryName } from "../vocab/countries.js";
import { dateBounds, datePhrase, dateSortKey, formatDate, parseDatePoint, todayIso, yearOf } from "./dates.js";
import { currentAnniversary, pairTitle } from "./model.js";
import { orgPhrase } from "./org-names.js";
import * as S from "./sentences.js";

/** What the brief needs of a finding (check's `Finding` fits). */
export interface BriefFinding {
  readonly rule: string;
  readonly severity: string;
  readonly message: string;
  readonly location?: { readonly file: string; readonly line: number; readonly column: number };
}

export interface BriefOptions {
  today?: string | Date;
  format?: "text" | "markdown";
  /** checkRecord(record).findings */
  findings?: readonly BriefFinding[];
  /** how many recent events and anniversaries to list (default 5) */
  limit?: number;
}

export interface Anniversary {
  /** the day (or month, or year) it falls on, at the event's precision */
  readonly date: string;
  readonly years: number;
  readonly what: string;
  readonly fact: number;
}

type Indexed = { fact: Fact; i: number };

/** The sentence a fact reads as in the article (one line of the brief). */
export function factSentence(f: Fact, pair: readonly [string, string]): string | undefined {
  switch (f.kind) {
    case "relations": return S.relationsSentence(f, pair);
    case "recognition": return S.recognitionSentence(f);
    case "mission": return f.date || f.event ? S.missionEventSentence(f) : S.missionsSentence(f.of, f.type, [f.city ?? S.stateName(f.in)]);
    case "accreditation": return S.accreditationSentence(f);
    case "visit": return S.visitSentence(f);
    case "meeting": return S.meetingSentence(f);
    case "agreement": return S.agreementSentence(f, pair);
    case "trade": return S.tradeSentence(f);
    case "goods": return S.goodsSentence(f);
    case "company": return S.companiesSentence(f.of, f.in, [f.name]);
    case "cooperation": return S.cooperationSentence(f);
    case "statement": return S.statementSentence(f);
    default: return undefined;
  }
}


/** Events whose anniversaries a desk marks: relations established, recognitions, agreements signed, missions opened. */
function anniversaryEvent(f: Fact, pair: readonly [string, string]): string | undefined {
  switch (f.kind) {
    case "relations": return f.event === "established" ? "diplomatic relations" : f.event === "restored" ? "relations restored" : undefined;
    case "recognition": return `${countryName(f.by)} recognized ${countryName(f.of)}`;
    case "agreement": return f.title;
    case "mission": return f.event === "opened" ? `${countryName(f.of)}'s ${S.missionNoun(f.type).replace(/^an? /, "")} in ${f.city ?? countryName(f.in)} opened` : undefined;
    default: return void pair;
  }
}

/**
 * The next anniversaries after `today`, soonest first. An event dated to the day or month falls on that
 * day or month; a year-only event is counted from the next year, since its day this year is unknown.
 */
export function nextAnniversaries(record: BilateralRecord, today: string, limit = 5): Anniversary[] {
  const t = parseDatePoint(todayIso(today).slice(0, 10))!;
  const out: Anniversary[] = [];
  record.facts.forEach((f, i) => {
    const what = anniversaryEvent(f, record.pair);
    const d = parseDatePoint(dateOf(f));
    if (!what || !d) return;
    const [todayStart] = dateBounds(todayIso(today))!;
    let year = t.year;
    const on = (y: number) => `${y}${d.month ? `-${String(d.month).padStart(2, "0")}` : ""}${d.day ? `-${String(d.day).padStart(2, "0")}` : ""}`;
    if (d.precision === "year" || dateBounds(on(year))![1] < todayStart) year++;
    const years = year - d.year;
    if (years < 1) return;
    out.push({ date: on(year), years, what, fact: i });
  });
  // a year-only anniversary may fall on any day of its year: it sorts after the dated ones of that year
  const last = (d: string) => dateBounds(d)![1];
  return out.sort((a, b) => last(a.date).localeCompare(last(b.date)) || b.years - a.years).slice(0, limit);
}

export function renderBrief(record: BilateralRecord, options: BriefOptions = {}): string {
  const today = todayIso(options.today);
  const limit = options.limit ?? 5;
  const md = options.format === "markdown";
  const pair = record.pair;
  const facts: Indexed[] = record.facts.map((fact, i) => ({ fact, i }));
  const of = <K extends Fact["kind"]>(k: K) => facts.filter((x) => x.fact.kind === k).map((x) => x.fact as FactOf<K>);
  const [a, b] = [countryName(pair[0]), countryName(pair[1])];

  const key: string[] = [];
  const established = of("relations").filter((r) => r.event === "established").sort((x, y) => dateSortKey(x.date).localeCompare(dateSortKey(y.date)))[0];
  const since = yearOf(established?.date);
  if (established) key.push(`Diplomatic relations established${established.date ? ` ${datePhrase(established.date)}` : ""}${since !== undefined ? ` (${yearOf(today)! - since} years in ${yearOf(today)})` : ""}.`);
  const latestRelations = of("relations").filter((r) => r.event !== "established").sort((x, y) => dateSortKey(y.date).localeCompare(dateSortKey(x.date)))[0];
  if (latestRelations) key.push(`Latest change: relations ${latestRelations.event}${latestRelations.date ? ` ${formatDate(latestRelations.date)}` : ""}.`);
  const anniversary = currentAnniversary(record, today);
  if (anniversary && !established) key.push(`${anniversary.years} years of diplomatic relations in ${anniversary.year}.`);
  for (const r of of("recognition")) key.push(S.recognitionSentence(r));
  const both = of("membership").filter((m) => m.members.includes(pair[0]) && m.members.includes(pair[1])).map((m) => orgPhrase(m.org));
  if (both.length) key.push(`Both are members of ${S.listPhrase([...new Set(both)])}.`);
  for (const code of pair) {
    const only = of("membership").filter((m) => m.members.length === 1 && m.members[0] === code).map((m) => orgPhrase(m.org));
    if (only.length) key.push(`${countryName(code)} alone: ${S.listPhrase([...new Set(only)])}.`);
  }
  for (const [from, to] of [pair, [pair[1], pair[0]]] as const) {
    const missions = of("mission").filter((m) => m.of === from && m.in === to && m.event !== "closed");
    const accredited = of("accreditation").filter((x) => x.of === from && x.to === to);
    const parts = [
      ...missions.map((m) => `${S.missionNoun(m.type).replace(/^an? /, "")}${m.city ? ` in ${m.city}` : ""}`),
      ...accredited.map((x) => `accredited from ${x.via.city ?? (x.via.in ? countryName(x.via.in) : "abroad")}`),
    ];
    key.push(`${countryName(from)} in ${countryName(to)}: ${parts.length ? parts.join("; ") : "no mission recorded"}`.replace(/\.?$/, "."));
  }
  const trade = [...of("trade")].sort((x, y) => y.year - x.year)[0];
  if (trade) key.push(S.tradeSentence(trade));
  const visits = of("visit");
  const count = (from: string, to: string) => visits.filter((v) => v.from === from && v.to === to).length;
  key.push(`Visits recorded: ${count(pair[0], pair[1])} from ${a} to ${b}, ${count(pair[1], pair[0])} from ${b} to ${a}; agreements: ${of("agreement").length}.`);

  const recent = facts
    .filter((x) => x.fact.kind !== "trade" && dateOf(x.fact) && factSentence(x.fact, pair) && dateBounds(dateOf(x.fact)!)![0] <= dateBounds(today)![1])
    .sort((x, y) => dateSortKey(dateOf(y.fact)).localeCompare(dateSortKey(dateOf(x.fact))))
    .slice(0, limit)
    .map((x) => factSentence(x.fact, pair)!);

  const next = nextAnniversaries(record, today, limit).map(
    (n) => `${formatDate(n.date)}: ${n.years} ${n.years === 1 ? "year" : "years"} — ${n.what}${n.years % 5 === 0 ? " (a round anniversary)" : ""}`,
  );

  const findings = (options.findings ?? []).map(
    (f) => `${f.severity}: ${f.message} [${f.rule}]${f.location ? ` (${f.location.file}:${f.location.line}:${f.location.column})` : ""}`,
  );

  const title = `${pairTitle(pair)}: brief for ${formatDate(today)}`;
  const section = (heading: string, lines: string[], none: string) =>
    [md ? `## ${heading}` : heading, md ? "" : "-".repeat(heading.length), ...(lines.length ? lines : [none]).map((l) => `- ${l}`), ""];
  return [
    md ? `# ${title}` : title,
    md ? "" : "=".repeat(title.length),
    ...(md ? [] : [""]),
    ...section("Key facts", key, "nothing recorded"),
    ...section("Last events", recent, "no dated events recorded"),
    ...section("Next anniversaries", next, "none to mark"),
    ...section("Check", findings, options.findings ? "no problems found" : "not run"),
  ]
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/\n+$/, "\n");
}
