// A map of the kingdom without a tile server: a simplified outline drawn by hand from public border descriptions
// (accurate to a few tens of kilometres; ours, no licence attached), in an equirectangular projection.

const WEST = 34, EAST = 56, NORTH = 33, SOUTH = 16, SCALE = 20;
export const WIDTH = (EAST - WEST) * SCALE;
export const HEIGHT = (NORTH - SOUTH) * SCALE;

// Longitude, latitude; clockwise from the Gulf of Aqaba.
const OUTLINE = [
  [34.95, 29.36], [36.07, 29.19], [36.5, 29.5], [37.5, 30.0], [38.0, 30.5], [37.0, 31.5], [39.2, 32.15],
  [40.4, 31.9], [42.0, 31.1], [44.7, 29.2], [46.5, 29.1], [47.7, 28.5], [48.4, 28.55], [48.8, 27.7],
  [49.3, 27.1], [50.1, 26.7], [50.2, 26.2], [50.0, 25.8], [50.1, 25.4], [50.8, 24.75], [51.3, 24.3],
  [52.0, 23.0], [55.0, 22.7], [55.7, 22.0], [55.2, 20.0], [52.0, 19.0], [49.0, 18.6], [48.2, 18.2],
  [47.0, 17.0], [46.4, 17.2], [45.2, 17.4], [44.0, 17.4], [43.4, 17.5], [43.2, 16.7], [42.7, 16.4],
  [42.0, 17.5], [41.2, 18.6], [40.6, 19.8], [39.7, 20.9], [39.1, 21.5], [38.9, 22.5], [38.4, 23.6],
  [37.5, 24.3], [37.1, 25.0], [36.5, 25.9], [35.7, 27.0], [35.2, 28.0], [34.6, 28.1], [34.8, 28.6],
];

export function project(longitude, latitude) {
  return [(longitude - WEST) * SCALE, (NORTH - latitude) * SCALE];
}

export function outlinePath() {
  return OUTLINE.map(([lon, lat], i) => `${i === 0 ? "M" : "L"}${project(lon, lat).map((v) => v.toFixed(1)).join(",")}`)
    .join(" ") + " Z";
}
