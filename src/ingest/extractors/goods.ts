// goods: what one state sells the other. "Chile's main exports to Peru include: copper, …", "Peru's exports,
// worth …, consist mostly of fish", "Chile ships copper to Peru", "Peru imports fruit from Chile", "Chile
// supplies Peru with gas", "Chilean copper shipped to Peru", "Peru relies on Chile for fruit", "Cars dominate
// trade in both directions".
import { inPair, otherOf, type Draft, type Extractor, type SentenceContext } from "../context.js";
import { resolveCountryMention as resolveCountry } from "../../vocab/countries.js";
import { PARTNER, STATE, ownerBefore, partnerOf, stateRightBefore } from "./trade.js";

const MOD = String.raw`(?:[Mm]ain|[Ll]eading|[Pp]rincipal|[Mm]ajor|[Cc]hief|[Pp]rimary|[Kk]ey|[Tt]op|[Ll]argest|[Bb]iggest|[Mm]ost\s+important)`;
const ADVERB = String.raw`(?:mainly|mostly|largely|chiefly|primarily|principally|predominantly|essentially|above\s+all)`;
// the verbs that take what is sold and whom it goes to
const SELL = String.raw`exports|exported|sells|sold|ships|shipped|supplies|supplied|delivers|delivered|carries|carried|brings|brought`;
const BUY = String.raw`imports|imported|buys|bought|purchases|purchased`;
const pattern = new RegExp(
  [
    // Chile ships copper to Peru
    String.raw`\b(?<sell>${SELL})\s+(?!to\b|from\b|of\b|in\b|at\b)(?<slist>[^;.]{1,150}?)\s+to\s+(?<sdst>${PARTNER})`,
    // Peru buys fruit from Chile
    String.raw`\b(?<buy>${BUY})\s+(?!to\b|from\b|of\b|in\b|at\b)(?<blist>[^;.]{1,150}?)\s+from\s+(?<bsrc>${PARTNER})`,
    // Chile supplies Peru with gas
    String.raw`\b(?<with>supplies|supplied|provides|provided|furnishes|furnished)\s+(?<wdst>${PARTNER})\s+with\s+(?<wlist>[^;.]{1,150})`,
    // Chilean copper shipped to Peru
    String.raw`\b(?:piped|shipped|exported|sold|supplied|delivered)\s+to\s+(?<pdst>${STATE})`,
    // Chile's main exports to Peru include …; Peruvian shipments consist of …; exports of copper to Peru
    String.raw`\b(?:(?<mod>${MOD})\s+)?(?:(?:goods|merchandise)\s+)?(?<noun>[Ee]xports|[Ss]hipments|sales|[Ii]mports|purchases|(?:[Ee]xport|[Ii]mport)\s+(?:products|goods|items|commodities))\b(?:\s+from\s+(?<nsrc>${STATE})(?=\s+to\b))?(?:\s+of\s+(?:goods(?:\s+and\s+services)?\b|(?<olist>[^;.]{1,80}?)(?=\s+to\s+${STATE})))?(?:\s+(?<prep>to|from)\s+(?<partner>${PARTNER}))?`,
    // the main products exported by Chile to Peru are …
    String.raw`\b(?:goods|products|items|commodities)\s+(?<xverb>exported|sold|shipped|imported|bought|purchased)\s+(?:by|from)\s+(?<xsubj>${STATE})\s+(?<xprep>to|from)\s+(?<xpartner>${PARTNER})`,
    // Peru relies on Chile for fruit
    String.raw`\b(?<rely>depends|relies|depended|relied)\s+(?:\w+\s+)?on\s+(?<src3>${STATE})\s+for\s+(?:its\s+)?(?<list3>[^;.]+)`,
    // … dominate the exchange in both directions
    String.raw`\bin\s+both\s+directions\b`,
  ].join("|"),
  "gu",
);

export const goods: Extractor = {
  id: "goods/prose",
  pattern,
  keywords: ["export", "import", "shipment", "sale", "purchas", "sell", "sold", "ship", "suppl", "provid", "furnish", "deliver", "carrie", "bring", "brought", "buy", "bought", "pipe", "depend", "relie", "relied", "direction"],
  extract(ctx, m) {
    const g = m.groups!;
    if (g.sell || g.buy || g.with) return byVerb(ctx, m);
    if (g.pdst) return byParticiple(ctx, m);
    if (g.noun) return byNoun(ctx, m);
    if (g.xverb) return byPassive(ctx, m);
    if (g.rely) return made(ctx, state(g.src3), stateRightBefore(ctx, m.index)?.code, items(listAt(g.list3!)));
    return bothWays(ctx, m);
  },
};

function made(ctx: SentenceContext, from: string | undefined, to: string | undefined, list: string[]): Draft | null {
  if (!from || !to || from === to || !inPair(ctx, from) || !inPair(ctx, to) || !list.length) return null;
  return { kind: "goods", from, to, items: list };
}

// the subject of the sentence's previous verb, for "Chile sells copper to Peru and buys fish from it"
const lastSubject = new WeakMap<SentenceContext, string>();

/** "Chile ships copper to Peru", "Peru imports fruit from Chile", "the pipeline carried Chilean gas to Peru" */
function byVerb(ctx: SentenceContext, m: RegExpExecArray): Draft | null {
  const g = m.groups!;
  let list = (g.slist ?? g.blist ?? g.wlist)!;
  const named = stateRightBefore(ctx, m.index);
  // "Chilean exports rose …", "Peru's sales to …": a noun, not a verb
  if (named && named.form !== "name") return null;
  let subject = named?.code;
  if (!subject && /(?:,|\band|\bwhile|\bbut)\s+(?:it\s+|they\s+)?$/.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) subject = lastSubject.get(ctx);
  if (!subject && g.sell) {
    // the goods carry their origin: "carried Nigerian gas to Ghana"
    const adj = ctx.countries.find((c) => c.start === m.index + m[0].indexOf(list) && c.form === "adjective");
    if (!adj) return null;
    subject = adj.code;
    list = list.slice(adj.end - adj.start).trim();
  } else if (/^(?:carries|carried|brings|brought)$/.test(g.sell ?? "")) return null; // "carried", "brought" only with the goods' origin
  if (!subject) return null;
  lastSubject.set(ctx, subject);
  if (g.wlist) return made(ctx, subject, partnerOf(ctx, g.wdst!, subject), items(listAt(list)));
  const partner = partnerOf(ctx, (g.sdst ?? g.bsrc)!, subject);
  return g.sell ? made(ctx, subject, partner, items(list)) : made(ctx, partner, subject, items(list));
}

/** "Israeli natural gas from offshore fields piped to Egypt" */
function byParticiple(ctx: SentenceContext, m: RegExpExecArray): Draft | null {
  const to = state(m.groups!.pdst);
  let adj;
  for (const c of ctx.countries) if (c.end <= m.index && c.form === "adjective") adj = c;
  if (!adj) return null;
  const between = ctx.text.slice(adj.end, m.index);
  const item = /^\s+(?<item>[\p{Ll}][\p{Ll}\s-]{1,40}?)(?:\s+(?:from|of|via|through)\s+[^,;]{0,60}?)?(?:\s+(?:is|was|are|were|being|been|has\s+been|have\s+been))?\s*$/u.exec(between)?.groups?.item;
  return item ? made(ctx, adj.code, to, items(item)) : null;
}

// how a noun phrase of exports leads to its goods: "include", "consist mostly of", "are" after "main",
// or an apposition: "Chile's exports to Peru, mainly copper, …"
const LINK = new RegExp(String.raw`^\s*,?\s*(?:${ADVERB}\s+)?(?:(?<copula>are|were|is|was)(?:\s+(?<adv>${ADVERB}))?|include[sd]?|including|consist(?:s|ed)?\s+(?:${ADVERB}\s+)?of|consisting\s+(?:${ADVERB}\s+)?of|comprise[sd]?|comprising|(?:are|were)\s+(?:${ADVERB}\s+)?(?:made\s+up\s+of|dominated\s+by|led\s+by))\s*:?\s*|^\s*,\s*(?:${ADVERB}|such\s+as|notably|especially)\s+`, "u");
// … or comes after the value: "Chile's exports to Peru totalled US$2 billion, led by copper"
const AFTER_VALUE = new RegExp(String.raw`^(?<gap>[^;]{0,120}?),\s*(?:(?:led|dominated)\s+by|consisting\s+(?:${ADVERB}\s+)?of|including|${ADVERB}(?:\s+of)?)\s+`, "u");
const MOD_BEFORE = new RegExp(String.raw`\b${MOD}\s+$`);
const VERBAL = new RegExp(String.raw`^\s+${ADVERB}\s+(?!(?:consist|include|compris|are|were|is|was)\b)`, "u");

/** "Chile's main exports to Peru are …", "Peruvian shipments consist mainly of …", "exports of copper to Peru" */
function byNoun(ctx: SentenceContext, m: RegExpExecArray): Draft | null {
  const g = m.groups!;
  // "exports of Chile to Peru": the state, not goods
  const ofState = g.olist ? state(g.olist) : undefined;
  const source = g.nsrc ?? (ofState && g.olist);
  const named = source ? undefined : stateRightBefore(ctx, m.index);
  const subject = source ? state(source) : (named?.code ?? ownerBefore(ctx, m.index));
  const imports = /^(?:imports|purchases|import\s)/i.test(g.noun!);
  if (!subject || (source && imports)) return null;
  if (g.prep && (g.prep === "to") === imports) return null;
  // without a partner the other of the pair is meant, where the sentence or the section is about the pair's trade
  const partner = g.partner ? partnerOf(ctx, g.partner, subject) : /trade|econom|commerc/i.test(ctx.heading) || ctx.countries.some((c) => c.code === otherOf(ctx, subject)) ? otherOf(ctx, subject) : undefined;
  const [from, to] = imports ? [partner, subject] : [subject, partner];
  if (g.olist && !ofState) return made(ctx, from, to, items(g.olist));
  const end = m.index + m[0].length;
  const rest = ctx.text.slice(end);
  // a verb after all: "Peru imports from Chile mainly copper"
  if (named?.form === "name" && g.partner) {
    const verbal = VERBAL.exec(rest);
    if (verbal) return made(ctx, from, to, items(listAt(rest.slice(verbal[0].length))));
  }
  let at: number | undefined;
  const link = LINK.exec(rest);
  // a bare "are" leads to goods only after "main", "leading" …, or with "mainly": "exports were worth …" is a value
  const modified = g.mod || (named && MOD_BEFORE.test(ctx.text.slice(Math.max(0, named.start - 20), named.start))) || (source && MOD_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 20), m.index)));
  if (link && (!link.groups!.copula || modified || link.groups!.adv)) at = link[0].length;
  else {
    const after = AFTER_VALUE.exec(rest);
    // only past a value: "… totalled US$2 billion, mostly copper"
    if (after && /\d/.test(after.groups!.gap!) && !/\b(?:while|whereas|but|exports|imports|shipments)\b/.test(after.groups!.gap!)) at = after[0].length;
  }
  return at === undefined ? null : made(ctx, from, to, items(listAt(rest.slice(at))));
}

/** "The main products exported by Chile to Peru are …" */
function byPassive(ctx: SentenceContext, m: RegExpExecArray): Draft | null {
  const g = m.groups!;
  const subject = state(g.xsubj);
  const sells = /^(?:exported|sold|shipped)$/.test(g.xverb!);
  if (!subject || sells !== (g.xprep === "to")) return null;
  const partner = partnerOf(ctx, g.xpartner!, subject);
  const link = LINK.exec(ctx.text.slice(m.index + m[0].length));
  if (!link) return null;
  const list = items(listAt(ctx.text.slice(m.index + m[0].length + link[0].length)));
  return sells ? made(ctx, subject, partner, list) : made(ctx, partner, subject, list);
}

/** "Cars and car parts dominate the exchange in both directions" */
function bothWays(ctx: SentenceContext, m: RegExpExecArray): Draft[] | null {
  const start = Math.max(ctx.text.lastIndexOf(";", m.index), ctx.text.lastIndexOf(":", m.index)) + 1;
  const clause = /^\s*(?<list>[^,;:]{2,80}?)\s+(?:dominate[sd]?|lead|led|top|topped|make\s+up|made\s+up|account\s+for|accounted\s+for|are|were|flow|flowed|move|moved)\b(?<rest>[^,;:]*)$/u.exec(ctx.text.slice(start, m.index));
  if (!clause || !/\b(?:trade|exchange|flows?|traded|shipped|exported|sold)\b/.test(clause.groups!.rest! + clause.groups!.list!)) return null;
  const list = items(clause.groups!.list!, start === 0);
  if (!list.length) return null;
  const [a, b] = ctx.pair;
  return [made(ctx, a, b, list)!, made(ctx, b, a, [...list])!];
}

const state = (s?: string) => (s ? resolveCountry(s.replace(/^(?:The|the)\s+/, "").trim()) : undefined);

// where a list of goods ends: the next clause
const LIST_END = /\s*(?:[;:]|\.(?!\d)|,?\s+(?:while|whereas|but|although|though|with|which|who|in\s+(?:return|exchange|turn)|and\s+(?:its|their|imports|exports))\b|,\s+(?:and\s+)?[\p{Lu}]|,\s+(?:totall?ed|amounted|reached|accounted|stood|came|rose|fell|grew|were|was|are|is|have|has|had)\b)/u;
function listAt(s: string): string {
  const end = LIST_END.exec(s);
  return end ? s.slice(0, end.index) : s;
}

// what is not a kind of goods: a generic word, or help rather than wares ("military training")
const GENERIC = /^(?:goods|products|merchandise|commodities|items|services|goods\s+and\s+services|exports|imports|shipments|more|less|much|little|most|heavily)$/i;
const NOT_WARES = /(?:^|\s)(?:troops|soldiers|personnel|aid|assistance|support|help|advice|training|expertise|experts|observers|information|intelligence|loans?|credits?|funds|funding|grants?|asylum|protection|cooperation|access|recognition|companies|firms|businesses|people|workers|migrants|refugees|citizens|nationals|tourists|students|prisoners|officials|diplomats|delegations?)$/i;
// a predicate rather than a list: "exports are growing", "… were modest"
const PREDICATE = /^(?:growing|increasing|rising|falling|declining|shrinking|expanding|stable|small|modest|limited|low|high|large|significant|substantial|considerable|negligible|important|diverse|varied|concentrated|expected|likely|subject|estimated|valued|worth)\b/i;
// lead-ins to cut from an item: "mostly crude oil", "consisting of"
const LEAD_IN = new RegExp(String.raw`^(?:(?:${ADVERB}|especially|notably|particularly|in\s+particular|such\s+as|including|namely|consisting\s+(?:${ADVERB}\s+)?of|made\s+up\s+of|(?:most|much|some|all|part|half|the\s+bulk|a\s+(?:large\s+)?(?:share|part))\s+of\s+(?:its|their|the)|of|both)\s+)+`, "iu");

/** The items of a list, trimmed; none where the "list" is a value or not goods at all. */
function items(list: string, sentenceStart = false): string[] {
  const out = splitItems(list)
    .map((s) => s.replace(LEAD_IN, "").replace(/\s+(?:(?:worth|valued|totalling|amounting|during|since|until|through|via|under)\b|(?:in|by)\s+(?:the\s+)?\d{4}).*$/, "").trim())
    .filter((s) => s && !GENERIC.test(s) && !NOT_WARES.test(s) && !/^(?:which|that|who|where|when)\b/.test(s));
  // a value, a predicate, a pronoun's belongings or a named thing ("the island") is not a list of goods
  if (!out.length || PREDICATE.test(out[0]!) || out.some((s) => /[\d$€£¥₹₦]|^(?:the|its|their|his|her|a|an|this|that|these|those|because|due|owing|thanks|as|for|to|in|on|at|by|from|with|after|before|since|when|if|until)\b/i.test(s))) return [];
  if (sentenceStart) out[0] = out[0]!.replace(/^[\p{Lu}](?=[\p{Ll}])/u, (c) => c.toLowerCase());
  return out;
}

/** "copper, fruit, wine and paper" → four items; "wood and metal products and wine" → two. */
export function splitItems(list: string): string[] {
  const parts = list.replace(/\s*\(.*?\)\s*/g, " ").replace(/\s+(?:among\s+others|etc)\.?$/, "").split(/\s*,\s*|\s+as\s+well\s+as\s+/);
  const last = parts.pop() ?? "";
  const cut = last.lastIndexOf(" and ");
  const tail = cut > 0 ? [last.slice(0, cut), last.slice(cut + 5)] : [last];
  return [...parts, ...tail].map((s) => s.replace(/^(?:and|or)\s+/, "").trim()).filter((s) => s && s.split(/\s+/).length <= 6);
}
