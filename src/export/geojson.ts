// Export as GeoJSON: the pair's missions, both ways, and the missions that cover one from a third state
// (Mexico's embassy in Vienna for Slovenia), as points. Coordinates: the mission's own, else its city's.
import { pairFacts } from "../query/profile.js";
import { placeOf } from "../query/network.js";
import { ofKind } from "../query/facts.js";
import { resolvePair } from "../query/resolve.js";
import { fold } from "../store/fact-key.js";
import type { Store } from "../store/store.js";
import type { Stored } from "../query/types.js";

interface Feature {
  type: "Feature";
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

export async function toGeoJson(store: Store, a: string, b: string): Promise<string> {
  const pair = resolvePair(a, b);
  const facts = await pairFacts(store, pair.a, pair.b);
  const missions: { m: Stored<"mission">; role: string; covers?: string }[] = ofKind(facts, "mission").map((m) => ({ m, role: "resident" }));
  for (const x of ofKind(facts, "accreditation")) {
    if (!x.via.in) continue;
    const there = ofKind(await store.findFacts({ pair: [x.of, x.via.in], kinds: ["mission"] }), "mission").filter(
      (m) => m.of === x.of && m.in === x.via.in && (!x.via.city || fold(m.city) === fold(x.via.city)),
    );
    for (const m of there) missions.push({ m, role: "non-resident", covers: x.to });
  }
  const features: Feature[] = [];
  for (const { m, role, covers } of missions) {
    const { lat, lon } = placeOf(m);
    if (lat == null || lon == null) continue;
    features.push({
      type: "Feature",
      geometry: { type: "Point", coordinates: [lon, lat] },
      properties: { id: m.id, of: m.of, in: m.in, type: m.type, city: m.city ?? null, role, ...(covers ? { covers } : {}), date: m.date ?? null, sourceIds: m.sourceIds },
    });
  }
  return JSON.stringify({ type: "FeatureCollection", features }, null, 2) + "\n";
}
