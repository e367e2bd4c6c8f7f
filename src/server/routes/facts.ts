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

/** Two states named in a query: "Mexico–Slovenia", "Mexico and Slovenia", "united states mexico", "Slovene-Mexican". */
export function pairIn(q: string): [string, string] | undefined {
  const parts = q.trim().split(/\s*(?:[–—\/,]|\s-\s|-(?=\p{Lu})|\band\b|\bwith\b)\s*/u).filter(Boolean);
  const splits: [string, string][] =
    parts.length === 2
      ? [[parts[0]!, parts[1]!]]
      : parts.length === 1
        ? // no separator: try every cut between words
          parts[0]!.split(/\s+/).flatMap((_, i, words) => (i === 0 ? [] : [[words.slice(0, i).join(" "), words.slice(i).join(" ")] as [string, string]]))
        : [];
  for (const [x, y] of splits) {
    const a = resolveCountry(x);
    const b = resolveCountry(y);
    if (a && b && a !== b) return [a, b];
  }
  return undefined;
}

/** Countries whose name, code or alias has a word starting with the query; the pair when the query names two states. */
export function matchCountriesAndPairs(q: string) {
  const needle = fold(q.trim());
  const countries =
    needle.length < 2
      ? []
      : COUNTRIES.filter((c) => !c.until && [c.name, c.code, ...c.aliases].some((n) => fold(n) === needle || fold(n).split(/[\s-]+/).some((w) => w.startsWith(needle))))
          .slice(0, 10)
          .map((c) => ({ code: c.code, name: c.name }));
  const pair = pairIn(q);
  return { countries, pairs: pair ? [{ pair, names: [countryName(pair[0]), countryName(pair[1])] as [string, string] }] : [] };
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
