// The HTTP API and the web UI on one Fastify instance.
// Every route declares a JSON schema so @fastify/swagger documents it; errors leave as `{ error, message }`.
import { existsSync } from "node:fs";
import path from "node:path";
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from "fastify";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import { UserError } from "../errors.js";
import type { Store } from "../query/index.js";
import { registerCountryRoutes } from "./routes/countries.js";
import { registerPairRoutes } from "./routes/pairs.js";
import { registerFactRoutes } from "./routes/facts.js";
import { registerSourceRoutes } from "./routes/sources.js";
import { registerResponseCache } from "./cache.js";

export interface AppOptions {
  store: Store;
  /** the bearer token that writes must carry; when unset every write is refused */
  token?: string;
  /** the built web UI (web/dist); when missing, `/` says how to build it */
  webRoot?: string;
  /** "today" for renderers and checks (tests pin it) */
  today?: string;
  /** Fastify's logger (pino): `bilateral serve` logs errors only, everything with BILATERAL_DEBUG */
  logger?: FastifyServerOptions["logger"];
  /** reuse GET /api answers for this long (default 2; 0 turns the cache off); writes through the API empty it */
  cacheSeconds?: number;
}

/** Largest article a client may POST. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

const WEB_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Short machine-readable names for the statuses this API answers with. */
const ERROR_NAMES: Record<number, string> = {
  400: "bad-request",
  401: "unauthorized",
  404: "not-found",
  405: "method-not-allowed",
  413: "payload-too-large",
  415: "unsupported-media-type",
  422: "unprocessable",
  500: "internal",
};

export function errorBody(status: number, message: string): { error: string; message: string } {
  return { error: ERROR_NAMES[status] ?? (status >= 500 ? "internal" : "bad-request"), message };
}

/**
 * Builds the app; call `await app.ready()` (or `listen`) before use.
 * @example const app = buildApp({ store, token: process.env.BILATERAL_TOKEN, webRoot: "web/dist" });
 */
export function buildApp(options: AppOptions): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: MAX_BODY_BYTES });

  // Response schemas document the API; they must not reshape it (fast-json-stringify drops unknown fields).
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  app.setErrorHandler((err: FastifyError | UserError | Error, req, reply) => {
    if (err instanceof UserError) return reply.code(err.status).send(errorBody(err.status, err.message));
    const fe = err as FastifyError;
    if (fe.validation) return reply.code(400).send(errorBody(400, `${fe.validationContext ?? "request"} ${fe.validation[0]?.instancePath ?? ""} ${fe.validation[0]?.message ?? fe.message}`.replace(/\s+/g, " ").trim()));
    const status = typeof fe.statusCode === "number" && fe.statusCode >= 400 && fe.statusCode < 500 ? fe.statusCode : 500;
    if (status === 500) {
      req.log.error(err);
      return reply.code(500).send(errorBody(500, "internal error; the server log has the details"));
    }
    return reply.code(status).send(errorBody(status, fe.message));
  });

  // The web UI loads nothing from elsewhere and runs only its own bundle; article text can never become script.
  app.addHook("onSend", async (req, reply, payload) => {
    reply.header("x-content-type-options", "nosniff");
    const type = String(reply.getHeader("content-type") ?? "");
    if (type.startsWith("text/html") && !req.url.startsWith("/api/")) reply.header("content-security-policy", WEB_CSP);
    return payload;
  });

  registerResponseCache(app, { seconds: options.cacheSeconds ?? 2 });

  app.register(fastifySwagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "bilateral",
        version: "1",
        description: "Facts about the relationship between two states, each tied to the words of its source.",
      },
      components: {
        securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      },
    },
  });
  app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });

  app.register(
    async (api) => {
      api.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
      registerCountryRoutes(api, options);
      registerPairRoutes(api, options);
      registerFactRoutes(api, options);
      registerSourceRoutes(api, options);
    },
    { prefix: "/api" },
  );

  const webRoot = options.webRoot && existsSync(path.join(options.webRoot, "index.html")) ? path.resolve(options.webRoot) : undefined;
  if (webRoot) app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false, maxAge: "1h", immutable: false });

  app.setNotFoundHandler((req: FastifyRequest, reply: FastifyReply) => {
    const url = req.url.split("?")[0] ?? "/";
    // The web UI routes its own pages (/pair/MEX/SVN, /country/SVN); everything under /api is JSON.
    if (req.method === "GET" && !url.startsWith("/api/") && url !== "/api") {
      if (webRoot) return reply.header("cache-control", "no-cache").sendFile("index.html", webRoot);
      return reply
        .code(200)
        .type("text/plain; charset=utf-8")
        .send("bilateral: the web UI is not built. Run `npm run build:web`, then restart; the API is at /api and its docs at /api/docs.\n");
    }
    return reply.code(404).send(errorBody(404, `no such endpoint: ${req.method} ${url}`));
  });

  return app;
}
