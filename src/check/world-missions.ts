// The world missions table (data/world-missions.json, built by scripts/build-world-missions.ts from
// ../shared/data/embassies) as check reads it: the store's rows (src/store/world-missions.ts). Absent file:
// undefined, and the world-missions rule is skipped.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR } from "../store/crosswalk.js";
import { fromRow, type WorldMission, type WorldMissionRow } from "../store/world-missions.js";

export type { WorldMission } from "../store/world-missions.js";

export const DEFAULT_WORLD_MISSIONS = path.join(DATA_DIR, "world-missions.json");

export function loadWorldMissions(file = DEFAULT_WORLD_MISSIONS): WorldMission[] | undefined {
  if (!existsSync(file)) return undefined;
  const json = JSON.parse(readFileSync(file, "utf8")) as { rows?: WorldMissionRow[] };
  return (json.rows ?? []).map(fromRow);
}
