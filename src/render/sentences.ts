// One plain English sentence per fact, in the regular forms the articles themselves use
// ("Mexico recognized Slovenia on 22 May 1992."), so that extraction can read the text back.
// Every function is pure: a fact (and the pair) in, a string out.
import type { FactOf, Person, MissionType } from "../model/record.js";
import { countryAdjective, countryName } from "../vocab/countries.js";
import { rankOf, rankWords } from "../check/ranks.js";
import { datePhrase, openingDatePhrase } from "./dates.js";
import { orgPhrase } from "./org-names.js";

export type Pair = readonly [string, string];

/** "a, b and c" */
export function listPhrase(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = (s: string) => capitalize(s.trim()).replace(/[.\s]*$/, ".");

/** A state as prose names it; the bloc EU reads "the European Union". */
export function stateName(code: string): string {
  return code === "EU" ? orgPhrase("EU") : countryName(code);
}

const isPair = (codes: readonly string[], pair: Pair) =>
  codes.length === 2 && codes.includes(pair[0]) && codes.includes(pair[1]);

/** Prefix a clause with its date: "In May 1992, …"; undated clauses stand alone. */
function dated(date: string | undefined, clause: string): string {
  return sentence(date ? `${openingDatePhrase(date)}, ${clause}` : clause);
}

/** "Slovene Prime Minister Janez Drnovšek"; the adjective is left out with `bare`. */
export function personPhrase(p: Person, options: { bare?: boolean } = {}): string {
  const parts = [options.bare || !p.of ? "" : countryAdjective(p.of), p.title ?? "", p.name];
  return parts.filter(Boolean).join(" ");
}

/** A name that takes "the" when it is a proper title, "a"/"an" when it is a description. */
function named(title: string): string {
  if (/^(?:the|a|an)\s/i.test(title)) return title;
  if (/^[A-Z]/.test(title)) return `the ${title}`;
  return `${/^[aeiou]/i.test(title) ? "an" : "a"} ${title}`;
}

export function relationsSentence(f: FactOf<"relations">, pair: Pair): string {
  if (f.event === "established")
    return sentence(`The nations of ${countryName(pair[0])} and ${countryName(pair[1])} established diplomatic relations${f.date ? ` ${datePhrase(f.date)}` : ""}`);
  switch (f.event) {
    case "severed": return dated(f.date, "both nations severed diplomatic relations");
    case "restored": return dated(f.date, "both nations re-established diplomatic relations");
    // the record does not say to what level; an upgrade of relations is to embassy level (annotation.md §4)
    case "upgraded": return dated(f.date, "both nations' diplomatic relations were upgraded to embassy level");
    case "downgraded": return dated(f.date, "both nations' diplomatic relations were downgraded");
  }
}

export function recognitionSentence(f: FactOf<"recognition">): string {
  return sentence(`${stateName(f.by)} recognized ${stateName(f.of)}${f.date ? ` ${datePhrase(f.date)}` : ""}`);
}

/** Memberships grouped by who belongs: "Both nations are members of the United Nations and NATO." */
export function membershipSentence(orgs: readonly string[], members: readonly string[], pair: Pair): string {
  const what = listPhrase(orgs.map(orgPhrase));
  if (isPair(members, pair)) return sentence(`Both nations are members of ${what}`);
  if (members.length === 1) return sentence(`${stateName(members[0]!)} is a member of ${what}`);
  return sentence(`${listPhrase(members.map(stateName))} are members of ${what}`);
}

const MISSION_NOUN: Record<MissionType, [string, string]> = {
  embassy: ["an embassy", "embassies"],
  "high-commission": ["a high commission", "high commissions"],
  "consulate-general": ["a consulate-general", "consulates-general"],
  consulate: ["a consulate", "consulates"],
  "honorary-consulate": ["an honorary consulate", "honorary consulates"],
  "trade-office": ["a trade office", "trade offices"],
  "interests-section": ["an interests section", "interests sections"],
  nunciature: ["a nunciature", "nunciatures"],
  other: ["a diplomatic mission", "diplomatic missions"],
};

export function missionNoun(type: MissionType, plural = false): string {
  return MISSION_NOUN[type][plural ? 1 : 0];
}
const missionNounBare = (type: MissionType) => missionNoun(type).replace(/^an? /, "");

/** Where a mission is: its city, else its host state. */
const missionPlace = (f: { city?: string; in: string }) => f.city ?? stateName(f.in);

/** A dated mission event: "In 1996, Mexico opened an honorary consulate in Ljubljana." */
export function missionEventSentence(f: FactOf<"mission">): string {
  const where = missionPlace(f);
  switch (f.event) {
    case "opened": return dated(f.date, `${stateName(f.of)} opened ${missionNoun(f.type)} in ${where}`);
    case "closed": return dated(f.date, `${stateName(f.of)} closed its ${missionNounBare(f.type)} in ${where}`);
    case "upgraded": return dated(f.date, `${stateName(f.of)} upgraded its mission in ${where} to ${missionNoun(f.type)}`);
    default: return dated(f.date, `${stateName(f.of)} had ${missionNoun(f.type)} in ${where}`);
  }
}

/** Missions of one state, one type: "Croatia has honorary consulates in Maribor and Koper." */
export function missionsSentence(of: string, type: MissionType, places: readonly string[]): string {
  const noun = missionNoun(type, places.length > 1);
  return sentence(`${stateName(of)} has ${noun} in ${listPhrase(places)}`);
}

export function accreditationSentence(f: FactOf<"accreditation">): string {
  const where = [f.via.city, f.via.in ? stateName(f.via.in) : undefined].filter(Boolean).join(", ");
  const from = where ? ` from its ${missionNounBare(f.via.type)} in ${where}` : "";
  return sentence(`${stateName(f.of)} is accredited to ${stateName(f.to)}${from}`);
}

/** A visit in prose: "In October 1998, Slovene Prime Minister Janez Drnovšek paid a visit to Mexico, the first …". */
export function visitSentence(f: FactOf<"visit">): string {
  const kind = f.qualifier === "state" || f.qualifier === "official" || f.qualifier === "working" ? f.qualifier : undefined;
  const visit = kind ? `${kind === "official" ? "an" : "a"} ${kind} visit` : "a visit";
  const where = f.place ? `${f.place}, ${stateName(f.to)}` : stateName(f.to);
  let clause = `${personPhrase(f.person)} paid ${visit} to ${where}`;
  if (f.qualifier === "first" || f.qualifier === "highest-level") {
    const adjective = f.person.of ? `${countryAdjective(f.person.of)} ` : "";
    const rank = rankOf(f.person);
    const who = f.qualifier === "first" && rank ? rankWords(rank) : "official";
    clause += `, the ${f.qualifier} visit by a ${adjective}${who} to ${stateName(f.to)}`;
  }
  return dated(f.date, clause);
}

/** A visit as a list item under "High-level visits from A to B": "Foreign Secretary Patricia Espinosa Cantellano (December 2007)". */
export function visitItem(f: FactOf<"visit">): string {
  const who = personPhrase(f.person, { bare: true });
  return f.date ? `${who} (${datePhrase(f.date).replace(/^(?:in|on) /, "")})` : who;
}

export function meetingSentence(f: FactOf<"meeting">): string {
  const [first, ...others] = f.people;
  let clause = `${personPhrase(first!)} met with ${listPhrase(others.map((p) => personPhrase(p)))}`;
  const where = [f.place, f.in ? stateName(f.in) : undefined].filter(Boolean).join(", ");
  if (where) clause += ` in ${where}`;
  if (f.occasion) clause += `, where ${f.people.length === 2 ? "both" : "the"} leaders were attending ${named(f.occasion)}`;
  return dated(f.date, clause);
}

/** "In 1996, both nations signed an Agreement on …"; "In 1997, Mexico signed a Free Trade Agreement with the European Union." */
export function agreementSentence(f: FactOf<"agreement">, pair: Pair): string {
  const inPair = f.parties.filter((p) => pair.includes(p));
  const others = f.parties.filter((p) => !pair.includes(p));
  let subject: string;
  let partners: string[];
  if (inPair.length === 2) {
    subject = "both nations";
    partners = others;
  } else if (inPair.length === 1) {
    subject = stateName(inPair[0]!);
    partners = others;
  } else {
    subject = f.parties.length ? listPhrase(f.parties.map(stateName)) : "both nations";
    partners = [];
  }
  const withWhom = partners.length ? ` with ${listPhrase(partners.map(stateName))}` : "";
  const verb = f.date ? "signed" : "have signed";
  return dated(f.date, `${subject} ${verb} ${named(f.title)}${withWhom}`);
}

/** 241800000 → "241.8 million"; 950000 → "950,000". */
export function amountWords(value: number): string {
  const scales: [number, string][] = [[1e12, "trillion"], [1e9, "billion"], [1e6, "million"]];
  for (const [scale, word] of scales)
    if (value >= scale) return `${Number((value / scale).toFixed(3)).toLocaleString("en-US", { maximumFractionDigits: 3 })} ${word}`;
  return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

const CURRENCY_PREFIX: Record<string, string> = { USD: "US$", EUR: "€", GBP: "£", JPY: "¥", CNY: "CN¥", INR: "₹" };

/** "US$241.8 million"; an unknown currency is written before the amount as its code: "CHF 12 million". */
export function moneyPhrase(value: number, currency: string): string {
  const prefix = CURRENCY_PREFIX[currency.toUpperCase()];
  return prefix ? `${prefix}${amountWords(value)}` : `${currency} ${amountWords(value)}`;
}

export function tradeSentence(f: FactOf<"trade">): string {
  const money = moneyPhrase(f.value, f.currency);
  const when = `In ${f.year}`;
  if (f.flow === "total" || !f.from || !f.to) {
    const what = f.flow === "total" ? "two-way trade between both nations" : `${f.flow}s between both nations`;
    return sentence(`${when}, ${what} amounted to ${money}`);
  }
  if (f.flow === "export") return sentence(`${when}, ${stateName(f.from)}'s exports to ${stateName(f.to)} amounted to ${money}`);
  return sentence(`${when}, ${stateName(f.to)}'s imports from ${stateName(f.from)} amounted to ${money}`);
}

export function goodsSentence(f: FactOf<"goods">): string {
  return sentence(`${stateName(f.from)}'s exports to ${stateName(f.to)} include: ${listPhrase(f.items)}`);
}

/** Companies of one state in another: "Slovene companies, such as Kolektor, operate in Mexico." */
export function companiesSentence(of: string | undefined, inState: string | undefined, names: readonly string[]): string {
  const who = of ? `${countryAdjective(of)} companies` : "Companies";
  if (inState) return sentence(`${who}, such as ${listPhrase(names)}, operate in ${stateName(inState)}`);
  return sentence(`${who} include ${listPhrase(names)}`);
}

export function cooperationSentence(f: FactOf<"cooperation">): string {
  const fields = f.fields?.length ? `, covering ${listPhrase(f.fields)}` : "";
  return dated(f.date, `both nations participated in ${named(f.name)}${fields}`);
}

// A summary is a paraphrase; after "stated that" its first word is lower-cased unless it names something.
const COMMON_OPENERS = /^(?:The|Relations|Both|It|There|A|An|This|These|Their|Its|Ties|Bilateral|Cooperation)\b/;

export function statementSentence(f: FactOf<"statement">): string {
  const summary = f.summary.trim().replace(/[.\s]*$/, "");
  const said = COMMON_OPENERS.test(summary) ? summary.charAt(0).toLowerCase() + summary.slice(1) : summary;
  return dated(f.date, `${personPhrase(f.person)} stated that ${said}`);
}

/** The anniversary, computed for the year given: "In 2026, both nations mark 34 years of diplomatic relations." */
export function anniversarySentence(years: number, year: number): string {
  return sentence(`In ${year}, both nations mark ${years} ${years === 1 ? "year" : "years"} of diplomatic relations`);
}
