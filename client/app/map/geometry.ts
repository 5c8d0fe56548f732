/** Small planar and longitude helpers for the map: hit-testing projected country shapes, and where to centre the projection. */

/** A closed polygon ring of projected points. */
export type Ring = [number, number][];

/** True when (x, y) is inside an odd number of the rings (even–odd rule: holes and islands both work). */
export function pointInRings(rings: Ring[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i],
        [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * The central meridian that keeps every given longitude on one side of the map's edge: the edge goes in
 * the middle of the widest empty arc between them (so no nation or flow is cut in two by the map's border).
 */
export function rotationFor(lons: number[]): number {
  if (lons.length === 0) return 0;
  const sorted = [...new Set(lons.map((l) => (((l % 360) + 540) % 360) - 180))].sort((a, b) => a - b);
  let bestGap = -1,
    edge = 180;
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i],
      b = i + 1 < sorted.length ? sorted[i + 1] : sorted[0] + 360;
    if (b - a > bestGap) {
      bestGap = b - a;
      edge = (a + b) / 2;
    }
  }
  const centre = edge + 180;
  return (((centre % 360) + 540) % 360) - 180;
}
