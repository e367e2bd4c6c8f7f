// Every query function of bilateral, library first: the CLI, the HTTP API and the renderers call these.
// Countries may be given as names, aliases, adjectives or ISO codes in any case (see resolvePair).
// Every fact returned is a StoredFact: its format-1 fields plus id, sourceIds and provenance (source spans).
export type * from "./types.js";
export type { Store, StoredFact, SourceRow, Provenance } from "../store/store.js";
export type { PairRecord, RecordFact } from "./record.js";

export { openStore, defaultDatabasePath } from "../store/open.js";
export { ingestText, ingestRecord, ingestFile } from "../store/ingest.js";
export { resolvePair, resolveCountryOrThrow, findCountryCode } from "./resolve.js";
export { listCountries, getCountryNetwork } from "./network.js";
export { getPairProfile, getPairMissions, listConflicts } from "./profile.js";
export { getTimeline, getVisits, getAgreements, listFacts } from "./timeline.js";
export { getPairRecord } from "./record.js";
export { search, getSource } from "./search.js";
