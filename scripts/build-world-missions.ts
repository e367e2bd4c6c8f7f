// Builds the repository's world data from ../shared/data (run after the shared tables or the gazetteer change):
//   data/crosswalk.csv       ISO ↔ COW ↔ Wikidata QIDs, from OWID's regions.codes.csv (+ the QIDs the embassies
//                            table uses that OWID does not list: Q55 Netherlands proper, Q756617 Kingdom of Denmark …)
//   data/world-missions.json facts only: operator, host, type, city, jurisdictions, lat, lon, QID, inception
//
//   node --import tsx scripts/build-world-missions.ts [SHARED_DIR]
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { crosswalkToCsv, makeCrosswalk, type CrosswalkEntry } from "../src/store/crosswalk.js";
import { parseEmbassiesCsv, toRow } from "../src/store/world-missions.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = path.resolve(process.argv[2] ?? path.join(root, "../shared"));

/** OWID's codes for former states to the codes record format 1 uses. */
const FORMER: Record<string, string> = { OWID_YGS: "YUG", OWID_USS: "SUN", OWID_CZS: "CSK", OWID_GDR: "DDR", OWID_KOS: "XKX" };
/** QIDs of the embassies table that OWID lists under another QID (see ../shared/data/embassies/README.md, note 7). */
const EXTRA_QIDS: Record<string, string[]> = {
  NLD: ["Q55"],
  DNK: ["Q756617"],
  XKX: ["Q1246", "Q1231"],
  VAT: ["Q159583"],
  JPN: ["Q843186"],
  TWN: ["Q705141", "Q5589404"],
};

const owid = readFileSync(path.join(shared, "data/owid-regions/regions.codes.csv"), "utf8").split(/\r?\n/).filter(Boolean);
const head = owid.shift()!.split(",");
const at = (row: string[], name: string): string => row[head.indexOf(name)] ?? "";
const entries: CrosswalkEntry[] = [];
for (const line of owid) {
  const r = line.split(",");
  const code = at(r, "iso_alpha3") || FORMER[at(r, "code")];
  // record format 1 codes only (PS-GZA, Gaza, is a region of PSE in OWID's table, not a state)
  if (!code || !/^[A-Z]{3}$/.test(code)) continue;
  const qids = [at(r, "wikidata_code"), ...(EXTRA_QIDS[code] ?? [])].filter(Boolean);
  entries.push({
    code,
    ...(at(r, "iso_alpha2") ? { iso2: at(r, "iso_alpha2") } : {}),
    ...(at(r, "cow_code") ? { cow: Number(at(r, "cow_code")) } : {}),
    ...(at(r, "cow_letter") ? { cowLetter: at(r, "cow_letter") } : {}),
    qids,
  });
}
const crosswalk = makeCrosswalk(entries);
writeFileSync(path.join(root, "data/crosswalk.csv"), crosswalkToCsv(crosswalk));

const csv = readFileSync(path.join(shared, "data/embassies/database_of_embassies.csv"), "utf8");
const { missions, skipped, rows } = parseEmbassiesCsv(csv, crosswalk);
const out = [
  "{",
  `"source": {"title": "database-of-embassies (from Wikidata)", "url": "https://github.com/database-of-embassies/database-of-embassies", "version": "b1987a62f9412564fa33c5e9193a65319bc504a3", "licence": "CC0 1.0 (Wikidata)"},`,
  `"columns": ["of", "in", "type", "city", "jurisdictions", "lat", "lon", "qid", "inception"],`,
  `"rows": [`,
  missions.map((m) => JSON.stringify(toRow(m))).join(",\n"),
  "]}",
].join("\n");
writeFileSync(path.join(root, "data/world-missions.json"), out + "\n");
const reasons = new Map<string, number>();
for (const s of skipped) reasons.set(s.reason.replace(/:.*/, ""), (reasons.get(s.reason.replace(/:.*/, "")) ?? 0) + 1);
console.log(`${rows} rows: ${missions.length} missions, ${skipped.length} skipped (${[...reasons].map(([r, n]) => `${n} ${r}`).join("; ")})`);
console.log(`data/world-missions.json ${(out.length / 1024).toFixed(0)} KiB, data/crosswalk.csv ${entries.length} states`);
