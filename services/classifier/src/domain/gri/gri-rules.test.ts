import { describe, expect, it } from "vitest";
import { applyRules, gri1, gri2a, gri3a, gri3b, gri3c, gri6, RULES } from "./index.js";
import { applyEffect } from "./rule.js";
import { attrs, cand, codes } from "./fixtures.test-util.js";
import type { Candidate } from "../types.js";

/** A candidate whose evidence comes from the head noun of the name (the term naming the goods). */
function headCand(hs6: string, score: number): Candidate {
  return { hs6, score, evidence: [{ source: "lexicon", detail: `test ${hs6}`, weight: score, head: true }] };
}

describe("GRI 1", () => {
  it("records that the terms of the heading decide when one heading clearly leads on heading-term evidence (GRI 1)", () => {
    const e = gri1.apply([cand("851713", 3), cand("851762", 1)], attrs({ text: "smartphone" }));
    expect(e.applied).toEqual([expect.objectContaining({ id: "GRI1" })]);
    expect(e.applied[0]!.reason).toMatch(/heading 8517/);
  });

  it("decides nothing when two headings are close — GRI 3 has to settle it", () => {
    expect(gri1.apply([cand("392690", 1), cand("731815", 0.95)], attrs()).applied).toEqual([]);
  });
});

describe("GRI 2(a)", () => {
  it("prefers the complete bookcase to furniture parts when presented unassembled — an unassembled article is the article (GRI 2(a))", () => {
    const cs = [cand("940399", 1), cand("940360", 0.9)];
    const out = applyEffect(cs, gri2a.apply(cs, attrs({ text: "wooden bookcase flat pack, assembly required", mats: ["wood"] })));
    expect(out[0]!.hs6).toBe("940360");
  });

  it("does nothing without words for incomplete or unassembled goods", () => {
    const cs = [cand("940399", 1), cand("940360", 0.9)];
    expect(gri2a.apply(cs, attrs({ text: "table leg" })).applied).toEqual([]);
  });
});

describe("GRI 3(a)", () => {
  it("prefers a heading naming the goods to a heading for articles n.e.c. — the most specific description wins (GRI 3(a))", () => {
    const cs = [cand("392690", 1), headCand("392410", 0.7)];
    const e = gri3a.apply(cs, attrs({ text: "plastic kitchen spoon" }));
    expect(applyEffect(cs, e)[0]!.hs6).toBe("392410");
    expect(e.applied[0]!.id).toBe("GRI3a");
  });

  it("leaves a clear lead of an n.e.c. heading alone when no specific heading is competitive", () => {
    expect(gri3a.apply([cand("392690", 1), headCand("392410", 0.3)], attrs()).applied).toEqual([]);
  });

  it("does not let a heading supported only by a modifier word beat the heading naming the goods (caulking gun ≠ caulk)", () => {
    // "caulking gun": 8205 (hand tools n.e.c.) from the head noun; 3214 (mastics) only from the modifier "caulking".
    const cs = [headCand("820559", 1), cand("321410", 0.8)];
    expect(gri3a.apply(cs, attrs({ text: "caulking gun" })).applied).toEqual([]);
  });

  it("does not revive a heading a legal note has already demoted (a material named as the goods: ch. 39 note 6)", () => {
    const primary: Candidate = { hs6: "390110", score: 0.9, evidence: [
      { source: "lexicon", detail: "test polyethylene", weight: 3, head: true },
      { source: "rule", detail: "×0.3: headings 3901 to 3914 cover plastics in primary forms only", weight: 0 },
    ] };
    expect(gri3a.apply([cand("392690", 1), primary], attrs({ text: "polyethylene cover" })).applied).toEqual([]);
  });

  it("does not prefer a heading matched only by retrieval text to the n.e.c. heading", () => {
    const cs = [cand("392690", 1, "retrieval"), cand("392210", 0.9, "retrieval")];
    expect(gri3a.apply(cs, attrs({ text: "plastic cast cover for showering" })).applied).toEqual([]);
  });
});

describe("GRI 3(b)", () => {
  it("classifies a set by the component giving its essential character and records why (GRI 3(b))", () => {
    const cs = [cand("330499", 2), cand("420292", 1)];
    const e = gri3b.apply(cs, attrs({ text: "makeup gift set with cosmetic bag", isSet: true }));
    expect(e.applied[0]!.id).toBe("GRI3b");
    expect(e.applied[0]!.reason).toMatch(/essential character/);
    const out = applyEffect(cs, e);
    expect(out[0]!.hs6).toBe("330499");
    expect(out[1]!.score).toBeCloseTo(0.5);
  });

  it("lets the travel sets of 9605 claim only sets for personal toilet, sewing or shoe/clothes cleaning — heading 9605 is restricted by its terms (GRI 1)", () => {
    const cs = [cand("870899", 1), cand("960500", 0.6)];
    const car = gri3b.apply(cs, attrs({ text: "roadside emergency kit for cars with jumper cables and tow strap", isSet: true }));
    expect(car.applied.some((a) => /heading 9605 provides/.test(a.reason))).toBe(false);
    expect(applyEffect(cs, car)[0]!.hs6).toBe("870899");
    const sewing = gri3b.apply(cs, attrs({ text: "travel sewing kit with needles, thread and scissors", isSet: true }));
    expect(applyEffect(cs, sewing)[0]!.hs6).toBe("960500");
  });

  it("uses a heading that provides for the set itself before GRI 3(b) — tool sets of 8206 (GRI 1)", () => {
    const cs = [cand("820411", 2), cand("820600", 1.2)];
    const e = gri3b.apply(cs, attrs({ text: "wrench and screwdriver set", isSet: true }));
    expect(applyEffect(cs, e)[0]!.hs6).toBe("820600");
    expect(e.applied[0]!.id).toBe("GRI1");
  });

  it("does nothing for goods that are not a set", () => {
    expect(gri3b.apply([cand("330499", 2), cand("420292", 1)], attrs()).applied).toEqual([]);
  });
});

describe("GRI 3(c)", () => {
  it("takes the heading last in numerical order when headings equally merit consideration (GRI 3(c))", () => {
    const cs = [cand("392690", 1), cand("731815", 1)];
    const e = gri3c.apply(cs, attrs());
    expect(applyEffect(cs, e)[0]!.hs6).toBe("731815");
    expect(e.applied[0]!.reason).toMatch(/last in numerical order/);
  });

  it("does not apply when one heading leads", () => {
    expect(gri3c.apply([cand("392690", 1), cand("731815", 0.8)], attrs()).applied).toEqual([]);
  });
});

describe("GRI 6", () => {
  it("compares one-dash subheadings first: two trouser codes together outweigh a single jacket code (GRI 6)", () => {
    const cs = [cand("620433", 1), cand("620462", 0.7), cand("620463", 0.6)];
    const e = gri6.apply(cs, attrs());
    const out = applyEffect(cs, e);
    expect(out[0]!.hs6).toBe("620462");
    expect(e.applied[0]!.id).toBe("GRI6");
  });

  it("keeps the top when its one-dash subheading is also the heaviest", () => {
    expect(gri6.apply([cand("620462", 1), cand("620463", 0.6), cand("620433", 0.5)], attrs()).applied).toEqual([]);
  });
});

describe("applyRules", () => {
  it("is pure, merges duplicate and redirected codes and keeps the total probability", () => {
    const input = [
      { ...cand("610910", 1), probability: 0.5 },
      { ...cand("610910", 0.5), probability: 0.2 },
      { ...cand("610990", 0.5), probability: 0.2 },
    ];
    const copy = JSON.parse(JSON.stringify(input));
    const { candidates } = applyRules(input, attrs({ text: "t-shirt", mats: ["cotton"], construction: "knitted" }));
    expect(input).toEqual(copy);
    // 6109.90 ("other than cotton") is redirected into 6109.10 for a cotton T-shirt and merges with it.
    expect(codes(candidates)).toEqual(["610910"]);
    expect(candidates.reduce((s, c) => s + (c.probability ?? 0), 0)).toBeCloseTo(0.9);
  });

  it("lists rules in legal order: GRI 1 and 2(a), the notes, then GRI 3 and GRI 6 last", () => {
    const ids = RULES.map((r) => r.id);
    expect(ids[0]).toBe("GRI1");
    expect(ids.at(-1)).toBe("GRI6");
    expect(ids.indexOf("XI-61-62")).toBeLessThan(ids.indexOf("GRI3a"));
  });
});
