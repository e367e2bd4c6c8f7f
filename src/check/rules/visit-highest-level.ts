// A "highest-level" visitor outranked by an earlier visitor in the same direction, in the same record.
import { superlativeRule } from "../superlatives.js";

export const visitHighestLevel = superlativeRule({
  id: "visit-highest-level",
  description: 'A visit called the "highest-level" when the record has an earlier visit of higher rank in the same direction.',
  qualifier: "highest-level",
  word: /\bhighest[-\s]level\b/i,
  contradicts: (w, v) => w.level > v.level,
  says: () => ", and outranks them",
});
