// visit (list item): under a heading such as "High-level visits from Chile to Peru", each item
// names a visitor and the date(s): "- Foreign Minister Ana Rojas (2010, 2012)".
import { inPair, type Draft, type Extractor, type SentenceContext } from "../context.js";
import { resolveCountryMention as resolveCountry } from "../../vocab/countries.js";
import { NAME } from "../mentions.js";

const pattern = /^.+$/gs;
const DIRECTION = /\bvisits?\b.*?\b(?:from|by)\s+(?:the\s+)?(.+?)\s+to\s+(?:the\s+)?(.+?)\s*$/i;
const BARE = /^(?:from\s+)?(?:the\s+)?(.+?)\s+to\s+(?:the\s+)?(.+?)\s*$/i;

export const visitList: Extractor = {
  id: "visit/list-item",
  pattern,
  scope: "item",
  extract(ctx, m) {
    if (ctx.sentence.block.type !== "item" || ctx.sentence.block.infobox) return null;
    const dir = direction(ctx);
    if (!dir) return null;
    const [from, to] = dir;
    let person = ctx.people[0]?.person;
    if (!person) {
      const bare = new RegExp(`^(?:\\d{4}\\s*[:–-]\\s*)?(${NAME})`, "u").exec(m[0]);
      if (!bare || resolveCountry(bare[1]!)) return null;
      person = { name: bare[1]! };
    }
    const years = new Map<string, string>();
    for (const d of ctx.dates) if (!years.has(d.value.slice(0, 4)) || d.value.length > years.get(d.value.slice(0, 4))!.length) years.set(d.value.slice(0, 4), d.value);
    if (!years.size) return null;
    return [...years.values()].map((date): Draft => ({ kind: "visit", from, to, person: { ...person!, of: person!.of ?? from }, date }));
  },
};

/** The direction a visits list gives in its heading, nearest heading first. */
function direction(ctx: SentenceContext): [string, string] | undefined {
  for (const h of [...ctx.headings].reverse()) {
    const m = DIRECTION.exec(h) ?? (/visit/i.test(ctx.headings.join(" ")) ? BARE.exec(h) : null);
    if (!m) continue;
    const from = resolveCountry(m[1]!);
    const to = resolveCountry(m[2]!);
    if (from && to && from !== to && inPair(ctx, from) && inPair(ctx, to)) return [from, to];
  }
  return undefined;
}
