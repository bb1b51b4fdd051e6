/**
 * How a distance is written everywhere, on the phone and in the server's messages: metres
 * under 1 km, otherwise kilometres with one decimal ("850 米", "30.0 公里").
 */
export function formatDistance(metres: number): string {
  const rounded = Math.round(metres);
  return rounded >= 1000 ? `${(rounded / 1000).toFixed(1)} 公里` : `${rounded} 米`;
}
