// The SQLite store: the embedded default, one file.
import { SQLITE_MIGRATIONS } from "../migrations/sqlite.js";
import { migrate } from "../migrate.js";
import { SqlStore } from "../sql-store.js";
import { SqliteDriver } from "./sqlite-driver.js";

export async function openSqliteStore(file: string): Promise<SqlStore> {
  const driver = new SqliteDriver(file);
  try {
    return new SqlStore(driver, await migrate(driver, SQLITE_MIGRATIONS));
  } catch (e) {
    await driver.close();
    throw e;
  }
}

export { SqliteDriver };
