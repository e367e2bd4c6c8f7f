// Golden files: the sample record (test/render/fixtures.ts, our own words) rendered in every format and as a
// brief, for a fixed day. Regenerate with `npx tsx test/render/golden.ts` and review the change as a diff.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { RENDER_FORMATS, renderBrief, renderRecord } from "../../src/render/index.js";
import { record, SAMPLE } from "./fixtures.js";

export const GOLDEN_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "golden");
export const GOLDEN_TODAY = "2026-11-28";
const EXTENSION = { text: "txt", markdown: "md", html: "html" } as const;

/** file name → content, as the renderers produce it now */
export function goldenOutputs(): Record<string, string> {
  const rec = record(SAMPLE);
  const out: Record<string, string> = {};
  for (const format of RENDER_FORMATS) out[`sample.${EXTENSION[format]}`] = renderRecord(rec, { format, today: GOLDEN_TODAY });
  out["sample.brief.txt"] = renderBrief(rec, { today: GOLDEN_TODAY, findings: [] });
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [name, content] of Object.entries(goldenOutputs())) writeFileSync(path.join(GOLDEN_DIR, name), content);
  console.log(`wrote ${Object.keys(goldenOutputs()).length} golden files to ${GOLDEN_DIR}`);
}
