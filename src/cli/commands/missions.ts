// `bilateral missions A [--in B] [--as-of DATE]` — a country's network: its missions, whom it covers from where,
// who is present in it and who covers it from elsewhere.
import type { Command } from "commander";
import { getCountryNetwork } from "../../query/network.js";
import type { CountryNetwork } from "../../query/types.js";
import { countryName } from "../../vocab/countries.js";
import { printJson, table, withStore } from "../query-output.js";
import { checkDate } from "../../query/dates.js";

export function register(program: Command): void {
  program
    .command("missions")
    .description("a country's diplomatic network")
    .argument("<country>")
    .option("--in <country>", "only what concerns this other country")
    .option("--as-of <date>", "what held on that date")
    .option("--json", "print JSON")
    .action(async (country: string, opts: { in?: string; asOf?: string; json?: boolean }, cmd: Command) => {
      checkDate("--as-of", opts.asOf);
      const net = await withStore(cmd, (s) => getCountryNetwork(s, country, { ...(opts.in ? { in: opts.in } : {}), ...(opts.asOf ? { asOf: opts.asOf } : {}) }));
      if (opts.json) return printJson(net);
      process.stdout.write(formatNetwork(net));
    });
}

const n = countryName;

const byName = <T>(xs: readonly T[], code: (x: T) => string): T[] => [...xs].sort((a, b) => n(code(a)).localeCompare(n(code(b))));

export function formatNetwork(net: CountryNetwork): string {
  let out = `${net.name} (${net.code})${net.asOf ? ` as of ${net.asOf}` : ""}\n`;
  out += `\nMissions of ${net.name} abroad (${net.missionsAbroad.length}):\n`;
  out += table(["country", "type", "city", "also covers"], byName(net.missionsAbroad, (m) => m.fact.in).map((m) => [n(m.fact.in), m.fact.type, m.fact.city ?? "", m.covers.map(n).join(", ")])) || "  none recorded\n";
  out += `\nCountries ${net.name} covers from elsewhere (${net.covers.length}):\n`;
  out += table(["country", "from", "in"], byName(net.covers, (x) => x.to).map((x) => [n(x.to), `${x.via.type}${x.via.city ? ` in ${x.via.city}` : ""}`, x.via.in ? n(x.via.in) : ""])) || "  none recorded\n";
  out += `\nMissions in ${net.name} (${net.presentIn.length}):\n`;
  out += table(["of", "type", "city"], byName(net.presentIn, (m) => m.fact.of).map((m) => [n(m.fact.of), m.fact.type, m.fact.city ?? ""])) || "  none recorded\n";
  out += `\nCountries covering ${net.name} from elsewhere (${net.coveredBy.length}):\n`;
  out += table(["country", "from", "in"], byName(net.coveredBy, (x) => x.of).map((x) => [n(x.of), `${x.via.type}${x.via.city ? ` in ${x.via.city}` : ""}`, x.via.in ? n(x.via.in) : ""])) || "  none recorded\n";
  return out;
}
