// The renderers' output for the sample record, against reviewed golden files (regenerate: npx tsx test/render/golden.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GOLDEN_DIR, goldenOutputs } from "./golden.js";

describe("golden files", () => {
  it.each(Object.entries(goldenOutputs()))("%s", (name, content) => {
    expect(content).toBe(readFileSync(path.join(GOLDEN_DIR, name), "utf8"));
  });
});
