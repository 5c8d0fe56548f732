/**
 * Which countries of the world map a nation covers and where its label sits, looked up by the nation's flag code
 * from the view in assets/public/map/regions.json (loaded with the map): the client keeps no nation table.
 */

/** One flag code's region: ISO 3166 numeric ids of the map's countries, and the label point (lon, lat). */
export interface MapRegion {
  countries: string[];
  label: [number, number];
}

/** regions.json: flag code (lower case) → region. */
export interface MapRegions {
  about?: string;
  regions: Record<string, MapRegion>;
}

/** The region of a flag code (any case), or undefined when the file has none. */
export function regionOf(file: MapRegions | undefined, flag: string | undefined): MapRegion | undefined {
  return flag ? file?.regions[flag.toLowerCase()] : undefined;
}

/** The map country ids a flag code covers ([] when unknown). */
export function countriesOf(file: MapRegions | undefined, flag: string | undefined): string[] {
  return regionOf(file, flag)?.countries ?? [];
}
