// goods: what one state sells the other. "Chile's exports to Peru include: copper, …",
// "Peru relies on Chile for fruit".
import { inPair, type Extractor } from "../context.js";
import { resolveCountryMention as resolveCountry } from "../../vocab/countries.js";

const STATE = String.raw`[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*)*`;
const pattern = new RegExp(
  [
    String.raw`(?<src>${STATE})['’]s\s+(?:main\s+|principal\s+|major\s+|chief\s+|primary\s+)?exports\s+to\s+(?<dst>${STATE})\s+(?:include|includes|included|are|were|consist\s+of|consisted\s+of|comprise)\s*:?\s*(?<list>[^;.]+)`,
    String.raw`(?<dst2>${STATE})['’]s\s+(?:main\s+|principal\s+|major\s+)?imports\s+from\s+(?<src2>${STATE})\s+(?:include|includes|included|are|were|consist\s+of)\s*:?\s*(?<list2>[^;.]+)`,
    String.raw`(?<dst3>${STATE})\s+(?:depends|relies|depended|relied)\s+(?:\w+\s+)?on\s+(?<src3>${STATE})\s+for\s+(?:its\s+)?(?<list3>[^;.]+)`,
    String.raw`(?<src4>${STATE})\s+(?:mainly\s+|mostly\s+|chiefly\s+)?export(?:s|ing)\s+(?<list4>[^;.,]+?)\s+to\s+(?<dst4>${STATE})`,
  ].join("|"),
  "gu",
);

export const goods: Extractor = {
  id: "goods/prose",
  pattern,
  keywords: ["export", "import", "depend", "relie", "relied"],
  extract(ctx, m) {
    const g = m.groups!;
    const from = state(g.src ?? g.src2 ?? g.src3 ?? g.src4);
    const to = state(g.dst ?? g.dst2 ?? g.dst3 ?? g.dst4);
    if (!from || !to || from === to || !inPair(ctx, from) || !inPair(ctx, to)) return null;
    const items = splitItems(g.list ?? g.list2 ?? g.list3 ?? g.list4 ?? "");
    if (!items.length) return null;
    return { kind: "goods", from, to, items };
  },
};

const state = (s?: string) => (s ? resolveCountry(s.replace(/^(?:Much\s+of|Most\s+of|The)\s+/, "").trim()) : undefined);

/** "copper, fruit, wine and paper" → four items; "wood and metal products and wine" → two. */
export function splitItems(list: string): string[] {
  const parts = list.replace(/\s*\(.*?\)\s*/g, " ").replace(/\s+(?:among\s+others|etc)\.?$/, "").split(/\s*,\s*/);
  const last = parts.pop() ?? "";
  const cut = last.lastIndexOf(" and ");
  const tail = cut > 0 ? [last.slice(0, cut), last.slice(cut + 5)] : [last];
  return [...parts, ...tail].map((s) => s.replace(/^(?:and|or)\s+/, "").trim()).filter((s) => s && s.split(/\s+/).length <= 6);
}
