// anniversary: "the two countries marked 180 years of diplomatic relations", "sixty years of diplomatic ties",
// "the 30th anniversary of …", "the centenary of their diplomatic relations", "… relations; the 35th anniversary
// was celebrated in 2024". Read from the word "years", "anniversary" or "centenary" outwards: the pattern is a
// few literal words, cheap to look for.
import { nearestDate, type Extractor } from "../context.js";

const CARDINAL = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:one|a)\s+hundred|one|two|three|four|five|six|seven|eight|nine)`;
const ORDINAL = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)`;
const RELATIONS = String.raw`(?:(?:the\s+)?establishment\s+of\s+)?(?:their\s+|the\s+)?(?:bilateral\s+)?(?:diplomatic\s+)?(?:relations|ties)\b`;

const pattern = /\b(?:years?|anniversary|centenary|centennial|bicentenary|bicentennial|sesquicentenary|sesquicentennial|jubilee)\b/gi;

// after the word: what was counted
const OF_RELATIONS = new RegExp(String.raw`^\s+(?:of\s+)?${RELATIONS}`, "i");
const YEARS_OF_RELATIONS = new RegExp(String.raw`^(?:[\s-]+anniversary)?\s+(?:of\s+)?${RELATIONS}`, "i");
const CELEBRATED = /^\s+(?:was|were)\s+(?:celebrated|marked|commemorated|observed)\b/i;
// before it: "marked 25", "celebrated the sixtieth", "the 30th", "golden"
const MARKED_COUNT = new RegExp(String.raw`\b(?:celebrat\w*|mark\w*|commemorat\w*|observ\w*)\s+(?:the\s+)?(?:(?<n>\d{1,3})\s*(?:th|st|nd|rd)?|(?<word>${CARDINAL}|${ORDINAL}))[\s-]+(?:years?[\s-]+)?$`, "i");
const ORDINAL_BEFORE = new RegExp(String.raw`(?:\b(?<the>the)\s+)?(?:\b(?<n>\d{1,3})(?:th|st|nd|rd)|\b(?<word>${ORDINAL}))\s+$`, "i");
const JUBILEE_KIND = /\b(golden|silver|diamond)\s+$/i;
const RELATIONS_BEFORE = /\b(?:relations|ties)\b/i;

const NUMBERS: Record<string, number> = {};
"one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(" ").forEach((w, i) => (NUMBERS[w] = i + 1));
"first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split(" ").forEach((w, i) => (NUMBERS[w] = i + 1));
"twenty thirty forty fifty sixty seventy eighty ninety".split(" ").forEach((w, i) => (NUMBERS[w] = 20 + 10 * i));
"twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split(" ").forEach((w, i) => (NUMBERS[w] = 20 + 10 * i));
const JUBILEES: Record<string, number> = { centenary: 100, centennial: 100, bicentenary: 200, bicentennial: 200, sesquicentenary: 150, sesquicentennial: 150, golden: 50, silver: 25, diamond: 60 };

/** "sixty", "twenty-five", "one hundred", "fortieth" as a number. */
function wordNumber(words: string): number {
  const parts = words.toLowerCase().split(/[-\s]+/);
  if (parts.includes("hundred") || parts.includes("hundredth")) return 100;
  return parts.reduce((n, w) => n + (NUMBERS[w] ?? 0), 0);
}
const count = (g: Record<string, string | undefined>) => (g.n ? Number(g.n) : g.word ? wordNumber(g.word) : 0);

export const anniversary: Extractor = {
  id: "anniversary/prose",
  pattern,
  keywords: ["anniversar", "years", "centen", "bicenten", "sesquicen", "jubilee"],
  extract(ctx, m) {
    const text = ctx.text;
    const word = m[0].toLowerCase();
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 90);
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    let years = 0;
    let from = 0; // where the phrase begins
    let celebrated = false; // "the 35th anniversary was celebrated in 2024"
    if (word.startsWith("year") || word === "anniversary") {
      const marked = (word === "anniversary" ? OF_RELATIONS : YEARS_OF_RELATIONS).test(after) ? MARKED_COUNT.exec(before) : null;
      if (marked) {
        // "60-year anniversary": read at "year"
        if (word === "anniversary" && /years?[\s-]+$/i.test(before)) return null;
        years = count(marked.groups!);
        from = m.index - before.length + marked.index;
      } else if (word === "anniversary") {
        const ordinal = ORDINAL_BEFORE.exec(before);
        if (!ordinal) return null;
        if (OF_RELATIONS.test(after) && /^\s+of\b/i.test(after)) years = count(ordinal.groups!);
        else if (ordinal.groups!.the && CELEBRATED.test(after) && RELATIONS_BEFORE.test(text.slice(0, m.index))) {
          years = count(ordinal.groups!);
          celebrated = true;
        }
        from = m.index - before.length + ordinal.index;
      }
    } else if (/^\s+of\b/i.test(after) && OF_RELATIONS.test(after)) {
      // "the centenary of …", "the golden jubilee of …"
      const kind = word === "jubilee" ? JUBILEE_KIND.exec(before) : null;
      years = JUBILEES[kind ? kind[1]!.toLowerCase() : word] ?? 0;
      from = kind ? m.index - before.length + kind.index : m.index;
    }
    if (!years) return null;
    const date = nearestDate(ctx, from, celebrated ? from : 0, text.length, false);
    if (!date) return null;
    return { kind: "anniversary", years, date: date.value };
  },
};
