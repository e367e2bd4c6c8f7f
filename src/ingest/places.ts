// Places after a preposition: "in Arica and Tacna", "in Mexico City and in Monterrey",
// "in the capital city of Lima", "in Washington, D.C.; United States".
import { findCity, mayBeginCity, resolveCountryMention as resolveCountry } from "../vocab/countries.js";

export interface Place {
  name: string;
  /** offsets within the text given */
  start: number;
  end: number;
  /** the state the gazetteer puts it in, if it knows the place */
  country?: string;
  /** the place is itself a state ("embassy in Peru"), not a city */
  isCountry?: boolean;
}

const LEAD = /^(?:the\s+(?:country['’]s\s+)?capital(?:\s+city)?(?:\s+of|,\s*which\s+is|,)\s+|the\s+(?:port\s+)?city\s+of\s+|the\s+town\s+of\s+)/i;
const WORD = /^[\p{Lu}][\p{L}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|de|del|da|do|al|el|es|sur|upon|on))*/u;
const SEP = /^(?:\s*,\s*(?:and\s+)?(?:in\s+)?|\s+and\s+(?:in\s+)?|\s*&\s*)/;

/** A list of places starting at `text[0]`. Known cities are matched whole ("Washington, D.C."). */
export function placeList(text: string): Place[] {
  const out: Place[] = [];
  let pos = 0;
  const lead = LEAD.exec(text);
  if (lead) pos = lead[0].length;
  for (;;) {
    const place = placeAt(text, pos);
    if (!place) break;
    out.push(place);
    pos = place.end;
    const sep = SEP.exec(text.slice(pos));
    if (!sep) break;
    const after = text.slice(pos + sep[0].length);
    if (!/^[\p{Lu}]/u.test(after)) break;
    pos += sep[0].length;
  }
  return out;
}

function placeAt(text: string, pos: number): Place | undefined {
  const rest = text.slice(pos);
  const m = WORD.exec(rest);
  if (!m) return undefined;
  // the longest known city that starts here, allowing a comma inside ("Washington, D.C.")
  const span = rest.slice(0, m[0].length + 8);
  // (a text whose first word begins no city's name is passed over: folding keeps that word in front,
  // "The Hague" → "hague …", "St. Kitts" → "saint …")
  const longest = Math.min(span.length, 40);
  if (mayBeginCity(rest.slice(0, longest))) {
    for (let len = longest; len > 1; len--) {
      // a candidate ends a word: a letter or a period, and no letter after it
      const last = rest.charCodeAt(len - 1);
      if (!(last === 46 || isLetter(last)) || (len < rest.length && isLetter(rest.charCodeAt(len)))) continue;
      const hit = findCity(rest.slice(0, len));
      if (hit) return { name: hit.city.name, start: pos, end: pos + len, country: hit.code };
    }
  }
  let name = m[0].replace(/[.]$/, "").trim();
  // stop a place name at a following capitalised sentence word ("Lima In 1990")
  name = name.split(/\s+(?=(?:In|On|At|The|And)\b)/)[0]!;
  const code = resolveCountry(name);
  return { name, start: pos, end: pos + name.length, ...(code ? { country: code, isCountry: true } : {}) };
}

const LETTER = /\p{L}/u;
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(String.fromCharCode(c));
}

/** True when the place is itself a country ("embassy in Peru"), not a city. */
export const isCountryPlace = (p: Place): boolean => p.isCountry === true;
