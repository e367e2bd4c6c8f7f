// statement: a named person declaring something (not scored; the summary is the words after "that").
import { nearestDate, type Extractor } from "../context.js";

const pattern = /\b(?:declared|stated|said|announced|affirmed|stressed|emphasi[sz]ed|claimed|warned)\s+(?:that\s+)?/gi;

export const statements: Extractor = {
  id: "statement/prose",
  pattern,
  keywords: ["declared", "stated", "said", "announced", "affirmed", "stressed", "emphasi", "claimed", "warned"],
  extract(ctx, m) {
    const speaker = ctx.people.filter((p) => p.end <= m.index && m.index - p.end <= 12).pop();
    if (!speaker) return null;
    const said = ctx.text.slice(m.index + m[0].length).replace(/\s+/g, " ").trim();
    if (said.length < 10) return null;
    const summary = said.length > 200 ? said.slice(0, said.lastIndexOf(" ", 200)) + " …" : said.replace(/[.]$/, "");
    const date = nearestDate(ctx, m.index)?.value ?? ctx.paragraphDate;
    return { kind: "statement", person: speaker.person, summary, ...(date ? { date } : {}) };
  },
};
