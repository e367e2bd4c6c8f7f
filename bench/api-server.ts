// The two servers the API benchmark compares, in one process so they share the same conditions:
// the real app on a real SQLite file, and a bare Fastify route that answers the same JSON from memory.
// The real app runs twice: as served (with its 2-second response cache) and with the cache off, to show both.
// Prints one JSON line { real, uncached, bare, bytes } once all listen.
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Fastify from "fastify";
import { ingestText, openStore } from "../src/query/index.js";
import { buildApp } from "../src/server/app.js";

const URL_PATH = "/api/pairs/MEX/SVN";
const seed = path.resolve(import.meta.dirname, "../../shared/seed/000_258913a4433ddf32.txt");

const file = path.join(mkdtempSync(path.join(tmpdir(), "bilateral-bench-")), "bench.db");
const store = await openStore(file);
if (existsSync(seed)) await ingestText(store, readFileSync(seed, "utf8"), { origin: seed });

const app = buildApp({ store });
const real = await app.listen({ port: 0, host: "127.0.0.1" });
const noCache = buildApp({ store, cacheSeconds: 0 });
const uncached = await noCache.listen({ port: 0, host: "127.0.0.1" });
const probe = await fetch(real + URL_PATH);
if (probe.status !== 200) throw new Error(`${URL_PATH} answered ${probe.status}: ${await probe.text()}`);
const body = await probe.text();
const json: unknown = JSON.parse(body);

const bare = Fastify();
bare.get(URL_PATH, async () => json);
const bareUrl = await bare.listen({ port: 0, host: "127.0.0.1" });

process.stdout.write(JSON.stringify({ real: real + URL_PATH, uncached: uncached + URL_PATH, bare: bareUrl + URL_PATH, bytes: Buffer.byteLength(body) }) + "\n");
process.on("SIGTERM", async () => {
  await Promise.all([app.close(), noCache.close(), bare.close()]);
  await store.close();
  process.exit(0);
});
