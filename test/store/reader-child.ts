// A reader process for the concurrency test: queries the store in a loop until its stdin closes,
// then prints how many queries it ran. Any error ends it with exit code 1 and the message.
import { getCountryNetwork, getPairProfile, getTimeline, listCountries, search } from "../../src/query/index.js";
import { openStore } from "../../src/store/open.js";

const store = await openStore(process.argv[2]);
let stop = false;
process.stdin.on("end", () => (stop = true));
process.stdin.resume();
let queries = 0;
try {
  while (!stop) {
    await getPairProfile(store, "MEX", "SVN", { today: "2026-01-01" });
    await getPairProfile(store, "AUT", "USA", { today: "2026-01-01" });
    await getTimeline(store, "SVN", "AUT");
    await getCountryNetwork(store, "MEX");
    await search(store, "synthetic");
    if (queries % 20 === 0) await listCountries(store);
    queries += 5;
    await new Promise((r) => setImmediate(r));
  }
  process.stdout.write(`${queries}\n`);
  await store.close();
} catch (e) {
  process.stderr.write(`reader: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
}
