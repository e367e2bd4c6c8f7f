// Former states and the state recognised as their legal successor (continuator), so relations
// with the predecessor count as relations with the successor. Common knowledge.
export const SUCCESSOR: Readonly<Record<string, string>> = {
  YUG: "SRB", // the Federal Republic of Yugoslavia → Serbia and Montenegro → Serbia
  SUN: "RUS",
  CSK: "CZE",
  SCG: "SRB",
};
