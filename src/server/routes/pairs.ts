// /api/pairs/:a/:b and its parts. `:a` and `:b` accept codes or names; an unknown state or a pair the store
// knows nothing about is a 404.
import type { FastifyInstance } from "fastify";
import { BadInputError, NotFoundError } from "../../errors.js";
import {
  getAgreements,
  getPairMissions,
  getPairProfile,
  getPairRecord,
  getTimeline,
  getVisits,
  listConflicts,
  resolveCountryOrThrow,
  resolvePair,
  type DirectionalPresence,
  type ResolvedPair,
  type Store,
} from "../../query/index.js";
import type { AppOptions } from "../app.js";
import { placeOf } from "../geo.js";
import { parseDateParam } from "../params.js";
import { ARRAY_OF, DATE_PARAM, OBJECT, PAIR_PARAMS, RECORD_SCHEMA, errors } from "../schemas.js";
import { registerReportRoutes } from "./reports.js";

interface PairRequest {
  Params: { a: string; b: string };
  Querystring: { as_of?: string; from?: string; to?: string; direction?: string };
}

/** Resolves `:a`/`:b` to two different states (404 naming an unknown one). */
function twoStates(a: string, b: string): ResolvedPair {
  const pair = resolvePair(a, b);
  if (pair.a === pair.b) throw new NotFoundError(`a pair needs two different states, got ${pair.names[0]} twice`);
  return pair;
}

/** Resolves `:a`/`:b`, and answers 404 for a pair with no facts. */
export async function knownPair(store: Store, a: string, b: string): Promise<ResolvedPair> {
  const pair = twoStates(a, b);
  const [any] = await store.findFacts({ pair: [pair.a, pair.b], limit: 1 });
  if (!any) throw new NotFoundError(`nothing is known about ${pair.names[0]}–${pair.names[1]}`);
  return pair;
}

/** A mission direction with map coordinates: each mission's city, and each accreditation's line from the mission that covers to the capital covered. */
export function withPlaces(d: DirectionalPresence) {
  return {
    of: d.of,
    to: d.to,
    missions: d.missions.map((fact) => ({ fact, place: placeOf(fact.city, fact.in) })),
    accreditation: d.accreditation.map((fact) => ({ fact, from: placeOf(fact.via.city, fact.via.in), to: placeOf(undefined, fact.to) })),
  };
}

export function registerPairRoutes(api: FastifyInstance, options: AppOptions): void {
  const { store } = options;
  const tags = ["pairs"];
  const asOfQuery = { type: "object", properties: { as_of: DATE_PARAM } } as const;

  api.get<PairRequest>(
    "/pairs/:a/:b",
    {
      schema: {
        tags,
        summary: "The pair's profile: relations, memberships, missions, visits, agreements, trade, conflicts and every fact",
        params: PAIR_PARAMS,
        querystring: asOfQuery,
        response: { 200: OBJECT("PairProfile (src/query/types.ts)"), ...errors(400, 404) },
      },
    },
    async (req) => {
      const asOf = parseDateParam("as_of", req.query.as_of);
      // the profile itself tells whether the pair is known (one query fewer on the busiest route)
      const pair = twoStates(req.params.a, req.params.b);
      const profile = await getPairProfile(store, pair.a, pair.b, { asOf, today: options.today });
      // an empty profile may only mean nothing held yet on the as-of date
      if (profile.facts.length === 0 && profile.sources.length === 0) await knownPair(store, pair.a, pair.b);
      return profile;
    },
  );

  api.get<PairRequest>(
    "/pairs/:a/:b/timeline",
    {
      schema: {
        tags,
        summary: "Every dated fact of the pair, oldest first",
        params: PAIR_PARAMS,
        querystring: { type: "object", properties: { from: DATE_PARAM, to: DATE_PARAM } },
        response: { 200: ARRAY_OF(OBJECT("{ date, fact }"), "timeline entries"), ...errors(400, 404) },
      },
    },
    async (req) => {
      const from = parseDateParam("from", req.query.from);
      const to = parseDateParam("to", req.query.to);
      const pair = await knownPair(store, req.params.a, req.params.b);
      return getTimeline(store, pair.a, pair.b, { from, to });
    },
  );

  api.get<PairRequest>(
    "/pairs/:a/:b/visits",
    {
      schema: {
        tags,
        summary: "Visits between the pair, oldest first; `direction=MEX` keeps the visits from that state",
        params: PAIR_PARAMS,
        querystring: { type: "object", properties: { direction: { type: "string", description: "the visiting state (code or name)" } } },
        response: { 200: ARRAY_OF(OBJECT("a stored visit fact"), "visits"), ...errors(400, 404) },
      },
    },
    async (req) => {
      const pair = await knownPair(store, req.params.a, req.params.b);
      let fromCountry: string | undefined;
      if (req.query.direction) {
        const d = resolveCountryOrThrow(req.query.direction);
        if (d !== pair.a && d !== pair.b) throw new BadInputError("direction", `${req.query.direction} is not one of ${pair.names.join(" and ")}`);
        fromCountry = d;
      }
      return getVisits(store, pair.a, pair.b, { fromCountry });
    },
  );

  api.get<PairRequest>(
    "/pairs/:a/:b/agreements",
    {
      schema: { tags, summary: "Agreements between the pair", params: PAIR_PARAMS, response: { 200: ARRAY_OF(OBJECT("a stored agreement fact"), "agreements"), ...errors(404) } },
    },
    async (req) => {
      const pair = await knownPair(store, req.params.a, req.params.b);
      return getAgreements(store, pair.a, pair.b);
    },
  );

  api.get<PairRequest>(
    "/pairs/:a/:b/missions",
    {
      schema: {
        tags,
        summary: "Missions and non-resident accreditation both ways, with map coordinates",
        params: PAIR_PARAMS,
        querystring: asOfQuery,
        response: { 200: OBJECT("{ pair, names, directions: [A in B, B in A] }, each mission with `place`, each accreditation with `from` and `to` places"), ...errors(400, 404) },
      },
    },
    async (req) => {
      const asOf = parseDateParam("as_of", req.query.as_of);
      const pair = await knownPair(store, req.params.a, req.params.b);
      const [ab, ba] = await getPairMissions(store, pair.a, pair.b, { asOf });
      return { pair: [pair.a, pair.b], names: pair.names, directions: [withPlaces(ab), withPlaces(ba)] };
    },
  );

  api.get<PairRequest>(
    "/pairs/:a/:b/record",
    {
      schema: { tags, summary: "The pair as one format-1 record, merged across sources", params: PAIR_PARAMS, response: { 200: RECORD_SCHEMA, ...errors(404) } },
    },
    async (req) => {
      const pair = await knownPair(store, req.params.a, req.params.b);
      return getPairRecord(store, pair.a, pair.b);
    },
  );

  api.get<PairRequest>(
    "/pairs/:a/:b/conflicts",
    {
      schema: { tags, summary: "Facts that sources state differently, every value kept", params: PAIR_PARAMS, response: { 200: ARRAY_OF(OBJECT("Conflict"), "conflicts"), ...errors(404) } },
    },
    async (req) => {
      const pair = await knownPair(store, req.params.a, req.params.b);
      return listConflicts(store, pair.a, pair.b);
    },
  );

  registerReportRoutes(api, options);
}
