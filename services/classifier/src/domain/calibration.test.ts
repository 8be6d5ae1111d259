import { describe, expect, it } from "vitest";
import { expectedCalibrationError, reliability, calibratedConfidence } from "./calibration.js";

describe("calibration measures", () => {
  it("a perfectly calibrated answer set has an ECE near 0", () => {
    // in each band, the share of correct answers equals the confidence given
    const pts = [
      ...Array.from({ length: 10 }, (_, i) => ({ confidence: 0.9, correct: i < 9 })),
      ...Array.from({ length: 10 }, (_, i) => ({ confidence: 0.5, correct: i < 5 })),
      ...Array.from({ length: 10 }, (_, i) => ({ confidence: 0.1, correct: i < 1 })),
    ];
    expect(expectedCalibrationError(pts)).toBeCloseTo(0, 10);
  });

  it("an overconfident answer set has a large ECE (0.95 given, half right → gap 0.45)", () => {
    const pts = Array.from({ length: 20 }, (_, i) => ({ confidence: 0.95, correct: i % 2 === 0 }));
    expect(expectedCalibrationError(pts)).toBeCloseTo(0.45, 10);
  });

  it("bands count every point once, confidence 1 in the top band", () => {
    const bands = reliability([{ confidence: 1, correct: true }, { confidence: 0, correct: false }, { confidence: 0.85, correct: true }]);
    expect(bands.reduce((s, b) => s + b.n, 0)).toBe(3);
    expect(bands.at(-1)!.n).toBe(1);
    expect(bands.find((b) => b.lo === 0.8)!.accuracy).toBe(1);
  });
});

describe("calibrated confidence (Platt scaling of the top probability)", () => {
  it("keeps the order of answers: a higher raw probability never gets a lower confidence", () => {
    let prev = -1;
    for (let p = 0.001; p < 1; p += 0.001) {
      const c = calibratedConfidence(p);
      expect(c).toBeGreaterThanOrEqual(prev);
      prev = c;
    }
  });

  it("pulls the raw softmax towards what it measured: a near-certain softmax is not 0.99 sure, a spread one is surer than its share", () => {
    expect(calibratedConfidence(0.99)).toBeLessThan(0.95);
    expect(calibratedConfidence(0.99)).toBeGreaterThan(0.9);
    expect(calibratedConfidence(0.3)).toBeGreaterThan(0.4);
    expect(calibratedConfidence(0.3)).toBeLessThan(0.6);
  });

  it("stays a probability at the edges (0 for no answer, below 1 for a certain softmax)", () => {
    expect(calibratedConfidence(0)).toBe(0);
    expect(calibratedConfidence(1)).toBeLessThan(1);
    expect(calibratedConfidence(1)).toBeGreaterThan(0.99 * calibratedConfidence(0.999999));
    expect(calibratedConfidence(0.5, { intercept: 0, slope: 1 })).toBeCloseTo(0.5, 10);
  });
});
