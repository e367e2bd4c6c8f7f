// membership: the organisations the text says one or both states belong to (each org once per record;
// a refiner merges). Names come from the organisation vocabulary or, in a member list, as written.
import { inPair, subjectBefore, bothRe, type Draft, type Extractor, type SentenceContext } from "../context.js";
import { resolveOrg, resolveOrgMention } from "../../vocab/orgs.js";
import { MONTH } from "../../vocab/months.js";

const pattern = /\b(?<list>(?:full\s+|founding\s+)?members?\s+(?:states?\s+)?of|membership\s+(?:of|in|from)|belong(?:s|ed|ing)?\s+to|(?:is|are|was)\s+(?:also\s+)?(?:a\s+)?part\s+of|join(?:ed|ing)|admission\s+(?:in)?to|accession\s+to|acceded\s+to)\b|(?<includes>\((?:which\s+)?includ(?:es|ing)\s+)|(?<=\S)\s+(?<suffix>members?(?:\s+states?)?)\b(?!\s+(?:states?\s+)?of\b)|(?<seat>\b(?:sits?|sitting|sat)\s+on\s+)|(?<ofwhich>,\s*of\s+which\s+(?<rel>[^,;.()]{1,40}?)\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|became|become)\s+(?:also\s+)?(?:an?\s+)?(?:full\s+|founding\s+)?members?\b)/gi;

// "member of NATO since 1999 and of the EU since 2004", "joined the OECD in 1996 and NATO in 1999": a date inside
// the list, before the next item, does not end it
const LIST_DATE = String.raw`\s+(?:in|on|since|from)\s+(?:[0-3]?\d\s+)?(?:${MONTH}\s+)?\d{4}`;
const DATE_IN_LIST = new RegExp(String.raw`${LIST_DATE}(?=\s*,?\s*(?:and\s+|as\s+well\s+as\s+)?(?:of|to|in)\s+(?:the\s+)?[\p{Lu}]|\s*,?\s+and\s+(?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*${LIST_DATE})`, "gu");
// a member list ends at the end of the sentence or the start of another clause
const LIST_END = /[.;:]|,\s*(?:and\s+)?(?:which|who|while|but|as|since|because|where|after|before|although|though|in\s+\d{4}|with\s+both)\b|\s+(?:in|on|since|from)\s+(?:\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December))|\s+(?:as\s+well\s+as\s+)?(?:to|in\s+order)\s+(?!the\b)\p{Ll}/u;

// "is not a member of", "applied to join", "supports Ukraine's accession to": no membership stated
const UNREAL = /(?:\b(?:not|never|associate|observers?|neither|nor|no\s+longer|appl(?:y|ies|ied|ying)|applications?|bids?|aspir\w*|hop(?:e|es|ed|ing)|wants?|wanted|seek(?:s|ing)?|sought|candidate|candidacy|(?<!went\s+on\s+)to\s+become|would|will|could|may|might|eventual|future|possible|potential|prospective)|n['’]t)\b[^.;,:]{0,30}$/i;
const BACKED = /\b(?:support|back|oppos|block|veto|welcom|endors|favou?r)\w*\s+(?:[\p{Lu}][\p{L}]*\s+)*[\p{Lu}][\p{L}]*['’]s\s+(?:\p{Ll}+\s+)?$/u;

export const membership: Extractor = {
  id: "membership/list",
  pattern,
  keywords: ["member", "belong", "part", "join", "admission", "accession", "acceded", "includ", "sit on", "sits on", "sitting on", "sat on"],
  extract(ctx, m) {
    const end = m.index + m[0].length;
    if (m.groups!.includes) return includes(ctx, m.index, end);
    if (m.groups!.ofwhich) return ofWhich(ctx, m.index, m.groups!.rel!);
    const lead = ctx.text.slice(Math.max(0, m.index - 50), m.index);
    if (UNREAL.test(lead) || BACKED.test(lead)) return null;
    if (m.groups!.suffix) {
      // "Both are NATO members", "an EU member state": the organisation stands right before the word
      const org = ctx.orgs.find((o) => o.end === m.index);
      const members = org ? membersOf(ctx, org.start) : [];
      return org && members.length ? [{ kind: "membership", org: org.org, members }] : null;
    }
    const members = membersOf(ctx, m.index);
    if (!members.length) return null;
    const rest = ctx.text.slice(end);
    // a parenthesis inside the list ("NATO (Poland since 1999)") does not end it
    const blank = (p: string) => " ".repeat(p.length);
    const stop = LIST_END.exec(rest.replace(/\([^()]*\)/g, blank).replace(DATE_IN_LIST, blank));
    const list = rest.slice(0, stop ? stop.index : rest.length);
    if (m.groups!.seat) return seat(ctx, end, list, members);
    // names not in the vocabulary are taken only from explicit member lists
    const orgs = orgsInList(ctx, end, list, /member/i.test(m[0]));
    return orgs.map((org) => ({ kind: "membership", org, members }) as Draft);
  },
};

/** "the European Union (which includes Spain)" */
function includes(ctx: SentenceContext, at: number, end: number): Draft[] | null {
  const org = ctx.orgs.filter((o) => o.end <= at && at - o.end <= 2).pop();
  const member = ctx.countries.find((c) => c.start >= end && c.start <= end + 4 && inPair(ctx, c.code));
  if (!org || !member) return null;
  return [{ kind: "membership", org: org.org, members: [member.code] }];
}

/** "the European Free Trade Association, of which Iceland is a member" */
function ofWhich(ctx: SentenceContext, at: number, rel: string): Draft[] | null {
  const org = ctx.orgs.find((o) => o.end === at);
  if (!org) return null;
  const relStart = ctx.text.indexOf(rel, at);
  const named = ctx.countries.filter((c) => c.start >= relStart && c.end <= relStart + rel.length && c.form !== "combining").map((c) => c.code);
  const members = bothRe.test(rel) ? [...ctx.pair] : named.filter((c) => inPair(ctx, c));
  // every state named must be one of the pair: "of which Norway and Iceland are members" keeps Iceland only
  return members.length ? [{ kind: "membership", org: org.org, members: [...new Set(members)] }] : null;
}

/** "both sit on the Arctic Council": known organisations only, each named whole and listed from the start
 * ("the UN Security Council" is a seat, not a membership; nor is "the board of the World Bank"). */
function seat(ctx: SentenceContext, offset: number, list: string, members: string[]): Draft[] | null {
  const out: string[] = [];
  let pos = offset;
  for (const o of ctx.orgs) {
    if (o.start < pos) continue;
    if (o.end > offset + list.length || !/^(?:\s*(?:,|and|the|as\s+well\s+as)\s*)*$/i.test(ctx.text.slice(pos, o.start))) break;
    if (/^\s+[\p{Lu}]|^['’]s\b/u.test(ctx.text.slice(o.end, o.end + 3))) break;
    if (!out.includes(o.org)) out.push(o.org);
    pos = o.end;
  }
  return out.length ? out.map((org) => ({ kind: "membership", org, members }) as Draft) : null;
}

// where a new clause with its own subject begins: "…, while Vietnam is a member of ASEAN"
const CLAUSE = /(?:,\s*(?:while|whereas|but|and|since|as|because|although|though)\s|;\s)/gi;

function membersOf(ctx: SentenceContext, at: number): string[] {
  let from = 0;
  for (const m of ctx.text.slice(0, at).matchAll(CLAUSE)) from = m.index! + m[0].length;
  const before = ctx.text.slice(from, at);
  // "Peru's admission into the United Nations"
  const owner = ctx.countries.filter((c) => c.end <= at && c.form === "possessive" && at - c.end < 4).pop();
  if (owner) return inPair(ctx, owner.code) ? [owner.code] : [];
  if (bothRe.test(before) || /\bshar(?:ed|ing)\s+membership\b/i.test(ctx.text.slice(Math.max(0, at - 10), at + 12))) return [...ctx.pair];
  const named = ctx.countries.filter((c) => c.start >= from && c.end <= at && inPair(ctx, c.code) && c.form !== "combining");
  // "Chile and Peru are …", not "Chile is … and Peru is …"
  const together = named.some((a, i) => named.slice(i + 1).some((b) => b.code !== a.code && /^\s*(?:,|and|,\s*and|as\s+well\s+as)\s*(?:the\s+)?$/.test(ctx.text.slice(a.end, b.start))));
  if (together && ctx.pair.every((p) => named.some((c) => c.code === p))) return [...ctx.pair];
  const s = subjectBefore(ctx, at);
  return s ? [s] : [];
}

const NAME_PART = String.raw`[\p{Lu}][\p{L}'’-]*|of|the|for|and|de|in|on`;
const ORG_NAME = new RegExp(String.raw`^(?:${NAME_PART})(?:\s+(?:${NAME_PART}))*`, "u");

/** The organisations named in a member list: known ones, and capitalised names between list separators. */
function orgsInList(ctx: SentenceContext, offset: number, list: string, unknownToo: boolean): string[] {
  const out: string[] = [];
  const known = ctx.orgs.filter((o) => o.start >= offset && o.end <= offset + list.length);
  let masked = list;
  for (const o of known) if (!/^['’]s\b/.test(ctx.text.slice(o.end, o.end + 3))) masked = masked.slice(0, o.start - offset) + "§".repeat(o.end - o.start) + masked.slice(o.end - offset);
  // "the EU's neighbourhood policy": an org in the possessive names the owner of the next item, not a membership
  for (const o of known) if (!/^['’]s\b/.test(ctx.text.slice(o.end, o.end + 3)) && !out.includes(o.org)) out.push(o.org);
  for (const part of masked.split(/,\s*|\s+and\s+(?:of\s+)?|\s+as\s+well\s+as\s+/)) {
    if (part.includes("§")) continue;
    const p = part.replace(/^(?:and|of|in)\s+/, "").replace(/^(?:the|The)\s+/, "").replace(/^\p{Lu}{2,}['’]s\s+/u, "").replace(/\s*\([^)]*\)?\s*$/, "").trim();
    // a known name the mentions skip because it is in lower case: "the eurozone", "the euro area"
    const lower = /^\p{Ll}/u.test(p) ? resolveOrgMention(p) : undefined;
    if (lower && !out.includes(lower.id)) out.push(lower.id);
    if (!unknownToo || !p || resolveOrg(p)) continue;
    const name = ORG_NAME.exec(p)?.[0]?.replace(/\s+(?:of|the|for|and|de|in|on)$/, "");
    // an unknown organisation must look like a proper name of two words or more, the whole item
    if (!name || name !== p || name.split(/\s+/).length < 2 || /^\p{Ll}/u.test(name)) continue;
    if (ctx.countries.some((c) => ctx.text.slice(c.start, c.end) === name)) continue;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}
