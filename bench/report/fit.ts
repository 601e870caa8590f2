/**
 * The growth exponent of a curve: the least-squares slope of log(y) against log(x).
 * 1 is linear, 2 is all pairs; a goal such as "<= 1.2" reads directly off it.
 */
export function growthExponent(points: readonly { x: number; y: number }[]): number {
  const logs = points.filter((p) => p.x > 0 && p.y > 0).map((p) => ({ x: Math.log(p.x), y: Math.log(p.y) }))
  if (logs.length < 2) return Number.NaN
  const mx = logs.reduce((s, p) => s + p.x, 0) / logs.length
  const my = logs.reduce((s, p) => s + p.y, 0) / logs.length
  const sxy = logs.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0)
  const sxx = logs.reduce((s, p) => s + (p.x - mx) ** 2, 0)
  return sxx === 0 ? Number.NaN : sxy / sxx
}
