// `bilateral show A B [--as-of DATE]` — the pair's profile, then every fact with its sources.
import type { Command } from "commander";
import { getPairProfile } from "../../query/profile.js";
import type { DirectionalPresence, PairProfile } from "../../query/types.js";
import { countryName } from "../../vocab/countries.js";
import { FACT_HEADERS, factRow, factSummary, printJson, table, withStore } from "../query-output.js";
import { checkDate } from "../../query/dates.js";

export function register(program: Command): void {
  program
    .command("show")
    .description("the profile of a pair of states: relations, recognition, memberships, missions, visits, agreements, trade, conflicts")
    .argument("<a>", "a country: name, adjective or ISO code")
    .argument("<b>", "the other country")
    .option("--as-of <date>", "what held on that date")
    .option("--today <date>", "the date 'years ago' is counted from (default: today)")
    .option("--json", "print the profile as JSON")
    .action(async (a: string, b: string, opts: { asOf?: string; today?: string; json?: boolean }, cmd: Command) => {
      checkDate("--as-of", opts.asOf);
      checkDate("--today", opts.today, true);
      const profile = await withStore(cmd, (store) => getPairProfile(store, a, b, { ...(opts.asOf ? { asOf: opts.asOf } : {}), ...(opts.today ? { today: opts.today } : {}) }));
      if (opts.json) printJson(profile);
      else process.stdout.write(formatProfile(profile));
    });
}

const presenceLine = (p: DirectionalPresence): string => {
  const parts = [
    ...p.missions.map((m) => `${m.type}${m.city ? ` in ${m.city}` : ""}${m.date ? ` (${m.event ?? "since"} ${m.date})` : ""}`),
    ...p.accreditation.map((x) => `accredited from its ${x.via.type}${x.via.city ? ` in ${x.via.city}` : ""}${x.via.in ? `, ${countryName(x.via.in)}` : ""}`),
  ];
  return `  ${countryName(p.of)} in ${countryName(p.to)}: ${parts.length ? parts.join("; ") : "nothing known"}\n`;
};

export function formatProfile(p: PairProfile): string {
  const [a, b] = p.names;
  let out = `${a} – ${b}${p.asOf ? ` (as of ${p.asOf})` : ""}\n\n`;
  const r = p.relations;
  out += `Relations:    ${r.established?.date ? `established ${r.established.date} (${r.yearsAgo} years ago, counted on ${p.today})` : r.established ? "established (date unknown)" : "no establishment recorded"}`;
  const later = r.events.filter((e) => e !== r.established);
  if (later.length) out += `; ${later.map((e) => `${e.event} ${e.date ?? ""}`.trim()).join(", ")}`;
  out += r.events.length ? (r.inForce ? "; in force\n" : "; not in force\n") : "\n";
  out += `Recognition:  ${p.recognitions.length ? p.recognitions.map((x) => `${countryName(x.by)} recognised ${countryName(x.of)}${x.date ? ` on ${x.date}` : ""}`).join("; ") : "none recorded"}\n`;
  out += `Both members: ${p.sharedMemberships.map((m) => m.org).join(", ") || "none recorded"}\n`;
  if (p.otherMemberships.length) out += `One member:   ${p.otherMemberships.map((m) => `${m.org} (${m.members.map(countryName).join(", ")})`).join(", ")}\n`;
  out += `Missions:\n${presenceLine(p.presence[0])}${presenceLine(p.presence[1])}`;
  out += `Visits:       ${p.visits.total} (${p.visits.aToB} ${a} → ${b}, ${p.visits.bToA} ${b} → ${a})${p.visits.latest ? `; latest ${p.visits.latest.date}: ${p.visits.latest.person.name}` : ""}\n`;
  out += `Agreements:   ${p.agreements.total}${p.agreements.latest ? `; latest ${p.agreements.latest.date}: ${p.agreements.latest.title}` : ""}\n`;
  out += `Trade:        ${p.latestTrade ? `${p.latestTrade.year}: ${factSummary(p.latestTrade)}` : "no figure recorded"}\n`;
  out += `Conflicts:    ${p.conflicts.length ? "" : "none"}\n`;
  for (const c of p.conflicts) out += `  ${c.about}: ${c.values.map((v) => `${v.value || "(none)"} [sources ${[...new Set(v.facts.flatMap((f) => f.sourceIds))].map((s) => `#${s}`).join(", ")}]`).join(" vs ")}\n`;
  out += `\nFacts (${p.facts.length}):\n` + table(FACT_HEADERS, p.facts.map(factRow));
  out += `\nSources:\n` + table(["id", "kind", "rev", "title", "url"], p.sources.map((s) => [`#${s.id}`, s.kind, String(s.revision), s.title, s.url ?? s.origin ?? ""]));
  return out;
}
