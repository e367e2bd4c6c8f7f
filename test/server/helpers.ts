// A real, empty database of each dialect (SQLite file, PostgreSQL server: test/store/dialects.ts), and the seed
// article when ../shared is there.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ingestText, type Store } from "../../src/query/index.js";
import type { Dialect } from "../store/dialects.js";
import { SEED_DIR, hasShared } from "../shared.js";

export const SEED_FILE = path.join(SEED_DIR, "000_258913a4433ddf32.txt");
export { hasShared };

/** A fresh database of the dialect; with `seed`, the Mexico–Slovenia article is ingested into it. */
export async function freshStore(dialect: Dialect, options: { seed?: boolean } = {}): Promise<Store> {
  const store = await dialect.open(await dialect.newDatabase());
  if (options.seed && hasShared) {
    const result = await ingestText(store, readFileSync(SEED_FILE, "utf8"), { origin: SEED_FILE });
    if (result.kind === "no-pair") throw new Error(`the seed article gave no pair: ${result.reason}`);
  }
  return store;
}

/** A response body must never carry a stack trace or an internal path. */
export function assertNoStack(body: string): void {
  if (/\n\s+at |node_modules|\.ts:\d+/.test(body)) throw new Error(`response leaks internals: ${body.slice(0, 300)}`);
}
