// Applies the versioned migrations of a dialect that a database has not seen yet, in one transaction.
// Concurrent openers are safe: SQLite writers are serialised (BEGIN IMMEDIATE), PostgreSQL ones by an advisory lock.
import type { Driver } from "./driver.js";
import { SqlStore } from "./sql-store.js";
import type { Migration } from "./migrations/types.js";

const LOCK = "bilateral:migrate";

/** Returns the schema version after migrating. Refuses a database newer than this program. */
export async function migrate(driver: Driver, migrations: readonly Migration[]): Promise<number> {
  return driver.transaction(async (tx) => {
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const done = new Set((await tx.all<{ version: number }>("SELECT version FROM schema_migrations")).map((r) => Number(r.version)));
    const latest = Math.max(0, ...migrations.map((m) => m.version));
    const newest = Math.max(0, ...done);
    if (newest > latest) throw new Error(`the database has schema version ${newest}; this bilateral knows up to ${latest}`);
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      for (const s of m.statements) await tx.exec(s);
      await tx.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [m.version, m.name, new Date().toISOString()]);
    }
    return latest;
  }, LOCK);
}

/** A store on `driver`, migrated to the latest version; the driver is closed when that fails. */
export async function openMigrated(driver: Driver, migrations: readonly Migration[]): Promise<SqlStore> {
  try {
    return new SqlStore(driver, await migrate(driver, migrations));
  } catch (e) {
    await driver.close();
    throw e;
  }
}
