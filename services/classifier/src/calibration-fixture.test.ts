import { beforeAll, describe, expect, inject, it } from "vitest";
import { testKnowledge } from "./test-knowledge.test-util.js";
import { LABELED_PRODUCTS } from "./labeled-products.test-util.js";
import { ClassifierEngine } from "./domain/engine.js";
import { hypernymFallback, loadWordNet } from "./domain/lexicon/index.js";
import { reliability, type CalibrationPoint } from "./domain/calibration.js";

/**
 * Calibration and accuracy of the engine on a labeled set written for the tests: confidence must
 * mean what it says (high-confidence answers right far more often than low ones, small calibration
 * error), and accuracy on everyday goods must stay high. Figures on the evaluation files are measured
 * by `npm run eval`.
 */
let points: CalibrationPoint[] = [];
const misses: string[] = [];

beforeAll(async () => {
  loadWordNet();
  const engine = new ClassifierEngine((await testKnowledge(inject("databaseUrl"))).knowledge, { hypernyms: hypernymFallback });
  points = LABELED_PRODUCTS.map((p) => {
    const r = engine.classify({ productName: p.productName, description: p.description, material: p.material });
    if (r.hs6 !== p.hs6) misses.push(`${p.productName}: ${r.hs6} (${r.confidence}) instead of ${p.hs6}`);
    return { confidence: r.confidence, correct: r.hs6 === p.hs6 };
  });
}, 180_000);

describe("confidence calibration on a labeled set of everyday and industrial goods", () => {
  it("classifies most of them right at 6 digits", () => {
    const acc = points.filter((p) => p.correct).length / points.length;
    expect(acc, misses.join("\n")).toBeGreaterThanOrEqual(0.75);
  });

  it("higher confidence means more often right: the most confident quarter beats the least confident one, and a right answer outranks a wrong one by confidence (AUC ≥ 0.7)", () => {
    // Quarters by rank rather than fixed bands, so the comparison keeps its sample size as the engine improves.
    const ranked = [...points].sort((a, b) => a.confidence - b.confidence);
    const q = Math.floor(ranked.length / 4);
    const low = ranked.slice(0, q);
    const high = ranked.slice(-q);
    const rate = (xs: CalibrationPoint[]) => xs.filter((p) => p.correct).length / Math.max(1, xs.length);
    expect(q).toBeGreaterThanOrEqual(10);
    expect(high[0]!.confidence).toBeGreaterThan(low[low.length - 1]!.confidence);
    expect(rate(high), `top quarter ${rate(high)}, bottom quarter ${rate(low)}`).toBeGreaterThan(rate(low));
    // Discrimination whatever the share of right answers (a fixed gap between the quarters would fail as the least
    // confident answers get more often right): the chance that a right answer has a higher confidence than a wrong one.
    const right = points.filter((p) => p.correct).map((p) => p.confidence);
    const wrong = points.filter((p) => !p.correct).map((p) => p.confidence);
    let wins = 0;
    for (const r of right) for (const w of wrong) wins += r > w ? 1 : r === w ? 0.5 : 0;
    if (wrong.length > 0) expect(wins / (right.length * wrong.length), `${wrong.length} wrong answers`).toBeGreaterThanOrEqual(0.7);
  });

  it("is never overconfident: in every band of 8 or more answers, accuracy ≥ mean confidence − 0.1", () => {
    for (const b of reliability(points)) {
      if (b.n < 8) continue;
      expect(b.accuracy, `band [${b.lo}, ${b.hi}): ${b.n} answers`).toBeGreaterThanOrEqual(b.meanConfidence - 0.1);
    }
  });
});
