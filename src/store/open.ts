// Choosing and opening a store: `postgres://…` → PostgreSQL; anything else is a SQLite file.
// With no spec: $BILATERAL_DB, else $XDG_DATA_HOME/bilateral/bilateral.db (~/.local/share/…), created on first use
// and built from the repository's data/ so a fresh clone answers questions at once.
import os from "node:os";
import path from "node:path";
import { BadInputError } from "../errors.js";
import { BOOTSTRAP_META_KEY, loadBuiltinDataset } from "./bootstrap.js";
import type { Store } from "./store.js";

export const isPostgresUrl = (spec: string): boolean => /^postgres(?:ql)?:\/\//i.test(spec);

export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BILATERAL_DB) return env.BILATERAL_DB;
  const base = env.XDG_DATA_HOME || path.join(os.homedir(), ".local", "share");
  return path.join(base, "bilateral", "bilateral.db");
}

/**
 * Open a store. An explicit spec opens exactly that database (empty if new); no spec opens the default one,
 * loading the built-in dataset the first time.
 */
export async function openStore(spec?: string): Promise<Store> {
  const target = spec?.trim() || defaultDatabasePath();
  const isDefault = !spec?.trim();
  let store: Store;
  try {
    if (isPostgresUrl(target)) {
      const { openPostgresStore } = await import("./postgres/index.js");
      store = await openPostgresStore(target);
    } else {
      const { openSqliteStore } = await import("./sqlite/index.js");
      store = await openSqliteStore(target);
    }
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new BadInputError(isPostgresUrl(target) ? target.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@") : target, `cannot open the database: ${msg.split("\n")[0]}`);
  }
  if (isDefault && !(await store.getMeta(BOOTSTRAP_META_KEY))) await loadBuiltinDataset(store);
  return store;
}
