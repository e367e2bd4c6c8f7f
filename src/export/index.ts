// One exporter per format, all reading the same stored facts.
export { toJson } from "./json.js";
export { toCsv, FACT_CSV_COLUMNS } from "./csv.js";
export { toGeoJson } from "./geojson.js";
export { toIcs } from "./ics.js";
export { dyadYearRows, DYAD_YEAR_COLUMNS } from "./dyad-years.js";

export const EXPORT_FORMATS = ["json", "csv", "geojson", "ics"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
