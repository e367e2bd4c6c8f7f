// The world's shapes for both maps, from world-atlas (bundled: no tiles, no requests), keyed by ISO alpha-3.
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries from "i18n-iso-countries";
import world from "world-atlas/countries-110m.json";

export type CountryFeature = Feature<Geometry, { name: string; code?: string }>;

/** Shapes without an ISO numeric id in the atlas */
const BY_NAME: Record<string, string> = { Kosovo: "XKX" };

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;

export const WORLD: CountryFeature[] = collection.features.map((f) => ({
  ...f,
  properties: { name: f.properties.name, code: (f.id !== undefined && countries.numericToAlpha3(String(f.id))) || BY_NAME[f.properties.name] },
}));

export const featureOf = (code: string): CountryFeature | undefined => WORLD.find((f) => f.properties.code === code);
