// `bilateral serve`: the HTTP API and the web UI on the chosen database.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { BadInputError } from "../../errors.js";
import { openStore } from "../../query/index.js";
import { buildApp } from "../../server/app.js";

/** The built web UI, beside the sources: web/dist. */
export const WEB_ROOT = fileURLToPath(new URL("../../../web/dist", import.meta.url));

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new BadInputError("--port", `"${value}" is not a port number (0–65535)`);
  return n;
}

export function register(program: Command): void {
  program
    .command("serve")
    .description("serve the HTTP API (/api, docs at /api/docs) and the web UI; writes need BILATERAL_TOKEN")
    .option("--port <n>", "port to listen on (0 picks a free one)", "8080")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .action(async (opts: { port: string; host: string }, cmd: Command) => {
      const port = parsePort(opts.port);
      const { db } = cmd.optsWithGlobals<{ db?: string }>();
      const store = await openStore(db);
      const token = process.env.BILATERAL_TOKEN || undefined;
      const app = buildApp({ store, token, webRoot: WEB_ROOT, logger: { level: process.env.BILATERAL_DEBUG ? "info" : "error" } });
      let address: string;
      try {
        address = await app.listen({ port, host: opts.host });
      } catch (e) {
        await store.close();
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EADDRINUSE") throw new BadInputError("--port", `${port} is already in use; try --port 0 for a free one`);
        throw e;
      }
      const info = await store.info();
      process.stdout.write(`bilateral: serving ${address.replace("[::1]", "localhost")} (database: ${info.location})\n`);
      if (!existsSync(WEB_ROOT)) process.stdout.write("bilateral: the web UI is not built; run `npm run build:web` (the API works without it)\n");
      if (!token) process.stdout.write("bilateral: writes are off; set BILATERAL_TOKEN to allow POST /api/sources\n");
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          resolve();
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
      await app.close();
      await store.close();
    });
}
