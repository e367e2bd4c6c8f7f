// /api/pairs/:a/:b/render and /check: the pair's merged record rendered as an article, and checked.
import type { FastifyInstance } from "fastify";
import { getPairRecord } from "../../query/index.js";
import { RENDER_FORMATS, renderRecord, type RenderFormat } from "../../render/index.js";
import type { AppOptions } from "../app.js";
import { PAIR_PARAMS, errors } from "../schemas.js";
import { knownPair } from "./pairs.js";

const CONTENT_TYPES: Record<RenderFormat, string> = {
  text: "text/plain; charset=utf-8",
  markdown: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
};

export function registerReportRoutes(api: FastifyInstance, options: AppOptions): void {
  const { store } = options;

  api.get<{ Params: { a: string; b: string }; Querystring: { format?: RenderFormat } }>(
    "/pairs/:a/:b/render",
    {
      schema: {
        tags: ["pairs"],
        summary: "The pair's article written from its facts, as text, Markdown or HTML",
        params: PAIR_PARAMS,
        querystring: { type: "object", properties: { format: { type: "string", enum: [...RENDER_FORMATS], default: "text" } } },
        produces: Object.values(CONTENT_TYPES).map((t) => t.split(";")[0]!),
        response: { 200: { type: "string", description: "the article" }, ...errors(400, 404) },
      },
    },
    async (req, reply) => {
      const pair = await knownPair(store, req.params.a, req.params.b);
      const [record, sources] = await Promise.all([getPairRecord(store, pair.a, pair.b), store.listSources({ pair: [pair.a, pair.b] })]);
      const format = req.query.format ?? "text";
      const body = renderRecord(record, { format, today: options.today, sources });
      // The HTML is escaped by the renderer; the sandbox keeps it inert even if it were not.
      if (format === "html") reply.header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
      return reply.type(CONTENT_TYPES[format]).send(body);
    },
  );
}
