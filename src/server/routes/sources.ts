// Sources: read one (text and the spans of its facts), list them, add an article (token), preview an extraction.
import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { BadInputError, UserError } from "../../errors.js";
import { extract } from "../../ingest/extract.js";
import { getSource, ingestText } from "../../query/index.js";
import { MAX_BODY_BYTES, type AppOptions } from "../app.js";
import { ARRAY_OF, OBJECT, RECORD_SCHEMA, errors } from "../schemas.js";

interface ArticleBody {
  text: string;
  title?: string;
  url?: string;
}

const ARTICLE_BODY = {
  type: "object",
  required: ["text"],
  properties: {
    text: { type: "string", minLength: 1, description: "the article, plain text (a `= Title =` first line names it)" },
    title: { type: "string", description: "the title when the text has no `= Title =` line" },
    url: { type: "string" },
  },
} as const;

/** A body as JSON `{ text, title?, url? }` or as the raw article (text/plain). */
function articleOf(body: unknown): ArticleBody {
  if (typeof body === "string") return { text: body };
  return body as ArticleBody;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** onRequest hook: runs before the body is read, so an unauthorised upload is refused without reading it. */
export function requireToken(token: string | undefined) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const m = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "");
    if (token && m && sameToken(m[1]!.trim(), token)) return;
    reply.header("www-authenticate", 'Bearer realm="bilateral"');
    if (!token) throw new UserError("writes are disabled: the server was started without BILATERAL_TOKEN", 401);
    throw new UserError("a write needs the header Authorization: Bearer <token> with the server's BILATERAL_TOKEN", 401);
  };
}

export function registerSourceRoutes(api: FastifyInstance, options: AppOptions): void {
  const { store } = options;
  const tags = ["sources"];
  const consumes = ["application/json", "text/plain"];

  api.get(
    "/sources",
    { schema: { tags, summary: "Every current source (articles and data sets), without their text", response: { 200: ARRAY_OF(OBJECT("SourceRow without text"), "sources") } } },
    async () => (await store.listSources()).map(({ text, ...row }) => ({ ...row, hasText: text !== undefined })),
  );

  api.get<{ Params: { id: number } }>(
    "/sources/:id",
    {
      schema: {
        tags,
        summary: "A source with its text and where in it each fact is stated",
        params: { type: "object", required: ["id"], properties: { id: { type: "integer", minimum: 1 } } },
        response: { 200: OBJECT("SourceView: { source (with text), facts: [{ factId, kind, spans }] }"), ...errors(400, 404) },
      },
    },
    async (req) => getSource(store, req.params.id),
  );

  api.post<{ Body: ArticleBody | string }>(
    "/sources",
    {
      onRequest: requireToken(options.token),
      bodyLimit: MAX_BODY_BYTES,
      schema: {
        tags,
        summary: "Add an article: extract its facts and store them (needs the bearer token)",
        security: [{ bearer: [] }],
        consumes,
        body: { oneOf: [ARTICLE_BODY, { type: "string", minLength: 1 }] },
        response: {
          201: OBJECT("stored: { kind: 'stored', sourceId, title, pair, facts, newFacts, revision, superseded }"),
          200: OBJECT("the same text was stored before: { kind: 'unchanged', sourceId, title }"),
          ...errors(400, 401, 413, 422),
        },
      },
    },
    async (req, reply) => {
      const { text, title, url } = articleOf(req.body);
      const result = await ingestText(store, text, { title, url, origin: "api" });
      if (result.kind === "no-pair") throw new UserError(`no pair of states found in "${result.title}": ${result.reason}`, 422);
      return reply.code(result.kind === "stored" ? 201 : 200).send(result);
    },
  );

  api.post<{ Body: ArticleBody | string }>(
    "/extract",
    {
      bodyLimit: MAX_BODY_BYTES,
      schema: {
        tags,
        summary: "Extract the facts of an article without storing it (a preview; no token needed)",
        consumes,
        body: { oneOf: [ARTICLE_BODY, { type: "string", minLength: 1 }] },
        response: { 200: { type: "object", properties: { kind: { type: "string" }, record: RECORD_SCHEMA } }, ...errors(400, 413, 422) },
      },
    },
    async (req) => {
      const { text, title, url } = articleOf(req.body);
      if (!text.trim()) throw new BadInputError("text", "is empty");
      const result = extract(text, { title, url });
      if (result.kind === "no-pair") throw new UserError(`no pair of states found: ${result.reason}`, 422);
      return result;
    },
  );
}
