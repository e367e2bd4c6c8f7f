// The world's diplomatic missions, from the Wikidata-derived embassies table (../shared/data/embassies).
// Operators and hosts are joined on QIDs through the crosswalk (labels differ and repeat); mission types are
// normalised to the spec's; `jurisdictions` other than the host become non-resident accreditation.
// Rows that cannot be used are skipped and counted with a reason and their line number — never guessed.
import { MISSION_TYPES, type Fact, type MissionType } from "../model/record.js";
import { findCity, getCountry } from "../vocab/countries.js";
import type { Crosswalk } from "./crosswalk.js";
import { qidOf } from "./crosswalk.js";
import type { NewFact } from "./store.js";

/** One usable row: facts only. */
export interface WorldMission {
  /** operator (sending state) */
  readonly of: string;
  /** host (where the mission physically is) */
  readonly in: string;
  readonly type: MissionType;
  readonly city?: string;
  /** states the mission covers (P1001) as codes, the host included when listed */
  readonly jurisdictions: readonly string[];
  readonly lat?: number;
  readonly lon?: number;
  /** the mission's Wikidata QID */
  readonly qid: string;
  /** inception at its precision: 1927 or 1927-03-15 */
  readonly inception?: string;
}

export interface SkippedRow {
  readonly line: number;
  readonly reason: string;
}

export interface ParsedMissions {
  readonly missions: WorldMission[];
  readonly skipped: SkippedRow[];
  readonly rows: number;
}

/** Wikidata class labels to the spec's mission types; the country-specific subclasses included. */
const TYPE_RULES: readonly { readonly test: RegExp; readonly type: MissionType; readonly reason: string }[] = [
  { test: /nunciature|apostolic delegation/i, type: "nunciature", reason: "papal missions" },
  { test: /interests section/i, type: "interests-section", reason: "protecting-power sections" },
  { test: /assistant high commission/i, type: "consulate", reason: "a Commonwealth consulate" },
  { test: /high commission/i, type: "high-commission", reason: "Commonwealth embassies, incl. 'British High Commission'" },
  { test: /honorary consulate/i, type: "honorary-consulate", reason: "" },
  { test: /consulate general/i, type: "consulate-general", reason: "incl. 'Consulate General of Sweden'" },
  { test: /de facto|representative office|trade office|taipei/i, type: "trade-office", reason: "unofficial missions" },
  { test: /consulate|consular/i, type: "consulate", reason: "consulate, consular office/agency, 'consulates of Sweden'" },
  { test: /embassy|diplomatic mission/i, type: "embassy", reason: "incl. 'Embassy of the United States'" },
  { test: /liaison office|permanent mission/i, type: "other", reason: "" },
];

export function normaliseMissionType(label: string): MissionType | undefined {
  if ((MISSION_TYPES as readonly string[]).includes(label)) return label as MissionType;
  return TYPE_RULES.find((r) => r.test.test(label))?.type;
}

/** Administrative labels to a city name: "Ljubljana City Municipality" → Ljubljana. Coordinates near a known
 *  city of the host win (districts such as Uccle or Chanakyapuri become Brussels, New Delhi). */
export function normaliseCity(label: string, host: string, lat?: number, lon?: number): string | undefined {
  const country = getCountry(host);
  if (country && lat != null && lon != null) {
    let best: { name: string; km: number } | undefined;
    for (const c of country.cities) {
      const km = distanceKm(lat, lon, c.lat, c.lon);
      if (km < 25 && (!best || km < best.km)) best = { name: c.name, km };
    }
    if (best) return best.name;
  }
  const cleaned = label
    .replace(/\s+(?:City|Capital)?\s*Municipality$/i, "")
    .replace(/\s+municipality$/i, "")
    .replace(/^Municipality of\s+/i, "")
    .trim();
  if (!cleaned) return undefined;
  const known = findCity(cleaned);
  return known && known.code === host ? known.city.name : cleaned;
}

function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

const inceptionOf = (iso: string): string | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return undefined;
  return m[2] === "01" && m[3] === "01" ? m[1] : `${m[1]}-${m[2]}-${m[3]}`;
};

/** Parse the semicolon-separated table. Line numbers count the header as line 1. */
export function parseEmbassiesCsv(text: string, crosswalk: Crosswalk): ParsedMissions {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? "").split(";");
  const col = (name: string): number => header.indexOf(name);
  const need = ["operator", "operatorQID", "jurisdictionQIDs", "country", "countryQID", "city", "latitude", "longitude", "type", "creation", "QID"];
  const missing = need.filter((n) => col(n) < 0);
  if (missing.length) throw new Error(`not the embassies table: no column ${missing.join(", ")}`);
  const cells = header.length - (header.at(-1) === "" ? 1 : 0);
  const missions: WorldMission[] = [];
  const skipped: SkippedRow[] = [];
  let rows = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    rows++;
    const c = line.split(";");
    const skip = (reason: string): void => void skipped.push({ line: i + 1, reason });
    if (c.length < cells) {
      skip(`${c.length} cells, expected ${cells}`);
      continue;
    }
    const get = (name: string): string => (c[col(name)] ?? "").trim();
    const of = crosswalk.codeOfQid(get("operatorQID"));
    if (!of) {
      skip(`operator is not a state: ${get("operator") || "(empty)"} (${qidOf(get("operatorQID")) || "no QID"})`);
      continue;
    }
    const host = crosswalk.codeOfQid(get("countryQID"));
    if (!host) {
      skip(`host is not a state: ${get("country") || "(empty)"} (${qidOf(get("countryQID")) || "no QID"})`);
      continue;
    }
    if (host === of) {
      skip(`operator and host are both ${of} (a location error in Wikidata)`);
      continue;
    }
    const type = normaliseMissionType(get("type"));
    if (!type) {
      skip(`unknown mission type: ${get("type") || "(empty)"}`);
      continue;
    }
    const qid = qidOf(get("QID"));
    if (!/^Q\d+$/.test(qid)) {
      skip(`no mission QID`);
      continue;
    }
    const lat = get("latitude") ? Number(get("latitude")) : undefined;
    const lon = get("longitude") ? Number(get("longitude")) : undefined;
    const coords = lat != null && lon != null && Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
    const jurisdictions = [
      ...new Set(
        get("jurisdictionQIDs")
          .split("|")
          .filter(Boolean)
          .map((q) => crosswalk.codeOfQid(q))
          .filter((x): x is string => !!x && x !== of),
      ),
    ];
    const city = get("city") ? normaliseCity(get("city"), host, coords ? lat : undefined, coords ? lon : undefined) : undefined;
    const inception = inceptionOf(get("creation"));
    missions.push({
      of,
      in: host,
      type,
      ...(city ? { city } : {}),
      jurisdictions,
      ...(coords ? { lat, lon } : {}),
      qid,
      ...(inception ? { inception } : {}),
    });
  }
  return { missions, skipped, rows };
}

/** The facts of a mission: the mission itself, and non-resident accreditation for each other state it covers. */
export function missionFacts(m: WorldMission): NewFact[] {
  const mission: Fact = {
    kind: "mission",
    of: m.of,
    type: m.type,
    in: m.in,
    ...(m.city ? { city: m.city } : {}),
    ...(m.inception ? { event: "opened" as const, date: m.inception } : {}),
  };
  const out: NewFact[] = [{ fact: mission, pair: [m.of, m.in], locator: m.qid, ...(m.lat != null && m.lon != null ? { coords: { lat: m.lat, lon: m.lon } } : {}) }];
  for (const to of m.jurisdictions) {
    if (to === m.in) continue;
    out.push({
      fact: { kind: "accreditation", of: m.of, to, via: { type: m.type, ...(m.city ? { city: m.city } : {}), in: m.in } },
      pair: [m.of, to],
      locator: m.qid,
    });
  }
  return out;
}

/** Compact rows for data/world-missions.json: [of, in, type, city, jurisdictions, lat, lon, qid, inception]. */
export type WorldMissionRow = [string, string, MissionType, string, string, number | null, number | null, string, string];

export const toRow = (m: WorldMission): WorldMissionRow => [m.of, m.in, m.type, m.city ?? "", m.jurisdictions.join("|"), m.lat ?? null, m.lon ?? null, m.qid, m.inception ?? ""];

export const fromRow = (r: WorldMissionRow): WorldMission => ({
  of: r[0],
  in: r[1],
  type: r[2],
  ...(r[3] ? { city: r[3] } : {}),
  jurisdictions: r[4] ? r[4].split("|") : [],
  ...(r[5] != null && r[6] != null ? { lat: r[5], lon: r[6] } : {}),
  qid: r[7],
  ...(r[8] ? { inception: r[8] } : {}),
});
