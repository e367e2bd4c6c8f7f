// The API client: one function per endpoint, typed with the server's own result types.
import type {
  CountryNetwork,
  CountrySummary,
  NetworkMission,
  PairProfile,
  SearchHit,
  SourceView,
  Stored,
  StoredFact,
  TimelineEntry,
  IngestResult,
  SourceRow,
} from "../../src/query/types.js";
import type { BilateralRecord } from "../../src/model/record.js";

export type { CountrySummary, PairProfile, StoredFact, Stored, TimelineEntry, SourceView, BilateralRecord, IngestResult };

export interface Place {
  name: string;
  lat: number;
  lon: number;
  precision?: string;
}

export interface PlacedMission {
  fact: Stored<"mission">;
  place?: Place;
}
export interface AccreditationLine {
  fact: Stored<"accreditation">;
  from?: Place;
  to?: Place;
}
export interface PairMissions {
  pair: [string, string];
  names: [string, string];
  directions: { of: string; to: string; missions: PlacedMission[]; accreditation: AccreditationLine[] }[];
}

export type CountryPage = Omit<CountryNetwork, "missionsAbroad" | "presentIn" | "covers" | "coveredBy"> & {
  missionsAbroad: (NetworkMission & { place?: Place })[];
  presentIn: (NetworkMission & { place?: Place })[];
  covers: AccreditationLine[];
  coveredBy: AccreditationLine[];
  home?: Place;
  pairs: { pair: [string, string]; names: [string, string]; facts: number }[];
};

export interface SearchResult {
  query: string;
  countries: { code: string; name: string }[];
  pairs: { pair: [string, string]; names: [string, string] }[];
  hits: SearchHit[];
}

/** One finding of `check` (src/check/types.ts) */
export interface CheckFinding {
  rule: string;
  severity: "error" | "warning" | "info";
  message: string;
  reason: string;
  suggestion?: string;
  location?: { file: string; line: number; column: number; quote: string };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  const body = res.headers.get("content-type")?.includes("json") ? await res.json() : await res.text();
  if (!res.ok) {
    const e = typeof body === "object" && body ? (body as { error?: string; message?: string }) : {};
    throw new ApiError(res.status, e.error ?? String(res.status), e.message ?? res.statusText);
  }
  return body as T;
}

const q = (params: Record<string, string | undefined>) => {
  const s = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();
  return s ? `?${s}` : "";
};
const pairUrl = (a: string, b: string, rest = "") => `/api/pairs/${encodeURIComponent(a)}/${encodeURIComponent(b)}${rest}`;

export const api = {
  countries: () => request<CountrySummary[]>("/api/countries"),
  country: (code: string, asOf?: string) => request<CountryPage>(`/api/countries/${encodeURIComponent(code)}${q({ as_of: asOf })}`),
  profile: (a: string, b: string, asOf?: string) => request<PairProfile>(pairUrl(a, b, q({ as_of: asOf }))),
  timeline: (a: string, b: string) => request<TimelineEntry[]>(pairUrl(a, b, "/timeline")),
  missions: (a: string, b: string, asOf?: string) => request<PairMissions>(pairUrl(a, b, "/missions" + q({ as_of: asOf }))),
  check: (a: string, b: string) => request<{ findings: CheckFinding[] }>(pairUrl(a, b, "/check")),
  checkText: (text: string) =>
    request<{ findings: CheckFinding[]; note?: string }>("/api/check", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) }),
  search: (text: string) => request<SearchResult>(`/api/search${q({ q: text })}`),
  source: (id: number) => request<SourceView>(`/api/sources/${id}`),
  sources: () => request<(Omit<SourceRow, "text"> & { hasText: boolean })[]>("/api/sources"),
  extract: (text: string) =>
    request<{ kind: "record"; record: BilateralRecord }>("/api/extract", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) }),
  save: (text: string, token: string) =>
    request<IngestResult>("/api/sources", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ text }),
    }),
};
