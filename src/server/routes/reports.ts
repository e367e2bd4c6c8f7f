// /api/pairs/:a/:b/render and /check: the pair's merged record rendered as an article, and checked.
import type { FastifyInstance } from "fastify";
import { BadInputError } from "../../errors.js";
import { checkArticle, checkRecord, loadWorldMissions, type CheckText } from "../../check/index.js";
import type { WorldMission } from "../../check/world-missions.js";
import { getPairRecord, listConflicts } from "../../query/index.js";
import { RENDER_FORMATS, renderRecord, type RenderFormat } from "../../render/index.js";
import type { AppOptions } from "../app.js";
import { OBJECT, PAIR_PARAMS, errors } from "../schemas.js";
import { knownPair } from "./pairs.js";

const CONTENT_TYPES: Record<RenderFormat, string> = {
  text: "text/plain; charset=utf-8",
  markdown: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
};

// The world missions table is read once, on the first check that needs it.
let worldMissions: readonly WorldMission[] | undefined | null = null;
const getWorldMissions = () => (worldMissions === null ? (worldMissions = loadWorldMissions()) : worldMissions);

const REPORT = OBJECT("CheckReport: { target, pair, today, findings: [{ rule, severity, message, reason, facts, location?, suggestion? }] }");

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

  api.get<{ Params: { a: string; b: string } }>(
    "/pairs/:a/:b/check",
    {
      schema: {
        tags: ["pairs"],
        summary: "Check the pair's stored facts: impossible dates, rank and title mismatches, stale anniversaries, conflicts between sources",
        params: PAIR_PARAMS,
        response: { 200: REPORT, ...errors(404) },
      },
    },
    async (req) => {
      const pair = await knownPair(store, req.params.a, req.params.b);
      const [record, conflicts, sources] = await Promise.all([
        getPairRecord(store, pair.a, pair.b),
        listConflicts(store, pair.a, pair.b),
        store.listSources({ pair: [pair.a, pair.b] }),
      ]);
      const texts: CheckText[] = sources.flatMap((s) => (s.text === undefined ? [] : [{ id: String(s.id), name: s.title, text: s.text }]));
      return checkRecord(record, { today: options.today, conflicts, sources: texts, worldMissions: getWorldMissions() });
    },
  );

  api.post<{ Body: { text: string; title?: string } }>(
    "/check",
    {
      schema: {
        tags: ["sources"],
        summary: "Check an article's text without storing it (no token needed)",
        body: { type: "object", required: ["text"], properties: { text: { type: "string" }, title: { type: "string" } } },
        response: { 200: REPORT, ...errors(400, 413) },
      },
    },
    async (req) => {
      if (!req.body.text.trim()) throw new BadInputError("text", "is empty");
      return checkArticle(req.body.text, { today: options.today, title: req.body.title, worldMissions: getWorldMissions() });
    },
  );
}
