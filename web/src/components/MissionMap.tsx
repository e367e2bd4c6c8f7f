// Both states' missions on one map: resident missions as dots, non-resident accreditation as a line from the
// mission that covers the state (Vienna) to that state's capital (Ljubljana).
import { geoMercator, geoPath } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import { useMemo } from "react";
import type { AccreditationLine, Place, PlacedMission } from "../api.js";
import { WORLD } from "../geo.js";
import { placeLabels } from "../map-layout.js";

const WIDTH = 900;
const HEIGHT = 460;
export const SIDE_COLOURS = ["#b3471f", "#1f6fb3"];

export interface MapSide {
  code: string;
  missions: PlacedMission[];
  accreditation: AccreditationLine[];
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
