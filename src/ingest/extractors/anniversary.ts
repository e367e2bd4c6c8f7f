// anniversary: "the two countries marked 180 years of diplomatic relations", "the 30th anniversary of …".
import { nearestDate, type Extractor } from "../context.js";

const pattern = /\b(?:celebrat\w*|mark\w*|commemorat\w*|observ\w*)\s+(?:the\s+)?(?<n>\d{1,3})\s*(?:th|st|nd|rd)?[\s-]+(?:years?|anniversary)\s+(?:of\s+)?(?:(?:the\s+)?establishment\s+of\s+)?(?:their\s+)?(?:diplomatic\s+)?(?:relations|ties)|\b(?<n2>\d{1,3})(?:th|st|nd|rd)\s+anniversary\s+of\s+(?:the\s+)?(?:establishment\s+of\s+)?(?:diplomatic\s+)?(?:relations|ties)/gi;

export const anniversary: Extractor = {
  id: "anniversary/prose",
  pattern,
  keywords: ["anniversar", "years"],
  extract(ctx, m) {
    const years = Number(m.groups!.n ?? m.groups!.n2);
    const date = nearestDate(ctx, m.index, 0, ctx.text.length, false);
    if (!years || !date) return null;
    return { kind: "anniversary", years, date: date.value };
  },
};
