// recognition: who recognised whom, and when. "A recognised B", "B was recognised by A", "mutual recognition".
import { inPair, nearestDate, otherOf, subjectBefore, type Extractor } from "../context.js";

const pattern = /\b(?<mutual>mutual(?:ly)?\s+recogni(?:tion|[sz]ed)|recogni[sz]ed\s+each\s+other)(?!\s+of\b)|\b(?<passive>(?:was|were|been)\s+(?:officially\s+|formally\s+|first\s+)?recogni[sz]ed\s+by\s+(?:the\s+)?)|\b(?<active>(?:officially\s+|formally\s+)?recogni[sz]e[ds]?\s+(?:the\s+)?(?:(?:newly[-\s])?independent\s+|sovereignty\s+of\s+(?:the\s+)?|independence\s+of\s+(?:the\s+)?)?)/gi;

export const recognition: Extractor = {
  id: "recognition/prose",
  pattern,
  keywords: ["recogni"],
  extract(ctx, m) {
    const end = m.index + m[0].length;
    const date = nearestDate(ctx, m.index);
    const dated = date ? { date: date.value } : {};
    if (m.groups!.passive) {
      // "Chile was recognised by Peru on …"
      const by = ctx.countries.find((c) => c.start === end && c.form !== "adjective");
      const of = ctx.countries.filter((c) => c.end <= m.index && inPair(ctx, c.code)).pop();
      if (!by || !of || !inPair(ctx, by.code) || otherOf(ctx, by.code) !== of.code) return null;
      return { kind: "recognition", by: by.code, of: of.code, ...dated };
    }
    if (m.groups!.mutual) {
      if (!/\b(?:both|two|each\s+other|mutual)/i.test(ctx.text)) return null;
      return [
        { kind: "recognition", by: ctx.pair[0], of: ctx.pair[1], ...dated },
        { kind: "recognition", by: ctx.pair[1], of: ctx.pair[0], ...dated },
      ];
    }
    // the object must follow at once: "recognized the new Chile", not "the junta-led Republic of …"
    const object = ctx.countries.find((c) => c.start >= end && c.start <= end + 1 && c.form !== "adjective");
    if (!object || !inPair(ctx, object.code)) return null;
    // the recogniser: a state named before the verb, or a person of that state ("Peruvian President …")
    const person = ctx.people.filter((p) => p.end <= m.index).pop();
    const by = subjectBefore(ctx, m.index) ?? person?.person.of;
    if (!by || by === object.code || otherOf(ctx, object.code) !== by) return null;
    return { kind: "recognition", by, of: object.code, ...dated };
  },
};
