// Export as JSON: the pair's merged format-1 record.
import { getPairRecord } from "../query/record.js";
import type { Store } from "../store/store.js";

export async function toJson(store: Store, a: string, b: string): Promise<string> {
  return JSON.stringify(await getPairRecord(store, a, b), null, 2) + "\n";
}
