// company: a named firm of one state operating in the other. "Several Chilean companies, such as
// Falabella, operate in Peru"; "the Chilean company Falabella"; "Peru Rail runs …".
import { inPair, otherOf, type Draft, type Extractor } from "../context.js";
import { resolveCountryMention as resolveCountry } from "../../vocab/countries.js";

const FIRM = String.raw`[\p{Lu}][\p{L}&'’.-]*(?:\s+[\p{Lu}][\p{L}&'’.-]*){0,3}`;
const CORPORATE = String.raw`(?:Railways?|Airlines|Airways|Bank|Telecom|Petroleum|Oil\s+Company|Gas|Motors|Steel|Shipping|Holding|Group|Corporation|Corp\.?|Inc\.?|Ltd\.?|S\.A\.|GmbH|d\.d\.|d\.o\.o\.)`;
const pattern = new RegExp(
  [
    String.raw`\b(?<adj>[\p{Lu}][\p{L}]+)\s+(?:companies|firms|businesses|enterprises|manufacturers)\s*,?\s+(?:such\s+as|including|like|among\s+them)\s+(?<names>${FIRM}(?:\s*,\s*(?:and\s+)?${FIRM}|\s+and\s+${FIRM})*)\s*,?\s+(?:\w+\s+){0,2}(?:operate|operates|are\s+present|have\s+operations|invest(?:ed)?|work|are\s+active)\s+in\s+(?<in>[\p{Lu}][\p{L}\s]*?)(?=[,.;]|$)`,
    String.raw`\b(?:the\s+)?(?<adj2>[\p{Lu}][\p{L}]+)\s+(?:company|firm|conglomerate|carmaker|manufacturer|group)\s+(?<name2>${FIRM})`,
    String.raw`(?<![\p{L}])(?<name3>(?<state3>[\p{Lu}][\p{L}]+)\s+${CORPORATE})(?![\p{L}])`,
  ].join("|"),
  "gu",
);

export const companies: Extractor = {
  id: "company/prose",
  pattern,
  keywords: ["compan", "firm", "businesses", "enterprises", "manufacturer", "conglomerate", "carmaker", "group", "railway", "airlines", "airways", "bank", "telecom", "petroleum", "oil", "gas", "motors", "steel", "shipping", "holding", "corporation", "ltd", "gmbh"],
  extract(ctx, m) {
    const g = m.groups!;
    if (g.names) {
      const of = resolveCountry(g.adj!);
      const where = resolveCountry(g.in!.trim());
      if (!of || !inPair(ctx, of)) return null;
      const names = g.names.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((s) => s.trim()).filter(Boolean);
      return names.map((name): Draft => ({ kind: "company", name, of, ...(where ? { in: where } : {}) }));
    }
    if (g.name2) {
      const of = resolveCountry(g.adj2!);
      if (!of || !inPair(ctx, of) || resolveCountry(g.name2)) return null;
      return { kind: "company", name: g.name2.replace(/[.,]$/, ""), of, in: otherOf(ctx, of)! };
    }
    const of = resolveCountry(g.state3!);
    if (!of || !inPair(ctx, of)) return null;
    return { kind: "company", name: g.name3!, of, in: otherOf(ctx, of)! };
  },
};
