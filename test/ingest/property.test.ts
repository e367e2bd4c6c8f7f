// Property: extract() never throws, and what it returns is either `no-pair` with a reason or a record that
// passes the format-1 schema, whose spans all lie inside the text (0 <= start < end <= text.length) and whose
// state codes are all in the gazetteer (or EU).
// Inputs: (a) random strings, (b) "wiki soup" (random sequences of the tokens articles are made of), and
// (c) real articles (the seed and the dev corpus from ../shared, read at run time; else one written here)
// cut, pierced and shuffled at random. 10,000 runs in all when CI is set, about 1,000 locally.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/ingest/extract.js";
import { BilateralRecord, spansOf } from "../../src/model/record.js";
import { getCountry } from "../../src/vocab/countries.js";
import { DEV_DIR, SEED_DIR, hasShared } from "../shared.js";

const TOTAL_RUNS = process.env.CI ? 10_000 : 1_000;
const runs = (share: number): number => Math.max(1, Math.round(TOTAL_RUNS * share));
const TIMEOUT = process.env.CI ? 900_000 : 180_000;

/** The property itself; throws (failing the run) on any breach. */
function holds(text: string, title?: string): void {
  let result;
  try {
    result = extract(text, title === undefined ? {} : { title });
  } catch (e) {
    throw new Error(`extract() threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
  if (result.kind === "no-pair") {
    expect(typeof result.reason).toBe("string");
    expect(result.reason.length).toBeGreaterThan(0);
    return;
  }
  expect(result.kind).toBe("record");
  const parsed = BilateralRecord.safeParse(result.record);
  if (!parsed.success) throw new Error(`schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  const record = parsed.data;
  if (record.source.chars !== undefined) expect(record.source.chars).toBe(text.length);
  const unknown = [...record.pair, ...record.facts.flatMap((f) => stateCodes(f))].filter((c) => c !== "EU" && !getCountry(c));
  if (unknown.length) throw new Error(`state codes not in the gazetteer: ${[...new Set(unknown)].join(", ")}`);
  for (const fact of record.facts)
    for (const [start, end] of spansOf(fact)) {
      if (!(start >= 0 && start < end && end <= text.length))
        throw new Error(`${fact.kind} (${fact.rule ?? "no rule"}): span [${start}, ${end}) outside [0, ${text.length}]`);
    }
}

/** The fields of a fact (at any depth: a person's `of`, an accreditation's `via.in`) that hold state codes. */
const STATE_FIELDS = new Set(["by", "of", "from", "to", "in", "members", "parties"]);
function stateCodes(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(stateCodes);
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) =>
    STATE_FIELDS.has(k) && (typeof v === "string" || Array.isArray(v)) ? [v].flat().filter((x): x is string => typeof x === "string") : stateCodes(v),
  );
}

/** An article written for this test (no text from ../shared), used when ../shared is absent. */
const OWN_ARTICLE = `= Chile–Norway relations =

Chile and Norway established diplomatic relations in 1928. Both countries are members of the United Nations and the OECD.

==History==
In March 1965, Norway opened an embassy in Santiago. Chile has had an embassy in Oslo since 1990.
In 2004, the Chilean Foreign Minister visited Oslo; in October 2011 the Norwegian Prime Minister paid an official visit to Chile.
The two governments signed an Agreement on Fisheries Cooperation in 2007.

==Trade==
In 2022, trade between the two countries amounted to US$ 612.5 million. Chile exports copper, fruit and wine to Norway; Norway exports salmon feed and machinery.

==Resident diplomatic missions==
* Chile has an embassy in Oslo.
* Norway has an embassy in Santiago and an honorary consulate in Punta Arenas.

==See also==
* Foreign relations of Chile
* Foreign relations of Norway
`;

function baseTexts(): { name: string; text: string }[] {
  if (!hasShared) return [{ name: "own-article", text: OWN_ARTICLE }];
  const read = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => ({ name: f, text: readFileSync(path.join(dir, f), "utf8") }));
  return [...read(SEED_DIR), ...read(DEV_DIR), { name: "own-article", text: OWN_ARTICLE }];
}

/** Things that trip parsers: astral characters and flags, lone surrogates, combining marks, wiki markup, money. */
const NASTY = fc.constantFrom(
  "🇲🇽", "𝔘", "😀", "\uD800", "\uDFFF", "\u0301", "\u0308\u0301", "\u200B", "\u200F", "\u2028", "\uFEFF", "\u00A0",
  "=", "==", "= ", " ==\n", "===", "- ", "* ", "# ", "|", "{{", "}}", "[[", "]]", "<ref>", "</ref>", "(", ")", "–", "—",
  "\n", "\n\n", "\r\n", "\t", "US$", "US$ ", "$", "€", "million", "billion", "%", ".", ",", ";", ":", "\"", "'", "’",
  "1992", "22 May", "May 1992", "1990s", "2003–2007", "c. ", "0", "9", "Mexico", "Slovenia", "the United States",
  "embassy", "consulate", "visited", "signed", "Agreement on", "relations", "In ",
);
const piece = fc.oneof(
  { weight: 4, arbitrary: NASTY },
  { weight: 1, arbitrary: fc.nat({ max: 100_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
);

/** Whole statements (our own words) so the soup also feeds the extractors, not only the pair finder. */
const STATEMENT = fc.constantFrom(
  "Both nations established diplomatic relations in 1992. ",
  "Slovenia opened an embassy in Mexico City in 2011. ",
  "* Mexico has an honorary consulate in Ljubljana.\n",
  "Both countries are members of the United Nations and the OECD. ",
  "In 2023, trade between the two nations totaled US$ 241.8 million. ",
  "In May 2006, the Prime Minister of Slovenia paid an official visit to Mexico. ",
  "Mexico recognized Slovenia on 22 May 1992. ",
  "Mexico is accredited to Slovenia from its embassy in Vienna, Austria. ",
  "\n==Trade==\n",
  "\n==Resident diplomatic missions==\n",
);
const soupPiece = fc.oneof({ weight: 3, arbitrary: piece }, { weight: 2, arbitrary: STATEMENT });

type Mutation =
  | { kind: "cut"; at: number }
  | { kind: "delete"; at: number; length: number }
  | { kind: "insert"; at: number; what: string }
  | { kind: "shuffle-lines"; keys: number[] }
  | { kind: "drop-line"; at: number }
  | { kind: "duplicate-line"; at: number };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fraction.map((at) => ({ kind: "cut" as const, at })),
  fc.record({ kind: fc.constant("delete" as const), at: fraction, length: fc.integer({ min: 1, max: 400 }) }),
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("insert" as const), at: fraction, what: piece }) },
  fc.record({ kind: fc.constant("shuffle-lines" as const), keys: fc.array(fc.nat(), { minLength: 1, maxLength: 40 }) }),
  fraction.map((at) => ({ kind: "drop-line" as const, at })),
  fraction.map((at) => ({ kind: "duplicate-line" as const, at })),
);

function mutate(text: string, m: Mutation): string {
  const pos = (f: number) => Math.floor(f * (text.length + 1));
  switch (m.kind) {
    case "cut":
      return text.slice(0, pos(m.at));
    case "delete":
      return text.slice(0, pos(m.at)) + text.slice(pos(m.at) + m.length);
    case "insert":
      return text.slice(0, pos(m.at)) + m.what + text.slice(pos(m.at));
    case "shuffle-lines": {
      const lines = text.split("\n");
      const order = lines.map((_, i) => i).sort((a, b) => m.keys[a % m.keys.length]! - m.keys[b % m.keys.length]! || a - b);
      return order.map((i) => lines[i]).join("\n");
    }
    case "drop-line":
    case "duplicate-line": {
      const lines = text.split("\n");
      const i = Math.floor(m.at * lines.length);
      lines.splice(i, m.kind === "drop-line" ? 1 : 0, ...(m.kind === "duplicate-line" ? [lines[i]!] : []));
      return lines.join("\n");
    }
  }
}

describe("extract() on any input", () => {
  it("random strings", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 300 }), fc.string({ maxLength: 300 })),
        fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
        (text, title) => holds(text, title),
      ),
      { numRuns: runs(0.25) },
    );
  });

  it("wiki soup: random sequences of article tokens under a real title", { timeout: TIMEOUT }, () => {
    const title = fc.constantFrom("= Mexico–Slovenia relations =\n", "= Kenya–Somalia relations =\n", "= A–B relations =\n", "", "==\n");
    fc.assert(
      fc.property(title, fc.array(soupPiece, { maxLength: 200 }), fc.constantFrom(undefined, "mexico-slovenia", "iran-saudi-arabia"), (t, parts, fileTitle) =>
        holds(t + parts.join(" "), fileTitle),
      ),
      { numRuns: runs(0.25) },
    );
  });
});

describe(`extract() on mutated articles (${hasShared ? "seed and dev corpus from ../shared, and one of our own" : "../shared absent: one article of our own"})`, () => {
  const bases = baseTexts();

  it("the unmutated articles hold", () => {
    for (const b of bases) holds(b.text);
  });

  it("cuts, deletions, insertions, line shuffles", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bases.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }), (i, ms) => {
        holds(ms.reduce(mutate, bases[i]!.text));
      }),
      { numRuns: runs(0.5) },
    );
  });
});
