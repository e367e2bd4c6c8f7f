// Versioned migrations, per database: an older database is brought up to date with its data intact,
// a second opener changes nothing, and a database newer than the program is refused.
import { afterAll, describe, expect, it } from "vitest";
import { migrate } from "../../src/store/migrate.js";
import { POSTGRES_MIGRATIONS } from "../../src/store/migrations/postgres.js";
import { SQLITE_MIGRATIONS } from "../../src/store/migrations/sqlite.js";
import { PostgresDriver } from "../../src/store/postgres/postgres-driver.js";
import { SqliteDriver } from "../../src/store/sqlite/sqlite-driver.js";
import type { Driver } from "../../src/store/driver.js";
import { availableDialects, stopDialects } from "./dialects.js";

const dialects = await availableDialects();
afterAll(stopDialects);

const PER_DIALECT = {
  sqlite: { migrations: SQLITE_MIGRATIONS, driver: (spec: string): Driver => new SqliteDriver(spec) },
  postgres: { migrations: POSTGRES_MIGRATIONS, driver: (spec: string): Driver => new PostgresDriver(spec) },
} as const;

describe.each(dialects)("migrations on $name", (dialect) => {
  const { migrations, driver } = PER_DIALECT[dialect.name];

  it("are numbered 1, 2, … with no gap", () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it("bring a version-1 database up to date and keep its data", async () => {
    const spec = await dialect.newDatabase();
    const old = driver(spec);
    expect(await migrate(old, migrations.slice(0, 1))).toBe(1);
    await old.run("INSERT INTO meta (key, value) VALUES (?, ?)", ["kept", "yes"]);
    await old.close();
    const store = await dialect.open(spec);
    expect((await store.info()).schemaVersion).toBe(migrations.length);
    expect(await store.getMeta("kept")).toBe("yes");
    await store.close();
    const again = driver(spec);
    expect(await migrate(again, migrations)).toBe(migrations.length);
    const applied = await again.all<{ version: number }>("SELECT version FROM schema_migrations ORDER BY version");
    expect(applied.map((r) => Number(r.version))).toEqual(migrations.map((m) => m.version));
    await again.close();
  });

  it("refuse a database made by a newer bilateral", async () => {
    const spec = await dialect.newDatabase();
    const d = driver(spec);
    await migrate(d, migrations);
    await d.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [99, "from the future", new Date().toISOString()]);
    await expect(migrate(d, migrations)).rejects.toThrow(/schema version 99/);
    await d.close();
    await expect(dialect.open(spec)).rejects.toThrow(/cannot open the database: the database has schema version 99/);
  });
});
