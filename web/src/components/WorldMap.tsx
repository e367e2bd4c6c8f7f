// The home map: every country shaded by how many facts the store holds about it. Click a country to open it.
import { geoEqualEarth, geoPath } from "d3-geo";
import { useMemo } from "react";
import type { CountrySummary } from "../api.js";
import { WORLD } from "../geo.js";
import { navigate } from "../router.js";
import { shader } from "../map-layout.js";

const WIDTH = 960;
const HEIGHT = 470;
/** five steps from pale to dark; 0 facts is the land colour */
export const SHADES = ["#e9edf2", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];

export function WorldMap({ countries }: { countries: CountrySummary[] }) {
  const { paths } = useMemo(() => {
    const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: "Sphere" });
    const path = geoPath(projection);
    return { paths: WORLD.filter((f) => f.properties.name !== "Antarctica").map((f) => ({ f, d: path(f) ?? "" })) };
  }, []);
  const counts = new Map(countries.map((c) => [c.code, c]));
  const shade = shader(countries.map((c) => c.facts));
  return (
    <figure className="world-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="world-map-title">
        <title id="world-map-title">World map: countries shaded by how many facts are known about them</title>
        {paths.map(({ f, d }) => {
          const code = f.properties.code;
          const known = code ? counts.get(code) : undefined;
          const facts = known?.facts ?? 0;
          return (
            <path
              key={`${f.id ?? f.properties.name}`}
              d={d}
              fill={SHADES[shade(facts)]}
              className={known ? "land known" : "land"}
              data-code={code}
              onClick={known && code ? () => navigate(`/country/${code}`) : undefined}
            >
              <title>{`${known?.name ?? f.properties.name}: ${facts} fact${facts === 1 ? "" : "s"}`}</title>
            </path>
          );
        })}
      </svg>
      <figcaption className="legend">
        <span>Facts known:</span>
        {SHADES.map((c, i) => (
          <span key={c} className="swatch">
            <i style={{ background: c }} aria-hidden="true" />
            {i === 0 ? "none" : i === 1 ? "fewest" : i === 5 ? "most" : ""}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
