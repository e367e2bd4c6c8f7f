// The world missions table (data/world-missions.json, built by the store from ../shared/data/embassies)
// as check reads it. Absent file: undefined, and the world-missions rule is skipped.
// The row layout is the store's (src/store/world-missions.ts: [of, in, type, city, jurisdictions, lat, lon, qid,
// inception]); only the fields check compares are read, so this file does not depend on the store's code.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import type { MissionType } from "../model/record.js";

export interface WorldMission {
  readonly of: string;
  readonly in: string;
  readonly type: MissionType;
  readonly city?: string;
  /** states the mission covers, the host included when listed */
  readonly jurisdictions: readonly string[];
  readonly qid?: string;
  readonly lat?: number;
  readonly lon?: number;
}

export const DEFAULT_WORLD_MISSIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../data/world-missions.json");

type Row = [string, string, MissionType, string, string, ...unknown[]];

export function loadWorldMissions(file = DEFAULT_WORLD_MISSIONS): WorldMission[] | undefined {
  if (!existsSync(file)) return undefined;
  const json = JSON.parse(readFileSync(file, "utf8")) as { columns?: string[]; rows?: Row[] };
  const col = (name: string, fallback: number) => {
    const i = json.columns?.indexOf(name) ?? -1;
    return i < 0 ? fallback : i;
  };
  const [of, host, type, city, jurisdictions, lat, lon, qid] = [col("of", 0), col("in", 1), col("type", 2), col("city", 3), col("jurisdictions", 4), col("lat", 5), col("lon", 6), col("qid", 7)];
  return (json.rows ?? []).map((r) => ({
    of: String(r[of]),
    in: String(r[host]),
    type: r[type] as MissionType,
    ...(r[city] ? { city: String(r[city]) } : {}),
    jurisdictions: r[jurisdictions] ? String(r[jurisdictions]).split("|") : [],
    ...(r[qid] ? { qid: String(r[qid]) } : {}),
    ...(typeof r[lat] === "number" && typeof r[lon] === "number" ? { lat: r[lat] as number, lon: r[lon] as number } : {}),
  }));
}
