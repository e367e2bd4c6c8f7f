// A real PostgreSQL server for the tests: initdb + pg_ctl in a temporary directory, on a free port.
// Without PostgreSQL installed the suites skip with a printed reason — unless BILATERAL_REQUIRE_PG=1 (CI),
// where a missing server fails the run. As root (CI), the server runs as the `postgres` user: initdb refuses root.
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export interface PgServer {
  readonly port: number;
  /** a fresh, empty database on the server */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

export type PgStart = { ok: true; server: PgServer } | { ok: false; reason: string };

const required = process.env.BILATERAL_REQUIRE_PG === "1";

function findBinDir(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", "initdb")));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<PgStart> {
  const bin = findBinDir();
  if (!bin) return unavailable("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (apt-get install postgresql)");
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), "bilateral-pg-"));
  const data = path.join(dir, "data");
  const run = (cmd: string, args: string[]): void => {
    const full = path.join(bin, cmd);
    if (asRoot) execFileSync("runuser", ["-u", "postgres", "--", full, ...args], { stdio: "pipe" });
    else execFileSync(full, args, { stdio: "pipe" });
  };
  try {
    if (asRoot) {
      const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
      const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
      chownSync(dir, uid, gid);
      chmodSync(dir, 0o700);
    }
    run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C"]);
    const port = await freePort();
    run("pg_ctl", ["-D", data, "-l", path.join(dir, "log"), "-w", "-t", "60", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`, "start"]);
    const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
    const server: PgServer = {
      port,
      async createDatabase(name) {
        const c = new pg.Client(admin);
        await c.connect();
        try {
          await c.query(`DROP DATABASE IF EXISTS "${name}"`);
          await c.query(`CREATE DATABASE "${name}"`);
        } finally {
          await c.end();
        }
        return `postgres://postgres@127.0.0.1:${port}/${name}`;
      },
      async stop() {
        try {
          run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
    return { ok: true, server };
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    const msg = e instanceof Error ? ((e as { stderr?: Buffer }).stderr?.toString().trim() || e.message) : String(e);
    return unavailable(`could not start PostgreSQL: ${msg.split("\n")[0]}`);
  }
}

function unavailable(reason: string): PgStart {
  if (required) throw new Error(`BILATERAL_REQUIRE_PG=1 but ${reason}`);
  console.warn(`SKIPPED (PostgreSQL): ${reason}`);
  return { ok: false, reason };
}
