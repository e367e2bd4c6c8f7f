// Coordinates for the web maps, worked out on the server so the browser only draws.
import { findCity, getCountry } from "../vocab/countries.js";

export interface Place {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** how the point was found: the city itself, the country's capital, or the country's centroid */
  readonly precision: "city" | "capital" | "country";
}

/**
 * Where to draw a city of a state: the city when the gazetteer knows it (and it lies in that state),
 * else the state's capital, else its centroid; undefined when nothing is known.
 * @example placeOf("Vienna", "AUT") // { name: "Vienna", lat: 48.2, lon: 16.37, precision: "city" }
 */
export function placeOf(city: string | undefined, country: string | undefined): Place | undefined {
  if (city) {
    const hit = findCity(city);
    if (hit && (!country || hit.code === country)) return { name: hit.city.name, lat: hit.city.lat, lon: hit.city.lon, precision: "city" };
  }
  const c = country ? getCountry(country) : undefined;
  if (!c) return undefined;
  const capital = c.capital ? c.cities.find((x) => x.name === c.capital) : undefined;
  if (capital) return { name: capital.name, lat: capital.lat, lon: capital.lon, precision: "capital" };
  if (c.lat !== undefined && c.lon !== undefined) return { name: c.name, lat: c.lat, lon: c.lon, precision: "country" };
  return undefined;
}
