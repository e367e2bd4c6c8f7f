// /api/countries: every state with how much the store knows (the shaded home map), and one state's network.
import type { FastifyInstance } from "fastify";
import { countryName } from "../../vocab/countries.js";
import { getCountryNetwork, listCountries, resolveCountryOrThrow, type NetworkMission, type Stored } from "../../query/index.js";
import type { AppOptions } from "../app.js";
import { placeOf } from "../geo.js";
import { parseDateParam } from "../params.js";
import { ARRAY_OF, DATE_PARAM, OBJECT, errors } from "../schemas.js";

const withPlace = (m: NetworkMission) => ({ ...m, place: m.lat !== undefined && m.lon !== undefined ? { name: m.fact.city ?? countryName(m.fact.in), lat: m.lat, lon: m.lon } : placeOf(m.fact.city, m.fact.in) });
const withLine = (fact: Stored<"accreditation">) => ({ fact, from: placeOf(fact.via.city, fact.via.in), to: placeOf(undefined, fact.to) });

export function registerCountryRoutes(api: FastifyInstance, options: AppOptions): void {
  const { store } = options;
  const tags = ["countries"];

  api.get(
    "/countries",
    {
      schema: {
        tags,
        summary: "Every state with a name and how many current facts mention it",
        response: { 200: ARRAY_OF({ type: "object", properties: { code: { type: "string" }, name: { type: "string" }, facts: { type: "integer" } } }, "countries") },
      },
    },
    async () => listCountries(store),
  );

  api.get<{ Params: { code: string }; Querystring: { as_of?: string } }>(
    "/countries/:code",
    {
      schema: {
        tags,
        summary: "A state's network: missions abroad, missions hosted, accreditation both ways, and the pairs known",
        params: { type: "object", required: ["code"], properties: { code: { type: "string", description: "code or name: SVN, Slovenia" } } },
        querystring: { type: "object", properties: { as_of: DATE_PARAM } },
        response: { 200: OBJECT("CountryNetwork (src/query/types.ts) with map places, plus `pairs`: [{ pair, names, facts }]"), ...errors(400, 404) },
      },
    },
    async (req) => {
      const asOf = parseDateParam("as_of", req.query.as_of);
      const code = resolveCountryOrThrow(req.params.code);
      const [network, facts] = await Promise.all([getCountryNetwork(store, code, { asOf }), store.findFacts({ involving: code, asOf })]);
      // "pairs known": every pair with a fact that involves the state, the pairs with most facts first
      const counts = new Map<string, { pair: readonly [string, string]; facts: number }>();
      for (const f of facts) {
        // a fact can involve the state without being about one of its pairs (its city hosts another state's mission)
        if (!f.pair.includes(code)) continue;
        const key = f.pair.join("-");
        const entry = counts.get(key) ?? { pair: f.pair, facts: 0 };
        entry.facts++;
        counts.set(key, entry);
      }
      const pairs = [...counts.values()]
        .sort((x, y) => y.facts - x.facts || x.pair.join().localeCompare(y.pair.join()))
        .map((p) => ({ ...p, names: p.pair.map(countryName) }));
      return {
        ...network,
        missionsAbroad: network.missionsAbroad.map(withPlace),
        presentIn: network.presentIn.map(withPlace),
        covers: network.covers.map(withLine),
        coveredBy: network.coveredBy.map(withLine),
        home: placeOf(undefined, code),
        pairs,
      };
    },
  );
}
