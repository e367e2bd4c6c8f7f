// The reviewed findings of `check` on each dev article (../shared/corpus/dev), as of the `today` below.
// Each entry was reviewed by reading the article at that line and column; the note says why it is right.
// The corpus test fails on a finding not listed here, and on a listed finding that no longer appears.
// (Keyed by rule and position, never by the article's words: no article text lives in this repository.)
// The world-missions findings (all info) need data/world-missions.json; without it they are not expected.
// Review, 2026-11-28: every other rule finds nothing in the dev articles — no anniversary figures, no "first" or
// "highest-level" visits, no title/role mismatches, no dates before a state existed or after today.

export const EXPECTED_TODAY = "2026-11-28";

export interface ExpectedFinding {
  readonly rule: string;
  readonly line: number;
  readonly column: number;
  /** why this finding is right, in the reviewer's words */
  readonly note: string;
}

export const EXPECTED_FINDINGS: Readonly<Record<string, readonly ExpectedFinding[]>> = {
  "afghanistan-pakistan": [],
  "algeria-morocco": [
    { rule: "world-missions", line: 8, column: 91, note: "a consulate of DZA in MAR the data lacks (the data has only DZA's embassy in MAR)" },
    { rule: "world-missions", line: 8, column: 106, note: "a second consulate of DZA in MAR, likewise absent from the data" },
    { rule: "world-missions", line: 8, column: 164, note: "a consulate of MAR in DZA; the data has only MAR's embassy in DZA" },
    { rule: "world-missions", line: 8, column: 208, note: "a second consulate of MAR in DZA, absent from the data" },
    { rule: "world-missions", line: 8, column: 217, note: "a third consulate of MAR in DZA, absent from the data" },
  ],
  "argentina-chile": [],
  "armenia-georgia": [
    { rule: "world-missions", line: 6, column: 33, note: "infobox: ARM's embassy in GEO; the data has no ARM mission in GEO at all" },
  ],
  "belize-guatemala": [],
  "china-mongolia": [],
  "croatia-serbia": [],
  "croatia-slovenia": [
    { rule: "world-missions", line: 9, column: 383, note: "an honorary consulate of HRV in SVN; the data has only HRV's embassy" },
    { rule: "world-missions", line: 9, column: 395, note: "a second honorary consulate of HRV in SVN, absent from the data" },
  ],
  "eritrea-ethiopia": [],
  "guatemala-mexico": [],
  "india-nepal": [],
  "iran-saudi-arabia": [
    { rule: "world-missions", line: 5, column: 36, note: "infobox: SAU's embassy in IRN; the data has no SAU mission in IRN" },
    { rule: "world-missions", line: 6, column: 30, note: "infobox: IRN's embassy in SAU; the data has no IRN mission in SAU" },
  ],
  "kazakhstan-uzbekistan": [
    { rule: "world-missions", line: 6, column: 162, note: "KAZ's embassy in UZB; the data has no KAZ–UZB rows" },
    { rule: "world-missions", line: 6, column: 198, note: "KAZ's consulate-general in UZB, absent from the data" },
    { rule: "world-missions", line: 6, column: 238, note: "UZB's embassy in KAZ; the data has no UZB–KAZ rows" },
    { rule: "world-missions", line: 6, column: 276, note: "UZB's consulate-general in KAZ, absent from the data" },
    { rule: "world-missions", line: 6, column: 287, note: "UZB's second consulate-general in KAZ, absent from the data" },
  ],
  "kenya-somalia": [],
  "kyrgyzstan-uzbekistan": [],
  "malta-tunisia": [],
  "montenegro-north-macedonia": [
    { rule: "world-missions", line: 3, column: 553, note: "an honorary consulate of MNE in MKD; the data has only MNE's embassy" },
  ],
  "morocco-spain": [],
  "portugal-spain": [],
  "qatar-saudi-arabia": [],
};
