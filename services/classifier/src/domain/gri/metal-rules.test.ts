import { describe, expect, it } from "vitest";
import { ch71Jewellery, genuineStones, preciousMetalStatus, xvArticlesByMetal, xvGeneralUseParts } from "./index.js";
import { attrs, cand } from "./fixtures.test-util.js";

describe("Chapter 71 notes 9 and 11: jewellery vs imitation jewellery", () => {
  it("moves a zinc-alloy bracelet from 7113 to 7117.19 — jewellery of base metal is imitation jewellery (ch. 71 note 11)", () => {
    const a = attrs({ text: "charm bracelet zinc alloy for women", mats: ["zinc"] });
    const e = ch71Jewellery.apply([cand("711319"), cand("711719", 0.5)], a);
    expect(e.redirected).toEqual([expect.objectContaining({ from: "711319", to: "711719" })]);
    expect(e.applied[0]!.reason).toMatch(/note 11/);
  });

  it("keeps gold-plated brass earrings in 7117 — plating is not precious metal (ch. 71 note 6) and is allowed in imitation jewellery (note 11)", () => {
    const a = attrs({ text: "18k gold plated brass earrings", mats: ["copper", "gold"] });
    expect(preciousMetalStatus(a)).toBe("plated");
    expect(ch71Jewellery.apply([cand("711319")], a).redirected[0]!.to).toBe("711719");
  });

  it("moves a 925 sterling silver ring from 7117 to 7113.11 — articles of jewellery of precious metal (ch. 71 note 9(a))", () => {
    const a = attrs({ text: "925 sterling silver ring with cubic zirconia", mats: ["silver"] });
    expect(preciousMetalStatus(a)).toBe("solid");
    expect(ch71Jewellery.apply([cand("711719")], a).redirected[0]!.to).toBe("711311");
  });

  it("sends a cultured-pearl strand with a 925 silver clasp to 7116.10 — precious metal present as a minor fitting only does not make it jewellery of precious metal (ch. 71 note 2(A))", () => {
    const a = attrs({ text: "freshwater cultured pearl strand necklace 925 silver clasp", materials: [{ material: "pearl", term: "pearl", source: "text" }, { material: "silver", term: "925 silver", source: "text" }] });
    expect(preciousMetalStatus(a)).toBe("none");
    expect(ch71Jewellery.apply([cand("711311")], a).redirected[0]!.to).toBe("711610");
    expect(preciousMetalStatus(attrs({ text: "amethyst bead bracelet with 14k gold clasp", mats: ["gemstone"] }))).toBe("none");
    // The metal of the article itself still decides when the name gives it besides the clasp.
    expect(preciousMetalStatus(attrs({ text: "sterling silver pearl pendant necklace with silver lobster clasp", mats: ["silver"] }))).toBe("solid");
  });

  it("puts gold-filled chains in 7113.20 — base metal clad with precious metal (ch. 71 note 7)", () => {
    const a = attrs({ text: "14k gold filled chain necklace", mats: ["gold"] });
    expect(ch71Jewellery.apply([cand("711319")], a).redirected[0]!.to).toBe("711320");
  });

  it("sends a natural freshwater pearl bracelet to 7116.10 — imitation jewellery may not incorporate natural or cultured pearls (ch. 71 note 11)", () => {
    const a = attrs({ text: "natural freshwater pearl bracelet elastic", mats: ["pearl"] });
    expect(genuineStones(a)).toBe("pearl");
    expect(ch71Jewellery.apply([cand("711790")], a).redirected[0]!.to).toBe("711610");
  });

  it("treats 'imitation pearl' as not a pearl — resin bracelet → 7117.90 (ch. 71 note 11)", () => {
    const a = attrs({ text: "imitation pearl resin bracelet", materials: [{ material: "plastic", term: "resin", source: "material" }, { material: "pearl", term: "pearl", source: "text" }] });
    expect(genuineStones(a)).toBeUndefined();
    expect(ch71Jewellery.apply([cand("711620")], a).redirected[0]!.to).toBe("711790");
  });

  it("moves sterling silver clasps from 8308 to 7113.11 — heading 8308 takes clasps and beads of base metal only; of precious metal they are parts of jewellery", () => {
    const a = attrs({ text: "sterling silver 925 lobster clasps 10 pcs", mats: ["silver"] });
    expect(ch71Jewellery.apply([cand("830890")], a).redirected[0]!.to).toBe("711311");
  });

  it("leaves brass clasps in 8308 — of base metal, heading 8308 names clasps of a kind used for jewellery", () => {
    const a = attrs({ text: "brass lobster clasps 10 pcs", mats: ["copper"] });
    expect(ch71Jewellery.apply([cand("830890")], a).redirected).toEqual([]);
  });

  it("puts base-metal cuff links in 7117.11 (subheading 7117.11)", () => {
    const a = attrs({ text: "stainless steel cufflinks", mats: ["stainless_steel"] });
    expect(ch71Jewellery.apply([cand("711719")], a).redirected[0]!.to).toBe("711711");
  });
});

describe("Section XV note 2: parts of general use", () => {
  it("moves steel screws sold as laptop spares from 8473.30 to 7318.15 — parts of general use are not machine parts (Section XV note 2, Section XVI note 1(g))", () => {
    const a = attrs({ cleanName: "laptop screws m2 replacement", text: "laptop screws m2 replacement", isPart: true, mats: ["iron_steel"] });
    const e = xvGeneralUseParts.apply([cand("847330")], a);
    expect(e.redirected[0]!.to).toBe("731815");
    expect(e.applied[0]!.reason).toMatch(/Section XVI note 1\(g\)/);
  });

  it("leaves wire nuts in 8536.90 — twist-on insulated wire connectors are electrical apparatus for connecting, not nuts of 7318; lug nuts still go to 7318.16", () => {
    const a = attrs({ cleanName: "wire nuts twist-on connectors assortment 150pcs", text: "wire nuts twist-on connectors assortment 150pcs", mats: ["plastic"] });
    expect(xvGeneralUseParts.apply([cand("853690"), cand("731816")], a).redirected).toEqual([]);
    const b = attrs({ cleanName: "wheel lug nuts m12x1.5 replacement", text: "wheel lug nuts m12x1.5 replacement", isPart: true, mats: ["iron_steel"] });
    expect(xvGeneralUseParts.apply([cand("870870")], b).redirected[0]!.to).toBe("731816");
  });

  it("moves a helical spring from 8714 to 7320.20 — springs of base metal are parts of general use (Section XV note 2(b), Section XVII note 2(b))", () => {
    const a = attrs({ cleanName: "bicycle compression spring", text: "bicycle compression spring", isPart: true, mats: ["iron_steel"] });
    expect(xvGeneralUseParts.apply([cand("871499")], a).redirected[0]!.to).toBe("732020");
  });

  it("sends plastic screws to 3926 — 'similar goods of plastics' are excluded too (Section XVI note 1(g))", () => {
    const a = attrs({ cleanName: "nylon screws for pcb", text: "nylon screws for pcb", isPart: true, mats: ["plastic"] });
    expect(xvGeneralUseParts.apply([cand("853890")], a).redirected[0]!.to).toBe("392690");
  });

  it("keeps an office chair fitted with castors a seat of 9401 — the castors are part of the complete article, not goods presented on their own (Section XV note 2 applies to parts)", () => {
    const text = "an office chair with a gas lift and casters";
    const a = attrs({ cleanName: text, text });
    const cs = [cand("940131", 3), cand("830220", 1)];
    expect(xvGeneralUseParts.apply(cs, a).redirected).toEqual([]);
    const castors = attrs({ cleanName: "casters for office chair", text: "casters for office chair" });
    expect(xvGeneralUseParts.apply(cs, castors).redirected[0]!.to).toBe("830220");
  });

  it("does not read the fingernails of manicure goods as nails of 7317 — 'gel nail polish … UV LED', 'press on nails' stay put, steel nails still move", () => {
    const polish = attrs({ cleanName: "gel nail polish kit with uv led lamp", text: "gel nail polish kit with uv led lamp", isPart: true, mats: ["iron_steel"] });
    expect(xvGeneralUseParts.apply([cand("940542")], polish).redirected).toEqual([]);
    const fake = attrs({ cleanName: "press on nails almond led", text: "press on nails almond led", isPart: true, mats: ["iron_steel"] });
    expect(xvGeneralUseParts.apply([cand("853952")], fake).redirected).toEqual([]);
    const steel = attrs({ cleanName: "replacement nails for pallet machine", text: "replacement nails for pallet machine", isPart: true, mats: ["iron_steel"] });
    expect(xvGeneralUseParts.apply([cand("847990")], steel).redirected[0]!.to).toBe("731700");
  });

  it("leaves spectacles named by the title's head in 9004 though it names their spring hinges — complete goods are no part the note takes out (ch. 90 note 1(f) is about parts); a spring named as the goods still moves", () => {
    const text = "reading glasses blue light blocking 4 pack readers for women men spring hinge";
    const glasses = { ...cand("900490", 3), evidence: [{ source: "lexicon" as const, detail: "test", weight: 3, head: true, term: "reading glasses" }] };
    expect(xvGeneralUseParts.apply([glasses, cand("830210", 1)], attrs({ cleanName: text, text })).redirected).toEqual([]);
    const spring = { ...cand("900390", 3), evidence: [{ source: "lexicon" as const, detail: "test", weight: 3, head: true, term: "spring" }] };
    const a = attrs({ cleanName: "spring for eyeglass frame hinge", text: "spring for eyeglass frame hinge", isPart: true, mats: ["iron_steel"] });
    expect(xvGeneralUseParts.apply([spring], a).redirected[0]!.to).toBe("732090");
  });

  it("does not read 'spring' the season as a spring — spring/autumn shoes stay put", () => {
    const a = attrs({ cleanName: "spring and autumn sneakers toy", text: "spring and autumn sneakers", isPart: true });
    expect(xvGeneralUseParts.apply([cand("950300")], a).redirected).toEqual([]);
  });
});

describe("Section XV: articles of iron or steel vs aluminium vs copper", () => {
  it("moves a bird cage made of steel wire from 7326.90 to 7326.20 — articles of iron or steel wire have their own subheading (GRI 6)", () => {
    const cage = attrs({ cleanName: "bird cage made of galvanized steel wire", text: "bird cage made of galvanized steel wire", mats: ["iron_steel"] });
    expect(xvArticlesByMetal.apply([cand("732690")], cage).redirected[0]!.to).toBe("732620");
    const plate = attrs({ cleanName: "steel plate with a wire handle", text: "steel plate with a wire handle", mats: ["iron_steel"] });
    expect(xvArticlesByMetal.apply([cand("732690")], plate).redirected).toEqual([]);
  });

  it("moves a cast iron drain grate from 7326 to 7325.10 — cast articles have their own heading 7325 (non-malleable cast iron 7325.10, ductile iron or cast steel 7325.99)", () => {
    const grate = attrs({ cleanName: "cast iron drain grate", text: "cast iron drain grate", mats: ["iron_steel"], processing: ["cast"] });
    expect(xvArticlesByMetal.apply([cand("732690")], grate).redirected[0]!.to).toBe("732510");
    const ductile = attrs({ cleanName: "ductile iron valve box cover", text: "ductile iron valve box cover casting", mats: ["iron_steel"], processing: ["cast"] });
    expect(xvArticlesByMetal.apply([cand("732690")], ductile).redirected[0]!.to).toBe("732599");
    const stamped = attrs({ cleanName: "stamped steel bracket", text: "stamped steel bracket", mats: ["iron_steel"] });
    expect(xvArticlesByMetal.apply([cand("732690")], stamped).redirected).toEqual([]);
  });

  it("moves an aluminium frying pan from 7323 to 7615.10 — a base-metal article goes to the heading of its metal (Section XV note 7)", () => {
    const a = attrs({ text: "aluminium frying pan", mats: ["aluminium"] });
    const e = xvArticlesByMetal.apply([cand("732399")], a);
    expect(e.redirected[0]!.to).toBe("761510");
    expect(e.applied[0]!.id).toBe("73-76");
  });

  it("moves a steel bracket from 7616.99 to 7326.90 (chapters 73/76 by material)", () => {
    expect(xvArticlesByMetal.apply([cand("761699")], attrs({ text: "steel bracket", mats: ["iron_steel"] })).redirected[0]!.to).toBe("732690");
  });

  it("keeps cast iron cookware said to be not enamelled in 7323.91 — GRI 6: 7323.91 'not enamelled' against 7323.92 'enamelled'", () => {
    const skillet = attrs({ text: "cast iron skillet, not enameled, for cooking", mats: ["iron_steel"] });
    expect(xvArticlesByMetal.apply([cand("732392")], skillet).redirected[0]!.to).toBe("732391");
    const pot = attrs({ text: "enameled cast iron dutch oven", mats: ["iron_steel"] });
    expect(xvArticlesByMetal.apply([cand("732391")], pot).redirected[0]!.to).toBe("732392");
    const bowl = attrs({ text: "steel mixing bowl, not enamelled", mats: ["iron_steel"] });
    expect(xvArticlesByMetal.apply([cand("732394")], bowl).redirected[0]!.to).toBe("732399");
  });

  it("puts stainless household articles in 7323.93 — subheading for stainless steel", () => {
    expect(xvArticlesByMetal.apply([cand("732399")], attrs({ text: "stainless steel mixing bowl", mats: ["stainless_steel"] })).redirected[0]!.to).toBe("732393");
  });

  it("moves brass screws from 7318 to 7415.33 — copper alloys belong to chapter 74", () => {
    expect(xvArticlesByMetal.apply([cand("731815")], attrs({ text: "brass screws", mats: ["copper"] })).redirected[0]!.to).toBe("741533");
  });
});
