import { beforeAll, describe, expect, inject, it } from "vitest";
import { testKnowledge } from "../test-knowledge.test-util.js";
import { ClassifierEngine, withAnswerAlternates, type Alternate } from "./engine.js";

const alt = (hs6: string, probability: number): Alternate => ({ hs6, nationalCode: "", probability, description: `d${hs6}` });

describe("alternates from the answers to follow-up questions", () => {
  it("a subheading another answer leads to goes before the weak text matches, with the likeliest weak one's probability", () => {
    const out = withAnswerAlternates([alt("610990", 0.1), alt("870590", 0.018), alt("392321", 0.015)], ["610910"], 0.7, (c) => `d${c}`);
    expect(out.map((a) => a.hs6)).toEqual(["610990", "610910", "870590", "392321"]);
    expect(out[1]).toEqual({ hs6: "610910", nationalCode: "", probability: 0.018, description: "d610910" });
  });

  it("never displaces a strong alternate, keeps at most five, and keeps the order by probability", () => {
    const strong = [alt("a", 0.2), alt("b", 0.1), alt("c", 0.05), alt("d", 0.03), alt("e", 0.01)];
    const out = withAnswerAlternates(strong, ["x", "y"], 0.5, (c) => c);
    expect(out.map((a) => a.hs6)).toEqual(["a", "b", "c", "d", "x"]);
    for (let i = 1; i < out.length; i++) expect(out[i]!.probability).toBeLessThanOrEqual(out[i - 1]!.probability);
  });

  it("adds no code already there and none when there is no weak alternate to take its probability from", () => {
    expect(withAnswerAlternates([alt("a", 0.2)], ["a"], 0.7, (c) => c).map((a) => a.hs6)).toEqual(["a"]);
    expect(withAnswerAlternates([alt("a", 0.2)], ["x"], 0.7, (c) => c).map((a) => a.hs6)).toEqual(["a"]);
  });

  it("the answer and its alternates still sum to at most 1: a weak alternate that no longer fits is left out", () => {
    const out = withAnswerAlternates([alt("a", 0.29), alt("b", 0.01)], ["x"], 0.7, (c) => c);
    expect(out.map((a) => a.hs6)).toEqual(["a", "x"]);
    expect(0.7 + out.reduce((s, a) => s + a.probability, 0)).toBeLessThanOrEqual(1);
  });
});

let engine: ClassifierEngine;
beforeAll(async () => {
  engine = new ClassifierEngine((await testKnowledge(inject("databaseUrl"))).knowledge);
}, 120_000);

describe("ClassifierEngine alternates", () => {
  it("a tote bag of unstated material lists the other outer surfaces' subheadings of 4202 (ch. 42 subheadings by outer surface) among its top five", () => {
    const r = engine.classify({ productName: "tote bag", destinationCountry: "US" });
    expect(r.hs6.slice(0, 4)).toBe("4202");
    const top5 = [r.hs6, ...r.alternates.slice(0, 4).map((a) => a.hs6)];
    expect(r.questions.some((q) => q.attribute === "material")).toBe(true);
    expect(top5.filter((c) => c.startsWith("4202")).length).toBeGreaterThanOrEqual(3);
    const mass = r.confidence + r.alternates.reduce((s, a) => s + a.probability, 0);
    expect(mass).toBeLessThanOrEqual(1.0001);
  });
});
