// trade: a value with its currency, year and flow. "bilateral trade … amounted to US$4.2 billion" (total),
// "Polish exports to Ukraine totalled €5.8 billion", "its imports from the island US$1.0 billion" (one
// direction), "Brazil exported US$16.7 billion worth of goods to Argentina and imported US$11.8 billion from it".
import { inPair, nearestDate, otherOf, type Draft, type Extractor, type SentenceContext } from "../context.js";
import type { CountryMention } from "../mentions.js";
import { resolveCountryMention as resolveCountry } from "../../vocab/countries.js";

// ---- amounts ----

// symbols and codes written before the number, longest first
const PREFIX: Record<string, string> = {
  "US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "CAN$": "CAD", "NZ$": "NZD", "R$": "BRL", "HK$": "HKD", "S$": "SGD",
  "NT$": "TWD", "Mex$": "MXN", "CN¥": "CNY", "GH₵": "GHS", "E£": "EGP", $: "USD", "€": "EUR", "£": "GBP", "₹": "INR", "¥": "JPY", "₦": "NGN",
  "₩": "KRW", "₺": "TRY", "₽": "RUB", "₱": "PHP", "₫": "VND", "₪": "ILS", "₴": "UAH", "₸": "KZT", "₵": "GHS", "Rs.": "INR", Rs: "INR", RMB: "CNY",
};
// ISO codes, written before or after the number ("DKK 12.4 billion", "5 billion SEK")
const CODES = "USD EUR GBP JPY CNY CHF INR AUD CAD NZD BRL HKD SGD TWD MXN DKK SEK NOK ISK PLN CZK HUF RON BGN RSD HRK TRY RUB UAH KZT UZS KGS AZN GEL AMD BYN NGN GHS KES ZAR EGP MAD DZD TND ETB SAR AED QAR KWD OMR BHD ILS IRR IQD PKR BDT LKR NPR IDR MYR THB VND PHP KRW ARS CLP COP PEN UYU".split(" ");
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
};
const UNITS: Record<string, number> = { trillion: 1e12, tn: 1e12, billion: 1e9, bn: 1e9, bln: 1e9, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, thousand: 1e3, crore: 1e7, lakh: 1e5 };

const escape = (s: string) => s.replace(/[$.]/g, "\\$&");
const PREFIXES = Object.keys(PREFIX).sort((a, b) => b.length - a.length).map(escape).join("|");
const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;
const UNIT = String.raw`trillion|billion|million|thousand|crore|lakh|tn|bn|bln|mn|mln|m`;
/** An amount; group names carry `tag`, so that one pattern can hold several. */
export const money = (tag: string) =>
  String.raw`(?:(?<![\p{L}\p{N}])(?<cur${tag}>${PREFIXES}|(?:${CODES.join("|")})(?=\s?\d))\s?(?<num${tag}>${NUM})(?:\s*(?<unit${tag}>${UNIT})\b)?` +
  String.raw`|(?<![\p{L}\p{N}.,])(?<numb${tag}>${NUM})(?:\s*(?<unitb${tag}>${UNIT}))?\s+(?:(?<qual${tag}>US|U\.S\.|[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?)\s+)?(?<word${tag}>${Object.keys(WORDS).join("|")}|${CODES.join("|")})(?![\p{L}]))`;
/** "about", "roughly", "an estimated" … before an amount */
export const APPROX = String.raw`(?:(?:about|around|approximately|roughly|nearly|almost|some|over|under|more\s+than|less\s+than|just\s+(?:over|under)|close\s+to|an\s+estimated|a\s+record|a\s+total\s+of)\s+){0,2}`;

/** "rose", "fell" … : a change of a figure */
const CHANGE = String.raw`(?:rose|grew|increased|climbed|jumped|expanded|went\s+up|fell|dropped|declined|decreased|went\s+down|shrank)`;

/** The value and currency of the amount a match holds under `tag`. */
export function readMoney(ctx: SentenceContext, g: Record<string, string | undefined>, tag: string): { value: number; currency: string } | undefined {
  const num = g[`num${tag}`] ?? g[`numb${tag}`];
  if (!num) return undefined;
  const unit = g[`unit${tag}`] ?? g[`unitb${tag}`];
  const value = Math.round(Number(num.replace(/,/g, "")) * (unit ? UNITS[unit.toLowerCase()] ?? 1 : 1));
  if (!Number.isFinite(value)) return undefined;
  const cur = g[`cur${tag}`];
  if (cur) return { value, currency: PREFIX[cur] ?? cur };
  const word = g[`word${tag}`]!;
  const table = WORDS[word.toLowerCase()];
  if (!table) return { value, currency: word };
  const qual = g[`qual${tag}`];
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

/** The date that follows an amount ending at `end`: "… US$5 billion in 2022". */
function dateAfter(ctx: SentenceContext, end: number) {
  return ctx.dates.find((d) => d.start >= end && d.start - end < 40 && /^[\s,]*(?:in|during|for)\s+(?:the\s+)?(?:(?:financial|fiscal|calendar)\s+year\s+)?$/.test(ctx.text.slice(end, d.start)));
}

// "… rose from US$3 billion in 2019 to US$5 billion in 2022": the second amount
const CHANGE_TO = new RegExp(String.raw`^\s*(?:,\s*)?(?:(?:in|during)\s+\d{4}\s*,?\s*)?to\s+${APPROX}(?:${money("t")})`, "u");
const CHANGE_FROM = new RegExp(String.raw`\b${CHANGE}\s+from\s+${APPROX}$`);

/** Figures of a flow: one amount, or both ends of a change, each with its own year. */
function figures(ctx: SentenceContext, m: RegExpExecArray, tag: string, moneyAt: number): { value: number; currency: string; year: number }[] {
  const end = m.index + m[0].length;
  const amount = readMoney(ctx, m.groups!, tag);
  if (!amount) return [];
  if (!CHANGE_FROM.test(ctx.text.slice(m.index, moneyAt))) {
    const year = yearOf(ctx, m.index, end);
    return year ? [{ ...amount, year }] : [];
  }
  // a change: the first amount needs its own date; the second takes the one after it, else the clause's
  const out: { value: number; currency: string; year: number }[] = [];
  const first = dateAfter(ctx, end);
  if (first) out.push({ ...amount, year: Number(first.value.slice(0, 4)) });
  const to = CHANGE_TO.exec(ctx.text.slice(end));
  const second = to && readMoney(ctx, to.groups!, "t");
  if (to && second) {
    const date = dateAfter(ctx, end + to[0].length) ?? (first ? undefined : nearestDate(ctx, m.index));
    if (date) out.push({ ...second, year: Number(date.value.slice(0, 4)) });
  }
  return out;
}

// ---- the states of a flow ----

/** A state as the partner of a flow: a name, or a reference to the other of the pair ("it", "the island"). */
export const STATE = String.raw`(?:the\s+)?[\p{Lu}][\p{L}]*(?:[\s-][\p{Lu}][\p{L}]*)*`;
export const PARTNER = String.raw`(?:it|them|the\s+(?:island|islands|kingdom|country|republic|archipelago|emirate|federation)(?:\s+(?:nation|state))?\b|${STATE})`;

/** The state a partner phrase names; a reference is the other of the pair from `subject`. */
export function partnerOf(ctx: SentenceContext, phrase: string, subject: string | undefined): string | undefined {
  if (/^(?:it|them|the\s+[\p{Ll}])/u.test(phrase)) return subject ? otherOf(ctx, subject) : undefined;
  return resolveCountry(phrase.replace(/^the\s+/, ""));
}

// words that may stand between a state and its flow: "Canadian goods exports", "Argentina also sells"
const FILLER = /^(?:['’]s?)?(?:,?\s+(?:goods|merchandise|total|annual|overall|non-oil|non-energy|also|mainly|mostly|largely|chiefly|primarily|principally|in\s+turn|itself|meanwhile|in\s+return)\b,?)*\s*$/;

/** The state named right before `pos` (past filler words), as the subject of a flow. */
export function stateRightBefore(ctx: SentenceContext, pos: number): CountryMention | undefined {
  let last: CountryMention | undefined;
  for (const c of ctx.countries) {
    if (c.end > pos) break;
    last = c;
  }
  if (!last || last.form === "combining" || pos - last.end > 40 || !FILLER.test(ctx.text.slice(last.end, pos))) return undefined;
  return last;
}

/** "its exports", "their imports": the state that owns them, the last one of the pair named as an owner
 * ("India's", "Polish") before, else the first one of the pair in the sentence. */
export function ownerBefore(ctx: SentenceContext, pos: number): string | undefined {
  if (!/\b(?:its|their)\s+(?:(?:goods|merchandise|total|annual|overall|main|leading|principal|major|chief)\s+)*$/i.test(ctx.text.slice(Math.max(0, pos - 40), pos))) return undefined;
  const before = ctx.countries.filter((c) => c.end <= pos && inPair(ctx, c.code) && c.form !== "combining");
  const owner = [...before].reverse().find((c) => c.form === "possessive" || c.form === "adjective") ?? before[0];
  return owner?.code ?? ctx.previousSubject;
}

// ---- patterns ----

// "amounted to", "were valued at", "accounted for", "rose by 4% to" …
const VERB = String.raw`(?:${CHANGE}\s+from|amounted\s+to|amounting\s+to|accounted\s+for|stood\s+at|came\s+to|reached|reaching|totall?ed|totall?ing|worth|valued\s+at|estimated\s+at|exceeded|hit|${CHANGE}\s+(?:by\s+[\d.]+\s*(?:%|per\s*cent|percent)\s+)?to|was|were|is|are|of|at)`;
// "in 2022", "in the financial year 2022–23", "in the same year" between the flow and its verb
const WHEN = String.raw`(?:\s*,?\s*(?:in|during)\s+(?:the\s+)?(?:(?:same|that)\s+year|(?:(?:financial|fiscal|calendar)\s+year\s+)?\d{4}(?:[–/-]\d{2,4})?)\s*,?)?`;
const pattern = new RegExp(
  String.raw`\b(?:(?:[Tt]wo-way|[Bb]ilateral|[Tt]otal|[Mm]utual)\s+)?[Tt]rade(?:\s+(?:turnover|volume|exchange))?\b(?<between>[^.;]{0,80}?)\b${VERB}\s+${APPROX}(?:${money("")})` +
    String.raw`|\b(?<dir>[Ee]xports|[Ii]mports)\s+(?:of\s+goods(?:\s+and\s+services)?\s+)?(?:from\s+(?<src>${STATE})\s+)?(?<prep>to|from)\s+(?<partner>${PARTNER})${WHEN}(?:\s*,[^,;]{1,60}?,)?\s*(?:${VERB}\s+){0,3}${APPROX}(?:${money("d")})`,
  "gud",
);
// what a total "trade …" phrase must not be about: a balance, a goal, an agreement, one direction
const NOT_TOTAL = /\b(?:surplus|deficit|balance|target|goal|aim|potential|agreements?|deals?|pacts?|contracts?|zone|area|fair|office|mission|route|war|dispute|partners?|minister|ministry|exports?|imports?|investments?|credits?|loans?|funds?|bank|facility|grants?|aid|package|programm?e?|project|cent(?:re|er)|council|commission|union|bloc|organi[sz]ation|sanctions|embargo|tariffs?|duties|quotas?)\b/i;

export const trade: Extractor = {
  id: "trade/prose",
  pattern,
  keywords: ["trade", "export", "import"],
  extract(ctx, m) {
    const g = m.groups!;
    if (g.dir) return directional(ctx, m);
    if (NOT_TOTAL.test(g.between ?? "")) return null;
    // "65% of Nepal's trade, worth …": a share of one state's trade with the world
    if (/(?:%|per\s*cent|percent|share|part)\s+of\s+(?:\S+\s+){0,3}$/.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) return null;
    // total trade must be the pair's: "between both nations", the two named, or no other state
    const others = ctx.countries.filter((c) => !inPair(ctx, c.code));
    if (others.length && !/\bboth\b|\btwo\b/i.test(g.between ?? "")) return null;
    return figures(ctx, m, "", moneyStart(m, "")).map((f): Draft => ({ kind: "trade", ...f, flow: "total" }));
  },
};

/** Where the amount under `tag` starts (the patterns carry indices). */
const moneyStart = (m: RegExpExecArray, tag: string): number => {
  const at = m.indices?.groups?.[`cur${tag}`] ?? m.indices?.groups?.[`numb${tag}`];
  return at ? at[0] : m.index + m[0].length;
};

// the subject of the sentence's previous flow, for "… while imports from Peru were …"
const lastFlowSubject = new WeakMap<SentenceContext, string>();
const followingFlow = (ctx: SentenceContext, pos: number) =>
  /(?:,|\band|\bwhile|\bwhereas|\bbut)\s+$/.test(ctx.text.slice(Math.max(0, pos - 10), pos)) ? lastFlowSubject.get(ctx) : undefined;

/** "Polish exports to Ukraine totalled …", "exports from Poland to Ukraine …", "its imports from the island …" */
function directional(ctx: SentenceContext, m: RegExpExecArray): Draft[] | null {
  const g = m.groups!;
  const dir = g.dir!.toLowerCase();
  const subject = g.src ? resolveCountry(g.src.replace(/^the\s+/, "")) : (stateRightBefore(ctx, m.index)?.code ?? ownerBefore(ctx, m.index) ?? followingFlow(ctx, m.index));
  if (g.src && (dir !== "exports" || g.prep !== "to")) return null;
  if (!subject || !inPair(ctx, subject)) return null;
  if ((dir === "exports") !== (g.prep === "to")) return null; // "exports from Peru" without a source, "imports to"
  const partner = partnerOf(ctx, g.partner!, subject);
  if (!partner || partner === subject || !inPair(ctx, partner)) return null;
  lastFlowSubject.set(ctx, subject);
  const exports = dir === "exports";
  return figures(ctx, m, "d", moneyStart(m, "d")).map((f) => ({ kind: "trade", ...f, flow: exports ? "export" : "import", from: exports ? subject : partner, to: exports ? partner : subject }));
}

// "Chile exported US$1.5 billion worth of goods to Peru", "… and imported US$0.8 billion from it"
const EXPORTED = new RegExp(
  String.raw`\b(?<dir>exported|imported|exports|imports)\s+(?:goods(?:\s+and\s+services)?\s+(?:worth|valued\s+at)\s+)?${APPROX}(?:${money("v")})(?:\s+worth)?(?:\s+(?:of|in)\s+(?:goods|products|merchandise)(?:\s+and\s+services)?)?\s+(?<prep>to|from)\s+(?<partner>${PARTNER})`,
  "gu",
);
// the subject of the sentence's previous flow, for "… and imported US$0.8 billion from it"
const lastSubject = new WeakMap<SentenceContext, string>();

export const tradeExported: Extractor = {
  id: "trade/exported",
  pattern: EXPORTED,
  keywords: ["export", "import"],
  extract(ctx, m) {
    const g = m.groups!;
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
    return { kind: "trade", ...amount, year, flow: exported ? "export" : "import", from: exported ? subject : partner, to: exported ? partner : subject };
  },
};
