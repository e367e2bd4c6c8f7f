// goods: what one state sells the other. "Chile's main exports to Peru include: copper, …", "Peru's exports,
// worth …, consist mostly of fish", "Chile ships copper to Peru", "Peru imports fruit from Chile", "Chile
// supplies Peru with gas", "Chile sends Peru 9,000 barrels of oil a day", "Chilean copper shipped to Peru",
// "Peru relies on Chile for fruit", "Cars dominate trade in both directions", and with the partner left to
// the context: "Chile supplies fuel and wine, and buys fish" (the sentence or the paragraph names Peru),
// "… buys Peruvian fish", "… buys fish in return".
import { inPair, otherOf, type Draft, type Extractor, type SentenceContext } from "../context.js";
import { countryAdjective, countryName, resolveCountryMention as resolveCountry } from "../../vocab/countries.js";
import { PARTNER, STATE, UPPER, ownerBefore, partnerOf, stateRightBefore, unnamed } from "./trade.js";

// lower-case letters of the Latin, Greek and Cyrillic scripts (see LETTER in trade.ts: no u flag needed)
const LOWER = String.raw`a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F\u03AC-\u03CE\u0430-\u044F`;

const MOD = String.raw`(?:[Mm]ain|[Ll]eading|[Pp]rincipal|[Mm]ajor|[Cc]hief|[Pp]rimary|[Kk]ey|[Tt]op|[Ll]argest|[Bb]iggest|[Mm]ost\s+important)`;
const ADVERB = String.raw`(?:mainly|mostly|largely|chiefly|primarily|principally|predominantly|essentially|above\s+all)`;
// the verbs that take what is sold and whom it goes to
const SELL = String.raw`exports|exported|sells|sold|ships|shipped|supplies|supplied|delivers|delivered|carries|carried|brings|brought`;
const BUY = String.raw`imports|imported|buys|bought|purchases|purchased`;
// the verbs that may go without the partner, where the sentence is about the pair ("exports" and "imports"
// are read as nouns first, see byNoun)
const OPEN_SELL = String.raw`exports|exported|sells|sold|ships|shipped|supplies|supplied`;
const OPEN = String.raw`exported|sells|sold|ships|shipped|supplies|supplied|imported|buys|bought|purchases|purchased`;
// the clause after such a verb, read ahead (the match itself ends at the verb, so that what follows in the
// clause is scanned too); the list is cut from it in byVerbAlone, at "and buys …", "in return", "northward"
const OPEN_LIST = String.raw`\s+(?!to\b|from\b|of\b|in\b|at\b)(?=(?<olist2>[^;.]{1,150})(?<clause>[;.]|$)?)`;
const LIST_STOP = new RegExp(String.raw`,\s+(?:and|while|whereas|but)\b|\s+and\s+(?:${OPEN_SELL}|${BUY})\b|\s+(?<back>in\s+return)\b|\s+(?:north|south|east|west)wards?\b|\s+across\s+the\s+[a-z]+\b`, "g");
const OPEN_NOUN = unnamed(String.raw`(?<osell>exports|imports)${OPEN_LIST}`, "y");
const PATTERN = unnamed(
  [
    // Chile ships copper to Peru
    String.raw`\b(?<sell>${SELL})\s+(?!to\b|from\b|of\b|in\b|at\b)(?<slist>[^;.]{1,150}?)\s+to\s+(?<sdst>${PARTNER})`,
    // Peru buys fruit from Chile
    String.raw`\b(?<buy>${BUY})\s+(?!to\b|from\b|of\b|in\b|at\b)(?<blist>[^;.]{1,150}?)\s+from\s+(?<bsrc>${PARTNER})`,
    // Chile supplies Peru with gas
    String.raw`\b(?<with>supplies|supplied|provides|provided|furnishes|furnished)\s+(?<wdst>${PARTNER})\s+with\s+(?<wlist>[^;.]{1,150})`,
    // Chile sends Peru 10,000 barrels of oil a day
    String.raw`\b(?<dsell>sends|sent|sells|sold|ships|shipped|supplies|supplied)\s+(?<ddst>${STATE})\s+(?!with\b|to\b|and\b|in\b|on\b|for\b|as\b)(?=(?<dlist>[^;.]{1,150}))`,
    // Chilean copper shipped to Peru
    String.raw`\b(?:piped|shipped|exported|sold|supplied|delivered)\s+to\s+(?<pdst>${STATE})`,
    // Chile's main exports to Peru include …; Peruvian shipments consist of …; exports of copper to Peru
    String.raw`\b(?:(?<mod>${MOD})\s+)?(?:(?:goods|merchandise)\s+)?(?<noun>[Ee]xports|[Ss]hipments|[Dd]eliveries|sales|[Ii]mports|purchases|(?:[Ee]xport|[Ii]mport)\s+(?:products|goods|items|commodities))\b(?:\s+from\s+(?<nsrc>${STATE})(?=\s+to\b))?(?:\s+of\s+(?:goods(?:\s+and\s+services)?\b|(?<olist>[^;.]{1,80}?)(?=\s+to\s+${STATE})))?(?:\s+(?<prep>to|from)\s+(?<partner>${PARTNER}))?`,
    // with the partner left to the context: "Chile supplies fuel and machinery, and buys copper", "… in return"
    String.raw`\b(?<osell>${OPEN})${OPEN_LIST}`,
    // the main products exported by Chile to Peru are …
    String.raw`\b(?:goods|products|items|commodities)\s+(?<xverb>exported|sold|shipped|imported|bought|purchased)\s+(?:by|from)\s+(?<xsubj>${STATE})\s+(?<xprep>to|from)\s+(?<xpartner>${PARTNER})`,
    // Peru relies on Chile for fruit
    String.raw`\b(?<rely>depends|relies|depended|relied)\s+(?:\w+\s+)?on\s+(?<src3>${STATE})\s+for\s+(?:its\s+)?(?<list3>[^;.]+)`,
    // … dominate the exchange in both directions
    String.raw`\bin\s+both\s+directions\b`,
  ].join("|"),
  "g",
);

export const goods: Extractor = {
  id: "goods/prose",
  pattern: PATTERN.pattern,
  // the words the pattern's alternatives begin with, as they are written there (a keyword is a word's start)
  keywords: ["export", "import", "sells", "sold", "ships", "shipped", "shipments", "supplies", "supplied", "delivers", "delivered", "deliveries", "carries", "carried", "brings", "brought", "buys", "bought", "purchase", "provides", "provided", "furnishes", "furnished", "sends", "piped", "sales", "depends", "relies", "depended", "relied", "directions"],
  extract(ctx, m) {
    const g = PATTERN.named(m).groups!;
    if (g.sell || g.buy || g.with) return byVerb(ctx, m);
    if (g.dsell) return byDoubleObject(ctx, m);
    if (g.osell) return byVerbAlone(ctx, m);
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

const PARTICIPLE_ITEM = new RegExp(String.raw`^\s+(?<item>[${LOWER}][${LOWER}\s-]{1,40}?)(?:\s+(?:from|of|via|through)\s+[^,;]{0,60}?)?(?:\s+(?:is|was|are|were|being|been|has\s+been|have\s+been))?\s*$`);
// whether a heading is about trade, once per heading
const TRADE_HEADING = new Map<string, boolean>();
function tradeHeading(heading: string): boolean {
  let yes = TRADE_HEADING.get(heading);
  if (yes === undefined) TRADE_HEADING.set(heading, (yes = /trade|econom|commerc/i.test(heading)));
  return yes;
}
function names(ctx: SentenceContext, code: string | undefined): boolean {
  for (const c of ctx.countries) if (c.code === code) return true;
  return false;
}

/** "Iraq sends Jordan 10,000 barrels of crude oil a day", "Chile sold Peru wheat" */
function byDoubleObject(ctx: SentenceContext, m: RegExpExecArray): Draft | null {
  const g = m.groups!;
  const named = stateRightBefore(ctx, m.index);
  if (!named || named.form !== "name") return null;
  // the partner is a state's name, not an adjective ("sells Chilean wine")
  const at = m.index + m[0].indexOf(g.ddst!, g.dsell!.length);
  let partner: string | undefined;
  for (const c of ctx.countries) if (c.start === at + (g.ddst!.startsWith("the ") ? 4 : 0) && c.form === "name") partner = c.code;
  if (!partner) return null;
  return made(ctx, named.code, partner, items(listAt(withoutQuantity(g.dlist!))));
}

// "around 10,000 barrels of", "two million tonnes of": a quantity before the goods
const QUANTITY = /^(?:(?:about|around|approximately|roughly|nearly|almost|some|over|up\s+to|more\s+than)\s+)?[\d,.]+\s*(?:(?:thousand|million|billion)\s+)?(?:barrels|tonnes|tons|metric\s+tons|cubic\s+metres|cubic\s+meters|litres|liters|gallons|head|kilowatt-hours|megawatt-hours|gigawatt-hours|MWh|GWh|TWh)\s+of\s+/;
const withoutQuantity = (list: string) => (list.charCodeAt(0) < 58 || /^[a-z]+\s+\d/.test(list) ? list.replace(QUANTITY, "") : list);

// the verbs of buying, for a list without a partner
const BUYING = /^(?:imports|imported|buys|bought|purchases|purchased)$/;
// a verb rather than goods: "Chile's imports fell"
const NOT_GOODS_START = new Set("fell rose grew increased declined dropped decreased doubled tripled were was are is have has had totalled totaled amounted reached stood came remained accounted made also continued began started include includes included consist consists consisted comprise comprises comprised".split(" "));

/** "Chile supplies fuel and machinery, and buys copper": the partner is the other of the pair, where the sentence
 * names it (or the paragraph just did), the goods bear its adjective, or "in return" says so. */
function byVerbAlone(ctx: SentenceContext, m: RegExpExecArray): Draft | null {
  const g = m.groups!;
  const named = stateRightBefore(ctx, m.index);
  if (named && named.form !== "name") return null;
  let subject = named?.code;
  if (!subject && /(?:,|\band|\bwhile|\bbut)\s+(?:it\s+|they\s+)?$/.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) subject = lastSubject.get(ctx);
  if (!subject || !inPair(ctx, subject)) return null;
  lastSubject.set(ctx, subject);
  // where the list ends: at the first stop past its first character, else at the end of the clause
  const clause = g.olist2!;
  LIST_STOP.lastIndex = 1;
  const stop = LIST_STOP.exec(clause);
  if (!stop && g.clause === undefined) return null; // a clause too long to be a list
  let list = stop ? clause.slice(0, stop.index) : clause.trimEnd();
  const back = stop?.groups!.back;
  if (NOT_GOODS_START.has(list.slice(0, list.search(/\s|$/)))) return null;
  for (const c of ctx.countries) if (!inPair(ctx, c.code)) return null; // a third state: not the pair's exchange
  const other = otherOf(ctx, subject)!;
  const buys = BUYING.test(g.osell!);
  // the goods' origin: "buys Chilean fuel"
  const at = m.index + m[0].length;
  let origin: string | undefined;
  for (const c of ctx.countries) if (c.form === "adjective" && c.start === at) ((origin = c.code), (list = list.slice(c.end - at).trim()));
  if (origin && origin !== (buys ? other : subject)) return null;
  if (!origin && !back && !namesOther(ctx, other)) return null;
  const found = items(listAt(list));
  return buys ? made(ctx, other, subject, found) : made(ctx, subject, other, found);
}

/** Whether the sentence, or the paragraph right before it, names `code`. */
function namesOther(ctx: SentenceContext, code: string): boolean {
  for (const c of ctx.countries) if (c.code === code && c.form !== "combining") return true;
  const block = ctx.sentence.block;
  const end = ctx.sentence.start - block.start;
  const before = block.text.slice(Math.max(0, end - 300), end);
  return before.includes(countryName(code)) || before.includes(countryAdjective(code));
}

/** "Israeli natural gas from offshore fields piped to Egypt" */
function byParticiple(ctx: SentenceContext, m: RegExpExecArray): Draft | null {
  const to = state(m.groups!.pdst);
  let adj;
  for (const c of ctx.countries) if (c.end <= m.index && c.form === "adjective") adj = c;
  if (!adj) return null;
  const between = ctx.text.slice(adj.end, m.index);
  const item = PARTICIPLE_ITEM.exec(between)?.groups?.item;
  return item ? made(ctx, adj.code, to, items(item)) : null;
}

// how a noun phrase of exports leads to its goods: "include", "consist mostly of", "are" after "main",
// or an apposition: "Chile's exports to Peru, mainly copper, …"
const LINK = new RegExp(String.raw`^\s*,?\s*(?:${ADVERB}\s+)?(?:(?<copula>are|were|is|was)(?:\s+(?<adv>${ADVERB}))?|include[sd]?|including|consist(?:s|ed)?\s+(?:${ADVERB}\s+)?of|consisting\s+(?:${ADVERB}\s+)?of|comprise[sd]?|comprising|(?:are|were)\s+(?:${ADVERB}\s+)?(?:made\s+up\s+of|dominated\s+by|led\s+by))\s*:?\s*|^\s*,\s*(?:${ADVERB}|such\s+as|notably|especially)\s+`);
// … or comes after the value: "Chile's exports to Peru totalled US$2 billion, led by copper"
const AFTER_VALUE = new RegExp(String.raw`^(?<gap>[^;]{0,120}?),\s*(?:(?:led|dominated)\s+by|consisting\s+(?:${ADVERB}\s+)?of|including|${ADVERB}(?:\s+of)?)\s+`);
const MOD_BEFORE = new RegExp(String.raw`\b${MOD}\s+$`);
const VERBAL = new RegExp(String.raw`^\s+${ADVERB}\s+(?!(?:consist|include|compris|are|were|is|was)\b)`);

/** Whether a digit comes before a comma within the first `max` characters (the value AFTER_VALUE needs). */
function digitBeforeComma(s: string, max: number): boolean {
  let digit = false;
  for (let i = 0; i < s.length && i < max; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if (c === 44 && digit) return true;
    else if (c === 59) return false;
  }
  return false;
}

/** "the main Chilean exports": a modifier before the state (or the noun) that starts at `pos` */
const modifiedBefore = (ctx: SentenceContext, pos: number): boolean => pos >= 0 && MOD_BEFORE.test(ctx.text.slice(Math.max(0, pos - 20), pos));

/** "Chile's main exports to Peru are …", "Peruvian shipments consist mainly of …", "exports of copper to Peru" */
function byNoun(ctx: SentenceContext, m: RegExpExecArray): Draft | null {
  const g = m.groups!;
  // "exports of Chile to Peru": the state, not goods
  const ofState = g.olist ? state(g.olist) : undefined;
  const source = g.nsrc ?? (ofState && g.olist);
  const listed = g.olist && !ofState; // "exports of copper to Peru"
  const mayBeVerb = !g.partner && !source && !g.olist && (g.noun === "exports" || g.noun === "imports");
  // what follows, read before the states are looked up: after most of these nouns comes no list at all
  const end = m.index + m[0].length;
  const rest = listed ? "" : ctx.text.slice(end);
  const link = listed ? null : LINK.exec(rest);
  const linkAlone = !!link && (!link.groups!.copula || !!link.groups!.adv || !!g.mod);
  let afterAt: number | undefined;
  if (!listed && !linkAlone && digitBeforeComma(rest, 121)) {
    const after = AFTER_VALUE.exec(rest);
    // only past a value: "… totalled US$2 billion, mostly copper"
    if (after && /\d/.test(after.groups!.gap!) && !/\b(?:while|whereas|but|exports|imports|shipments)\b/.test(after.groups!.gap!)) afterAt = after[0].length;
  }
  const verbal = g.partner && !listed ? VERBAL.exec(rest) : null;
  if (!listed && !mayBeVerb && !link && afterAt === undefined && !verbal) return null;
  const named = source ? undefined : stateRightBefore(ctx, m.index);
  const subject = source ? state(source) : (named?.code ?? ownerBefore(ctx, m.index));
  // "Kenya exports tea and coffee", "… and imports fuel": a verb without its partner
  if (mayBeVerb && (named?.form === "name" || (!named && /(?:,|\band|\bwhile|\bbut)\s+$/.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))))) {
    OPEN_NOUN.pattern.lastIndex = m.index;
    const open = OPEN_NOUN.pattern.exec(ctx.text);
    const found = open && byVerbAlone(ctx, OPEN_NOUN.named(open));
    if (found) return found;
  }
  const first = g.noun!.charCodeAt(0) | 32;
  const imports = first === 105 || first === 112; // "imports", "import goods", "purchases"
  if (!subject || (source && imports)) return null;
  if (g.prep && (g.prep === "to") === imports) return null;
  // without a partner the other of the pair is meant, where the sentence or the section is about the pair's trade
  const partner = g.partner ? partnerOf(ctx, g.partner, subject) : tradeHeading(ctx.heading) || names(ctx, otherOf(ctx, subject)) ? otherOf(ctx, subject) : undefined;
  const from = imports ? partner : subject;
  const to = imports ? subject : partner;
  if (listed) return made(ctx, from, to, items(g.olist!));
  // a verb after all: "Peru imports from Chile mainly copper"
  if (named?.form === "name" && verbal) return made(ctx, from, to, items(listAt(rest.slice(verbal[0].length))));
  let at: number | undefined;
  // a bare "are" leads to goods only after "main", "leading" …, or with "mainly": "exports were worth …" is a value
  if (link && (linkAlone || modifiedBefore(ctx, named ? named.start : source ? m.index : -1))) at = link[0].length;
  else at = afterAt;
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
  const clause = /^\s*(?<list>[^,;:]{2,80}?)\s+(?:dominate[sd]?|lead|led|top|topped|make\s+up|made\s+up|account\s+for|accounted\s+for|are|were|flow|flowed|move|moved)\b(?<rest>[^,;:]*)$/.exec(ctx.text.slice(start, m.index));
  if (!clause || !/\b(?:trade|exchange|flows?|traded|shipped|exported|sold)\b/.test(clause.groups!.rest! + clause.groups!.list!)) return null;
  const list = items(clause.groups!.list!, start === 0);
  if (!list.length) return null;
  const [a, b] = ctx.pair;
  return [made(ctx, a, b, list)!, made(ctx, b, a, [...list])!];
}

const state = (s?: string) => (s ? resolveCountry(s.replace(/^(?:The|the)\s+/, "").trim()) : undefined);

// where a list of goods ends: the next clause
const LIST_END = new RegExp(String.raw`\s*(?:[;:]|\.(?!\d)|,?\s+(?:while|whereas|but|although|though|with|which|who|in\s+(?:return|exchange|turn)|and\s+(?:its|their|imports|exports))\b|,\s+(?:and\s+)?[${UPPER}]|,\s+(?:totall?ed|amounted|reached|accounted|stood|came|rose|fell|grew|were|was|are|is|have|has|had)\b|,\s+(?:at|for)\s+(?:a|an|the)\b)`);
function listAt(s: string): string {
  const end = LIST_END.exec(s);
  return end ? s.slice(0, end.index) : s;
}

// what is not a kind of goods: a generic word, or help rather than wares ("military training")
const NOT_GOODS = /^(?:goods|products|merchandise|commodities|items|services|goods\s+and\s+services|exports|imports|shipments|more|less|much|little|most|heavily)$|(?:^|\s)(?:troops|soldiers|personnel|aid|assistance|support|help|advice|training|expertise|experts|observers|information|intelligence|loans?|credits?|funds|funding|grants?|asylum|protection|cooperation|access|recognition|companies|firms|businesses|people|workers|migrants|refugees|citizens|nationals|tourists|students|prisoners|officials|diplomats|delegations?)$/i;
// a predicate rather than a list: "exports are growing", "… were modest"
const PREDICATE = /^(?:growing|increasing|rising|falling|declining|shrinking|expanding|stable|small|modest|limited|low|high|large|significant|substantial|considerable|negligible|important|diverse|varied|concentrated|expected|likely|subject|estimated|valued|worth)\b/i;
// lead-ins to cut from an item: "mostly crude oil", "consisting of"
const LEAD_IN = new RegExp(String.raw`^(?:(?:${ADVERB}|especially|notably|particularly|in\s+particular|such\s+as|including|namely|consisting\s+(?:${ADVERB}\s+)?of|made\s+up\s+of|(?:most|much|some|all|part|half|the\s+bulk|a\s+(?:large\s+)?(?:share|part))\s+of\s+(?:its|their|the)|of|both)\s+)+`, "i");
// what follows the goods themselves: "oil worth …", "gas in 2019", "oil a day by road"
const TRAILER = /\s+(?:(?:worth|valued|totalling|amounting|during|since|until|through|via|under)\b|(?:in|by)\s+(?:the\s+)?\d{4}|(?:a|per|each)\s+(?:day|week|month|year)\b|by\s+(?:road|rail|sea|air|truck|lorry|ship|tanker|pipeline)\b).*$/;
const CLAUSE_WORD = /^(?:which|that|who|where|when)\b/;
// a value, a pronoun's belongings or a named thing ("the island")
const NOT_A_LIST = /[\d$€£¥₹₦]|^(?:the|its|their|his|her|a|an|this|that|these|those|because|due|owing|thanks|as|for|to|in|on|at|by|from|with|after|before|since|when|if|until)\b/i;

const FIRST_CAPITAL = new RegExp(`^[${UPPER}](?=[${LOWER}])`);
/** The items of a list, trimmed; none where the "list" is a value or not goods at all. (Short patterns on
 * short strings: measured faster than word sets, which cost a string each.) */
function items(list: string, sentenceStart = false): string[] {
  const parts = splitItems(list);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const s = parts[i]!.replace(LEAD_IN, "").replace(TRAILER, "").trim();
    if (s && !NOT_GOODS.test(s) && !CLAUSE_WORD.test(s)) out.push(s);
  }
  // a value, a predicate, a pronoun's belongings or a named thing ("the island") is not a list of goods
  if (!out.length || PREDICATE.test(out[0]!)) return [];
  for (let i = 0; i < out.length; i++) if (NOT_A_LIST.test(out[i]!)) return [];
  if (sentenceStart) out[0] = out[0]!.replace(FIRST_CAPITAL, (c) => c.toLowerCase());
  return out;
}

/** White space as \s reads it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 160 || c === 5760 || (c >= 8192 && c <= 8202) || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279));
}
/** Whether a trimmed phrase has at most `max` words. */
function wordsAtMost(s: string, max: number): boolean {
  let n = 1;
  for (let i = 1; i < s.length; i++) if (isSpace(s.charCodeAt(i)) && !isSpace(s.charCodeAt(i - 1)) && ++n > max) return false;
  return true;
}

// goods named in a fixed pair
const PAIRED = new Set(["fruit and vegetables", "fruits and vegetables", "oil and gas", "iron and steel", "fish and seafood", "food and beverages", "food and drink", "food and drinks", "machinery and equipment", "textiles and clothing", "arms and ammunition", "wine and spirits", "meat and dairy", "pulp and paper", "oil and oilseeds", "gold and silver", "nuts and bolts", "electrical and electronic equipment"]);
const PARENS = /\s*\(.*?\)\s*/g;
const ETC = /\s+(?:among\s+others|etc)\.?$/;
const SEPARATOR = /\s*,\s*|\s+as\s+well\s+as\s+/;
const AND_OR = /^(?:and|or)\s+/;
/** "copper, fruit, wine and paper" → four items; "wood and metal products and wine" → two. */
export function splitItems(list: string): string[] {
  let s = list;
  if (s.includes("(")) s = s.replace(PARENS, " ");
  if (s.includes("among") || s.includes("etc")) s = s.replace(ETC, "");
  const parts = s.includes(",") || s.includes("well") ? s.split(SEPARATOR) : [s];
  const last = parts.pop() ?? "";
  let cut = last.lastIndexOf(" and ");
  // "zinc and fresh fruit and vegetables": a fixed pair stays one item
  if (cut > 0 && PAIRED.has(`${last.slice(last.lastIndexOf(" ", cut - 1) + 1, cut)} and ${last.slice(cut + 5)}`)) cut = last.lastIndexOf(" and ", cut - 1);
  if (cut > 0) parts.push(last.slice(0, cut), last.slice(cut + 5));
  else parts.push(last);
  const out: string[] = [];
  for (let p of parts) {
    const c = p.charCodeAt(0);
    if (c === 97 || c === 111) p = p.replace(AND_OR, "");
    p = p.trim();
    if (p && wordsAtMost(p, 6)) out.push(p);
  }
  return out;
}
