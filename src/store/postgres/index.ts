// The PostgreSQL store: `--db postgres://user@host:port/database`.
import { POSTGRES_MIGRATIONS } from "../migrations/postgres.js";
import { migrate } from "../migrate.js";
import { SqlStore } from "../sql-store.js";
import { PostgresDriver } from "./postgres-driver.js";

export async function openPostgresStore(url: string): Promise<SqlStore> {
  const driver = new PostgresDriver(url);
  try {
    return new SqlStore(driver, await migrate(driver, POSTGRES_MIGRATIONS));
  } catch (e) {
    await driver.close();
    throw e;
  }
}

export { PostgresDriver };
