import { describe, expect, it } from "vitest";
import { expectedCalibrationError, reliability } from "./calibration.js";

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
