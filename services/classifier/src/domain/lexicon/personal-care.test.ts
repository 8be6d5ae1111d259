/**
 * Splits of personal-care, medical and hobby goods, each named after the legal or trade reason it encodes.
 */
import { describe, expect, it } from "vitest";
import { attrs, entryFor, resolvedCode } from "./lexicon.test-util.js";

const code = (term: string, text: string) => resolvedCode(entryFor(term), term, attrs({ text }));

describe("personal care, medical and hobby goods", () => {
  it("a hair mask or conditioner with keratin conditions hair (3305.90); a keratin straightening treatment is 3305.20", () => {
    expect(code("hair mask", "argan oil hair mask keratin treatment deep repair")).toBe("330590");
    expect(code("hair conditioner", "keratin hair conditioner")).toBe("330590");
    expect(code("hair treatment", "brazilian keratin hair treatment straightening")).toBe("330520");
  });

  it("a blood pressure monitor sold as a 'tonometer' is no ophthalmic tonometer (9018.50 is for the eye)", () => {
    expect(code("blood pressure monitor", "upper arm blood pressure monitor digital tonometer")).not.toBe("901850");
    expect(code("tonometer", "ophthalmic tonometer")).toBe("901850");
  });

  it("a spray bottle or atomizer for perfume is a scent spray (9616.10), not a plastic container for the conveyance of goods (3923.30)", () => {
    expect(code("spray bottle", "empty perfume atomizer refillable spray bottle 5ml")).toBe("961610");
    expect(code("spray bottle", "plastic spray bottle for cleaning 500ml")).toBe("392330");
  });

  it("'full drill' on a diamond painting kit says how its canvas is covered with rhinestones: a handicraft kit of 9503, no drill of 8467", () => {
    expect(code("full drill", "diamond painting kits full drill 5d")).toBe("950300");
  });

  it("a butane lighter that is 'refillable' is a refillable pocket lighter (9613.20), not a butane refill of 3606.10", () => {
    expect(code("lighter", "windproof jet torch lighter butane refillable metal cigar lighter")).toBe("961320");
    expect(code("butane refill", "butane refill can 300ml for lighters")).toBe("360610");
  });
});
