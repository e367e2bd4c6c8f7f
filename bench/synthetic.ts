// Synthetic records for the store's tests and benchmark: plausible facts of every scored kind, deterministic
// from a number, with spans into a synthetic text. Nothing here is real data.
import type { BilateralRecord, Fact } from "../src/model/record.js";

/** 200 made-up three-letter codes (A00…) would not pass the gazetteer; real ISO codes from the crosswalk do. */
export function pairOf(i: number, codes: readonly string[]): [string, string] {
  const n = codes.length;
  const a = i % n;
  const b = (a + 1 + (Math.floor(i / n) % (n - 1))) % n;
  return [codes[a]!, codes[b]!];
}

const NAMES = ["Novak", "García", "Horvat", "López", "Kovač", "Müller", "Rossi", "Dubois", "Silva", "Nakamura"];

/** A record of `size` facts (at least 8) for a pair; `variant` changes titles and values. */
export function syntheticRecord(i: number, pair: [string, string], size = 10): { record: BilateralRecord; text: string } {
  const [a, b] = pair;
  const y = 1960 + (i % 60);
  const facts: Fact[] = [
    { kind: "relations", event: "established", date: String(y) },
    { kind: "recognition", by: a, of: b, date: `${y}-0${1 + (i % 9)}-1${i % 10}` },
    { kind: "membership", org: "UN", members: [a, b] },
    { kind: "mission", of: a, type: "embassy", in: b, city: `City ${i % 97}`, event: "opened", date: String(y + 1) },
    { kind: "accreditation", of: b, to: a, via: { type: "embassy", city: `Hub ${i % 13}` } },
    { kind: "agreement", title: `Agreement number ${i} on cooperation`, parties: [a, b], date: String(y + 2), type: "agreement" },
    { kind: "trade", value: 1_000_000 * (1 + (i % 500)), currency: "USD", year: 2000 + (i % 24), flow: "total" },
    { kind: "company", name: `Company ${i}`, of: a, in: b },
  ];
  for (let k = 0; facts.length < size; k++)
    facts.push({
      kind: "visit",
      from: k % 2 ? a : b,
      to: k % 2 ? b : a,
      person: { name: `Person ${NAMES[k % NAMES.length]}${k}x${i}`, title: "Foreign Minister" },
      date: `${y + 3 + (k % 40)}-0${1 + (k % 9)}`,
    });
  const lines = facts.map((f, k) => `- synthetic statement ${k} of document ${i}: ${f.kind}`);
  let pos = `= Synthetic ${i} =\n\n`.length;
  const withSpans = facts.map((f, k) => {
    const span: [number, number] = [pos, pos + lines[k]!.length];
    pos += lines[k]!.length + 1;
    return { ...f, span, rule: "synthetic" } as Fact;
  });
  const text = `= Synthetic ${i} =\n\n${lines.join("\n")}\n`;
  return { record: { format: "bilateral.record/1", pair: [a, b], source: { title: `Synthetic ${i}` }, facts: withSpans }, text };
}
