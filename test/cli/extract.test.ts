// `bilateral extract` end to end: the real CLI in a child process, on files made here.
// Bad-input cases use files written by the test; the cases that need a real pair read ../shared at run time.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_ARTICLE_BYTES, readArticleFile } from "../../src/io/article-file.js";
import { BilateralRecord } from "../../src/model/record.js";
import { DEV_DIR, SEED_DIR, hasShared } from "../shared.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BIN = path.join(ROOT, "bin/bilateral.js");
const SPAWN_TIMEOUT = 60_000;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "bilateral-extract-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], input = ""): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, "extract", ...args], { cwd: dir, input, encoding: "utf8", timeout: SPAWN_TIMEOUT, env: { ...process.env, BILATERAL_DEBUG: "" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (s: string): string[] => s.split("\n").filter((l) => l !== "");

/** A short article in our own words, with no title line and no pair of states in it. */
const NO_STATES = "The committee met on a rainy Tuesday to discuss the budget for the coming year.\nNobody agreed on anything.\n";

/** A short article in our own words with a pair of states (facts are not checked here, only the plumbing). */
const OWN_ARTICLE = `= Chile–Norway relations =

Chile and Norway established diplomatic relations in 1928. Both countries are members of the United Nations.

==Resident diplomatic missions==
* Chile has an embassy in Oslo.
* Norway has an embassy in Santiago.
`;

/** Every kind of unusable file, made inside `dir`: [file name, how to make it, words the reason must contain]. */
const BAD: [string, (p: string) => void, RegExp][] = [
  ["missing.txt", () => {}, /no such file/],
  ["a-directory", (p) => mkdirSync(p), /directory/],
  ["binary.txt", (p) => writeFileSync(p, Buffer.from([0x3d, 0x20, 0x41, 0x00, 0x42, 0x0a])), /binary|NUL/],
  ["latin1.txt", (p) => writeFileSync(p, Buffer.from("caf\xe9 au lait\n", "latin1")), /UTF-8/],
  ["empty.txt", (p) => writeFileSync(p, ""), /empty/],
  ["blank.txt", (p) => writeFileSync(p, "  \n\t\r\n   \n"), /whitespace/],
  ["huge.txt", (p) => writeFileSync(p, Buffer.alloc(MAX_ARTICLE_BYTES + 1, "a")), /too large|5 MB/],
  ["meeting-notes.txt", (p) => writeFileSync(p, NO_STATES), /pair/],
];

function makeBad(sub: string): string[] {
  const d = path.join(dir, sub);
  mkdirSync(d, { recursive: true });
  return BAD.map(([name, make]) => {
    const p = path.join(sub, name);
    make(path.join(dir, p));
    return p;
  });
}

describe("readArticleFile", () => {
  const file = (name: string, content: string | Buffer): string => {
    const p = path.join(dir, "unit", name);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, content);
    return p;
  };

  it.each([
    ["missing", () => path.join(dir, "unit/nope.txt"), "no such file"],
    ["empty", () => file("e.txt", ""), "is empty"],
    ["whitespace", () => file("w.txt", " \n\t\n"), "contains only whitespace"],
    ["a BOM and nothing else", () => file("b.txt", "\uFEFF"), "is empty"],
    ["NUL bytes", () => file("n.txt", Buffer.from([0x61, 0x62, 0x00])), "looks binary (a NUL byte at offset 2); expected UTF-8 text"],
    ["a Latin-1 byte", () => file("l.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x78])), "is not valid UTF-8 (first bad byte at offset 3)"],
    ["an overlong form", () => file("o.txt", Buffer.from([0x61, 0xc0, 0xaf])), "is not valid UTF-8 (first bad byte at offset 1)"],
    ["a truncated sequence", () => file("t.txt", Buffer.from([0x61, 0x62, 0xe2, 0x82])), "is not valid UTF-8 (first bad byte at offset 2)"],
    ["an encoded surrogate", () => file("s.txt", Buffer.from([0x61, 0xed, 0xa0, 0x80])), "is not valid UTF-8 (first bad byte at offset 1)"],
  ])("refuses %s", (_what, make, reason) => {
    expect(readArticleFile(make())).toEqual({ ok: false, reason });
  });

  it("refuses a directory and a file over 5 MB, accepts exactly 5 MB", () => {
    expect(readArticleFile(dir)).toEqual({ ok: false, reason: "is a directory, not a file" });
    expect(readArticleFile(file("big.txt", Buffer.alloc(MAX_ARTICLE_BYTES + 1, "a")))).toEqual({
      ok: false,
      reason: "is too large (5 MB; the limit is 5 MB)",
    });
    const exact = readArticleFile(file("exact.txt", Buffer.alloc(MAX_ARTICLE_BYTES, "a")));
    expect(exact.ok && exact.text.length).toBe(MAX_ARTICLE_BYTES);
  });

  it("drops a UTF-8 BOM and keeps everything else, astral characters included", () => {
    const body = "= Ruritania–Elbonia relations =\n\nČeský ångström 🇲🇽 a\u0301\r\n";
    expect(readArticleFile(file("bom.txt", "\uFEFF" + body))).toEqual({ ok: true, text: body });
    expect(readArticleFile(file("nobom.txt", body))).toEqual({ ok: true, text: body });
  });
});

describe("bilateral extract: bad input", () => {
  it.each(BAD.map(([name, , reason]) => [name, reason] as const))("%s: one line on stderr naming it, exit 1, nothing on stdout", (name, reason) => {
    const [p] = makeBad(`single-${name}`).filter((f) => path.basename(f) === name);
    const r = run([p!]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    const err = lines(r.stderr);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(p!);
    expect(err[0]).toMatch(reason);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("--out: every bad file is reported once, in order; nothing is written; exit 1", () => {
    const files = makeBad("batch");
    const out = path.join("batch-out", "nested");
    const r = run(["--out", out, ...files]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    const err = lines(r.stderr);
    expect(err).toHaveLength(files.length);
    files.forEach((f, i) => expect(err[i]).toContain(f));
    // the directory is created, and holds no JSON and no temporary file
    expect(readdirSync(path.join(dir, out))).toEqual([]);
  });

  it("more than one file without --out is a usage error (exit 2), one line", () => {
    writeFileSync(path.join(dir, "one.txt"), NO_STATES);
    writeFileSync(path.join(dir, "two.txt"), NO_STATES);
    const r = run(["one.txt", "two.txt"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/--out/);
  });

  it("standard input (-): the same checks, named stdin", () => {
    const none = run(["-"], NO_STATES);
    expect(none.status).toBe(1);
    expect(none.stdout).toBe("");
    expect(lines(none.stderr)).toEqual([expect.stringMatching(/^bilateral: stdin: .*pair/)]);
    const empty = run(["-"], "");
    expect(lines(empty.stderr)).toEqual(["bilateral: stdin: is empty"]);
    expect(empty.status).toBe(1);
    const twice = run(["--out", "stdin-out", "-", "-"], NO_STATES);
    expect(twice.status).toBe(2);
    expect(lines(twice.stderr)).toHaveLength(1);
  });

  it("--out naming a file is one line and exit 1", () => {
    writeFileSync(path.join(dir, "not-a-dir"), "x");
    writeFileSync(path.join(dir, "three.txt"), NO_STATES);
    const r = run(["--out", "not-a-dir", "three.txt"]);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain("not-a-dir");
  });
});

describe("bilateral extract: an article of our own", () => {
  it("prints its record; --out writes it; a file given twice is refused the second time; names stay on one line", () => {
    writeFileSync(path.join(dir, "chile-norway.txt"), OWN_ARTICLE);
    const one = run(["chile-norway.txt"]);
    expect(one.stderr).toBe("");
    expect(one.status).toBe(0);
    const record = BilateralRecord.parse(JSON.parse(one.stdout));
    expect(record.pair).toEqual(["CHL", "NOR"]);
    expect(record.source.chars).toBe(OWN_ARTICLE.length);

    const odd = "odd\nname.txt";
    writeFileSync(path.join(dir, odd), "");
    const many = run(["--out", "own-out", "chile-norway.txt", odd, "chile-norway.txt"]);
    expect(many.status).toBe(1);
    expect(lines(many.stdout)).toEqual([`chile-norway.txt → ${path.join("own-out", "chile-norway.json")}: CHL–NOR, ${record.facts.length} fact${record.facts.length === 1 ? "" : "s"}`]);
    expect(lines(many.stderr)).toEqual(["bilateral: odd\\nname.txt: is empty", expect.stringMatching(/^bilateral: chile-norway\.txt: given twice/)]);
    expect(JSON.parse(readFileSync(path.join(dir, "own-out/chile-norway.json"), "utf8"))).toEqual(record);
    expect(readdirSync(path.join(dir, "own-out"))).toEqual(["chile-norway.json"]);
  });
});

describe("bilateral extract: a write that fails", () => {
  it("is one line naming the target, leaves no temporary file, and the other files are still written", () => {
    writeFileSync(path.join(dir, "chile-norway.txt"), OWN_ARTICLE);
    writeFileSync(path.join(dir, "blocked.txt"), OWN_ARTICLE);
    // the target blocked-out/blocked.json is a directory: the rename onto it must fail
    mkdirSync(path.join(dir, "blocked-out", "blocked.json"), { recursive: true });
    const r = run(["--out", "blocked-out", "blocked.txt", "chile-norway.txt"]);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^bilateral: blocked\.txt: cannot write blocked-out\/blocked\.json: /)]);
    expect(lines(r.stdout)).toEqual([expect.stringMatching(/^chile-norway\.txt → blocked-out\/chile-norway\.json: CHL–NOR/)]);
    expect(readdirSync(path.join(dir, "blocked-out")).sort()).toEqual(["blocked.json", "chile-norway.json"]);
  });
});

// These need the extraction engine to find a pair in real articles; they read ../shared at run time.
describe.skipIf(!hasShared)("bilateral extract: real articles (../shared)", () => {
  const seedName = (): string => readdirSync(SEED_DIR).find((f) => f.endsWith(".txt"))!;
  const seedText = (): string => readFileSync(path.join(SEED_DIR, seedName()), "utf8");

  it("prints the seed's record as 2-space JSON, valid format 1, exit 0", () => {
    const r = run([path.join(SEED_DIR, seedName())]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const record = BilateralRecord.parse(JSON.parse(r.stdout));
    expect(record.pair).toEqual(["MEX", "SVN"]);
    expect(record.source.chars).toBe(seedText().length);
    expect(r.stdout).toBe(JSON.stringify(record, null, 2) + "\n");
  });

  it("--out writes DIR/NAME.json per good file, one summary line each, reports the bad one, exit 1", () => {
    const dev = readdirSync(DEV_DIR).filter((f) => f.endsWith(".txt")).sort().slice(0, 2);
    expect(dev).toHaveLength(2);
    const good = [path.join(SEED_DIR, seedName()), ...dev.map((f) => path.join(DEV_DIR, f))];
    writeFileSync(path.join(dir, "bad-in-batch.txt"), "");
    const out = "real-out/new"; // created by the command
    const r = run(["--out", out, good[0]!, "bad-in-batch.txt", good[1]!, good[2]!]);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual([expect.stringContaining("bad-in-batch.txt")]);
    const summary = lines(r.stdout);
    expect(summary).toHaveLength(3);
    const names = good.map((g) => path.basename(g, ".txt"));
    good.forEach((g, i) => {
      const line = summary[i]!;
      const m = /^(.+) → (.+): ([A-Z]{3}|EU)–([A-Z]{3}|EU), (\d+) facts?$/.exec(line);
      expect(m, line).not.toBeNull();
      expect(m![1]).toBe(g);
      expect(m![2]).toBe(path.join(out, `${names[i]}.json`));
      const record = BilateralRecord.parse(JSON.parse(readFileSync(path.join(dir, m![2]!), "utf8")));
      expect(record.pair).toEqual([m![3], m![4]]);
      expect(record.facts.length).toBe(Number(m![5]));
    });
    expect(readdirSync(path.join(dir, out)).sort()).toEqual(names.map((n) => `${n}.json`).sort());
  });

  it("standard input gives the same record as the file", () => {
    const fromFile = run([path.join(SEED_DIR, seedName())]);
    const fromStdin = run(["-"], seedText());
    expect(fromStdin.stderr).toBe("");
    expect(fromStdin.status).toBe(0);
    expect(JSON.parse(fromStdin.stdout)).toEqual(JSON.parse(fromFile.stdout));
  });

  it("a BOM changes nothing: same record as without it", () => {
    writeFileSync(path.join(dir, "seed-bom.txt"), "\uFEFF" + seedText());
    const plain = run([path.join(SEED_DIR, seedName())]);
    const bom = run(["seed-bom.txt"]);
    expect(bom.status).toBe(0);
    expect(JSON.parse(bom.stdout)).toEqual(JSON.parse(plain.stdout));
  });

  it("two inputs with one NAME: the second is refused, the first kept", () => {
    for (const sub of ["a", "b"]) {
      mkdirSync(path.join(dir, "dup", sub), { recursive: true });
      writeFileSync(path.join(dir, "dup", sub, "same.txt"), seedText());
    }
    const r = run(["--out", "dup-out", "dup/a/same.txt", "dup/b/same.txt"]);
    expect(r.status).toBe(1);
    expect(lines(r.stdout)).toEqual([expect.stringMatching(/^dup\/a\/same\.txt → dup-out\/same\.json: MEX–SVN, \d+ facts?$/)]);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/dup\/b\/same\.txt: .*dup-out\/same\.json/)]);
    expect(readdirSync(path.join(dir, "dup-out"))).toEqual(["same.json"]);
  });

  it("with no title line, the file name names the pair", () => {
    // the seed without its `= … =` title line and lead (so the text itself names no pair up front)
    const body = seedText()
      .split("\n")
      .filter((l) => !/^=[^=].*=\s*$/.test(l));
    const noTitle = body.slice(body.findIndex((l) => /^==/.test(l))).join("\n");
    writeFileSync(path.join(dir, "mexico-slovenia.txt"), noTitle);
    writeFileSync(path.join(dir, "slovenia-mexico.txt"), noTitle);
    const a = run(["mexico-slovenia.txt"]);
    expect(a.stderr).toBe("");
    expect(BilateralRecord.parse(JSON.parse(a.stdout)).pair).toEqual(["MEX", "SVN"]);
    const b = run(["slovenia-mexico.txt"]);
    expect(BilateralRecord.parse(JSON.parse(b.stdout)).pair).toEqual(["SVN", "MEX"]);
  });
});
