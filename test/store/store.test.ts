// One suite, every database: sources, facts, provenance, revisions, conflicts, as-of, search and the queries.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { BilateralRecord, type Fact } from "../../src/model/record.js";
import {
  getAgreements,
  getCountryNetwork,
  getPairMissions,
  getPairProfile,
  getPairRecord,
  getSource,
  getTimeline,
  getVisits,
  listConflicts,
  listCountries,
  listFacts,
  resolvePair,
  search,
} from "../../src/query/index.js";
import { ingestRecord } from "../../src/store/ingest.js";
import type { Store } from "../../src/store/store.js";
import { BadInputError, NotFoundError } from "../../src/errors.js";
import { toCsv, toGeoJson, toIcs, dyadYearRows } from "../../src/export/index.js";
import { availableDialects, stopDialects } from "./dialects.js";

const dialects = await availableDialects();
afterAll(stopDialects);

// per-database expectations (Kysely style): what differs between the two is only where the data lives
const EXPECT = {
  sqlite: { location: /\.db$/ },
  postgres: { location: /^postgres:\/\/postgres@127\.0\.0\.1:\d+\// },
} as const;

const TEXT = `= Atlantis–Lemuria relations =
Atlantis and Lemuria established diplomatic relations in 1950.
- Prime Minister Ana Novak visited Lemuria in May 1999.
- Atlantis opened an embassy in Mu City in 2000 and closed it in 2010.
`;
const span = (s: string): [number, number] => [TEXT.indexOf(s), TEXT.indexOf(s) + s.length];

const VISIT: Fact = { kind: "visit", from: "MEX", to: "SVN", person: { name: "Ana Novak", title: "Prime Minister", of: "MEX" }, date: "1999-05", span: span("- Prime Minister Ana Novak visited Lemuria in May 1999.") };
const BASE: Fact[] = [
  { kind: "relations", event: "established", date: "1950", span: span("Atlantis and Lemuria established diplomatic relations in 1950.") },
  VISIT,
  { kind: "mission", of: "MEX", type: "embassy", in: "SVN", city: "Ljubljana", event: "opened", date: "2000", span: span("- Atlantis opened an embassy") },
  { kind: "mission", of: "MEX", type: "embassy", in: "SVN", city: "Ljubljana", event: "closed", date: "2010" },
  { kind: "agreement", title: "Agreement on Tea", parties: ["MEX", "SVN"], date: "1996-03-04", type: "agreement" },
  { kind: "trade", value: 5_000_000, currency: "USD", year: 2020, flow: "total" },
  { kind: "recognition", by: "MEX", of: "SVN", date: "1992-05-22" },
  { kind: "membership", org: "UN", members: ["MEX", "SVN"] },
];

const record = (title: string, facts: Fact[]): BilateralRecord => ({ format: "bilateral.record/1", pair: ["MEX", "SVN"], source: { title }, facts });

describe.each(dialects)("store on $name", (dialect) => {
  let store: Store;
  beforeEach(async () => {
    store = await dialect.open(await dialect.newDatabase());
    return () => store.close();
  });

  it("migrates a new database to the latest version and reopens it unchanged", async () => {
    const info = await store.info();
    expect(info).toMatchObject({ dialect: dialect.name, schemaVersion: 2, sources: 0, facts: 0 });
    expect(info.location).toMatch(EXPECT[dialect.name].location);
  });

  it("stores a document whole: source with text, facts with provenance and spans", async () => {
    const r = await ingestRecord(store, record("Atlantis–Lemuria relations", BASE), { text: TEXT, origin: "a.txt" });
    expect(r).toMatchObject({ kind: "stored", facts: BASE.length, newFacts: BASE.length, revision: 1 });
    if (r.kind !== "stored") throw new Error();
    const view = await getSource(store, r.sourceId);
    expect(view.source).toMatchObject({ title: "Atlantis–Lemuria relations", text: TEXT, chars: TEXT.length, origin: "a.txt", pair: ["MEX", "SVN"] });
    const visit = view.facts.find((f) => f.kind === "visit")!;
    expect(visit.spans).toEqual([VISIT.span]);
    const [stored] = await getVisits(store, "mexico", "slovenia");
    expect(stored).toMatchObject({ person: { name: "Ana Novak" }, sourceIds: [r.sourceId], span: VISIT.span });
    expect(TEXT.slice(...(stored!.span as [number, number]))).toContain("Ana Novak");
  });

  it("re-ingesting an identical document changes nothing", async () => {
    await ingestRecord(store, record("T", BASE), { text: TEXT });
    const before = await store.info();
    const again = await ingestRecord(store, record("T", BASE), { text: TEXT });
    expect(again.kind).toBe("unchanged");
    expect(await store.info()).toEqual(before);
  });

  it("a new revision of a title supersedes its facts and keeps them as history", async () => {
    const first = await ingestRecord(store, record("T", BASE), { text: TEXT });
    const revised = await ingestRecord(store, record("T", [BASE[0]!, { ...VISIT, date: "2001-06" }]), { text: TEXT + "\nrevised\n" });
    expect(revised).toMatchObject({ kind: "stored", revision: 2 });
    if (first.kind !== "stored" || revised.kind !== "stored") throw new Error();
    expect(revised.superseded).toEqual([first.sourceId]);
    const now = await listFacts(store, { pair: ["MEX", "SVN"] });
    expect(now.map((f) => f.kind).sort()).toEqual(["relations", "visit"]);
    // the superseded revision's facts no longer count for the map
    expect((await listCountries(store)).find((c) => c.code === "MEX")?.facts).toBe(2);
    expect((await getVisits(store, "MEX", "SVN")).map((v) => v.date)).toEqual(["2001-06"]);
    const history = await store.findFacts({ pair: ["MEX", "SVN"], includeHistory: true });
    expect(history.length).toBe(BASE.length + 1);
    const old = await store.getSource(first.sourceId);
    expect(old).toMatchObject({ revision: 1, supersededBy: revised.sourceId });
    expect(old?.supersededAt).toBeTruthy();
    // a superseded revision's visit is history, not a conflict with the current one
    expect(await listConflicts(store, "MEX", "SVN")).toEqual([]);
  });

  it("is bi-temporal: what the database held before a revision can still be asked (knownAt)", async () => {
    await ingestRecord(store, record("T", BASE), { text: TEXT });
    await new Promise((r) => setTimeout(r, 15));
    const between = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 15));
    await ingestRecord(store, record("T", [{ ...VISIT, date: "2001-06" }]), { text: "revised" });
    const then = await listFacts(store, { pair: ["MEX", "SVN"], knownAt: between });
    expect(then).toHaveLength(BASE.length);
    expect((then.find((f) => f.kind === "visit") as { date?: string } | undefined)?.date).toBe("1999-05");
    const now = await listFacts(store, { pair: ["MEX", "SVN"] });
    expect(now.map((f) => (f as { date?: string }).date)).toEqual(["2001-06"]);
    expect(await listFacts(store, { knownAt: "2000-01-01" })).toEqual([]);
    await expect(listFacts(store, { knownAt: "yesterday" })).rejects.toBeInstanceOf(BadInputError);
  });

  it("the same fact from two sources is one fact with both sources", async () => {
    const a = await ingestRecord(store, record("Source A", [VISIT]), { text: TEXT });
    const b = await ingestRecord(store, record("Source B", [{ ...VISIT, span: [3, 9] }]), { text: "other text" });
    expect(b).toMatchObject({ kind: "stored", facts: 1, newFacts: 0 });
    const [v] = await getVisits(store, "MEX", "SVN");
    if (a.kind !== "stored" || b.kind !== "stored") throw new Error();
    expect(v!.sourceIds).toEqual([a.sourceId, b.sourceId]);
    expect(v!.provenance.map((p) => p.span)).toEqual([VISIT.span, [3, 9]]);
  });

  it("two sources that disagree are both kept and listed as a conflict — never newest-wins", async () => {
    await ingestRecord(store, record("Source A", [VISIT, BASE[5]!]), { text: TEXT });
    await ingestRecord(store, record("Source B", [{ ...VISIT, date: "2000-05" }, { ...(BASE[5] as Fact & { kind: "trade" }), value: 6_000_000 }]), { text: "b" });
    expect((await getVisits(store, "MEX", "SVN")).map((v) => v.date)).toEqual(["1999-05", "2000-05"]);
    const conflicts = await listConflicts(store, "SVN", "MEX");
    expect(conflicts.map((c) => [c.kind, c.values.map((v) => v.value)])).toEqual([
      ["visit", ["1999-05", "2000-05"]],
      ["trade", ["5000000 USD", "6000000 USD"]],
    ]);
    const profile = await getPairProfile(store, "MEX", "SVN", { today: "2026-01-01" });
    expect(profile.conflicts).toHaveLength(2);
  });

  it("a document with an invalid fact is not stored at all", async () => {
    const bad = { kind: "visit", from: "MEX", to: "SVN", person: { name: "" } } as unknown as Fact;
    await expect(ingestRecord(store, record("Broken", [BASE[0]!, bad]), { text: TEXT })).rejects.toThrow();
    expect(await store.info()).toMatchObject({ sources: 0, facts: 0 });
  });

  it("answers the pair's profile, as of today and as of a date", async () => {
    await ingestRecord(store, record("T", BASE), { text: TEXT });
    const p = await getPairProfile(store, "Mexican", "slovenia", { today: "2026-03-01" });
    expect(p.pair).toEqual(["MEX", "SVN"]);
    expect(p.relations).toMatchObject({ yearsAgo: 76, inForce: true });
    expect(p.recognitions.map((r) => r.date)).toEqual(["1992-05-22"]);
    expect(p.sharedMemberships.map((m) => m.org)).toEqual(["UN"]);
    expect(p.visits).toMatchObject({ total: 1, aToB: 1, bToA: 0 });
    expect(p.agreements.total).toBe(1);
    expect(p.latestTrade?.value).toBe(5_000_000);
    expect(p.presence[0].missions).toHaveLength(0); // opened 2000, closed 2010
    expect(p.facts).toHaveLength(BASE.length);
    const in2005 = await getPairProfile(store, "MEX", "SVN", { asOf: "2005", today: "2026-03-01" });
    expect(in2005.presence[0].missions.map((m) => m.city)).toEqual(["Ljubljana"]);
    expect(in2005.latestTrade).toBeUndefined();
    const in1990 = await getPairMissions(store, "MEX", "SVN", { asOf: "1990-01-01" });
    expect(in1990[0].missions).toEqual([]);
    const net = await getCountryNetwork(store, "mexico", { asOf: "2005-06-01" });
    expect(net.missionsAbroad.map((m) => m.fact.city)).toEqual(["Ljubljana"]);
    expect((await getCountryNetwork(store, "MEX")).missionsAbroad).toEqual([]);
  });

  it("severed relations are not in force after, and are before", async () => {
    await ingestRecord(store, record("T", [BASE[0]!, { kind: "relations", event: "severed", date: "1970" }, { kind: "relations", event: "restored", date: "1990" }]), {});
    const on = async (d: string) => (await getPairProfile(store, "MEX", "SVN", { asOf: d, today: "2026-01-01" })).relations.inForce;
    expect([await on("1949"), await on("1960"), await on("1980"), await on("2000")]).toEqual([false, true, false, true]);
  });

  it("timeline, visits and agreements filter and order by date", async () => {
    await ingestRecord(store, record("T", BASE), { text: TEXT });
    const t = await getTimeline(store, "MEX", "SVN", { from: "1995", to: "2000" });
    expect(t.map((e) => e.date)).toEqual(["1996-03-04", "1999-05", "2000"]);
    expect(await getVisits(store, "MEX", "SVN", { fromCountry: "SVN" })).toEqual([]);
    expect((await getVisits(store, "MEX", "SVN", { fromCountry: "mexico" })).length).toBe(1);
    expect((await getAgreements(store, "SVN", "MEX")).map((a) => a.title)).toEqual(["Agreement on Tea"]);
    await expect(getVisits(store, "MEX", "SVN", { fromCountry: "AUT" })).rejects.toBeInstanceOf(BadInputError);
  });

  it("searches sources and facts in full text, diacritics and case aside", async () => {
    await ingestRecord(store, record("T", BASE), { text: TEXT });
    const hits = await search(store, "NOVAK");
    expect(hits.map((h) => h.type).sort()).toEqual(["fact", "source"]);
    expect((await search(store, "slovenia tea")).map((h) => h.type)).toEqual(["fact"]);
    expect(await search(store, "xylophone")).toEqual([]);
  });

  it("counts facts per country and exports the pair", async () => {
    await ingestRecord(store, record("T", BASE), { text: TEXT });
    const counts = await listCountries(store);
    expect(counts.find((c) => c.code === "SVN")?.facts).toBe(BASE.length);
    const rec = await getPairRecord(store, "MEX", "SVN");
    expect(BilateralRecord.safeParse(rec).success).toBe(true);
    expect(rec.facts.every((f) => typeof f.sourceId === "number")).toBe(true);
    const csv = (await toCsv(store, "MEX", "SVN")).trim().split("\n");
    expect(csv).toHaveLength(BASE.length + 1);
    const geo = JSON.parse(await toGeoJson(store, "MEX", "SVN"));
    expect(geo.features.map((f: { properties: { city: string } }) => f.properties.city)).toEqual(["Ljubljana", "Ljubljana"]);
    const ics = await toIcs(store, "MEX", "SVN", new Date("2026-01-01T00:00:00Z"));
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2); // the day-precise recognition and agreement, not the year 1950
    const rows: string[] = [];
    for await (const r of dyadYearRows(store, { toYear: 2020 })) rows.push(r);
    expect(rows[0]).toMatch(/^iso3_a,iso3_b,cow_a,cow_b,year,relations/);
    expect(rows.find((r) => r.startsWith("MEX,SVN,70,349,2005,"))).toBe("MEX,SVN,70,349,2005,1,1,0,0,0,0,");
    expect(rows.find((r) => r.startsWith("MEX,SVN,70,349,2020,"))).toBe("MEX,SVN,70,349,2020,1,0,0,0,0,0,5000000");
  });

  it("runs one writer after another on the same title without losing either", async () => {
    const results = await Promise.all([1, 2, 3, 4].map((i) => ingestRecord(store, record("Same", [{ ...VISIT, date: `200${i}` }]), { text: `text ${i}` })));
    expect(results.every((r) => r.kind === "stored")).toBe(true);
    const sources = await store.listSources({ includeSuperseded: true });
    expect(sources.map((s) => s.revision).sort()).toEqual([1, 2, 3, 4]);
    expect(sources.filter((s) => !s.supersededAt)).toHaveLength(1);
  });
});

describe("resolvePair", () => {
  it.each([
    ["mexico", "slovenia", ["MEX", "SVN"]],
    ["MEX", "svn", ["MEX", "SVN"]],
    ["Slovene", "Mexican", ["SVN", "MEX"]],
  ])("%s %s", (a, b, want) => {
    const p = resolvePair(a, b);
    expect([p.a, p.b]).toEqual(want);
  });
  it("names the unknown input", () => {
    expect(() => resolvePair("mexico", "Narnia")).toThrow(NotFoundError);
    expect(() => resolvePair("mexico", "Narnia")).toThrow(/Narnia/);
    expect(() => resolvePair("mexico", "MEX")).toThrow(BadInputError);
  });
});
