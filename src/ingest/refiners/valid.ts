// Filters: facts that lack what their kind needs (annotation.md) are dropped.
import type { Fact } from "../../model/record.js";

export function isValid(f: Fact, pair: [string, string]): boolean {
  const inPair = (c?: string) => c === pair[0] || c === pair[1];
  switch (f.kind) {
    case "relations": return Boolean(f.date);
    case "visit": return Boolean(f.date && f.person.name) && f.from !== f.to && inPair(f.from) && inPair(f.to);
    case "meeting": {
      // a meeting concerns the pair: not two officials of one state, nor people of third states only
      const states = f.people.map((p) => p.of);
      const allKnown = states.every(Boolean);
      const oneState = allKnown && new Set(states).size === 1;
      return Boolean(f.date) && f.people.length >= 2 && !oneState && states.some((s) => !s || inPair(s));
    }
    case "agreement": return Boolean(f.date && f.title);
    case "mission": return Boolean(f.city) && f.of !== f.in && inPair(f.of) && inPair(f.in);
    case "accreditation": return f.of !== f.to && Boolean(f.via.city);
    case "membership": return f.members.some(inPair);
    case "recognition": return f.by !== f.of;
    case "goods": return f.items.length > 0;
    default: return true;
  }
}
