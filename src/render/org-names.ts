// How an organisation is named in running prose: records keep the usual acronym (record.md); articles write
// the full name with its article ("the United Nations"). Names come from the organisations vocabulary
// (vocab/orgs.ts); a name it does not know is written as given.
import { getOrg } from "../vocab/orgs.js";

// Names that read without "the".
const NO_ARTICLE = new Set(["Mercosur", "Mercosul"]);
const looksLikeAcronym = (s: string) => /^[A-Z0-9-]{2,}$/.test(s);

/** "UN" → "the United Nations"; "Union for the Mediterranean" → "the Union for the Mediterranean"; "Mercosur" → "Mercosur". */
export function orgPhrase(org: string): string {
  const name = getOrg(org)?.names[0] ?? org;
  if (NO_ARTICLE.has(name) || looksLikeAcronym(name) || /^the\s/i.test(name)) return name;
  return `the ${name}`;
}
