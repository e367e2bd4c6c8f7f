// trade: a value with its currency, year and flow. "bilateral trade … amounted to US$4.2 billion", "…; by 2023
// it had recovered to US$800 million" (total), "Polish exports to Ukraine totalled €5.8 billion", "its imports
// from the island US$1.0 billion", "… and imports from Britain to €22.9 billion", "…, against imports of R14
// billion" (one direction), "Brazil exported US$16.7 billion worth of goods to Argentina and imported US$11.8
// billion from it". Currencies by sign ("KSh", "Nu", "R"), code ("XOF") or word ("CFA francs").
import { inPair, nearestDate, otherOf, type Draft, type Extractor, type SentenceContext } from "../context.js";
import type { DateMention } from "../dates.js";
import type { CountryMention } from "../mentions.js";
import { resolveCountryMention as resolveCountry } from "../../vocab/countries.js";

// ---- patterns without group names ----
// A match of a pattern with many named groups costs an object with all the names, each time. The main
// patterns are written with names but compiled without them; `named` puts a light view of the captures,
// read by name, in the match's `groups` (measured faster where a match is read for a few of its groups).

export interface Unnamed {
  pattern: RegExp;
  /** gives `m.groups` its names; returns the match */
  named(m: RegExpExecArray): RegExpExecArray;
}
export function unnamed(source: string, flags: string): Unnamed {
  const names: string[] = [];
  let n = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") for (i++; i < source.length && source[i] !== "]"; i++) source[i] === "\\" && i++;
    else if (c === "(") {
      if (source[i + 1] !== "?") n++;
      else {
        const name = /^\?<([A-Za-z]\w*)>/.exec(source.slice(i + 1, i + 40));
        if (name) names[++n] = name[1]!;
      }
    }
  }
  class View {
    constructor(readonly m: RegExpExecArray) {}
  }
  names.forEach((name, k) => Object.defineProperty(View.prototype, name, { get(this: View) { return this.m[k]; } }));
  return {
    pattern: new RegExp(source.replace(/\(\?<[A-Za-z]\w*>/g, "("), flags),
    named(m) {
      (m as { groups?: unknown }).groups = new View(m);
      return m;
    },
  };
}

// ---- amounts ----

// symbols and codes written before the number, longest first
const PREFIX: Record<string, string> = {
  "US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "CAN$": "CAD", "NZ$": "NZD", "R$": "BRL", "HK$": "HKD", "S$": "SGD",
  "NT$": "TWD", "Mex$": "MXN", "CN¥": "CNY", "GH₵": "GHS", "E£": "EGP", $: "USD", "€": "EUR", "£": "GBP", "₹": "INR", "¥": "JPY", "₦": "NGN",
  "₩": "KRW", "₺": "TRY", "₽": "RUB", "₱": "PHP", "₫": "VND", "₪": "ILS", "₴": "UAH", "₸": "KZT", "₵": "GHS", "Rs.": "INR", Rs: "INR", RMB: "CNY",
  "₾": "GEL", "₼": "AZN", "₭": "LAK", "₮": "MNT", KSh: "KES", Ksh: "KES", TSh: "TZS", USh: "UGX", "Nu.": "BTN", Nu: "BTN", JD: "JOD", KD: "KWD",
  BD: "BHD", QR: "QAR", SR: "SAR", RM: "MYR", Rp: "IDR", Tk: "BDT", R: "ZAR", CFA: "XOF", FCFA: "XOF",
};
// a sign that only stands for money before a unit: "R60 billion", not "R5"
const BARE_SIGN = new Set(["R", "Nu", "JD", "KD", "BD", "QR", "SR", "RM", "Rp", "Tk"]);
// the rupee of the pair for "Rs"; the CFA franc of West or of Central Africa
const RUPEES: Record<string, string> = { IND: "INR", PAK: "PKR", LKA: "LKR", NPL: "NPR", MUS: "MUR", SYC: "SCR" };
const CENTRAL_CFA = new Set(["CMR", "CAF", "TCD", "COG", "GNQ", "GAB"]);
const WEST_CFA = new Set(["BEN", "BFA", "CIV", "GNB", "MLI", "NER", "SEN", "TGO"]);
const cfaOf = (pair: [string, string]) => (CENTRAL_CFA.has(pair[0]) || (CENTRAL_CFA.has(pair[1]) && !WEST_CFA.has(pair[0])) ? "XAF" : "XOF");
// ISO codes, written before or after the number ("DKK 12.4 billion", "5 billion SEK")
const CODES = ("USD EUR GBP JPY CNY CHF INR AUD CAD NZD BRL HKD SGD TWD MXN DKK SEK NOK ISK PLN CZK HUF RON BGN RSD HRK TRY RUB UAH KZT UZS KGS AZN GEL AMD BYN NGN GHS KES ZAR EGP MAD DZD TND ETB SAR AED QAR KWD OMR BHD ILS IRR IQD PKR BDT LKR NPR IDR MYR THB VND PHP KRW ARS CLP COP PEN UYU " +
  "XOF XAF XCD BTN MVR AFN JOD LBP SYP YER LYD SDG SSP TZS UGX RWF BIF SOS DJF ERN MZN ZMW MWK BWP NAD LSL SZL ZWL AOA CDF GMD GNF SLE LRD CVE MRU MGA MUR SCR " +
  "FJD PGK WST MNT KPW KHR LAK MMK BND MDL MKD BAM TJS TMT GYD SRD BOB PYG VES DOP HTG JMD TTD BBD BZD GTQ HNL NIO CRC PAB").split(" ");
const CODE_SET = new Set(CODES);
// currency words written after the number; a state's adjective before them picks the state's own
// ("Canadian dollars"), else the first listed, or the pair's own when one of the pair uses it
const WORDS: Record<string, Record<string, string>> = {
  dollars: { USA: "USD", CAN: "CAD", AUS: "AUD", NZL: "NZD", HKG: "HKD", SGP: "SGD", TWN: "TWD" },
  euros: { "": "EUR" }, pounds: { GBR: "GBP", EGY: "EGP", LBN: "LBP", SYR: "SYP", SDN: "SDG" }, sterling: { "": "GBP" },
  yen: { "": "JPY" }, yuan: { "": "CNY" }, renminbi: { "": "CNY" }, rupees: { IND: "INR", PAK: "PKR", LKA: "LKR", NPL: "NPR", MUS: "MUR" },
  roubles: { "": "RUB" }, rubles: { "": "RUB" }, francs: { CHE: "CHF" }, dirhams: { ARE: "AED", MAR: "MAD" }, riyals: { SAU: "SAR", QAT: "QAR", OMN: "OMR" },
  rand: { "": "ZAR" }, naira: { "": "NGN" }, cedis: { "": "GHS" }, won: { KOR: "KRW", PRK: "KPW" }, lira: { TUR: "TRY" }, liras: { TUR: "TRY" },
  zloty: { "": "PLN" }, zlotys: { "": "PLN" }, "złoty": { "": "PLN" }, "złotys": { "": "PLN" }, forints: { "": "HUF" },
  kroner: { DNK: "DKK", NOR: "NOK" }, krone: { DNK: "DKK", NOR: "NOK" }, kronor: { SWE: "SEK" }, "krónur": { ISL: "ISK" }, korunas: { CZE: "CZK" },
  pesos: { MEX: "MXN", ARG: "ARS", CHL: "CLP", COL: "COP", PHL: "PHP", URY: "UYU", DOM: "DOP", CUB: "CUP" }, reais: { "": "BRL" },
  ringgit: { "": "MYR" }, baht: { "": "THB" }, rupiah: { "": "IDR" }, dong: { "": "VND" }, tenge: { "": "KZT" }, hryvnias: { "": "UAH" },
  dinars: { DZA: "DZD", TUN: "TND", SRB: "RSD", JOR: "JOD", KWT: "KWD", IRQ: "IQD", BHR: "BHD", LBY: "LYD" },
  shillings: { KEN: "KES", TZA: "TZS", UGA: "UGX", SOM: "SOS" }, leva: { "": "BGN" }, lei: { ROU: "RON", MDA: "MDL" },
  birr: { "": "ETB" }, kwacha: { ZMB: "ZMW", MWI: "MWK" }, ngultrum: { "": "BTN" }, dalasi: { "": "GMD" }, taka: { "": "BDT" }, kip: { "": "LAK" },
  riel: { "": "KHR" }, kyat: { "": "MMK" }, lari: { "": "GEL" }, drams: { "": "AMD" }, manat: { AZE: "AZN", TKM: "TMT" }, som: { KGZ: "KGS", UZB: "UZS" },
  somoni: { "": "TJS" }, tugriks: { "": "MNT" }, afghanis: { "": "AFN" }, rials: { IRN: "IRR", YEM: "YER", OMN: "OMR" }, shekels: { "": "ILS" },
  kuna: { "": "HRK" }, denars: { "": "MKD" }, soles: { "": "PEN" }, quetzales: { "": "GTQ" }, bolivianos: { "": "BOB" }, FCFA: { "": "XOF" },
};
const UNITS: Record<string, number> = { trillion: 1e12, tn: 1e12, billion: 1e9, bn: 1e9, bln: 1e9, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, thousand: 1e3, crore: 1e7, lakh: 1e5 };

// letters of the Latin, Greek and Cyrillic scripts, spelled out: without the u flag that \p{L} needs, the
// patterns run about twice as fast
export const LETTER = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF`;
export const UPPER = String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u0391-\u03A9\u0410-\u042F`;
const escape = (s: string) => s.replace(/[$.]/g, "\\$&");
// the signs of one character as one class, after the longer ones ("US$" before "$")
const PREFIXES = [
  ...Object.keys(PREFIX).filter((k) => k.length > 1).sort((a, b) => b.length - a.length).map(escape),
  `[${Object.keys(PREFIX).filter((k) => k.length === 1).map(escape).join("")}]`,
].join("|");
const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;
const UNIT = String.raw`trillion|billion|million|thousand|crore|lakh|tn|bn|bln|mn|mln|m`;
/** An amount; group names carry `tag`, so that one pattern can hold several. The lookaheads first: most
 * places the pattern is tried at hold no amount, and a digit decides it before the long lists do. A code is
 * any three capitals here and is checked against CODES when read (a long list in the pattern costs time). */
export const money = (tag: string) =>
  String.raw`(?:(?=[^\s\d]{1,4}\s?\d)(?<![${LETTER}0-9])(?<cur${tag}>${PREFIXES}|[A-Z]{3}(?=\s?\d))\s?(?<num${tag}>${NUM})(?:\s*(?<unit${tag}>${UNIT})\b)?` +
  String.raw`|(?=\d)(?<![${LETTER}0-9.,])(?<numb${tag}>${NUM})(?:\s*(?<unitb${tag}>${UNIT}))?\s+(?:(?<qual${tag}>US|U\.S\.|[${UPPER}][${LETTER}]+(?:\s+[${UPPER}][${LETTER}]+)?)\s+)?(?<word${tag}>${Object.keys(WORDS).join("|")}|[A-Z]{3})(?![${LETTER}]))`;
/** "about", "roughly", "an estimated" … before an amount */
export const APPROX = String.raw`(?:(?:about|around|approximately|roughly|nearly|almost|some|over|under|more\s+than|less\s+than|just\s+(?:over|under)|close\s+to|an\s+estimated|a\s+record|a\s+total\s+of)\s+){0,2}`;

/** "rose", "fell" … : a change of a figure */
const CHANGE = String.raw`(?:rose|grew|increased|climbed|jumped|expanded|went\s+up|fell|dropped|declined|decreased|went\s+down|shrank)`;

/** The group names of the amount under one tag, built once. */
interface MoneyKeys { num: string; numb: string; unit: string; unitb: string; cur: string; word: string; qual: string }
const MONEY_KEYS = new Map<string, MoneyKeys>();
function keysOf(tag: string): MoneyKeys {
  let k = MONEY_KEYS.get(tag);
  if (!k) MONEY_KEYS.set(tag, (k = { num: `num${tag}`, numb: `numb${tag}`, unit: `unit${tag}`, unitb: `unitb${tag}`, cur: `cur${tag}`, word: `word${tag}`, qual: `qual${tag}` }));
  return k;
}

/** The value and currency of the amount a match holds under `tag`. */
export function readMoney(ctx: SentenceContext, g: Record<string, string | undefined>, tag: string): { value: number; currency: string } | undefined {
  const k = keysOf(tag);
  const num = g[k.num] ?? g[k.numb];
  if (!num) return undefined;
  const unit = g[k.unit] ?? g[k.unitb];
  const value = Math.round(Number(num.includes(",") ? num.replace(/,/g, "") : num) * (unit ? UNITS[unit.toLowerCase()] ?? 1 : 1));
  if (!Number.isFinite(value)) return undefined;
  const cur = g[k.cur];
  if (cur) {
    if (!unit && BARE_SIGN.has(cur)) return undefined;
    if (!(cur in PREFIX) && !CODE_SET.has(cur)) return undefined;
    const code = PREFIX[cur] ?? cur;
    if (cur.startsWith("Rs")) return { value, currency: RUPEES[ctx.pair[0]] ?? RUPEES[ctx.pair[1]] ?? code };
    return { value, currency: cur.endsWith("CFA") ? cfaOf(ctx.pair) : code };
  }
  const word = g[k.word]!;
  const table = WORDS[word.toLowerCase()] ?? WORDS[word];
  if (!table) return CODE_SET.has(word) ? { value, currency: word } : undefined;
  const qual = g[k.qual];
  if (qual === "CFA" || word === "FCFA") return { value, currency: cfaOf(ctx.pair) }; // "46 billion CFA francs"
  const state = qual ? resolveCountry(qual) : undefined;
  if (qual && !state) return undefined; // "5 billion Hong Kong-style dollars": not a currency we know
  const own = (state && table[state]) ?? table[ctx.pair[0]] ?? table[ctx.pair[1]] ?? table[""] ?? Object.values(table)[0];
  return own ? { value, currency: own } : undefined;
}

/** The year a figure is for: a date right after it ("… US$5 billion in 2022"), else the nearest one to the
 * clause, else "in the same year" read from the paragraph. */
function yearOf(ctx: SentenceContext, start: number, end: number): number | undefined {
  const date = dateAfter(ctx, end) ?? nearestDate(ctx, start);
  if (date) return Number(date.value.slice(0, 4));
  if (/\b(?:the\s+same|that)\s+(?:year|period)\b/.test(ctx.text) && ctx.paragraphDate) return Number(ctx.paragraphDate.slice(0, 4));
  return undefined;
}

const DATE_LEAD = /^[\s,]*(?:in|during|for)\s+(?:the\s+)?(?:(?:financial|fiscal|calendar)\s+year\s+)?$/;
/** The date that follows an amount ending at `end`: "… US$5 billion in 2022". */
function dateAfter(ctx: SentenceContext, end: number): DateMention | undefined {
  for (const d of ctx.dates) if (d.start >= end && d.start - end < 40 && DATE_LEAD.test(ctx.text.slice(end, d.start))) return d;
  return undefined;
}


// "… rose from US$3 billion in 2019 to US$5 billion in 2022": the second amount
const CHANGE_TO = new RegExp(String.raw`^\s*(?:,\s*)?(?:(?:in|during)\s+\d{4}\s*,?\s*)?to\s+${APPROX}(?:${money("t")})`);
const CHANGE_FROM = new RegExp(String.raw`\b${CHANGE}\s+from\s+${APPROX}$`);

type Figure = { value: number; currency: string; year: number };

/** Figures of a flow: one amount, or both ends of a change, each with its own year. */
function figures(ctx: SentenceContext, m: RegExpExecArray, tag: string, moneyAt: number): Figure[] {
  const end = m.index + m[0].length;
  const amount = readMoney(ctx, m.groups!, tag);
  if (!amount) return [];
  const from = ctx.text.indexOf("from", m.index);
  if (from < 0 || from + 4 > moneyAt || !CHANGE_FROM.test(ctx.text.slice(m.index, moneyAt))) {
    const year = yearOf(ctx, m.index, end);
    return year ? [{ value: amount.value, currency: amount.currency, year }] : [];
  }
  // a change: the first amount needs its own date; the second takes the one after it, else the clause's
  const out: Figure[] = [];
  const first = dateAfter(ctx, end);
  if (first) out.push({ value: amount.value, currency: amount.currency, year: Number(first.value.slice(0, 4)) });
  const to = CHANGE_TO.exec(ctx.text.slice(end));
  const second = to && readMoney(ctx, to.groups!, "t");
  if (to && second) {
    const date = dateAfter(ctx, end + to[0].length) ?? (first ? undefined : nearestDate(ctx, m.index));
    if (date) out.push({ value: second.value, currency: second.currency, year: Number(date.value.slice(0, 4)) });
  }
  return out;
}

// ---- the states of a flow ----

/** A state as the partner of a flow: a name, or a reference to the other of the pair ("it", "the island"). */
export const STATE = String.raw`(?:the\s+)?[${UPPER}][${LETTER}]*(?:[\s-][${UPPER}][${LETTER}]*)*`;
export const PARTNER = String.raw`(?:it|them|the\s+(?:island|islands|kingdom|country|republic|archipelago|emirate|federation)(?:\s+(?:nation|state))?\b|${STATE})`;

/** The state a partner phrase names; a reference is the other of the pair from `subject`. */
export function partnerOf(ctx: SentenceContext, phrase: string, subject: string | undefined): string | undefined {
  const c = phrase.charCodeAt(0);
  if ((c === 105 || c === 116) && /^(?:it|them|the\s+[\p{Ll}])/u.test(phrase)) return subject ? otherOf(ctx, subject) : undefined;
  return resolveCountry(c === 116 && phrase.startsWith("the") ? phrase.replace(/^the\s+/, "") : phrase);
}

// words that may stand between a state and its flow: "Canadian goods exports", "Argentina also sells"
const FILLER = /^(?:['’]s?)?(?:,?\s+(?:goods|merchandise|total|annual|overall|non-oil|non-energy|also|mainly|mostly|largely|chiefly|primarily|principally|in\s+turn|itself|meanwhile|in\s+return|instead|still|now|currently|already)\b,?)*\s*$/;

/** The state named right before `pos` (past filler words), as the subject of a flow. */
export function stateRightBefore(ctx: SentenceContext, pos: number): CountryMention | undefined {
  let last: CountryMention | undefined;
  for (const c of ctx.countries) {
    if (c.end > pos) break;
    last = c;
  }
  if (!last || last.form === "combining" || pos - last.end > 40) return undefined;
  // most often one space: no need of the pattern
  if (!(pos - last.end === 1 && ctx.text.charCodeAt(last.end) === 32) && !FILLER.test(ctx.text.slice(last.end, pos))) return undefined;
  return last;
}

/** "its exports", "their imports": the state that owns them, the last one of the pair named as an owner
 * ("India's", "Polish") before, else the first one of the pair in the sentence. */
export function ownerBefore(ctx: SentenceContext, pos: number): string | undefined {
  if (!/\b(?:its|their)\s+(?:(?:goods|merchandise|total|annual|overall|main|leading|principal|major|chief)\s+)*$/i.test(ctx.text.slice(Math.max(0, pos - 40), pos))) return undefined;
  let first: CountryMention | undefined;
  let owner: CountryMention | undefined;
  for (const c of ctx.countries) {
    if (c.end > pos || c.form === "combining" || !inPair(ctx, c.code)) continue;
    first ??= c;
    if (c.form === "possessive" || c.form === "adjective") owner = c;
  }
  return (owner ?? first)?.code ?? ctx.previousSubject;
}

// ---- patterns ----

// "amounted to", "were valued at", "accounted for", "rose by 4% to" …
const VERB = String.raw`(?:${CHANGE}\s+from|amounted\s+to|amounting\s+to|accounted\s+for|stood\s+at|came\s+to|reached|reaching|totall?ed|totall?ing|worth|valued\s+at|estimated\s+at|exceeded|hit|${CHANGE}\s+(?:by\s+[\d.]+\s*(?:%|per\s*cent|percent)\s+)?to|was|were|is|are|of|at)`;
// "in 2022", "in the financial year 2022–23", "in the same year" between the flow and its verb
const WHEN = String.raw`(?:\s*,?\s*(?:in|during)\s+(?:the\s+)?(?:(?:same|that)\s+year|(?:(?:financial|fiscal|calendar)\s+year\s+)?\d{4}(?:[–/-]\d{2,4})?)\s*,?)?`;
// What leads to an amount (all leads share the one amount at the end of the pattern: one scan of the sentence,
// one copy of the long amount pattern). An amount has a digit: "(?=\D*\d)" stops early where none follows. "bilateral trade … amounted to US$4.2 billion":
const TOTAL = String.raw`(?<lead>\b(?:(?:[Tt]wo-way|[Bb]ilateral|[Tt]otal|[Mm]utual)\s+)?[Tt]rade(?:\s+(?:turnover|volume|exchange))?\b(?=\D*\d)(?<between>[^.;]{0,80}?)\b${VERB}\s+${APPROX})`;
// "Polish exports to Ukraine totalled €5.8 billion"
// an apposition may list goods ("…, chiefly cement, fuel and fish, were worth …"); a second flow may leave its
// verb out ("… came to €17.6 billion and imports from Britain to €22.9 billion")
const DIRECTED = String.raw`(?<leadd>\b(?<dir>[Ee]xports|[Ii]mports)\s+(?=\D*\d)(?:of\s+goods(?:\s+and\s+services)?\s+)?(?:from\s+(?<src>${STATE})\s+)?(?<prep>to|from)\s+(?<partner>${PARTNER})${WHEN}(?:\s*,(?<appos>[^;]{1,80}?),)?\s*(?:(?<ellipsis>to)\s+|(?:${VERB}\s+){0,3})${APPROX})`;
// the other direction after a flow: "…, against imports of roughly R14 billion", "while imports reached …"
const REVERSE = String.raw`(?<leadb>\b(?=[Ee]xports|[Ii]mports)(?<=(?:,|\band|\bwhile|\bwhereas|\bbut|\bagainst|\bwith)\s+(?:its\s+|their\s+)?)(?<bare>[Ee]xports|[Ii]mports)\s+(?:${VERB}\s+){1,3}${APPROX})`;
// the total again after a total: "…; by 2023 it had recovered to US$800 million"
const AGAIN = String.raw`(?<leadi>\bit\s+(?:had\s+|has\s+)?(?:(?:${CHANGE}|risen|grown|fallen|shrunk|recovered|rebounded)\s+(?:by\s+[\d.]+\s*(?:%|per\s*cent|percent)\s+)?to|reached|totall?ed|stood\s+at|amounted\s+to|came\s+to)\s+${APPROX})`;
// what a total "trade …" phrase must not be about: a balance, a goal, an agreement, one direction
const NOT_TOTAL = /\b(?:surplus|deficit|balance|target|goal|aim|potential|agreements?|deals?|pacts?|contracts?|zone|area|fair|office|mission|route|war|dispute|partners?|minister|ministry|exports?|imports?|investments?|credits?|loans?|funds?|bank|facility|grants?|aid|package|programm?e?|project|cent(?:re|er)|council|commission|union|bloc|organi[sz]ation|sanctions|embargo|tariffs?|duties|quotas?)\b/i;

const PROSE = unnamed(`(?:${TOTAL}|${DIRECTED}|${REVERSE}|${AGAIN})(?:${money("")})`, "g");
export const trade: Extractor = {
  id: "trade/prose",
  pattern: PROSE.pattern,
  keywords: ["trade", "exports", "imports"],
  extract(ctx, m) {
    const g = PROSE.named(m).groups!;
    if (g.dir) return directional(ctx, m);
    if (g.bare) return reverse(ctx, m);
    if (g.leadi !== undefined) return lastFlow.get(ctx)?.total ? totals(ctx, m, m.index + g.leadi.length) : null;
    const between = g.between ?? "";
    if (between.length > 2 && NOT_TOTAL.test(between)) return null;
    // "65% of Nepal's trade, worth …": a share of one state's trade with the world
    const lo = Math.max(0, m.index - 40);
    if (ctx.text.lastIndexOf("of", m.index - 2) >= lo && /(?:%|per\s*cent|percent|share|part)\s+of\s+(?:\S+\s+){0,3}$/.test(ctx.text.slice(lo, m.index))) return null;
    // total trade must be the pair's: "between both nations", "between them", or no other state; where the
    // sentence names the two, only a state in the figure's own clause counts ("Austria is Hungary's partner
    // after Germany; trade between them …")
    const end = m.index + m[0].length;
    let from = 0;
    if (namesBoth(ctx)) from = Math.max(ctx.text.lastIndexOf(";", m.index), ctx.text.lastIndexOf(",", m.index)) + 1;
    let other = false;
    for (const c of ctx.countries) if (!inPair(ctx, c.code) && c.start >= from && (from === 0 || c.end <= end)) other = true;
    if (other && !/\bboth\b|\btwo\b|\bthem\b/i.test(between)) return null;
    return totals(ctx, m, m.index + g.lead!.length);
  },
};

function totals(ctx: SentenceContext, m: RegExpExecArray, moneyAt: number): Draft[] {
  const out: Draft[] = [];
  for (const f of figures(ctx, m, "", moneyAt)) out.push({ kind: "trade", value: f.value, currency: f.currency, year: f.year, flow: "total" });
  if (out.length) {
    const flow = lastFlow.get(ctx);
    if (flow) flow.total = true;
    else lastFlow.set(ctx, { total: true });
  }
  return out;
}

/** Whether the sentence names both states of the pair. */
function namesBoth(ctx: SentenceContext): boolean {
  let a = false;
  let b = false;
  for (const c of ctx.countries) {
    if (c.form === "combining") continue;
    if (c.code === ctx.pair[0]) a = true;
    else if (c.code === ctx.pair[1]) b = true;
  }
  return a && b;
}


// the sentence's previous flow, for "… while imports from Peru were …", "… against imports of …"
const lastFlow = new WeakMap<SentenceContext, { subject?: string; partner?: string; total?: boolean }>();
const followingFlow = (ctx: SentenceContext, pos: number) =>
  /(?:,|\band|\bwhile|\bwhereas|\bbut)\s+$/.test(ctx.text.slice(Math.max(0, pos - 10), pos)) ? lastFlow.get(ctx)?.subject : undefined;

/** "Polish exports to Ukraine totalled …", "exports from Poland to Ukraine …", "its imports from the island …" */
function directional(ctx: SentenceContext, m: RegExpExecArray): Draft[] | null {
  const g = m.groups!;
  const exports = g.dir!.toLowerCase() === "exports";
  if (g.src && (!exports || g.prep !== "to")) return null;
  if (exports !== (g.prep === "to")) return null; // "exports from Peru" without a source, "imports to"
  const subject = g.src ? resolveCountry(g.src.replace(/^the\s+/, "")) : (stateRightBefore(ctx, m.index)?.code ?? ownerBefore(ctx, m.index) ?? followingFlow(ctx, m.index));
  if (!subject || !inPair(ctx, subject)) return null;
  const partner = partnerOf(ctx, g.partner!, subject);
  if (!partner || partner === subject || !inPair(ctx, partner)) return null;
  // "to" for the verb only after a first flow; an apposition of goods, not of other states
  if (g.ellipsis && !followingFlow(ctx, m.index)) return null;
  if (g.appos && otherStateIn(ctx, m.index + m[0].indexOf(g.appos), g.appos.length)) return null;
  lastFlow.set(ctx, { subject, partner, total: false });
  const from = exports ? subject : partner;
  const to = exports ? partner : subject;
  const flow = exports ? "export" : "import";
  const out: Draft[] = [];
  for (const f of figures(ctx, m, "", m.index + g.leadd!.length)) out.push({ kind: "trade", value: f.value, currency: f.currency, year: f.year, flow, from, to });
  return out;
}

function otherStateIn(ctx: SentenceContext, at: number, length: number): boolean {
  for (const c of ctx.countries) if (c.start >= at && c.end <= at + length && !inPair(ctx, c.code)) return true;
  return false;
}

/** "South African exports to Zimbabwe were worth R60 billion, against imports of R14 billion" */
function reverse(ctx: SentenceContext, m: RegExpExecArray): Draft[] | null {
  const flow = lastFlow.get(ctx);
  if (!flow?.subject || !flow.partner || flow.total || !/(?:,|\band|\bwhile|\bwhereas|\bbut|\bagainst|\bwith)\s+(?:its\s+|their\s+)?$/.test(ctx.text.slice(Math.max(0, m.index - 16), m.index))) return null;
  const exports = m.groups!.bare!.toLowerCase() === "exports";
  const from = exports ? flow.subject : flow.partner;
  const to = exports ? flow.partner : flow.subject;
  const out: Draft[] = [];
  for (const f of figures(ctx, m, "", m.index + m.groups!.leadb!.length)) out.push({ kind: "trade", value: f.value, currency: f.currency, year: f.year, flow: exports ? "export" : "import", from, to });
  return out;
}

// "Chile exported US$1.5 billion worth of goods to Peru", "… and imported US$0.8 billion from it"
const EXPORTED = unnamed(
  String.raw`\b(?<dir>exported|imported|exports|imports)\s+(?:goods(?:\s+and\s+services)?\s+(?:worth|valued\s+at)\s+)?${APPROX}(?:${money("v")})(?:\s+worth)?(?:\s+(?:of|in)\s+(?:goods|products|merchandise)(?:\s+and\s+services)?)?\s+(?<prep>to|from)\s+(?<partner>${PARTNER})`,
  "g",
);
// the subject of the sentence's previous flow, for "… and imported US$0.8 billion from it"
const lastSubject = new WeakMap<SentenceContext, string>();

export const tradeExported: Extractor = {
  id: "trade/exported",
  pattern: EXPORTED.pattern,
  keywords: ["exported", "imported", "exports", "imports"],
  extract(ctx, m) {
    const g = EXPORTED.named(m).groups!;
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    const subject = stateRightBefore(ctx, m.index)?.code ?? (/(?:,|\band|\bwhile|\bbut)\s+(?:it\s+|they\s+)?$/.test(before) ? lastSubject.get(ctx) : undefined);
    if (!subject || !inPair(ctx, subject)) return null;
    lastSubject.set(ctx, subject);
    const exported = g.dir!.startsWith("export");
    if (exported !== (g.prep === "to")) return null;
    const partner = partnerOf(ctx, g.partner!, subject);
    if (!partner || partner === subject || !inPair(ctx, partner)) return null;
    const amount = readMoney(ctx, g, "v");
    const year = yearOf(ctx, m.index, m.index + m[0].length);
    if (!amount || !year) return null;
    return { kind: "trade", value: amount.value, currency: amount.currency, year, flow: exported ? "export" : "import", from: exported ? subject : partner, to: exported ? partner : subject };
  },
};
