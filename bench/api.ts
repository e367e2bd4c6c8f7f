// npm run bench:api — requests/s and p99 latency of GET /api/pairs/MEX/SVN on the real app (SQLite file store),
// next to a bare Fastify route that returns the same JSON from memory, in the same run; and the real app with its
// response cache off, so the cost of the store itself is visible.
// autocannon: 50 connections, 10 s each (BENCH_SECONDS to change). Target: real ≥ 0.5 × bare.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import path from "node:path";
import autocannon from "autocannon";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 50;

const server = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "api-server.ts")], { stdio: ["ignore", "pipe", "inherit"] });
const firstLine = await new Promise<string>((resolve, reject) => {
  createInterface({ input: server.stdout! }).once("line", resolve);
  server.once("exit", (code) => reject(new Error(`bench server exited (${code}) before listening`)));
});
const { real, uncached, bare, bytes } = JSON.parse(firstLine) as { real: string; uncached: string; bare: string; bytes: number };

async function run(name: string, url: string) {
  // a short warm-up so both routes are measured hot
  await autocannon({ url, connections, duration: 1 });
  const r = await autocannon({ url, connections, duration: seconds });
  if (r.non2xx || r.errors) throw new Error(`${name}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
  return { name, rps: r.requests.average, p99: r.latency.p99 };
}

try {
  console.log(`GET /api/pairs/MEX/SVN (${bytes} bytes of JSON), autocannon ${connections} connections × ${seconds} s`);
  const results = [
    await run("bare Fastify, JSON from memory", bare),
    await run("bilateral API (as served)", real),
    await run("bilateral API, response cache off", uncached),
  ];
  for (const r of results) console.log(`${r.name.padEnd(34)} ${r.rps.toFixed(0).padStart(8)} req/s   p99 ${String(r.p99).padStart(5)} ms   ${(r.rps / results[0]!.rps).toFixed(2)}× bare`);
  console.log(`ratio (bilateral as served / bare): ${(results[1]!.rps / results[0]!.rps).toFixed(2)}× (target ≥ 0.50×)`);
} finally {
  server.kill("SIGTERM");
}
