// see-also: the items of a "See also" section (a refiner joins them into one fact).
import type { Extractor } from "../context.js";

const pattern = /^.+$/gs;

export const seeAlso: Extractor = {
  id: "see-also/list",
  pattern,
  scope: "item",
  extract(ctx, m) {
    if (ctx.sentence.block.type !== "item" || !/^see\s+also$/i.test(ctx.heading.trim())) return null;
    return { kind: "see-also", titles: [m[0].trim()] };
  },
};
