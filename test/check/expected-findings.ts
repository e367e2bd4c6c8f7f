// The reviewed findings of `check` on each dev article (../shared/corpus/dev), as of the `today` below.
// Each entry was reviewed by reading the article at that line and column; the note says why it is right.
// The corpus test fails on a finding not listed here, and on a listed finding that no longer appears.
// (Keyed by rule and position, never by the article's words: no article text lives in this repository.)

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
  "algeria-morocco": [],
  "argentina-chile": [],
  "armenia-georgia": [],
  "belize-guatemala": [],
  "china-mongolia": [],
  "croatia-serbia": [],
  "croatia-slovenia": [],
  "eritrea-ethiopia": [],
  "guatemala-mexico": [],
  "india-nepal": [],
  "iran-saudi-arabia": [],
  "kazakhstan-uzbekistan": [],
  "kenya-somalia": [],
  "kyrgyzstan-uzbekistan": [],
  "malta-tunisia": [],
  "montenegro-north-macedonia": [],
  "morocco-spain": [],
  "portugal-spain": [],
  "qatar-saudi-arabia": [],
};
