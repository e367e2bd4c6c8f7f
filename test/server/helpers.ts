// A real SQLite file store in a temporary folder, and the seed article when ../shared is there.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ingestText, openStore, type Store } from "../../src/query/index.js";
import { SEED_DIR, hasShared } from "../shared.js";

export const SEED_FILE = path.join(SEED_DIR, "000_258913a4433ddf32.txt");
export { hasShared };

export interface TempStore {
  store: Store;
  file: string;
  dispose: () => Promise<void>;
}

/** A fresh SQLite database file; with `seed`, the Mexico–Slovenia article is ingested into it. */
export async function tempStore(options: { seed?: boolean } = {}): Promise<TempStore> {
  const dir = mkdtempSync(path.join(tmpdir(), "bilateral-server-"));
  const file = path.join(dir, "test.db");
  const store = await openStore(file);
  if (options.seed && hasShared) {
    const result = await ingestText(store, readFileSync(SEED_FILE, "utf8"), { origin: SEED_FILE });
    if (result.kind === "no-pair") throw new Error(`the seed article gave no pair: ${result.reason}`);
  }
  return {
    store,
    file,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A response body must never carry a stack trace or an internal path. */
export function assertNoStack(body: string): void {
  if (/\n\s+at |node_modules|\.ts:\d+/.test(body)) throw new Error(`response leaks internals: ${body.slice(0, 300)}`);
}
