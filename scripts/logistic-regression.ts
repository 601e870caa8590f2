/**
 * A plain logistic regression for scripts/train-leftover-model.ts: features standardised by
 * the training rows' means and scales, an L2 penalty on the weights (not the bias), fitted by
 * Newton's method (iteratively reweighted least squares). Deterministic: no random start, no
 * shuffling; the same rows give the same weights to the bit.
 */

export interface FittedLogistic {
  means: number[]
  scales: number[]
  weights: number[]
  bias: number
}

export function fitLogistic(rows: readonly (readonly number[])[], labels: readonly boolean[], penalty = 1, iterations = 25): FittedLogistic {
  const n = rows.length
  const d = rows[0]?.length ?? 0
  const means = new Array<number>(d).fill(0)
  const scales = new Array<number>(d).fill(1)
  for (let k = 0; k < d; k++) {
    let sum = 0
    for (const r of rows) sum += r[k]!
    means[k] = sum / Math.max(1, n)
    let sq = 0
    for (const r of rows) sq += (r[k]! - means[k]!) ** 2
    const sd = Math.sqrt(sq / Math.max(1, n))
    // Note: a feature constant on the training rows gets scale 1 and so weight 0 from the penalty.
    scales[k] = sd > 1e-9 ? sd : 1
  }
  const x = rows.map((r) => [1, ...r.map((v, k) => (v - means[k]!) / scales[k]!)])
  const y = labels.map((l) => (l ? 1 : 0))
  let beta = new Array<number>(d + 1).fill(0)
  for (let it = 0; it < iterations; it++) {
    // Gradient and Hessian of the penalised negative log-likelihood.
    const grad = new Array<number>(d + 1).fill(0)
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0))
    for (let r = 0; r < n; r++) {
      const xr = x[r]!
      let z = 0
      for (let k = 0; k <= d; k++) z += beta[k]! * xr[k]!
      const p = 1 / (1 + Math.exp(-z))
      const w = p * (1 - p)
      for (let k = 0; k <= d; k++) {
        grad[k]! += (p - y[r]!) * xr[k]!
        const row = hess[k]!
        for (let m = k; m <= d; m++) row[m]! += w * xr[k]! * xr[m]!
      }
    }
    for (let k = 0; k <= d; k++) for (let m = 0; m < k; m++) hess[k]![m] = hess[m]![k]!
    for (let k = 1; k <= d; k++) {
      grad[k]! += penalty * beta[k]!
      hess[k]![k]! += penalty
    }
    hess[0]![0]! += 1e-9
    const step = solve(hess, grad)
    const next = beta.map((b, k) => b - step[k]!)
    const moved = Math.max(...next.map((b, k) => Math.abs(b - beta[k]!)))
    beta = next
    if (moved < 1e-10) break
  }
  return { means, scales, weights: beta.slice(1), bias: beta[0]! }
}

/** Solves m v = b by Gaussian elimination with partial pivoting (m is small and positive definite). */
function solve(m: number[][], b: number[]): number[] {
  const n = b.length
  const a = m.map((row, k) => [...row, b[k]!])
  for (let c = 0; c < n; c++) {
    let pivot = c
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r
    ;[a[c], a[pivot]] = [a[pivot]!, a[c]!]
    for (let r = c + 1; r < n; r++) {
      const f = a[r]![c]! / a[c]![c]!
      for (let k = c; k <= n; k++) a[r]![k]! -= f * a[c]![k]!
    }
  }
  const v = new Array<number>(n).fill(0)
  for (let r = n - 1; r >= 0; r--) {
    let s = a[r]![n]!
    for (let k = r + 1; k < n; k++) s -= a[r]![k]! * v[k]!
    v[r] = s / a[r]![r]!
  }
  return v
}
