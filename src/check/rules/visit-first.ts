// A "first" visit with an earlier visit of the same or higher rank in the same direction, in the same record.
import { superlativeRule } from "../superlatives.js";

export const visitFirst = superlativeRule({
  id: "visit-first",
  description: 'A visit called the "first" when the record has an earlier visit of the same or higher rank in the same direction.',
  qualifier: "first",
  word: /\bfirst\b/i,
  contradicts: (w, v) => w.level >= v.level,
  says: () => "",
});
