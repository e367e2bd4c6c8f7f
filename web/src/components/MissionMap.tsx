// Both states' missions on one map: resident missions as dots, non-resident accreditation as a line from the
// mission that covers the state (Vienna) to that state's capital (Ljubljana).
import { geoMercator, geoPath } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import { useMemo } from "react";
import type { AccreditationLine, Place, PlacedMission } from "../api.js";
import { WORLD } from "../geo.js";

const WIDTH = 900;
const HEIGHT = 460;
export const SIDE_COLOURS = ["#b3471f", "#1f6fb3"];

export interface MapSide {
  code: string;
  missions: PlacedMission[];
  accreditation: AccreditationLine[];
}

interface Label {
  key: string;
  x: number;
  y: number;
  text: string;
}
type Placed = { x: number; y: number; anchor: "start" | "end" };

/** Greedy label placement: each label takes the first spot beside its point that overlaps no label placed before. */
export function placeLabels(labels: readonly Label[]): Map<string, Placed> {
  const boxes: [number, number, number, number][] = [];
  const out = new Map<string, Placed>();
  const spots = [
    { dx: 9, dy: 4, anchor: "start" },
    { dx: 9, dy: 18, anchor: "start" },
    { dx: -9, dy: 4, anchor: "end" },
    { dx: 9, dy: -10, anchor: "start" },
    { dx: -9, dy: 18, anchor: "end" },
    { dx: -9, dy: -10, anchor: "end" },
  ] as const;
  for (const l of [...labels].sort((a, b) => a.y - b.y)) {
    const w = l.text.length * 7.2;
    const boxOf = (s: (typeof spots)[number]): [number, number, number, number] => {
      const x0 = s.anchor === "start" ? l.x + s.dx : l.x + s.dx - w;
      return [x0, l.y + s.dy - 12, x0 + w, l.y + s.dy + 3];
    };
    const free = spots.find((s) => {
      const b = boxOf(s);
      return !boxes.some((o) => b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]);
    });
    const spot = free ?? spots[0];
    boxes.push(boxOf(spot));
    out.set(l.key, { x: l.x + spot.dx, y: l.y + spot.dy, anchor: spot.anchor });
  }
  return out;
}

export function MissionMap({ sides, label, home }: { sides: MapSide[]; label: string; home?: Place[] }) {
  const codes = sides.map((s) => s.code);
  const places: Place[] = [
    ...sides.flatMap((s) => [...s.missions.map((m) => m.place), ...s.accreditation.flatMap((a) => [a.from, a.to])]),
    ...(home ?? []),
  ].filter((p): p is Place => !!p);
  const { path, projection } = useMemo(() => {
    const focus: Feature<Geometry>[] = WORLD.filter((f) => f.properties.code && codes.includes(f.properties.code));
    const points: Feature<Geometry> = { type: "Feature", properties: {}, geometry: { type: "MultiPoint", coordinates: places.map((p) => [p.lon, p.lat]) } };
    const projection = geoMercator().fitExtent(
      [
        [40, 30],
        [WIDTH - 150, HEIGHT - 30],
      ],
      { type: "FeatureCollection", features: places.length ? [...focus, points] : focus },
    );
    return { path: geoPath(projection), projection };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [codes.join(), places.map((p) => `${p.lat},${p.lon}`).join()]);
  const xy = (p: Place) => projection([p.lon, p.lat]) ?? [0, 0];
  const at = ([x, y]: [number, number]) => ({ x, y });
  // names on the map only while they stay legible; otherwise each point names itself on hover
  const labelled = places.length <= 16;
  const labels = placeLabels([
    ...sides.flatMap((s) => s.accreditation.flatMap((a) => (a.from && a.to ? [{ key: `acc${a.fact.id}`, text: `${a.from.name} → ${a.to.name}`, ...at(xy(a.from)) }] : []))),
    ...sides.flatMap((s) => s.missions.flatMap((m) => (m.place ? [{ key: `m${m.fact.id}`, text: m.place.name, ...at(xy(m.place)) }] : []))),
  ]);
  const text = (key: string, content: string) => {
    const l = labels.get(key);
    return labelled && l ? <text x={l.x} y={l.y} textAnchor={l.anchor}>{content}</text> : null;
  };
  return (
    <svg className="mission-map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <rect width={WIDTH} height={HEIGHT} className="sea" />
      {WORLD.map((f) => {
        const i = f.properties.code ? codes.indexOf(f.properties.code) : -1;
        return <path key={`${f.id ?? f.properties.name}`} d={path(f) ?? ""} className={i >= 0 ? `land side-${i}` : "land"} />;
      })}
      {sides.map((s, i) =>
        s.accreditation.map((a) =>
          a.from && a.to ? (
            <g key={`acc${a.fact.id}`} className={`accreditation side-${i}`}>
              <path d={path({ type: "LineString", coordinates: [[a.from.lon, a.from.lat], [a.to.lon, a.to.lat]] }) ?? ""} stroke={SIDE_COLOURS[i % 2]} />
              <circle cx={xy(a.from)[0]} cy={xy(a.from)[1]} r={5} fill={SIDE_COLOURS[i % 2]} />
              <title>{`${a.from.name} → ${a.to.name}`}</title>
              {text(`acc${a.fact.id}`, `${a.from.name} → ${a.to.name}`)}
            </g>
          ) : null,
        ),
      )}
      {sides.map((s, i) =>
        s.missions.map((m) =>
          m.place ? (
            <g key={`m${m.fact.id}`} className={`mission side-${i}`}>
              <circle cx={xy(m.place)[0]} cy={xy(m.place)[1]} r={5} fill={SIDE_COLOURS[i % 2]} />
              <title>{m.place.name}</title>
              {text(`m${m.fact.id}`, m.place.name)}
            </g>
          ) : null,
        ),
      )}
      {(home ?? []).map((p) => (
        <g key={`home${p.name}`} className="home">
          <circle cx={xy(p)[0]} cy={xy(p)[1]} r={8} />
          <text x={xy(p)[0] + 11} y={xy(p)[1] + 5}>
            {p.name}
          </text>
        </g>
      ))}
    </svg>
  );
}
