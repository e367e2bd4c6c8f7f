// The databases every store suite runs against, with a fresh empty database per call.
// PostgreSQL comes from pg-harness (a real server in a temporary directory) and skips or fails as it says.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";
import { startPostgres, type PgServer } from "./pg-harness.js";

export interface Dialect {
  readonly name: "sqlite" | "postgres";
  /** a --db value for a new empty database */
  newDatabase(): Promise<string>;
  open(spec: string): Promise<Store>;
}

const tmp = mkdtempSync(path.join(os.tmpdir(), "bilateral-store-test-"));
let n = 0;

const sqlite: Dialect = {
  name: "sqlite",
  newDatabase: async () => path.join(tmp, `db${++n}.db`),
  open: (spec) => openStore(spec),
};

let server: PgServer | undefined;

/** The dialects available here; call `stopDialects` in afterAll. */
export async function availableDialects(): Promise<Dialect[]> {
  const pg = await startPostgres();
  const out: Dialect[] = [sqlite];
  if (pg.ok) {
    server = pg.server;
    out.push({
      name: "postgres",
      newDatabase: () => pg.server.createDatabase(`t${process.pid}_${++n}`),
      open: (spec) => openStore(spec),
    });
  }
  return out;
}

export async function stopDialects(): Promise<void> {
  await server?.stop();
  rmSync(tmp, { recursive: true, force: true });
}
