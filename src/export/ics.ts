// Export as iCalendar: the pair's anniversaries — yearly events on the day relations were established, recognition
// given or an agreement signed. Only dates the sources give to the day can recur; others are not guessed.
import { pairFacts } from "../query/profile.js";
import { resolvePair } from "../query/resolve.js";
import type { Store, StoredFact } from "../store/store.js";
import { countryName } from "../vocab/countries.js";

const escape = (s: string): string => s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\n/g, "\\n");

/** Lines longer than 75 octets are folded (RFC 5545 3.1). */
const foldLine = (line: string): string => {
  const out: string[] = [];
  let rest = line;
  while (Buffer.byteLength(rest) > 75) {
    let n = 74;
    while (Buffer.byteLength(rest.slice(0, n)) > 74) n--;
    out.push(rest.slice(0, n));
    rest = " " + rest.slice(n);
  }
  out.push(rest);
  return out.join("\r\n");
};

function what(f: StoredFact): string | undefined {
  if (f.kind === "relations") return `${f.event === "established" ? "Diplomatic relations established" : `Relations ${f.event}`}`;
  if (f.kind === "recognition") return `${countryName(f.by)} recognised ${countryName(f.of)}`;
  if (f.kind === "agreement") return `${f.title} signed`;
  return undefined;
}

export async function toIcs(store: Store, a: string, b: string, now = new Date()): Promise<string> {
  const pair = resolvePair(a, b);
  const facts = await pairFacts(store, pair.a, pair.b);
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bilateral//anniversaries//EN", "CALSCALE:GREGORIAN", `X-WR-CALNAME:${escape(`${pair.names[0]}–${pair.names[1]} anniversaries`)}`];
  for (const f of facts) {
    const date = "date" in f ? f.date : undefined;
    const label = what(f);
    if (!label || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    const day = date.replace(/-/g, "");
    lines.push(
      "BEGIN:VEVENT",
      `UID:fact-${f.id}@bilateral`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day}`,
      "RRULE:FREQ=YEARLY",
      `SUMMARY:${escape(`${label} (${date.slice(0, 4)})`)}`,
      `DESCRIPTION:${escape(`${pair.names[0]}–${pair.names[1]}: ${label} on ${date}. Sources: ${f.sourceIds.map((s) => `#${s}`).join(", ")}`)}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
