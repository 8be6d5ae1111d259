import { describe, expect, it } from "vitest";
import { xviMachineParts, xviiTrailerParts, xviiVehicleParts } from "./index.js";
import { applyEffect } from "./rule.js";
import { attrs, cand } from "./fixtures.test-util.js";
import type { Candidate } from "../types.js";

describe("Section XVI note 2: parts of machines", () => {
  it("moves a washing-machine door seal from 8450.11 to 8450.90 — parts for use solely with one kind of machine go with it (Section XVI note 2(b))", () => {
    const a = attrs({ cleanName: "washing machine door seal spare part", text: "washing machine door seal spare part", isPart: true, mats: ["rubber"] });
    const e = xviMachineParts.apply([cand("845011")], a);
    expect(e.redirected[0]).toEqual(expect.objectContaining({ from: "845011", to: "845090" }));
    expect(e.applied[0]!.reason).toMatch(/note 2\(b\)/);
  });

  it("keeps the machine the name gives as the goods: 'a stand mixer with spare parts' is a mixer, not mixer parts (note 2 covers parts only)", () => {
    const text = "stand mixer with spare parts";
    const a = attrs({ cleanName: text, text, isPart: true });
    const mixer: Candidate = { hs6: "850940", score: 3, evidence: [{ source: "lexicon", detail: "test", weight: 3, head: true, term: "stand mixer" }] };
    expect(xviMachineParts.apply([mixer], a).redirected).toEqual([]);
  });

  it("still redirects a head term followed by parts wording: 'stand mixer parts' go to 8509.90", () => {
    const text = "stand mixer parts";
    const a = attrs({ cleanName: text, text, isPart: true });
    const mixer: Candidate = { hs6: "850940", score: 3, evidence: [{ source: "lexicon", detail: "test", weight: 3, head: true, term: "stand mixer" }] };
    expect(xviMachineParts.apply([mixer], a).redirected[0]!.to).toBe("850990");
  });

  it("sends a laptop keyboard part from 8471.30 to 8473.30 — parts of 8471 machines belong to heading 8473 (Section XVI note 2(b))", () => {
    const a = attrs({ cleanName: "laptop replacement keyboard", text: "laptop replacement keyboard part", isPart: true });
    expect(xviMachineParts.apply([cand("847130")], a).redirected[0]!.to).toBe("847330");
  });

  it("classifies a part said to consist of pulleys in 8483 rather than with the machine's parts — goods of a chapter 84/85 heading go there in all cases (Section XVI note 2(a))", () => {
    const text = "a lawn mower part consisting of a hub and two v-belt pulleys of steel";
    const a = attrs({ cleanName: text, text, isPart: true, mats: ["iron_steel"] });
    const cs = [cand("843311", 3), cand("843390", 0.8), cand("848350", 1.5)];
    const out = applyEffect(cs, xviMachineParts.apply(cs, a));
    expect(out[0]!.hs6).toBe("848350");
  });

  it("keeps a motor that is a spare part in 8501 — parts which are goods of a chapter 84/85 heading stay there (Section XVI note 2(a))", () => {
    const a = attrs({ cleanName: "washing machine drain motor spare part", text: "washing machine drain motor spare part", isPart: true });
    const cs = [cand("845011", 1), cand("850131", 0.95)];
    const e = xviMachineParts.apply(cs, a);
    const out = applyEffect(cs, e);
    expect(out[0]!.hs6).toBe("850131");
    expect(e.applied.map((x) => x.reason).join(" ")).toMatch(/note 2\(a\)/);
  });

  it("sends a spacer sleeve used in a pneumatic control valve to 8481.90 — a component for one kind of machine is a part of it, not the machine (Section XVI note 2(b))", () => {
    const text = "a spacer sleeve used in a pneumatic control valve";
    const a = attrs({ cleanName: text, text, isPart: true, componentOf: { component: "a spacer sleeve", usedIn: "pneumatic control valve" } });
    const e = xviMachineParts.apply([cand("848120")], a);
    expect(e.redirected[0]).toEqual(expect.objectContaining({ from: "848120", to: "848190" }));
  });

  it("a 'valve part' used in a fuel pump is a part of a valve, not a valve in its own right (Section XVI note 2(a) does not apply)", () => {
    const text = "a metering valve part used in a diesel injection pump";
    const a = attrs({ cleanName: text, text, isPart: true, componentOf: { component: "a metering valve part", usedIn: "diesel injection pump" } });
    const e = xviMachineParts.apply([cand("848120")], a);
    expect(e.redirected[0]!.to).toBe("848190");
  });

  it("keeps a hydraulic cylinder used in a tractor loader in 8412.21 — a linear-acting hydraulic power engine is a good of its own heading (Section XVI note 2(a))", () => {
    const text = "double-acting hydraulic cylinders used in a front loader assembly";
    const a = attrs({ cleanName: text, text, isPart: true, componentOf: { component: "double-acting hydraulic cylinders", usedIn: "front loader assembly" } });
    const cs = [cand("841221", 1), cand("842951", 0.5)];
    const out = applyEffect(cs, xviMachineParts.apply(cs, a));
    expect(out[0]!.hs6).toBe("841221");
  });

  it("keeps a long block for a marine engine in 8407 — an incomplete engine with the essential character of the engine (GRI 2(a))", () => {
    const text = "a long block component of a marine inboard engine";
    const a = attrs({ cleanName: text, text, isPart: true, componentOf: { component: "a long block", usedIn: "marine inboard engine" } });
    const out = applyEffect([cand("840729")], xviMachineParts.apply([cand("840729")], a));
    expect(out[0]!.hs6).toBe("840729");
  });

  it("does nothing when the goods are not offered as parts", () => {
    expect(xviMachineParts.apply([cand("845011")], attrs({ text: "washing machine" })).applied).toEqual([]);
  });
});

describe("Section XVII note 2: exclusions from vehicle parts", () => {
  it("moves spark plugs from 8708 to 8511.10 — electrical ignition equipment of ch. 85 is not a vehicle part (Section XVII note 2(f))", () => {
    const a = attrs({ cleanName: "spark plug for car", text: "spark plug for car", isPart: true });
    const e = xviiVehicleParts.apply([cand("870899")], a);
    expect(e.redirected[0]!.to).toBe("851110");
    expect(e.applied[0]!.reason).toMatch(/note 2\(f\)/);
  });

  it("moves an LED headlight from 8708 to 8512.20 — lighting equipment of heading 8512 stays in ch. 85 (Section XVII note 2(f))", () => {
    const a = attrs({ cleanName: "led headlight bulb assembly for truck", text: "led headlight assembly for truck", isPart: true });
    expect(xviiVehicleParts.apply([cand("870899")], a).redirected[0]!.to).toBe("851220");
  });

  it("sends a bicycle light to 8512.10 rather than 8714 (Section XVII note 2(f); subheading 8512.10 for bicycles)", () => {
    const a = attrs({ cleanName: "bike light usb rechargeable", text: "bike light usb rechargeable bicycle" });
    expect(xviiVehicleParts.apply([cand("871499")], a).redirected[0]!.to).toBe("851210");
  });

  it("moves an oil filter from 8708 to 8421.23 — machines of 8401-8479 are not vehicle parts (Section XVII note 2(e))", () => {
    const a = attrs({ cleanName: "oil filter for toyota", text: "oil filter for toyota", isPart: true });
    expect(xviiVehicleParts.apply([cand("870899")], a).redirected[0]!.to).toBe("842123");
  });

  it("keeps a radiator in 8708.91 — note 2(e) excepts radiators for vehicles", () => {
    const a = attrs({ cleanName: "aluminium radiator with fan", text: "aluminium radiator with fan", isPart: true });
    expect(xviiVehicleParts.apply([cand("870891")], a).applied).toEqual([]);
  });
});

describe("parts of trailers and caravans (8716.90), not of motor vehicles (8708)", () => {
  it("a caravan axle or a trailer mudguard goes from 8708 to 8716.90: heading 8708 covers parts of the vehicles of 8701–8705 only", () => {
    const a = attrs({ cleanName: "braked axle for caravans", text: "braked axle for caravans" });
    const e = xviiTrailerParts.apply([cand("870850"), cand("871640", 0.5)], a);
    expect(e.redirected).toEqual([expect.objectContaining({ from: "870850", to: "871690" })]);
  });
  it("leaves 8708 alone when a motor vehicle is named too ('tractor trailer brake chamber', 'van and trailer mirrors')", () => {
    const a = attrs({ cleanName: "tractor trailer brake chamber", text: "tractor trailer brake chamber" });
    expect(xviiTrailerParts.apply([cand("870830")], a).redirected).toEqual([]);
  });
});
