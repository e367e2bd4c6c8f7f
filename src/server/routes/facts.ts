// /api/facts (a filtered list) and /api/search (countries, pairs and full text).
import type { FastifyInstance } from "fastify";
import { BadInputError } from "../../errors.js";
import { FACT_KINDS, type FactKind } from "../../model/record.js";
import { COUNTRIES, countryName, resolveCountry } from "../../vocab/countries.js";
import { listFacts, resolvePair, search } from "../../query/index.js";
import type { AppOptions } from "../app.js";
import { parseDateParam } from "../params.js";
import { ARRAY_OF, DATE_PARAM, OBJECT, errors } from "../schemas.js";

interface FactsRequest {
  Querystring: { kind?: string; from?: string; to?: string; as_of?: string; pair?: string; limit?: number };
}

const KINDS = new Set<string>(FACT_KINDS);

/** `visit` or `visit,agreement` to a list of kinds; 400 naming an unknown one. */
export function parseKinds(value: string | undefined): FactKind[] | undefined {
  if (!value) return undefined;
  const kinds = value.split(",").map((k) => k.trim()).filter(Boolean);
  const bad = kinds.find((k) => !KINDS.has(k));
  if (bad) throw new BadInputError("kind", `"${bad}" is not a fact kind (${FACT_KINDS.join(", ")})`);
  return kinds as FactKind[];
}

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Countries whose name or alias starts a word with the query; pairs when the query names two states. */
export function matchCountriesAndPairs(q: string) {
  const needle = fold(q.trim());
  const countries = needle.length < 2 ? [] : COUNTRIES.filter((c) => !c.until && [c.name, c.code, ...c.aliases].some((n) => fold(n).split(/[\s-]+/).some((w) => w.startsWith(needle)) || fold(n) === needle))
    .slice(0, 10)
    .map((c) => ({ code: c.code, name: c.name }));
  const pairs: { pair: [string, string]; names: [string, string] }[] = [];
  const parts = q.split(/\s*(?:[–—\/,]|\s-\s|-(?=\p{Lu})|\band\b|\bwith\b)\s*/u).filter(Boolean);
  if (parts.length === 2) {
    const [a, b] = parts.map((p) => resolveCountry(p));
    if (a && b && a !== b) pairs.push({ pair: [a, b], names: [countryName(a), countryName(b)] });
  }
  return { countries, pairs };
}

export function registerFactRoutes(api: FastifyInstance, options: AppOptions): void {
  const { store } = options;

  api.get<FactsRequest>(
    "/facts",
    {
      schema: {
        tags: ["facts"],
        summary: "Facts by kind, valid-time window (`from`, `to`), as-of date and pair",
        querystring: {
          type: "object",
          properties: {
            kind: { type: "string", description: `one kind or several, comma-separated: ${FACT_KINDS.join(", ")}` },
            from: DATE_PARAM,
            to: DATE_PARAM,
            as_of: DATE_PARAM,
            pair: { type: "string", description: "two states, comma-separated: MEX,SVN" },
            limit: { type: "integer", minimum: 1, maximum: 10000, default: 1000 },
          },
        },
        response: { 200: ARRAY_OF(OBJECT("a stored fact: format-1 fields plus id, pair, sourceIds, provenance"), "facts"), ...errors(400, 404) },
      },
    },
    async (req) => {
      const q = req.query;
      const kind = parseKinds(q.kind);
      const from = parseDateParam("from", q.from);
      const to = parseDateParam("to", q.to);
      const asOf = parseDateParam("as_of", q.as_of);
      if (from && to && from > to) throw new BadInputError("from", `${from} is after to=${to}`);
      let pair: [string, string] | undefined;
      if (q.pair) {
        const parts = q.pair.split(",");
        if (parts.length !== 2) throw new BadInputError("pair", `"${q.pair}" is not two states such as MEX,SVN`);
        const r = resolvePair(parts[0]!, parts[1]!);
        pair = [r.a, r.b];
      }
      return listFacts(store, { kind, from, to, asOf, pair, limit: q.limit ?? 1000 });
    },
  );

  api.get<{ Querystring: { q: string; limit?: number } }>(
    "/search",
    {
      schema: {
        tags: ["facts"],
        summary: "Countries and pairs whose names match, and full-text hits over sources and facts",
        querystring: {
          type: "object",
          required: ["q"],
          properties: { q: { type: "string", minLength: 1, maxLength: 500 }, limit: { type: "integer", minimum: 1, maximum: 200, default: 20 } },
        },
        response: { 200: OBJECT("{ query, countries: [{ code, name }], pairs: [{ pair, names }], hits: SearchHit[] }"), ...errors(400) },
      },
    },
    async (req) => {
      const { q, limit = 20 } = req.query;
      const { countries, pairs } = matchCountriesAndPairs(q);
      const hits = await search(store, q, { limit });
      return { query: q, countries, pairs, hits };
    },
  );
}
