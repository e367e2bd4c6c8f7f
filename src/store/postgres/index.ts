// The PostgreSQL store: `--db postgres://user@host:port/database`.
import { POSTGRES_MIGRATIONS } from "../migrations/postgres.js";
import { openMigrated } from "../migrate.js";
import type { SqlStore } from "../sql-store.js";
import { PostgresDriver } from "./postgres-driver.js";

export function openPostgresStore(url: string): Promise<SqlStore> {
  return openMigrated(new PostgresDriver(url), POSTGRES_MIGRATIONS);
}

export { PostgresDriver };
