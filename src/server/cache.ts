// A short-lived cache of GET /api answers, so a popular page does not query the store on every request.
// Any write through this server empties it at once; a write from elsewhere (the CLI on the same database file)
// shows after at most `seconds`. Answers are kept serialised, keyed by the full URL (path and query).
import type { FastifyInstance, FastifyRequest } from "fastify";

interface Entry {
  body: string;
  type: string;
  expires: number;
}

export interface ResponseCacheOptions {
  /** how long an answer may be reused; 0 turns the cache off */
  seconds: number;
  /** most characters of answers kept (default 32 M); the oldest answers go first */
  maxChars?: number;
}

const cacheable = (req: FastifyRequest) => req.method === "GET" && req.url.startsWith("/api/") && !req.url.startsWith("/api/docs");

export function registerResponseCache(app: FastifyInstance, options: ResponseCacheOptions): void {
  if (options.seconds <= 0) return;
  const ttl = options.seconds * 1000;
  const max = options.maxChars ?? 32 * 1024 * 1024;
  const entries = new Map<string, Entry>();
  let chars = 0;
  const drop = (key: string) => {
    chars -= entries.get(key)?.body.length ?? 0;
    entries.delete(key);
  };
  // a GET that began before a write must not store what it read
  let generation = 0;
  const started = new WeakMap<FastifyRequest, number>();

  app.addHook("onRequest", async (req, reply) => {
    if (!cacheable(req)) return;
    const hit = entries.get(req.url);
    if (hit && hit.expires > Date.now()) return reply.header("x-cache", "hit").type(hit.type).send(hit.body);
    started.set(req, generation);
  });

  app.addHook("onSend", async (req, reply, payload) => {
    if (started.get(req) === generation && reply.statusCode === 200 && typeof payload === "string" && payload.length <= max) {
      drop(req.url);
      while (chars + payload.length > max) drop(entries.keys().next().value!);
      entries.set(req.url, { body: payload, type: String(reply.getHeader("content-type") ?? "application/json"), expires: Date.now() + ttl });
      chars += payload.length;
    }
    return payload;
  });

  app.addHook("onResponse", async (req, reply) => {
    if (req.method !== "GET" && req.method !== "HEAD" && reply.statusCode < 400) {
      generation++;
      entries.clear();
      chars = 0;
    }
  });
}
