// trade: a value with its currency, year and flow. "bilateral trade … amounted to US$4.2 billion",
// "Chile's exports to Peru amounted to …", "imports from …".
import { inPair, nearestDate, type Draft, type Extractor } from "../context.js";
import { resolveCountryMention as resolveCountry } from "../../vocab/countries.js";

const MONEY = String.raw`(?<cur>US\$|USD\s?|A\$|AU\$|C\$|CA\$|NZ\$|R\$|HK\$|S\$|\$|€|EUR\s?|£|GBP\s?|₹|¥|RMB\s?|CHF\s?)\s?(?<num>\d[\d,]*(?:\.\d+)?)\s*(?<unit>trillion|billion|million|thousand|bn|mn|m)?\b|(?<num2>\d[\d,]*(?:\.\d+)?)\s*(?<unit2>trillion|billion|million|thousand)?\s+(?:US\s+|U\.S\.\s+)?(?<cur2>dollars|euros|pounds|USD|EUR|yuan|renminbi|yen|rupees|roubles|rubles|francs|dirhams|riyals|rand)`;
const VERB = String.raw`(?:amounted\s+to|amounting\s+to|was|were|stood\s+at|reached|totall?ed|totalling|worth|valued\s+at|of|exceeded|came\s+to|rose\s+to|fell\s+to|grew\s+to)`;
const pattern = new RegExp(
  String.raw`\b(?:(?<flowword>[Tt]wo-way|[Bb]ilateral|[Tt]otal|[Mm]utual)\s+)?[Tt]rade(?:\s+(?:turnover|volume|exchange))?\b(?<between>[^.;]{0,80}?)\b${VERB}\s+(?:about\s+|around\s+|approximately\s+|nearly\s+|over\s+|more\s+than\s+)?(?:${MONEY})|(?<src>[\p{Lu}][\p{L}\s]*?)['’]s\s+(?<dir>exports|imports)\s+(?:to|from)\s+(?<dst>[\p{Lu}][\p{L}\s]*?)\s+${VERB}\s+(?:about\s+|around\s+)?(?:${MONEY.replace(/\?<(\w+)>/g, "?<$1x>")})`,
  "gu",
);
// "Chile exported US$1.5 billion worth of goods to Peru"
const EXPORTED = new RegExp(String.raw`(?<src>[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*)*)\s+(?<dir>exported|imported)\s+(?:goods\s+worth\s+)?(?:${MONEY.replace(/\?<(\w+)>/g, "?<$1x>")})(?:\s+worth)?(?:\s+of\s+(?:goods|products))?\s+(?:to|from)\s+(?<dst>[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*)*)`, "gu");

const UNITS: Record<string, number> = { trillion: 1e12, billion: 1e9, bn: 1e9, million: 1e6, mn: 1e6, m: 1e6, thousand: 1e3 };
// "$" and "dollars" alone are read as US dollars, as English articles mostly mean them
const CURRENCY: Record<string, string> = {
  "US$": "USD", USD: "USD", $: "USD", dollars: "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD", "R$": "BRL",
  "HK$": "HKD", "S$": "SGD", "€": "EUR", EUR: "EUR", euros: "EUR", "£": "GBP", GBP: "GBP", pounds: "GBP", "₹": "INR", rupees: "INR",
  "¥": "JPY", yen: "JPY", RMB: "CNY", yuan: "CNY", renminbi: "CNY", roubles: "RUB", rubles: "RUB", CHF: "CHF", francs: "CHF",
  dirhams: "AED", riyals: "SAR", rand: "ZAR",
};

export const trade: Extractor = {
  id: "trade/prose",
  pattern,
  keywords: ["trade", "export", "import"],
  extract(ctx, m) {
    const g = m.groups!;
    const num = g.num ?? g.num2 ?? g.numx ?? g.num2x;
    const unit = g.unit ?? g.unit2 ?? g.unitx ?? g.unit2x;
    const cur = (g.cur ?? g.cur2 ?? g.curx ?? g.cur2x ?? "").trim();
    if (!num) return null;
    const value = Math.round(Number(num.replace(/,/g, "")) * (unit ? UNITS[unit.toLowerCase()] ?? 1 : 1));
    const currency = CURRENCY[cur] ?? cur.toUpperCase();
    const date = nearestDate(ctx, m.index);
    if (!date || !Number.isFinite(value)) return null;
    const year = Number(date.value.slice(0, 4));
    if (g.dir) {
      const a = resolveCountry(g.src!.trim());
      const b = resolveCountry(g.dst!.trim());
      if (!a || !b || !inPair(ctx, a) || !inPair(ctx, b)) return null;
      const [from, to] = g.dir === "exports" ? [a, b] : [b, a];
      return { kind: "trade", value, currency, year, flow: g.dir === "exports" ? "export" : "import", from, to };
    }
    // total trade must be the pair's: "between both nations", the two named, or no other state
    const others = ctx.countries.filter((c) => !inPair(ctx, c.code));
    if (others.length && !/\bboth\b|\btwo\b/i.test(g.between ?? "")) return null;
    return { kind: "trade", value, currency, year, flow: "total" };
  },
};

export const tradeExported: Extractor = {
  id: "trade/exported",
  pattern: EXPORTED,
  keywords: ["exported", "imported"],
  extract: (ctx, m) => verbFlow(ctx, m),
};

function verbFlow(ctx: Parameters<Extractor["extract"]>[0], m: RegExpExecArray): Draft | null {
  const g = m.groups!;
  const num = g.numx ?? g.num2x;
  const unit = g.unitx ?? g.unit2x;
  const cur = (g.curx ?? g.cur2x ?? "").trim();
  const a = resolveCountry(g.src!.replace(/^(?:In\s+\d{4},?\s+)/, "").trim());
  const b = resolveCountry(g.dst!.trim());
  const date = nearestDate(ctx, m.index);
  if (!num || !a || !b || !date || !inPair(ctx, a) || !inPair(ctx, b) || a === b) return null;
  const value = Math.round(Number(num.replace(/,/g, "")) * (unit ? UNITS[unit.toLowerCase()] ?? 1 : 1));
  const exported = g.dir === "exported";
  return { kind: "trade", value, currency: CURRENCY[cur] ?? cur.toUpperCase(), year: Number(date.value.slice(0, 4)), flow: exported ? "export" : "import", from: exported ? a : b, to: exported ? b : a };
}
