/**
 * Calibration of the classifier's confidence: does 0.9 mean right about 90 % of the time?
 * Reliability bands (accuracy and mean confidence per confidence band) and the expected calibration
 * error (ECE: the band-size-weighted mean gap between accuracy and confidence). Pure functions, used by
 * the evaluation script and the tests.
 */

export interface CalibrationPoint {
  confidence: number;
  correct: boolean;
}

export interface ReliabilityBand {
  lo: number;
  hi: number;
  n: number;
  /** Share of correct answers in the band (NaN when empty). */
  accuracy: number;
  /** Mean confidence in the band (NaN when empty). */
  meanConfidence: number;
}

/** Default band edges: finer at the top, where users act on the answer without review. */
export const DEFAULT_EDGES = [0, 0.2, 0.4, 0.6, 0.8, 0.9, 1] as const;

/** Groups points into bands [edge_i, edge_i+1); the last band includes 1. */
export function reliability(points: readonly CalibrationPoint[], edges: readonly number[] = DEFAULT_EDGES): ReliabilityBand[] {
  const bands = edges.slice(0, -1).map((lo, i) => ({ lo, hi: edges[i + 1]!, n: 0, ok: 0, conf: 0 }));
  for (const p of points) {
    const c = Math.min(1, Math.max(0, p.confidence));
    const b = bands.find((x, i) => c >= x.lo && (c < x.hi || (i === bands.length - 1 && c <= x.hi)));
    if (!b) continue;
    b.n++;
    b.conf += c;
    if (p.correct) b.ok++;
  }
  return bands.map((b) => ({ lo: b.lo, hi: b.hi, n: b.n, accuracy: b.n ? b.ok / b.n : NaN, meanConfidence: b.n ? b.conf / b.n : NaN }));
}

/** Expected calibration error over the bands (0 = perfectly calibrated). */
export function expectedCalibrationError(points: readonly CalibrationPoint[], edges: readonly number[] = DEFAULT_EDGES): number {
  if (points.length === 0) return 0;
  return reliability(points, edges).reduce((s, b) => s + (b.n ? Math.abs(b.accuracy - b.meanConfidence) * b.n : 0), 0) / points.length;
}

/**
 * Maps the engine's raw top probability (softmax over candidate scores) to a calibrated confidence by Platt scaling
 * on its log-odds: `σ(intercept + slope · logit(p))`. The raw softmax is too sure when it is high and too unsure when
 * it is low (descriptions that name several goods spread the mass while the top answer is still mostly right); the
 * parameters were fitted by logistic regression on the labeled development sets (marketplace listings, customs
 * rulings and UK tariff queries together), and hold when each set is left out of the fit in turn.
 */
export const PLATT = { intercept: 0.5, slope: 0.5 } as const;

export function calibratedConfidence(p: number, platt: { intercept: number; slope: number } = PLATT): number {
  if (!(p > 0)) return 0;
  if (p >= 1) p = 1 - 1e-6;
  const z = platt.intercept + platt.slope * Math.log(p / (1 - p));
  return 1 / (1 + Math.exp(-z));
}
