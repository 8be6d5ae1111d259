import { describe, expect, it } from "vitest";
import type { MaterialShare, ProductInput } from "../types.js";
import {
  extractMaterials,
  lookupMaterial,
  MATERIAL_VOCABULARY_SIZE,
  parseComposition,
  parseCompositionParts,
  scanMaterials,
} from "./materials.js";

const mats = (input: ProductInput): string[] => extractMaterials(input).map((m) => m.material);
const brief = (shares: MaterialShare[]): Array<[string, number | undefined]> => shares.map((s) => [s.material, s.percent]);

describe("vocabulary", () => {
  it("has hundreds of terms", () => {
    expect(MATERIAL_VOCABULARY_SIZE).toBeGreaterThan(600);
  });

  it.each([
    ["polyester", "synthetic"],
    ["spandex", "synthetic"],
    ["elastane", "synthetic"],
    ["rayon", "artificial"],
    ["viscose", "artificial"],
    ["modal", "artificial"],
    ["lyocell", "artificial"],
    ["cashmere", "fine_animal_hair"],
    ["angora", "fine_animal_hair"],
    ["alpaca", "fine_animal_hair"],
    ["mohair", "fine_animal_hair"],
    ["linen", "flax"],
    ["genuine leather", "leather"],
    ["cowhide", "leather"],
    ["pu leather", "plastic"],
    ["tritan", "plastic"],
    ["copolyester", "plastic"],
    ["faux leather", "plastic"],
    ["vegan leather", "plastic"],
    ["bonded leather", "composition_leather"],
    ["zinc alloy", "zinc"],
    ["alloy", "base_metal"],
    ["stainless steel", "stainless_steel"],
    ["304 steel", "stainless_steel"],
    ["sterling silver", "silver"],
    ["925 silver", "silver"],
    ["18k gold", "gold"],
    ["gold plated", "base_metal"],
    ["silver plated", "base_metal"],
    ["gold filled", "precious_metal"],
    ["tibetan silver", "base_metal"],
    ["brass", "copper"],
    ["ABS", "plastic"],
    ["PVC", "plastic"],
    ["silicone", "plastic"],
    ["EVA", "plastic"],
    ["resin", "plastic"],
    ["rubber", "rubber"],
    ["latex", "rubber"],
    ["MDF", "wood"],
    ["plywood", "wood"],
    ["bamboo", "bamboo"],
    ["rhinestone", "glass"],
    ["cubic zirconia", "gemstone"],
    ["freshwater pearl", "pearl"],
    ["imitation pearl", "plastic"],
    ["rattan", "straw"],
    ["cork", "cork"],
  ])("%s → %s", (term, material) => {
    expect(lookupMaterial(term)).toBe(material);
  });

  it("reads acrylic / PP as a fibre in a textile context and a plastic otherwise", () => {
    expect(lookupMaterial("acrylic", true)).toBe("synthetic");
    expect(lookupMaterial("acrylic", false)).toBe("plastic");
    expect(mats({ productName: "Acrylic Knitted Beanie Hat" })).toEqual(["synthetic"]);
    expect(mats({ productName: "Clear Acrylic Display Stand" })).toEqual(["plastic"]);
    expect(mats({ productName: "Women's poncho made of acrylic, wool, and nylon" })).toEqual(["synthetic", "wool"]);
  });

  it("reads nylon as plastic in hard plastic articles and as a fibre otherwise", () => {
    expect(mats({ productName: "Nylon Cable Ties 100pcs" })).toEqual(["plastic"]);
    expect(mats({ productName: "Nylon Dog Harness" })).toEqual(["synthetic"]);
    expect(mats({ productName: "Folding Knife", attributes: { "Handle Material": "Nylon", "Blade Material": "Steel" } })).toEqual(["iron_steel", "plastic"]);
  });
});

describe("scanMaterials: look-alikes, colours, plating", () => {
  const found = (text: string): string[] => scanMaterials(text, { mode: "text" }).map((h) => h.material);

  it("PU leather handbag is not leather", () => {
    expect(found("PU Leather Handbag for Women")).toEqual(["plastic"]);
    expect(found("Faux Leather Jacket")).toEqual(["plastic"]);
    expect(found("Genuine Leather Wallet")).toEqual(["leather"]);
  });

  it("gold plated zinc alloy necklace is zinc / base metal, not gold", () => {
    expect(found("Gold Plated Zinc Alloy Necklace")).toEqual(["base_metal", "zinc"]);
    expect(mats({ productName: "Gold Plated Zinc Alloy Necklace" })).toEqual(["zinc"]);
    expect(found("18K Gold Plated Earrings")).toEqual(["base_metal"]);
    expect(found("925 Silver Plated Bracelet")).toEqual(["base_metal"]);
  });

  it("colour words are not materials", () => {
    expect(found("Gold Color Stainless Steel Chain")).toEqual(["stainless_steel"]);
    expect(found("Rose Gold Heart Pendant")).toEqual([]);
    expect(found("Silver Tone Cufflinks")).toEqual([]);
    expect(found("Jade Green Ceramic Vase")).toEqual(["ceramic"]);
    expect(found("Natural Jade Bangle")).toEqual(["gemstone"]);
    expect(found("Solid 14K Gold Ring")).toEqual(["gold"]);
  });

  it("look-alikes, negations and blocking phrases", () => {
    expect(found("Wood Grain Vinyl Flooring")).toEqual(["plastic"]);
    expect(found("Marble Effect Ceramic Tile")).toEqual(["ceramic"]);
    expect(found("Faux Suede Boots")).toEqual(["synthetic"]);
    expect(found("Non-Leather Sandals")).toEqual([]);
    expect(found("Nickel Free Hypoallergenic Earrings")).toEqual([]);
    expect(found("Lace-Up Sneakers")).toEqual([]);
    expect(found("Iron On Embroidered Patch")).toEqual([]);
    expect(found("liquid crystal display module")).toEqual([]);
    expect(found("Quartz Movement Wall Clock")).toEqual([]);
    expect(found("Imitation Wood Handle Knife")).toEqual(["plastic"]);
  });

  it("field-only words count in fields, not in free text", () => {
    expect(found("Pet Bed for Dogs")).toEqual([]);
    expect(scanMaterials("PET", { mode: "field" }).map((h) => h.material)).toEqual(["plastic"]);
    expect(found("Tin Removal Brush")).toEqual([]);
  });
});

describe("parseComposition", () => {
  it("reads percent-first and percent-after forms, highest share first", () => {
    expect(brief(parseComposition("60% cotton 40% polyester"))).toEqual([
      ["cotton", 60],
      ["synthetic", 40],
    ]);
    expect(brief(parseComposition("cotton 95%, spandex 5%"))).toEqual([
      ["cotton", 95],
      ["synthetic", 5],
    ]);
    expect(brief(parseComposition("35% Cotton, 65% Polyester"))).toEqual([
      ["synthetic", 65],
      ["cotton", 35],
    ]);
    expect(brief(parseComposition("100% Polyester"))).toEqual([["synthetic", 100]]);
    expect(brief(parseComposition("95%Cotton+5%Spandex"))).toEqual([
      ["cotton", 95],
      ["synthetic", 5],
    ]);
  });

  it("sums shares of the same HS material", () => {
    const s = parseComposition("50% polyester, 30% nylon, 20% cotton");
    expect(brief(s)).toEqual([
      ["synthetic", 80],
      ["cotton", 20],
    ]);
    expect(s[0]!.term).toBe("polyester+nylon");
  });

  it("reads ratios written with slashes", () => {
    expect(brief(parseComposition("65/35 polyester/cotton"))).toEqual([
      ["synthetic", 65],
      ["cotton", 35],
    ]);
  });

  it("takes the shell (outer) fabric and leaves lining / filling out", () => {
    expect(brief(parseComposition("Shell: 100% nylon; Lining: 100% polyester; Filling: 90% duck down 10% feather"))).toEqual([["synthetic", 100]]);
    expect(brief(parseComposition("Lining: 100% polyester; Shell: 80% wool 20% nylon"))).toEqual([
      ["wool", 80],
      ["synthetic", 20],
    ]);
    const parts = parseCompositionParts("Outer: 100% cotton. Lining 100% polyester");
    expect(parts.map((p) => [p.part, p.main])).toEqual([
      ["outer", true],
      ["lining", false],
    ]);
  });

  it("splits unlabeled runs that add up to more than 100% and keeps the first", () => {
    expect(brief(parseComposition("100% cotton 100% polyester"))).toEqual([["cotton", 100]]);
  });

  it("acrylic in a composition is the fibre", () => {
    expect(brief(parseComposition("70% acrylic 30% wool"))).toEqual([
      ["synthetic", 70],
      ["wool", 30],
    ]);
  });
});

describe("extractMaterials", () => {
  it("orders composition > material field > attributes > text", () => {
    const m = extractMaterials({
      productName: "Soft Linen Shirt",
      composition: "55% linen 45% cotton",
      material: "Cotton",
      attributes: { Material: "Polyester" },
    });
    expect(m.map((x) => [x.material, x.source, x.percent])).toEqual([
      ["flax", "composition", 55],
      ["cotton", "composition", 45],
      ["synthetic", "attribute", undefined],
    ]);
  });

  it("a composition written in the name counts as one", () => {
    const m = extractMaterials({ productName: "100% Cashmere Cardigan Men", material: "Wool" });
    expect(m.map((x) => [x.material, x.percent])).toEqual([
      ["fine_animal_hair", 100],
      ["wool", undefined],
    ]);
  });

  it("drops generic words when a specific material is known", () => {
    expect(mats({ productName: "Charm Bracelet", material: "Metal", attributes: { "Metals Type": "Zinc Alloy" } })).toEqual(["zinc"]);
    expect(mats({ productName: "Dress", material: "Fabric", attributes: { "Fabric Type": "Polyester" } })).toEqual(["synthetic"]);
    expect(mats({ productName: "Bracelet", material: "Metal" })).toEqual(["base_metal"]);
  });

  it("ranks decorations and named components after the body material", () => {
    expect(mats({ productName: "Brooch", material: "Rhinestone, Zinc Alloy" })).toEqual(["zinc", "glass"]);
    expect(mats({ productName: "Kitchen Knife Imitation Wood Handle Stainless Steel Blade" })).toEqual(["stainless_steel", "plastic"]);
  });

  it("a plated precious metal in the title overrides a bare precious metal field", () => {
    expect(mats({ productName: "Heart Bracelet 925 Silver Plated", attributes: { "Metals Type": "Silver" } })).toEqual(["base_metal"]);
    expect(mats({ productName: "Heart Bracelet", attributes: { "Metals Type": "Silver" } })).toEqual(["silver"]);
  });

  it("ignores lining / insole attributes and reads the upper first", () => {
    expect(mats({ productName: "Sneakers", attributes: { "Lining Material": "PU", "Upper Material": "Mesh", "Outsole Material": "Rubber" } })).toEqual(["textile", "rubber"]);
  });

  it("context answers come first", () => {
    const m = extractMaterials({ productName: "T-shirt", material: "Polyester", context: { material: "cotton" } });
    expect(m.map((x) => [x.material, x.source])).toEqual([
      ["cotton", "context"],
      ["synthetic", "material"],
    ]);
    expect(extractMaterials({ productName: "Bolt", context: { material: "stainless_steel" } })[0]!.material).toBe("stainless_steel");
  });

  it("reads a material field written as a composition", () => {
    const m = extractMaterials({ productName: "Blanket", material: "100% Polyester" });
    expect(m.map((x) => [x.material, x.percent, x.source])).toEqual([["synthetic", 100, "material"]]);
  });
});

describe("patent leather", () => {
  it("a bare 'patent leather' is a lacquered PU/PVC finish: plastics (ch. 64 note 4(a) reads the upper's material)", () => {
    expect(extractMaterials({ productName: "women's patent leather pumps" })[0]!.material).toBe("plastic");
  });
  it("genuine or cow patent leather stays leather", () => {
    expect(extractMaterials({ productName: "genuine patent leather loafers" })[0]!.material).toBe("leather");
    expect(extractMaterials({ productName: "cow patent leather belt" })[0]!.material).toBe("leather");
  });
});


describe("coatings", () => {
  it.each([
    ["vinyl-coated steel wire shelf", "iron_steel"],
    ["rubber coated cast iron kettlebell", "iron_steel"],
    ["aluminium hooks coated with PVC", "aluminium"],
    ["PU coated polyester fabric", "synthetic"],
    ["a tent of polyester fabric coated with polyurethane", "synthetic"],
    ["steel coated with zinc", "iron_steel"],
  ])("%s: the body (%s) ranks before the coating", (name, body) => {
    expect(mats({ productName: name })[0]).toBe(body);
  });

  it("a coating alone is still the material named", () => {
    expect(mats({ productName: "PVC coated tarpaulin" })[0]).toBe("plastic");
  });
});

describe("footwear parts other than the upper", () => {
  it("a material named for the footbed or midsole ranks after the upper's ('Cork Footbed Suede Slides' are suede slides on a cork footbed)", () => {
    expect(mats({ productName: "Cork Footbed Suede Slides" })[0]).toBe("leather");
    expect(mats({ productName: "EVA Midsole Canvas Sneakers" })[0]).toBe("textile");
  });
});

describe("a material right before a component noun names the component", () => {
  it.each([
    ["M6 Nylon Insert Lock Nuts 304 Stainless Steel", "stainless_steel"],
    ["nylon insert hex nuts zinc plated steel M10", "iron_steel"],
    ["Steel Toe Work Boots Men Waterproof Leather", "leather"],
  ])("%s: a nylon insert is a part of the nut; the nut is of %s", (name, material) => {
    expect(mats({ productName: name })[0]).toBe(material);
  });
});

describe("a base-metal plating is a surface finish, not the metal of the article", () => {
  it.each([
    ["zinc plated steel carriage bolts M8", "iron_steel"],
    ["nickel plated brass compression fittings", "copper"],
    ["zinc plated hex nuts M10", "base_metal"],
  ])("%s: of %s", (name, material) => {
    expect(mats({ productName: name })[0]).toBe(material);
  });

  it("a zinc alloy or a copper plate is still of its metal", () => {
    expect(mats({ productName: "zinc alloy coat hook" })[0]).toBe("zinc");
    expect(mats({ productName: "copper plate 3mm thick" })[0]).toBe("copper");
  });
});

describe("accessories named after 'with'", () => {
  it.each([
    ["M8 carriage bolts with nylon washers", []],
    ["glass spice jars with cork stoppers", ["glass"]],
    ["cotton tote bag with leather handles and zipper", ["cotton"]],
  ])("%s: the material of the accessory after 'with' is not the material of the goods", (name, expected) => {
    expect(mats({ productName: name })).toEqual(expected);
  });

  it.each([
    ["work gloves with cowhide palms", "leather"],
    ["hiking boots with suede uppers", "leather"],
    ["a frame made with stainless steel", "stainless_steel"],
    ["storage box, with bamboo", "bamboo"],
  ])("%s: a part that gives the goods their character, or no accessory noun, keeps the material (%s)", (name, material) => {
    expect(mats({ productName: name })[0]).toBe(material);
  });
});

describe("a generic material word beside the specific kind it covers", () => {
  it("porcelain is the ceramic of a 'ceramic porcelain plate' (6911 porcelain or china, not 6912 other ceramics)", () => {
    expect(mats({ productName: "a ceramic porcelain dinner plate" })).toEqual(["porcelain"]);
    expect(mats({ productName: "ceramic mug" })).toEqual(["ceramic"]);
  });

  it("bamboo is the wood of a 'wooden cutting board made of bamboo' (4419.11 of bamboo, not 4419.90)", () => {
    expect(mats({ productName: "a wooden cutting board made of bamboo" })).toEqual(["bamboo"]);
    // A wood named by its kind stays beside the bamboo.
    expect(mats({ productName: "oak wood box with bamboo lid" })[0]).not.toBe("bamboo");
  });
});

describe("plush", () => {
  it("'soft plush' is a textile pile fabric, the material of the goods it covers", () => {
    expect(mats({ productName: "Toilet Seat Cover Soft Plush Washable" })).toEqual(["textile"]);
  });
});

describe("ruling descriptions: materials of accessories and of what the goods hold", () => {
  it("a tent's fibreglass poles and steel pegs named after 'with' are the accessories' materials, not the tent's", () => {
    expect(mats({ productName: "A dome tent of polyester fabric coated with polyurethane, with a sewn-in groundsheet, fibreglass poles and steel pegs" })[0]).toBe("synthetic");
  });
  it("what a box is for storing ('clothes') makes no textile context: polypropylene is the box's plastic", () => {
    expect(mats({ productName: "A storage box of polypropylene with a hinged lid, used for storing clothes and toys" })[0]).toBe("plastic");
    expect(mats({ productName: "polypropylene woven fabric clothes bag" })[0]).toBe("synthetic");
  });
});

describe("holders named after what they hold", () => {
  it("a 'clothes hanger' or 'towel rail' holds textiles: polypropylene is its plastic", () => {
    expect(mats({ productName: "A clothes hanger of moulded polypropylene with a metal hook" })[0]).toBe("plastic");
    expect(mats({ productName: "towel rail of polypropylene" })[0]).toBe("plastic");
    expect(mats({ productName: "polypropylene towel" })[0]).toBe("synthetic");
  });
});
