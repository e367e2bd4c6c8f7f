// `bilateral search TEXT` — full text over sources and facts.
import type { Command } from "commander";
import { search } from "../../query/search.js";
import { printJson, table, withStore } from "../query-output.js";

export function register(program: Command): void {
  program
    .command("search")
    .description("full-text search over sources and facts")
    .argument("<words...>")
    .option("--limit <n>", "at most this many hits", "30")
    .option("--json", "print JSON")
    .action(async (words: string[], opts: { limit: string; json?: boolean }, cmd: Command) => {
      const limit = Math.max(1, Number.parseInt(opts.limit, 10) || 30);
      const hits = await withStore(cmd, (s) => search(s, words.join(" "), { limit }));
      if (opts.json) return printJson(hits);
      process.stdout.write(
        hits.length
          ? table(["type", "id", "pair", "what", "match"], hits.map((h) => [h.type, `#${h.id}`, h.pair?.join("–") ?? "", h.title.slice(0, 70), h.snippet.replace(/\s+/g, " ").slice(0, 90)]))
          : "no matches\n",
      );
    });
}
