// Where ../shared lives, and the rule for tests that need it: skip with a clear word on a user's clone,
// fail in CI (BILATERAL_REQUIRE_SHARED=1).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../shared");
export const hasShared = existsSync(path.join(SHARED, "seed"));

if (!hasShared) {
  if (process.env.BILATERAL_REQUIRE_SHARED === "1") throw new Error(`../shared is required (BILATERAL_REQUIRE_SHARED=1) but ${SHARED} is missing`);
  console.warn(`SKIPPED: tests that read ../shared (not present at ${SHARED})`);
}

export const SEED_DIR = path.join(SHARED, "seed");
export const DEV_DIR = path.join(SHARED, "corpus/dev");
export const SCORER = path.join(SHARED, "eval/score.mjs");
