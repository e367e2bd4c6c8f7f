// The HTTP API through Fastify's inject, once per database: a real SQLite file, and a real PostgreSQL server
// where one can be started (test/store/dialects.ts: skipped with a reason on a laptop without it, required in CI).
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Fastify, { type FastifyInstance } from "fastify";
import { buildApp, MAX_BODY_BYTES } from "../../src/server/app.js";
import { registerResponseCache } from "../../src/server/cache.js";
import { CHILE_NORWAY, HOSTILE } from "./fixtures.js";
import type { Store } from "../../src/query/index.js";
import { availableDialects, stopDialects } from "../store/dialects.js";
import { SEED_FILE, assertNoStack, freshStore, hasShared } from "./helpers.js";

const TOKEN = "test-token-3f9a";
const auth = { authorization: `Bearer ${TOKEN}` };

const dialects = await availableDialects();
afterAll(stopDialects);

describe.each(dialects)("API on $name", (dialect) => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = await freshStore(dialect, { seed: true });
    app = buildApp({ store, token: TOKEN, today: "2026-01-01" });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  async function get(url: string) {
    const res = await app.inject({ method: "GET", url });
    assertNoStack(res.body);
    return res;
  }

  /** Every failure is `{ error, message }` with the status given. */
  async function expectError(res: { statusCode: number; body: string; headers: Record<string, unknown> }, status: number) {
    expect(res.statusCode, res.body).toBe(status);
    expect(String(res.headers["content-type"])).toMatch(/application\/json/);
    const body = JSON.parse(res.body);
    expect(Object.keys(body).sort()).toEqual(["error", "message"]);
    expect(body.message.length).toBeGreaterThan(3);
    assertNoStack(res.body);
    return body as { error: string; message: string };
  }

  describe("errors", () => {
    it.each([
      ["/api/pairs/Narnia/SVN", 404],
      ["/api/pairs/MEX/Atlantis", 404],
      ["/api/countries/Narnia", 404],
      ["/api/no-such-endpoint", 404],
      ["/api/sources/999999", 404],
      ["/api/sources/abc", 400],
      ["/api/pairs/MEX/SVN?as_of=2020-13-01", 400],
      ["/api/pairs/MEX/SVN?as_of=2021-02-29", 400],
      ["/api/pairs/MEX/SVN?as_of=yesterday", 400],
      ["/api/pairs/MEX/SVN/timeline?from=1990-1-1", 400],
      ["/api/facts?from=not-a-date", 400],
      ["/api/facts?to=1998-02-30", 400],
      ["/api/facts?kind=gossip", 400],
      ["/api/facts?from=2000&to=1990", 400],
      ["/api/facts?pair=MEX", 400],
      ["/api/search", 400],
    ])("GET %s → %i", async (url, status) => {
      await expectError(await get(url), status);
    });

    it("a pair of known states with no facts is a 404", async () => {
      const body = await expectError(await get("/api/pairs/ISL/FJI"), 404);
      expect(body.message).toMatch(/Iceland|Fiji|nothing/i);
    });

    it("a state paired with itself is refused", async () => {
      const res = await get("/api/pairs/MEX/mexico");
      expect([400, 404]).toContain(res.statusCode);
      await expectError(res, res.statusCode);
    });

    it("an internal failure is a 500 without the stack or the error's text", async () => {
      const broken = { ...store, findFacts: async () => { throw new Error("boom at /secret/path/store.ts:12"); } };
      const app2 = buildApp({ store: broken, token: TOKEN });
      const res = await app2.inject({ method: "GET", url: "/api/pairs/MEX/SVN" });
      const body = await expectError(res, 500);
      expect(body.message).not.toMatch(/boom|secret/);
      await app2.close();
    });
  });

  describe("writes", () => {
    const post = (headers: Record<string, string>, payload: unknown, url = "/api/sources") =>
      app.inject({ method: "POST", url, headers: { "content-type": "application/json", ...headers }, payload: JSON.stringify(payload) });

    it("refuses a write without the token, or with a wrong one, with 401", async () => {
      await expectError(await post({}, { text: CHILE_NORWAY }), 401);
      await expectError(await post({ authorization: "Bearer nope" }, { text: CHILE_NORWAY }), 401);
      await expectError(await post({ authorization: TOKEN }, { text: CHILE_NORWAY }), 401);
      const after = await get("/api/sources");
      expect(JSON.parse(after.body).some((s: { title: string }) => s.title === "Chile–Norway relations")).toBe(false);
    });

    it("refuses every write when the server has no token", async () => {
      const open = buildApp({ store: store });
      const res = await open.inject({ method: "POST", url: "/api/sources", headers: { "content-type": "application/json", ...auth }, payload: JSON.stringify({ text: CHILE_NORWAY }) });
      const body = await expectError(res, 401);
      expect(body.message).toMatch(/BILATERAL_TOKEN/);
      await open.close();
    });

    it("answers 413 to a body over 5 MB", async () => {
      const big = "x".repeat(MAX_BODY_BYTES + 10);
      await expectError(await post(auth, { text: big }), 413);
      await expectError(await post({}, { text: big }, "/api/extract"), 413);
    });

    it("answers 400 to a body without text", async () => {
      await expectError(await post(auth, { title: "no text" }), 400);
      await expectError(await post(auth, { text: "" }), 400);
    });

    it("stores an article with the token (201), then knows it unchanged (200); its text comes back verbatim", async () => {
      const res = await post(auth, { text: CHILE_NORWAY });
      expect(res.statusCode, res.body).toBe(201);
      const stored = JSON.parse(res.body);
      expect(stored.kind).toBe("stored");
      expect(stored.pair).toEqual(["CHL", "NOR"]);

      const again = await post(auth, { text: CHILE_NORWAY });
      expect(again.statusCode).toBe(200);
      expect(JSON.parse(again.body).kind).toBe("unchanged");

      const source = JSON.parse((await get(`/api/sources/${stored.sourceId}`)).body);
      expect(source.source.text).toBe(CHILE_NORWAY);
      for (const f of source.facts) for (const [s, e] of f.spans) expect(0 <= s && s < e && e <= CHILE_NORWAY.length).toBe(true);
    });

    it("accepts the raw article as text/plain and keeps markup as text", async () => {
      const res = await app.inject({ method: "POST", url: "/api/sources", headers: { "content-type": "text/plain; charset=utf-8", ...auth }, payload: HOSTILE });
      expect([200, 201]).toContain(res.statusCode);
      const { sourceId } = JSON.parse(res.body);
      const source = JSON.parse((await get(`/api/sources/${sourceId}`)).body);
      expect(source.source.text).toBe(HOSTILE);
    });

    it("previews an extraction without storing (no token needed)", async () => {
      const text = CHILE_NORWAY.replace("1851", "1852");
      const res = await post({}, { text }, "/api/extract");
      expect(res.statusCode, res.body).toBe(200);
      const body = JSON.parse(res.body);
      expect(body.record.pair).toEqual(["CHL", "NOR"]);
      const sources = JSON.parse((await get("/api/sources")).body) as { sha256: string }[];
      expect(sources.some((s) => s.sha256 === body.record.source.sha256)).toBe(false);
    });

    it("answers 422 when the text names no pair", async () => {
      await expectError(await post({}, { text: "Nothing about any two states here." }, "/api/extract"), 422);
    });
  });

  describe("reads", () => {
    it("lists countries with fact counts", async () => {
      const res = await get("/api/countries");
      expect(res.statusCode).toBe(200);
      const list = JSON.parse(res.body) as { code: string; name: string; facts: number }[];
      expect(list.find((c) => c.code === "CHL")?.facts).toBeGreaterThan(0);
    });

    it("serves the OpenAPI document and the docs page", async () => {
      const res = await get("/api/openapi.json");
      expect(res.statusCode).toBe(200);
      const doc = JSON.parse(res.body);
      expect(doc.openapi).toMatch(/^3\./);
      expect(doc.info.title).toBe("bilateral");
      const paths = Object.keys(doc.paths);
      for (const p of ["/api/countries", "/api/countries/{code}", "/api/pairs/{a}/{b}", "/api/pairs/{a}/{b}/record", "/api/facts", "/api/search", "/api/sources/{id}", "/api/sources"]) expect(paths).toContain(p);
      // every operation answers something, declares each path parameter, and every $ref resolves
      for (const [p, ops] of Object.entries<Record<string, { responses?: object; parameters?: { in: string; name: string }[] }>>(doc.paths)) {
        for (const op of Object.values(ops)) {
          expect(Object.keys(op.responses ?? {}).length, p).toBeGreaterThan(0);
          for (const name of [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1])) expect(op.parameters?.some((x) => x.in === "path" && x.name === name), `${p} {${name}}`).toBe(true);
        }
      }
      for (const ref of res.body.matchAll(/"\$ref":"#\/([^"]+)"/g)) {
        const target = ref[1]!.split("/").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], doc);
        expect(target, ref[1]).toBeDefined();
      }
      expect(doc.paths["/api/sources"].post.security).toEqual([{ bearer: [] }]);
      const docs = await get("/api/docs/");
      expect(docs.statusCode).toBe(200);
      expect(docs.body).toMatch(/swagger/i);
    });

    it("says how to build the web UI when it is not built", async () => {
      const res = await get("/pair/MEX/SVN");
      expect(res.statusCode).toBe(200);
      expect(res.body).toMatch(/build:web/);
    });

    it("finds countries and pairs by name in /api/search", async () => {
      const res = await get(`/api/search?q=${encodeURIComponent("Chile–Norway")}`);
      expect(res.statusCode).toBe(200);
      const body = JSON.parse(res.body);
      expect(body.pairs).toEqual([{ pair: ["CHL", "NOR"], names: ["Chile", "Norway"] }]);
      const byName = JSON.parse((await get("/api/search?q=norw")).body);
      expect(byName.countries.map((c: { code: string }) => c.code)).toContain("NOR");
    });
  });

  describe.runIf(hasShared)("Mexico–Slovenia (the seed article)", () => {
    it("profiles the pair by codes or names alike", async () => {
      const byCode = await get("/api/pairs/MEX/SVN");
      expect(byCode.statusCode, byCode.body).toBe(200);
      const p = JSON.parse(byCode.body);
      expect(p.pair).toEqual(["MEX", "SVN"]);
      expect(p.relations.established.date).toBe("1992");
      const byName = JSON.parse((await get("/api/pairs/mexico/Slovenia")).body);
      expect(byName.pair).toEqual(["MEX", "SVN"]);
      expect(byName.facts.length).toBe(p.facts.length);
    });

    it("lists the visits, with Drnovšek's of October 1998", async () => {
      const visits = JSON.parse((await get("/api/pairs/MEX/SVN/visits?direction=Slovenia")).body) as { from: string; person: { name: string }; date?: string }[];
      expect(visits.every((v) => v.from === "SVN")).toBe(true);
      expect(visits.some((v) => v.person.name === "Janez Drnovšek" && v.date === "1998-10")).toBe(true);
      await expectError(await get("/api/pairs/MEX/SVN/visits?direction=Austria"), 400);
    });

    it("draws the accreditation from Vienna to Slovenia with coordinates", async () => {
      const m = JSON.parse((await get("/api/pairs/MEX/SVN/missions")).body);
      const mexInSvn = m.directions.find((d: { of: string }) => d.of === "MEX");
      const vienna = mexInSvn.accreditation.find((a: { fact: { via: { city?: string } } }) => a.fact.via.city === "Vienna");
      expect(vienna.from.name).toBe("Vienna");
      expect(vienna.from.lat).toBeCloseTo(48.2, 0);
      expect(vienna.to.name).toBe("Ljubljana");
    });

    it("narrows the timeline and the profile by date", async () => {
      const tl = JSON.parse((await get("/api/pairs/MEX/SVN/timeline?from=1998&to=1998")).body) as { date: string }[];
      expect(tl.length).toBeGreaterThan(0);
      expect(tl.every((e) => e.date.startsWith("1998"))).toBe(true);
      const early = JSON.parse((await get("/api/pairs/MEX/SVN?as_of=1995-01-01")).body);
      const now = JSON.parse((await get("/api/pairs/MEX/SVN")).body);
      expect(early.facts.length).toBeLessThan(now.facts.length);
    });

    it("returns the pair as a valid format-1 record whose facts point at their source", async () => {
      const { BilateralRecord } = await import("../../src/model/record.js");
      const body = JSON.parse((await get("/api/pairs/MEX/SVN/record")).body);
      expect(BilateralRecord.safeParse(body).success).toBe(true);
      const visit = body.facts.find((f: { kind: string; person?: { name: string } }) => f.kind === "visit" && f.person?.name === "Janez Drnovšek");
      const source = JSON.parse((await get(`/api/sources/${visit.sourceId}`)).body);
      const [s, e] = Array.isArray(visit.span[0]) ? visit.span[0] : visit.span;
      expect(source.source.text.slice(s, e)).toMatch(/Drnovšek/);
    });

    it("filters facts by kind and window", async () => {
      const res = JSON.parse((await get("/api/facts?kind=visit,agreement&from=1996&to=1998&pair=MEX,SVN")).body) as { kind: string; date?: string }[];
      expect(res.length).toBeGreaterThan(0);
      expect(res.every((f) => (f.kind === "visit" || f.kind === "agreement") && f.date! >= "1996" && f.date! <= "1998-12-31")).toBe(true);
    });

    it("shows Slovenia's network: Mexico covers it from Vienna", async () => {
      const n = JSON.parse((await get("/api/countries/Slovenia")).body);
      expect(n.code).toBe("SVN");
      expect(n.coveredBy.some((c: { fact: { of: string; via: { city?: string } } }) => c.fact.of === "MEX" && c.fact.via.city === "Vienna")).toBe(true);
      expect(n.pairs.some((p: { pair: string[] }) => p.pair.includes("MEX"))).toBe(true);
    });
  });

  describe.runIf(hasShared)("render and check", () => {
    it("renders the pair as text, Markdown and HTML; refuses an unknown format", async () => {
      const text = await get("/api/pairs/MEX/SVN/render");
      expect(text.statusCode).toBe(200);
      expect(text.headers["content-type"]).toMatch(/text\/plain/);
      expect(text.body).toMatch(/Mexico–Slovenia relations/);
      expect(text.body).toMatch(/1992/);
      const html = await get("/api/pairs/MEX/SVN/render?format=html");
      expect(html.headers["content-type"]).toMatch(/text\/html/);
      expect(html.headers["content-security-policy"]).toMatch(/sandbox/);
      expect((await get("/api/pairs/MEX/SVN/render?format=markdown")).headers["content-type"]).toMatch(/text\/markdown/);
      await expectError(await get("/api/pairs/MEX/SVN/render?format=pdf"), 400);
    });

    it("checks the stored pair and an article's text", async () => {
      const report = await get("/api/pairs/MEX/SVN/check");
      expect(report.statusCode, report.body).toBe(200);
      const body = JSON.parse(report.body);
      expect(body.pair).toEqual(["MEX", "SVN"]);
      expect(Array.isArray(body.findings)).toBe(true);
      // a claim the text cannot support: a 300th anniversary of relations established in 1992
      const wrong = readFileSync(SEED_FILE, "utf8").replace("31 years of diplomatic relations", "300 years of diplomatic relations");
      const res = await app.inject({ method: "POST", url: "/api/check", headers: { "content-type": "application/json" }, payload: JSON.stringify({ text: wrong }) });
      expect(res.statusCode).toBe(200);
      const findings = JSON.parse(res.body).findings as { message: string }[];
      expect(findings.some((f) => /300/.test(f.message))).toBe(true);
    });
  });

  describe("response cache", () => {
    it("reuses a GET answer, and a write empties it at once", async () => {
      const url = "/api/countries";
      const first = await get(url);
      const second = await get(url);
      expect(second.headers["x-cache"]).toBe("hit");
      expect(second.body).toBe(first.body);
      const text = CHILE_NORWAY.replace("= Chile–Norway relations =", "= Peru–Finland relations =").replace(/Chile/g, "Peru").replace(/Norway/g, "Finland").replace(/Norwegian/g, "Finnish");
      const write = await app.inject({ method: "POST", url: "/api/sources", headers: { "content-type": "text/plain", ...auth }, payload: text });
      expect(write.statusCode, write.body).toBe(201);
      const after = await get(url);
      expect(after.headers["x-cache"]).toBeUndefined();
      const finland = (JSON.parse(after.body) as { code: string; facts: number }[]).find((c) => c.code === "FIN")!;
      const before = (JSON.parse(first.body) as { code: string; facts: number }[]).find((c) => c.code === "FIN")?.facts ?? 0;
      expect(finland.facts).toBeGreaterThan(before);
    });

    it("is off with cacheSeconds: 0", async () => {
      const uncached = buildApp({ store: store, cacheSeconds: 0 });
      await uncached.inject({ url: "/api/countries" });
      const res = await uncached.inject({ url: "/api/countries" });
      expect(res.headers["x-cache"]).toBeUndefined();
      await uncached.close();
    });
  });
});

describe("response cache limits", () => {
  it("keeps no more characters than allowed, dropping the oldest answers", async () => {
    const app = Fastify();
    registerResponseCache(app, { seconds: 60, maxChars: 25 });
    let calls = 0;
    app.get("/api/x/:n", async (req) => {
      calls++;
      return { n: (req.params as { n: string }).n, pad: "0123" };
    });
    const hit = async (n: number) => (await app.inject({ url: `/api/x/${n}` })).headers["x-cache"];
    expect(await hit(1)).toBeUndefined(); // {"n":"1","pad":"0123"}: 22 characters, kept
    expect(await hit(1)).toBe("hit");
    expect(await hit(2)).toBeUndefined(); // another 22: the first is dropped to make room
    expect(await hit(2)).toBe("hit");
    expect(await hit(1)).toBeUndefined();
    expect(calls).toBe(3);
    await app.close();
  });
});
