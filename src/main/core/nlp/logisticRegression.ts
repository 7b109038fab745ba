import type { SparseVector } from './classifierFeatures';

/** A trained binary logistic regression: P(positive | x) = σ(w·x + bias). */
export interface LogisticModel {
  readonly weights: Float64Array;
  readonly bias: number;
  /** L-BFGS iterations used, and whether the gradient fell under the tolerance before the cap. */
  readonly iterations: number;
  readonly converged: boolean;
}

export interface LogisticOptions {
  /** L2 penalty λ on the weights (not on the bias), against the summed (weighted) log-loss. */
  readonly l2: number;
  /** Weight of each positive's and each negative's loss (e.g. to balance the classes); 1 each by default. */
  readonly positiveWeight?: number;
  readonly negativeWeight?: number;
  readonly maxIterations?: number;
  /** Stop when the gradient's largest component is under this, relative to max(1, |objective|). */
  readonly tolerance?: number;
}

/** The logistic function, without overflow at either end. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** ln(1 + e^-m), stable for large |m|: the log-loss of a margin m = ±z. */
function logLoss(m: number): number {
  return m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m));
}

export function dot(weights: Float64Array, x: SparseVector): number {
  let s = 0;
  const { indices, values } = x;
  for (let i = 0; i < indices.length; i += 1) s += weights[indices[i]!]! * values[i]!;
  return s;
}

const HISTORY = 10;

/**
 * Fits an L2-regularised logistic regression by full-batch L-BFGS with a backtracking (Armijo)
 * line search: minimises Σ cᵢ·ln(1 + exp(−yᵢ(w·xᵢ + b))) + λ/2·‖w‖². Deterministic: no sampling,
 * and the sums run in the order of `rows`, so the same rows give the same model bit for bit.
 * The objective is strictly convex in w; with both classes present the bias is bounded too.
 */
export function trainLogisticRegression(rows: readonly SparseVector[], labels: readonly boolean[], dimension: number, options: LogisticOptions): LogisticModel {
  const n = rows.length;
  if (labels.length !== n) throw new Error('trainLogisticRegression: one label per row');
  const lambda = options.l2;
  const cPos = options.positiveWeight ?? 1;
  const cNeg = options.negativeWeight ?? 1;
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.tolerance ?? 1e-6;
  const size = dimension + 1; // the last coordinate is the bias
  const y = Int8Array.from(labels, (l) => (l ? 1 : -1));
  const c = Float64Array.from(labels, (l) => (l ? cPos : cNeg));

  /** The objective at θ, and its gradient into g. */
  const evaluate = (theta: Float64Array, g: Float64Array): number => {
    g.fill(0);
    let f = 0;
    const b = theta[dimension]!;
    for (let j = 0; j < dimension; j += 1) {
      const w = theta[j]!;
      f += 0.5 * lambda * w * w;
      g[j] = lambda * w;
    }
    let gb = 0;
    for (let i = 0; i < n; i += 1) {
      const x = rows[i]!;
      const yi = y[i]!;
      const z = dot(theta, x) + b;
      f += c[i]! * logLoss(yi * z);
      // d/dz of cᵢ·ln(1 + e^(−yz)) = −cᵢ·y·σ(−yz)
      const r = -c[i]! * yi * sigmoid(-yi * z);
      if (r !== 0) {
        const { indices, values } = x;
        for (let k = 0; k < indices.length; k += 1) g[indices[k]!]! += r * values[k]!;
        gb += r;
      }
    }
    g[dimension] = gb;
    return f;
  };

  const theta = new Float64Array(size);
  const g = new Float64Array(size);
  let f = evaluate(theta, g);
  const s: Float64Array[] = [];
  const yv: Float64Array[] = [];
  const rho: number[] = [];
  const alpha = new Float64Array(HISTORY);
  const direction = new Float64Array(size);
  const next = new Float64Array(size);
  const gNext = new Float64Array(size);
  let iterations = 0;
  let converged = maxNorm(g) <= tolerance * Math.max(1, Math.abs(f));

  while (!converged && iterations < maxIterations) {
    iterations += 1;
    // Two-loop recursion: direction = −H·g.
    for (let j = 0; j < size; j += 1) direction[j] = -g[j]!;
    for (let h = s.length - 1; h >= 0; h -= 1) {
      const a = rho[h]! * dotDense(s[h]!, direction);
      alpha[h] = a;
      axpy(-a, yv[h]!, direction);
    }
    // Initial Hessian scale: sᵀy / yᵀy from the latest pair; before any, a first step of length at most 1.
    const last = s.length - 1;
    const gamma = last >= 0 ? dotDense(s[last]!, yv[last]!) / dotDense(yv[last]!, yv[last]!) : 1 / Math.max(1, Math.sqrt(dotDense(g, g)));
    for (let j = 0; j < size; j += 1) direction[j]! *= gamma;
    for (let h = 0; h < s.length; h += 1) {
      const beta = rho[h]! * dotDense(yv[h]!, direction);
      axpy(alpha[h]! - beta, s[h]!, direction);
    }
    let slope = dotDense(g, direction);
    if (!(slope < 0)) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      s.length = 0;
      yv.length = 0;
      rho.length = 0;
      for (let j = 0; j < size; j += 1) direction[j] = -g[j]!;
      slope = -dotDense(g, g);
    }
    // Backtracking line search (Armijo), from the full quasi-Newton step.
    let step = 1;
    let fNext = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 40; tries += 1) {
      for (let j = 0; j < size; j += 1) next[j] = theta[j]! + step * direction[j]!;
      fNext = evaluate(next, gNext);
      if (fNext <= f + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNext < f)) break; // no progress possible at double precision
    const sNew = new Float64Array(size);
    const yNew = new Float64Array(size);
    for (let j = 0; j < size; j += 1) {
      sNew[j] = next[j]! - theta[j]!;
      yNew[j] = gNext[j]! - g[j]!;
    }
    const sy = dotDense(sNew, yNew);
    if (sy > 1e-12) {
      if (s.length === HISTORY) {
        s.shift();
        yv.shift();
        rho.shift();
      }
      s.push(sNew);
      yv.push(yNew);
      rho.push(1 / sy);
    }
    const decrease = f - fNext;
    theta.set(next);
    g.set(gNext);
    f = fNext;
    converged = maxNorm(g) <= tolerance * Math.max(1, Math.abs(f)) || decrease <= 1e-12 * Math.max(1, Math.abs(f));
  }
  return { weights: theta.slice(0, dimension), bias: theta[dimension]!, iterations, converged };
}

function dotDense(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let j = 0; j < a.length; j += 1) s += a[j]! * b[j]!;
  return s;
}

function axpy(a: number, x: Float64Array, into: Float64Array): void {
  for (let j = 0; j < x.length; j += 1) into[j]! += a * x[j]!;
}

function maxNorm(a: Float64Array): number {
  let m = 0;
  for (let j = 0; j < a.length; j += 1) m = Math.max(m, Math.abs(a[j]!));
  return m;
}
