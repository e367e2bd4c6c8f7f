// The SQLite store: the embedded default, one file.
import { SQLITE_MIGRATIONS } from "../migrations/sqlite.js";
import { openMigrated } from "../migrate.js";
import type { SqlStore } from "../sql-store.js";
import { SqliteDriver } from "./sqlite-driver.js";

export function openSqliteStore(file: string): Promise<SqlStore> {
  return openMigrated(new SqliteDriver(file), SQLITE_MIGRATIONS);
}

export { SqliteDriver };
