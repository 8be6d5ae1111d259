import { describe, expect, it } from "vitest";
import { cleanProductName, isModelCode, normalizeText, stripNoise, withoutPacking, words } from "./normalize.js";

describe("cleanProductName", () => {
  it("removes promo phrases and years next to them", () => {
    expect(cleanProductName("2024 New Fashion Hot Sale Women's Summer Dress Free Shipping")).toBe("Women's Summer Dress");
    expect(cleanProductName("Dropshipping Wholesale High Quality Ceramic Mug Best Gift")).toBe("Ceramic Mug");
    expect(cleanProductName("Style2025New Summer Lace Camisole")).toBe("Style Summer Lace Camisole");
  });

  it("drops a device's model after its name, so the device and the accessory read together ('iPhone 15 Pro Max Case' is an iPhone case)", () => {
    expect(cleanProductName("Shockproof iPhone 15 Pro Max Case")).toBe("Shockproof iPhone Case");
    expect(cleanProductName("For Samsung Galaxy S24 Ultra Screen Protector")).toBe("For Samsung Galaxy Screen Protector");
    expect(cleanProductName("Keyboard Cover for MacBook Air 13 inch")).toBe("Keyboard Cover for MacBook 13 inch");
    // a device name at the end stays, and so do words that are no model
    expect(cleanProductName("Leather Case for iPhone")).toBe("Leather Case for iPhone");
  });

  it("drops a model's scale, which is no weighing scale ('RC Car Scale 1:16', '1/24 Scale Diecast Truck')", () => {
    expect(cleanProductName("Remote Control Car Scale 1:16 Off Road")).toBe("Remote Control Car Off Road");
    expect(cleanProductName("1/24 Scale Diecast Truck Model")).toBe("Diecast Truck Model");
  });

  it("keeps product words that look like promo words", () => {
    expect(cleanProductName("Hot Water Bottle with Knitted Cover")).toBe("Hot Water Bottle with Knitted Cover");
    expect(cleanProductName("Happy New Year Banner Party Decoration")).toBe("Happy New Year Banner Party Decoration");
    expect(cleanProductName("Fashion Jewelry Necklace")).toBe("Fashion Jewelry Necklace");
  });

  it("removes size lists, model codes, emoji, bracketed promos and repeated punctuation", () => {
    expect(cleanProductName("Cotton Hoodie S-XXL")).toBe("Cotton Hoodie");
    expect(cleanProductName("Dog Harness XS / S / M / L Nylon")).toBe("Dog Harness Nylon");
    expect(cleanProductName("YH-0013 Resin Bracelet")).toBe("Resin Bracelet");
    expect(cleanProductName("【Free Shipping】 Cute Plush Toy 🎁✨!!!")).toBe("Cute Plush Toy");
    expect(cleanProductName("Gear Assembly RC2-6242-000 for Printer")).toBe("Gear Assembly for Printer");
    expect(cleanProductName("Stiletto Heels Size 33-46 Pumps")).toBe("Stiletto Heels Pumps");
  });

  it("keeps measurements and product acronyms", () => {
    expect(cleanProductName("10PCS 12V 500W LED Driver 3.7v19800mAh 2x50W")).toBe("10PCS 12V 500W LED Driver 3.7v19800mAh 2x50W");
    expect(cleanProductName("USB3.0 Hub 4K HDMI Cable 1/2-Inch Adapter")).toBe("USB3.0 Hub 4K HDMI Cable 1/2-Inch Adapter");
    expect(cleanProductName("Belting of 70% polyester/30% nylon")).toBe("Belting of 70% polyester/30% nylon");
  });

  it("drops leading brand-only tokens (ALL-CAPS / CamelCase non-words), conservatively", () => {
    expect(cleanProductName("MWSONYA Pearl Bracelet for Women")).toBe("Pearl Bracelet for Women");
    expect(cleanProductName("QIANLI iBrush Steel Brush for Motherboard")).toBe("Steel Brush for Motherboard");
    expect(cleanProductName("LED Desk Lamp")).toBe("LED Desk Lamp");
    expect(cleanProductName("NORDIC Style Wooden Stool")).toBe("NORDIC Style Wooden Stool");
    expect(cleanProductName("STAINLESS Steel Spoon")).toBe("STAINLESS Steel Spoon");
    // A title in capitals throughout has no separate brand token to find.
    expect(cleanProductName("YELLOW GOLD COLOR FIGARO CHAIN")).toBe("YELLOW GOLD COLOR FIGARO CHAIN");
  });

  it("removes brands and model numbers the seller stated, unless they are product words", () => {
    expect(cleanProductName("Aisilan Wall Lamp", { brands: ["a Aisilan"] })).toBe("Wall Lamp");
    expect(cleanProductName("Hot Toys Action Figure", { brands: ["Hot Toys"] })).toBe("Hot Toys Action Figure");
    expect(cleanProductName("Stair Edge Protector PVC", { models: ["Stair Edge Protector"] })).toBe("Stair Edge Protector PVC");
    expect(cleanProductName("Watch Band 18mm 20mm", { models: ["18/20mm"] })).toBe("Watch Band 18mm 20mm");
    expect(cleanProductName("Copier Roller C258 for Office", { models: ["C258"] })).toBe("Copier Roller for Office");
  });
});

describe("trade shapes, grades and alloy designations", () => {
  it("a lone letter joined to a word at the start names a shape, not a brand: 'O-Ring Kit', 'U-Bolt M8' keep it", () => {
    expect(cleanProductName("O-Ring Kit 382pcs Metric")).toBe("O-Ring Kit 382pcs Metric");
    expect(cleanProductName("U-Bolt M8 Zinc Plated 10 Pack")).toContain("U-Bolt");
    expect(cleanProductName("V-Belt A42 Classical")).toContain("V-Belt");
  });

  it("a purity grade names the trade a substance is sold to, not goods: 'Cosmetic Grade' is no cosmetic (3304); food grade stays (a food use)", () => {
    expect(cleanProductName("Kojic Acid Powder 99% Cosmetic Grade")).toBe("Kojic Acid Powder 99%");
    expect(cleanProductName("Sodium Hyaluronate Pharmaceutical Grade 10g")).toBe("Sodium Hyaluronate 10g");
    expect(cleanProductName("Citric Acid Food Grade 25kg")).toContain("Food Grade");
  });

  it("ch. 76 subheading note 1: an aluminium designation of series 2xxx–8xxx is an alloy; 1xxx (≥ 99% Al) is not", () => {
    expect(normalizeText("6061 Aluminum Round Bar 1 inch")).toContain("aluminum alloy");
    expect(normalizeText("Aluminium 5052-H32 sheet 2mm")).toContain("aluminium alloy 5052-h32");
    expect(normalizeText("7075-T6 aluminum plate")).toContain("aluminum alloy");
    expect(normalizeText("1100 aluminum sheet")).not.toContain("alloy");
    expect(normalizeText("aluminum 2000mm profile")).not.toContain("alloy");
  });
});

describe("steel trade abbreviations (invoice and packing-list lines)", () => {
  it("spells out the grade, the steel and the rolling or coating process the trade abbreviates", () => {
    expect(normalizeText("SS304 CR coil 2B 0.8mm x 1219mm")).toContain("304 stainless steel cold rolled coil");
    expect(normalizeText("SUS 316L seamless tube")).toContain("316l stainless steel seamless tube");
    expect(normalizeText("MS angle 50x50x5")).toBe("mild steel angle 50x50x5");
    expect(normalizeText("GI wire 2.5mm")).toContain("galvanized iron wire");
    expect(normalizeText("CRC coil 0.8mm")).toContain("cold rolled coil");
    expect(normalizeText("HR plate 20mm")).toContain("hot rolled plate");
    expect(normalizeText("ERW pipe MS 2 inch")).toContain("erw welded pipe mild steel");
    // the product name keeps a grade as a word of the goods, not as a model code
    expect(cleanProductName("SS304 welded pipe 2in")).toBe("304 stainless steel welded pipe 2in");
  });

  it("reads them only next to a mill form or a grade: 'SS400' is carbon steel; '5 ms', 'HR manager', 'GI tract' stay", () => {
    expect(normalizeText("SS400 plate 10mm")).not.toContain("stainless");
    expect(normalizeText("gaming monitor 5 ms response")).not.toContain("mild steel");
    expect(normalizeText("HR manager desk")).not.toContain("hot rolled");
    expect(normalizeText("GI tract supplement")).not.toContain("galvanized");
  });
});

describe("resin grades", () => {
  it("a resin's grade names its use, set after the goods: 'LDPE film grade granules' are LDPE granules, not film", () => {
    expect(cleanProductName("LDPE film grade granules")).toBe("LDPE granules, film grade");
    expect(cleanProductName("PET chips bottle grade IV 0.80")).toBe("PET chips IV 0.80, bottle grade");
    expect(cleanProductName("Citric Acid Food Grade 25kg")).toContain("Food Grade");
    expect(cleanProductName("Bottle grade sampler")).toBe("Bottle grade sampler");
  });
});

describe("fertiliser and yarn trade forms", () => {
  it("MOP / DAP are fertilisers only beside a nutrient grade or a fertiliser word; a count over plies is a folded yarn", () => {
    expect(normalizeText("potassium chloride MOP 60% K2O")).toContain("muriate of potash");
    expect(normalizeText("DAP 18-46-0")).toContain("diammonium phosphate");
    expect(normalizeText("microfiber mop with handle")).not.toContain("potash");
    expect(normalizeText("polyester spun yarn 40/2")).toContain("40/2 ply folded");
    expect(normalizeText("cotton yarn 30s combed ring spun")).toContain("ringspun");
  });
});

describe("isModelCode", () => {
  it("recognises SKU / model codes", () => {
    for (const c of ["YH-0013", "RC2-6242-000", "BTA41-800B", "CW005", "NH35", "#5381", "75159", "H200R"]) expect(isModelCode(c)).toBe(true);
    for (const c of ["2-methyl-2-pentene", "4,4'-dichlorodiphenylsulfone", "2-chloro-4-nitrophenol"]) expect(isModelCode(c)).toBe(false);
  });
  it("leaves values and product words alone", () => {
    for (const c of ["12PCS", "500W", "3.7v", "18k", "3D", "4K", "USB3.0", "MP3", "IP67", "N95", "S925", "316L", "2x50W", "35CM-100CM", "1/2-Inch", "T-Shirt", "Li-Ion", "2024", "4x4", "22Pin"]) {
      expect(isModelCode(c)).toBe(false);
    }
  });
});

describe("normalizeText", () => {
  it("folds case and accents", () => {
    expect(normalizeText("Crème BRÛLÉE Café")).toBe("creme brulee cafe");
  });
  it("unifies units and writes number and unit together", () => {
    expect(normalizeText("500 Watts 220 Volts")).toBe("500w 220v");
    expect(normalizeText("1,5 Kilograms, 2 lbs, 16 ounces")).toBe("1.5kg, 2lb, 16oz");
    expect(normalizeText("30 Millimeters 12 centimetres 2 Meters")).toBe("30mm 12cm 2m");
    expect(normalizeText("500 ML 1.5 Litres")).toBe("500ml 1.5l");
    expect(normalizeText("12 PCS 1 piece")).toBe("12pcs 1pcs");
    expect(normalizeText("180 g/m2 fabric")).toBe("180gsm fabric");
    expect(normalizeText("1.5 kW motor")).toBe("1.5kw motor");
  });
  it("normalizes dimension separators and inch marks", () => {
    expect(normalizeText("28*19*9mm")).toBe("28x19x9mm");
    expect(normalizeText('36"x36" cage')).toBe("36inx36in cage");
    expect(normalizeText("60 × 120 cm")).toBe("60x120cm");
  });
  it("keeps thousands and '3 in 1'", () => {
    expect(normalizeText("1,000 pcs")).toBe("1000pcs");
    expect(normalizeText("3 in 1 charger")).toBe("3 in 1 charger");
  });
  it("reads 18 karat as 18k", () => {
    expect(normalizeText("18 Karat Gold")).toBe("18k gold");
  });
});

describe("words / stripNoise", () => {
  it("splits into word tokens, possessives dropped", () => {
    expect(words("women's zinc-alloy 3.7v ring")).toEqual(["women", "zinc", "alloy", "3.7v", "ring"]);
    expect(words("acrylic, wool", true)).toEqual(["acrylic", "|", "wool"]);
  });
  it("strips promo noise from folded text", () => {
    expect(stripNoise("new arrival cotton shirt free shipping")).toBe("cotton shirt");
  });
});

describe("withoutPacking", () => {
  it("drops the container the goods are packed in: packing goes with the goods it holds (GRI 5(b))", () => {
    expect(withoutPacking("pickled gherkins in 720ml glass jars")).toBe("pickled gherkins");
    // One tube at the end of the phrase is packing as well (GRI 5(b)); the cream is not an aluminium tube of 7608.
    expect(withoutPacking("hand cream in a 75ml aluminium tube")).toBe("hand cream");
    expect(withoutPacking("basmati rice packed in 5kg woven sacks")).toBe("basmati rice");
    expect(withoutPacking("olive oil in 1 litre tins, for cooking")).toBe("olive oil, for cooking");
    expect(withoutPacking("wooden toothpicks in plastic boxes of 500")).toBe("wooden toothpicks of 500");
  });
  it("cups, tubes and trays the goods are sold in are packing too: yogurt in plastic cups is yogurt (GRI 5(b))", () => {
    expect(withoutPacking("greek style plain yogurt in plastic cups")).toBe("greek style plain yogurt");
    expect(withoutPacking("super glue in 3g tubes")).toBe("super glue");
    expect(withoutPacking("fresh eggs in pulp trays")).toBe("fresh eggs");
  });
  it("the trade's bulk packings are packing too (GRI 5(b)): n-butanol in drums is no drum of 9206, cotton in bales no bale", () => {
    expect(withoutPacking("n-butanol 99.5% in drums")).toBe("n-butanol 99.5%");
    expect(withoutPacking("raw cotton in bales")).toBe("raw cotton");
    expect(withoutPacking("insulated copper cable in wooden reels")).toBe("insulated copper cable");
  });
  it("keeps 'in' phrases that say where goods are used or fitted, and names that are only packing", () => {
    expect(withoutPacking("gaskets used in cans")).toBe("gaskets used in cans");
    expect(withoutPacking("cable glands fitted in junction boxes")).toBe("cable glands fitted in junction boxes");
    expect(withoutPacking("jack in the box")).toBe("jack in the box");
    expect(withoutPacking("in glass jars")).toBe("in glass jars");
  });
});

describe("not-needed claims", () => {
  it("what the buyer does not need is neither the goods nor a part of them ('No Box Spring Needed' bed frame is no spring of 7320)", () => {
    expect(cleanProductName("Metal Platform Bed Frame Queen No Box Spring Needed")).toBe("Metal Platform Bed Frame Queen");
    expect(cleanProductName("Wall Shelf No Drilling Required Floating Shelves")).toBe("Wall Shelf Floating Shelves");
    expect(stripNoise("shoe rack, no tools needed, 4 tier")).toBe("shoe rack, , 4 tier");
  });

  it("keeps 'no' phrases that state no absent thing ('Required Reading', 'No. 2 Pencils')", () => {
    expect(cleanProductName("No. 2 Pencils Pre-sharpened")).toBe("No. 2 Pencils Pre-sharpened");
  });
});

describe("free-from claims", () => {
  it("a sugar-free claim is kept as one word: it decides sugar confectionery (1704) from food preparations (2106.90), and names no sugar", () => {
    expect(cleanProductName("Sugar Free Chewing Gum Mint 50 Pellets")).toBe("sugarfree Chewing Gum Mint 50 Pellets");
  });

  it("a substance the goods are free of is neither the goods nor their material ('Sulfate Free' shampoo is no sulfate, 'Latex-Free' gloves no rubber)", () => {
    expect(cleanProductName("Moisturizing Conditioner Sulfate Free 400ml")).toBe("Moisturizing Conditioner 400ml");
    expect(cleanProductName("BPA-Free Baby Feeding Bottle")).toBe("Baby Feeding Bottle");
    expect(cleanProductName("Hypoallergenic Stud Earrings Nickel Free")).toBe("Hypoallergenic Stud Earrings");
    expect(stripNoise("disposable nitrile gloves, latex free, powder free")).toBe("disposable nitrile gloves, , powder free");
  });

  it("keeps 'free' where it names no absent substance ('Hands-Free', 'Free Standing')", () => {
    expect(cleanProductName("Bluetooth Hands-Free Car Kit")).toBe("Bluetooth Hands-Free Car Kit");
    expect(cleanProductName("Free Standing Bathtub Acrylic")).toBe("Free Standing Bathtub Acrylic");
  });
});

describe("one cup, tray or tube the goods come in (GRI 5(b))", () => {
  it("'toothpaste in a tube', 'yogurt in a cup, 150 g' are the goods; 'fits in a cup holder' names no packing", () => {
    expect(withoutPacking("toothpaste in a tube")).toBe("toothpaste");
    expect(withoutPacking("yogurt in a cup, 150 g")).toBe("yogurt, 150 g");
    expect(withoutPacking("phone stand fits in a cup holder")).toBe("phone stand fits in a cup holder");
  });
});
