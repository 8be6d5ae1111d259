import { describe, expect, it } from "vitest";
import type { ProductInput } from "../types.js";
import { extractAttributes, parseAge, parseConstruction, parseGender, parsePowerSource } from "./attributes.js";

const x = (input: ProductInput) => extractAttributes(input);

describe("extractAttributes: the whole record", () => {
  it("100% cotton knitted men's t-shirt", () => {
    const a = x({ productName: "100% Cotton Knitted Men's T-Shirt" });
    expect(a.materials).toEqual([{ material: "cotton", percent: 100, term: "cotton", source: "text" }]);
    expect(a.construction).toBe("knitted");
    expect(a.gender).toBe("men");
    expect(a.age).toBe("adult");
    expect(a.isSet).toBe(false);
    expect(a.isPart).toBe(false);
    expect(a.processing).toEqual([]);
  });

  it("fills clean name and normalized text", () => {
    const a = x({
      productName: "2024 New Hot Sale MWSONYA Pearl Bracelet for Women Free Shipping",
      description: "Best Gift! Zinc alloy bracelet",
      attributes: { "Brand Name": "MWsonya", "Metals Type": "Zinc Alloy", "Model Number": "YH-0013" },
    });
    expect(a.cleanName).toBe("Pearl Bracelet for Women");
    expect(a.text).toContain("pearl bracelet for women");
    expect(a.text).toContain("zinc alloy");
    expect(a.text).not.toContain("free shipping");
    expect(a.text).not.toContain("mwsonya");
    expect(a.materials[0]!.material).toBe("zinc");
  });
});

describe("construction", () => {
  it("reads attributes and fabric names", () => {
    expect(x({ productName: "Shirt", attributes: { "Fabric Type": "Broadcloth" } }).construction).toBe("woven");
    expect(x({ productName: "Top", attributes: { "Craft of Weaving": "Knit" } }).construction).toBe("knitted");
    expect(x({ productName: "Tote Bag", material: "Non-woven fabric" }).construction).toBe("nonwoven");
    expect(x({ productName: "Denim Jacket" }).construction).toBe("woven");
    expect(x({ productName: "Polar Fleece Blanket" }).construction).toBe("knitted");
    expect(x({ productName: "Crochet Lace Top" }).construction).toBe("knitted");
    expect(x({ productName: "Chiffon Blouse" }).construction).toBe("woven");
    expect(x({ productName: "Stainless Steel Spoon" }).construction).toBeUndefined();
  });
  it("reads garment styles made of stretch knit fabric as knitted: bodycon, seamless, compression", () => {
    expect(x({ productName: "Ribbed Bodycon Midi Skirt" }).construction).toBe("knitted");
    expect(x({ productName: "Seamless High Waist Shorts" }).construction).toBe("knitted");
    expect(x({ productName: "Men's Compression Tights for Running" }).construction).toBe("knitted");
    expect(x({ productName: "Bodycon Denim Skirt" }).construction).toBe("woven");
  });
  it("the processing field and context answer override the name", () => {
    expect(x({ productName: "Jersey Dress", processing: "woven" }).construction).toBe("woven");
    expect(x({ productName: "Jersey Dress", context: { construction: "woven" } }).construction).toBe("woven");
    expect(parseConstruction("non-woven")).toBe("nonwoven");
  });
});

describe("processing", () => {
  it("names processes in canonical form", () => {
    expect(x({ productName: "Die Cast Aluminium Injection Molded Printed Embroidered Cap" }).processing).toEqual(
      expect.arrayContaining(["cast", "moulded", "printed", "embroidered"]),
    );
    expect(x({ productName: "Frozen Roasted Dried Shrimp" }).processing).toEqual(["frozen", "dried", "roasted"]);
    expect(x({ productName: "Yarn-Dyed Shirt" }).processing).toEqual(["yarn-dyed"]);
    expect(x({ productName: "Slippers", attributes: { "Upper fixing method": "Injection molding" } }).processing).toEqual(["moulded"]);
  });
});

describe("gender and age", () => {
  it("separate goods for each sex take the sex of the goods named first; sexes named together stay unisex", () => {
    expect(x({ productName: "girls cotton leggings and men's socks" }).gender).toBe("girls");
    expect(x({ productName: "men's wool scarves and women's knit gloves" }).gender).toBe("men");
    expect(x({ productName: "men and women running jacket" }).gender).toBe("unisex");
    expect(x({ productName: "Couple Hoodie Men Women" }).gender).toBe("unisex");
  });

  it("reads gender words", () => {
    expect(x({ productName: "Womens Dress" }).gender).toBe("women");
    expect(x({ productName: "Ladies Handbag" }).gender).toBe("women");
    expect(x({ productName: "Mens Watch" }).gender).toBe("men");
    expect(x({ productName: "Boys Shorts" })).toMatchObject({ gender: "boys", age: "child" });
    expect(x({ productName: "Girls Dress" })).toMatchObject({ gender: "girls", age: "child" });
    expect(x({ productName: "Kids Hoodie" })).toMatchObject({ age: "child" });
    expect(x({ productName: "Men and Women's Hoodie" }).gender).toBe("unisex");
    expect(x({ productName: "Unisex Cap" }).gender).toBe("unisex");
    expect(x({ productName: "Baby Girls Boys Romper 0-18M" })).toMatchObject({ gender: "babies", age: "baby" });
    expect(x({ productName: "Newborn Infant Bodysuit" })).toMatchObject({ gender: "babies", age: "baby" });
  });
  it("male / female connectors are not genders", () => {
    const a = x({ productName: "XT30 Male to Female Plug Extension Cable" });
    expect(a.gender).toBeUndefined();
    expect(x({ productName: "Female Socket Adapter 1/2 inch" }).gender).toBeUndefined();
  });
  it("reads gender and age attributes; the title wins over a conflicting drop-down", () => {
    expect(x({ productName: "Bracelet", attributes: { Gender: "Women" } }).gender).toBe("women");
    expect(x({ productName: "Sneakers", attributes: { Gender: "Women,Men" } }).gender).toBe("unisex");
    expect(x({ productName: "Women's Shoes", attributes: { Gender: "Men" } }).gender).toBe("women");
    expect(x({ productName: "Hoodie", attributes: { "Department Name": "Children" } }).age).toBe("child");
    expect(x({ productName: "Toy Figure", attributes: { "Recommend Age": "14+y,18+" } }).age).toBe("adult");
    expect(x({ productName: "Kids Toy Figure", attributes: { "Recommend Age": "14+y,18+" } }).age).toBe("child");
  });
  it("context answers override", () => {
    expect(x({ productName: "Women's Shirt", context: { gender: "men" } }).gender).toBe("men");
    expect(parseGender("Ladies")).toBe("women");
    expect(parseAge("3-6Y")).toBe("child");
    expect(parseAge("0-12M")).toBe("baby");
  });
});

describe("uses", () => {
  it("reads use words", () => {
    expect(x({ productName: "Kitchen Silicone Spatula" }).uses).toContain("kitchen");
    expect(x({ productName: "Car Dashboard Phone Holder" }).uses).toEqual(expect.arrayContaining(["vehicle", "phone"]));
    expect(x({ productName: "Garden Hose Nozzle" }).uses).toContain("garden");
    expect(x({ productName: "Christmas Tree Ornament" }).uses).toEqual(expect.arrayContaining(["festive", "decoration"]));
    expect(x({ productName: "Dog Collar" }).uses).toContain("pet");
  });
  it("guards common false readings", () => {
    expect(x({ productName: "RC Car 1:18 Off-road Truck" }).uses).toContain("toy");
    expect(x({ productName: "RC Car 1:18" }).uses).not.toContain("vehicle");
    expect(x({ productName: "Cat Eye Sunglasses" }).uses).not.toContain("pet");
    expect(x({ productName: "Dog Plush Toy" }).uses).toEqual(["toy"]);
    expect(x({ productName: "316L Surgical Steel Earrings" }).uses).not.toContain("medical");
  });
  it("context answers replace extracted uses", () => {
    expect(x({ productName: "Kitchen Towel", context: { use: "industrial" } }).uses).toEqual(["industrial"]);
  });
});

describe("power source", () => {
  it("reads power words and attributes", () => {
    expect(x({ productName: "Electric Kettle 1500W" }).powerSource).toBe("electric");
    expect(x({ productName: "Cordless Drill Rechargeable" }).powerSource).toBe("battery");
    expect(x({ productName: "Solar Garden Light" }).powerSource).toBe("solar");
    expect(x({ productName: "Gasoline Chainsaw 52cc" }).powerSource).toBe("combustion");
    expect(x({ productName: "Manual Coffee Grinder" }).powerSource).toBe("manual");
    expect(x({ productName: "Lamp", attributes: { "Power Source": "AC" } }).powerSource).toBe("electric");
    expect(x({ productName: "Toy", attributes: { "Is Batteries Included": "No" } }).powerSource).toBeUndefined();
    expect(x({ productName: "Hair Dryer 220V" }).powerSource).toBe("electric");
    expect(x({ productName: "Coffee Grinder with User Manual" }).powerSource).toBeUndefined();
  });
  it("what the goods are used on or with is other goods: its power source is not theirs", () => {
    expect(x({ productName: "Aluminium frying pan, 28 cm, for use on gas and electric hobs" }).powerSource).toBeUndefined();
    expect(x({ productName: "Replacement brush heads compatible with electric toothbrushes" }).powerSource).toBeUndefined();
    expect(x({ productName: "Electric frying pan for use with 230 V mains" }).powerSource).toBe("electric");
    expect(parsePowerSource("Lithium Battery")).toBe("battery");
  });
});

describe("measurements", () => {
  it("reads dimensions, weight, gsm, power and voltage from text and weight spec", () => {
    const a = x({ productName: "Blender 500W 220V 1.5L", weightSpec: "Net weight 1.2 kg" });
    expect(a).toMatchObject({ powerW: 500, voltageV: 220, weightKg: 1.2, dimensions: { volumeL: 1.5 } });
    expect(x({ productName: "Cotton Fabric 180gsm" }).gsm).toBe(180);
    expect(x({ productName: "Fabric", weightSpec: "180 g/m2" }).gsm).toBe(180);
    expect(x({ productName: "Storage Box 28*19*9mm" }).dimensions).toEqual({ lengthCm: 2.8, widthCm: 1.9, heightCm: 0.9 });
  });
  it("reads attributes: item weight before package weight, which is in kg", () => {
    expect(x({ productName: "Necklace", attributes: { "Package weight": "0.030" } }).weightKg).toBe(0.03);
    expect(x({ productName: "Ring", attributes: { "Item Weight": "16.3g", "Package weight": "0.050" } }).weightKg).toBe(0.0163);
    expect(x({ productName: "Lamp", attributes: { Voltage: "90 - 260 V", "Rated Power": "40" } })).toMatchObject({ voltageV: 260, powerW: 40 });
    expect(x({ productName: "Chain", attributes: { "Item Length": "45", "Package size - length (cm)": "10" } }).dimensions).toEqual({ lengthCm: 45 });
  });
});

describe("value, sets, parts, pieces", () => {
  it("converts price to USD at the fixed reference", () => {
    expect(x({ productName: "Bracelet", price: 74.02, currency: "CNY" }).valueUsd).toBe(10.36);
    expect(x({ productName: "Bracelet", price: 10, currency: "USD" }).valueUsd).toBe(10);
    expect(x({ productName: "Bracelet", price: 10 }).valueUsd).toBeUndefined();
  });

  it("a process the goods are said not to have undergone is no process of theirs ('not printed', 'non-printed')", () => {
    expect(x({ productName: "cotton sheet, white, not printed" }).processing).not.toContain("printed");
    expect(x({ productName: "non-printed cotton sheet" }).processing).not.toContain("printed");
    expect(x({ productName: "printed cotton sheet" }).processing).toContain("printed");
  });

  it("sets: whole words only", () => {
    expect(x({ productName: "Bluetooth Headset" }).isSet).toBe(false);
    expect(x({ productName: "Lock Pick Set" }).isSet).toBe(true);
    expect(x({ productName: "Repair Tool Kit" }).isSet).toBe(true);
    expect(x({ productName: "Assorted Fishing Lures" }).isSet).toBe(true);
    expect(x({ productName: "Socket Head Set Screws" }).isSet).toBe(false);
    expect(x({ productName: "Soft Head Set" }).isSet).toBe(false);
    expect(x({ productName: "Ring", context: { isSet: "yes" } }).isSet).toBe(true);
  });

  it("parts: whole words only", () => {
    expect(x({ productName: "Microwave Oven Parts Magnetron" }).isPart).toBe(true);
    expect(x({ productName: "Replacement Filter for Vacuum" }).isPart).toBe(true);
    expect(x({ productName: "Phone Accessories Lanyard" }).isPart).toBe(true);
    expect(x({ productName: "Party Balloons" }).isPart).toBe(false);
    expect(x({ productName: "Drill Bit", attributes: { Type: "Power Tool Parts" } }).isPart).toBe(true);
  });

  it("pieces", () => {
    expect(x({ productName: "12PCS Resin Bracelets" }).pieces).toBe(12);
    expect(x({ productName: "Socks Pack of 3" }).pieces).toBe(3);
    expect(x({ productName: "Necklace", attributes: { "each pack": "1" } }).pieces).toBe(1);
    expect(x({ productName: "Necklace" }).pieces).toBeUndefined();
  });
});

describe("construction from disagreeing attributes", () => {
  it("an explicit knit word outweighs a fabric name (\"Craft of Weaving: Knit\" beats \"Fabric Type: Broadcloth\")", () => {
    const a = extractAttributes({ productName: "women's top", attributes: { "Fabric Type": "Broadcloth", "Craft of Weaving": "Knit" } });
    expect(a.construction).toBe("knitted");
  });
});

describe("components used in something else", () => {
  it.each([
    ["a spacer sleeve used in a pneumatic control valve", "a spacer sleeve", "pneumatic control valve"],
    ["replacement impeller for a centrifugal pump", "replacement impeller", "centrifugal pump"],
    ["tension rollers used in conveyor assemblies for sawmill machinery", "tension rollers", "conveyor assemblies for sawmill machinery"],
  ])("%s → a part (component: %s; used in: %s)", (name, component, usedIn) => {
    const a = extractAttributes({ productName: name });
    expect(a.isPart).toBe(true);
    expect(a.componentOf).toEqual({ component, usedIn });
  });

  it.each([
    "stainless steel water bottle for kids",
    "gift box for a ring",
    "t-shirt for men",
    "steel plates used in shipbuilding construction",
    "aluminium tubes for use in the manufacture of bicycle frames",
    "carbide tips used in the mining industry",
    "felling heads used in forestry",
  ])("%s is not a component", (name) => {
    expect(extractAttributes({ productName: name }).componentOf).toBeUndefined();
  });
});

describe("babies' garments by the sizes given (ch. 61 note 6(a): body height up to 86 cm)", () => {
  it("'Baby Girls … Dress … 1-6Y' runs past babyhood: girls' garments of children, not babies'", () => {
    const a = extractAttributes({ productName: "Baby Girls Princess Dress Summer Sleeveless Tutu Dresses Kids Clothes 1-6Y Cotton Knitted" });
    expect(a.age).toBe("child");
    expect(a.gender).toBe("girls");
  });

  it("toddler sizes (2-7T) are years; a baby range (0-18M) keeps the goods babies'", () => {
    expect(extractAttributes({ productName: "Toddler Baby Boys Clothes Set 2-7T" }).age).toBe("child");
    const romper = extractAttributes({ productName: "Baby Girl Romper 0-18M Cotton" });
    expect(romper.age).toBe("baby");
    expect(romper.gender).toBe("babies");
  });
});
