/**
 * US statistical lines of household goods, tools, chargers and party articles, chosen on the real HTSUS 2026 rev. 4
 * subtrees (HS_DATA_DIR, default <repo>/../shared/data) from the attributes extracted from marketplace-style inputs.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../../../packages/shared/src/csv.js";
import { extractAttributes } from "./extract/index.js";
import { buildNationalSubtree, chooseNationalLine, type ScheduleRow } from "./national/index.js";
import type { ProductInput } from "./types.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = process.env.HS_DATA_DIR ?? path.resolve(here, "../../../../../shared/data");

let usRows: ScheduleRow[] = [];
beforeAll(() => {
  const us = parseCsv(readFileSync(path.join(dataDir, "us-hts-usitc-2026-rev4/hts_2026_revision_4.csv"), "utf8"));
  const h = us[0]!;
  const [code, indent, desc] = ["HTS Number", "Indent", "Description"].map((c) => h.indexOf(c));
  usRows = us.slice(1).map((r) => ({ code: r[code!]!, indent: Number(r[indent!]), description: r[desc!]! }));
});

/** The US 10-digit line chosen under `hs6` for a product as a marketplace lists it. */
function us(hs6: string, productName: string, more: Partial<ProductInput> = {}): string {
  const attrs = extractAttributes({ productName, destinationCountry: "US", ...more } as ProductInput);
  return chooseNationalLine(hs6, buildNationalSubtree(usRows, hs6), attrs).code.replace(/\./g, "").padEnd(10, "0");
}

describe("US statistical lines of household goods and electronics accessories", () => {
  it("a mains (wall) charger is a rectifying power supply (8504.40.95 rectifiers › power supplies, by output); a car charger fed from 12 V DC is an 'other' static converter", () => {
    expect(us("850440", "65W GaN USB C Charger 3 Port PD Fast Charging Wall Adapter", { attributes: { "Max Output Power": "65W" } })).toBe("8504409520");
    expect(us("850440", "20W USB C Wall Charger PD Fast Charging Power Adapter")).toBe("8504409510");
    expect(us("850440", "Dual USB Car Charger QC3.0 Cigarette Lighter Adapter 36W")).toBe("8504409580");
  });

  it("USB and phone charging cables are not 'of a kind used for telecommunications' (8544.42.20 is for telephone and network cabling)", () => {
    expect(us("854442", "USB C to Lightning Cable 2M Nylon Braided Fast Charging Data Cord", { category: "Cellphones & Telecommunications > Mobile Phone Accessories > Mobile Phone Cables" })).toBe("8544429090");
    expect(us("854442", "Cat6 Ethernet Patch Cable RJ45 Network LAN Cord 5m")).toBe("8544422000");
  });

  it("a digital LED alarm clock has an opto-electronic display only (9105.11.40); an analog quartz one is 'other' (9105.11.80)", () => {
    expect(us("910511", "Digital LED Alarm Clock Mirror Surface Temperature Display Snooze")).toBe("9105114000");
    expect(us("910511", "Silent Analog Alarm Clock Quartz Battery Operated with Night Light")).toBe("9105118000");
  });

  it("high-speed steel twist drills have a cutting part of over 0.2% chromium, molybdenum or tungsten (8207.50.20); HSS is said, not a percentage", () => {
    expect(us("820750", "13pcs HSS Twist Drill Bit Set 1.5-6.5mm Titanium Coated High Speed Steel")).toBe("8207502055");
  });

  it("door hinges of steel are hinges suitable for interior and exterior doors (8302.10.60.30); cabinet hinges are for furniture and cabinets (.60)", () => {
    expect(us("830210", "Stainless Steel Door Hinges 4 Inch Ball Bearing Butt Hinge for Wooden Door", { material: "Stainless Steel" })).toBe("8302106030");
    expect(us("830210", "Soft Close Cabinet Hinges Concealed Kitchen Cupboard Door Hinge", { material: "Steel" })).toBe("8302106060");
  });

  it("a retractable utility knife has a sliding blade, not a folding one: 'other' knives with other than fixed blades (8211.93.00.60), not pocket knives (.35)", () => {
    expect(us("821193", "Retractable Utility Knife Box Cutter SK5 Blade Aluminum Alloy")).toBe("8211930060");
    expect(us("821193", "Folding Pocket Knife Stainless Steel Blade Wood Handle")).toBe("8211930035");
  });

  it("ceramic mugs have their own line ('Mugs and other steins', 6911.10.45 / 6912.00.44), ahead of the cups valued per dozen", () => {
    expect(us("691110", "Porcelain Coffee Mug 350ml Ceramic Cup with Handle", { material: "Porcelain", price: 4.2, currency: "USD" })).toBe("6911104500");
    expect(us("691200", "Stoneware Coffee Mug Kiln Glaze Ceramic Cup 400ml", { material: "Ceramic", price: 6.5, currency: "USD" })).toBe("6912004400");
  });

  it("sticky notes are memorandum pads (4820.10.20.20)", () => {
    expect(us("482010", "100 Sheets Sticky Notes Memo Pad Self-Adhesive Note Paper")).toBe("4820102020");
  });

  it("a board game such as chess is 9504.90.60, not the game machines of 9504.90.40", () => {
    expect(us("950490", "Wooden Chess Set Folding Chess Board Magnetic Pieces")).toBe("9504906000");
  });

  it("a birthday banner or bunting is an 'other' festive article (9505.90.60), not confetti, streamers or party favors (.40), whatever shelf it is listed on", () => {
    expect(us("950590", "Happy Birthday Banner Paper Bunting Garland Party Decoration", { category: "Festive & Party Supplies > Banners, Streamers & Confetti", material: "Paper" })).toBe("9505906000");
    expect(us("950590", "Metallic Foil Confetti Table Scatter Party Supplies")).toBe("9505904000");
  });

  it("stainless steel mixing bowls are kitchen ware (7323.93.00.60); a pet bowl is 'other' (.80)", () => {
    expect(us("732393", "Stainless Steel Mixing Bowls Set Nesting Baking Prep Bowl Kitchen", { material: "Stainless Steel" })).toBe("7323930060");
    expect(us("732393", "Stainless Steel Dog Bowl Non Slip Pet Food Water Feeder", { material: "Stainless Steel" })).toBe("7323930080");
  });

  it("a silicone ice cube tray is a mould for freezing ('other' kitchenware 3924.10.40), not a serving tray (3924.10.30)", () => {
    expect(us("392410", "Silicone Ice Cube Tray with Lid 15 Cavity Ice Mold Freezer Tray", { material: "Silicone" })).toBe("3924104000");
    expect(us("392410", "Plastic Serving Tray with Handles Rectangular Breakfast Tray", { material: "Plastic" })).toBe("3924103000");
  });

  it("a ceramic flower pot is an 'other' household article (6912.00.50), not kitchenware: a plant pot is no cooking pot", () => {
    expect(us("691200", "Ceramic Flower Pot with Drainage Hole Modern Succulent Planter Indoor Plant Pot", { material: "Ceramic", price: 9.5, currency: "USD" })).toBe("6912005000");
  });

  it("a household scale with an LCD is of the digital electronic type (8423.10.00.10)", () => {
    expect(us("842310", "Digital Kitchen Scale 5kg 1g Food Scale LCD Display Baking Scale")).toBe("8423100010");
    expect(us("842310", "Mechanical Kitchen Scale Spring Dial 5kg Food Scale")).toBe("8423100060");
  });

  it("a framed mirror's reflecting area is read from its size: a round mirror of 60 cm diameter (about 2,800 cm²) is over 929 cm² (7009.92.50); 20 × 30 cm is not (7009.92.10)", () => {
    expect(us("700992", "Round Wall Mirror Gold Metal Frame Decorative Bathroom Vanity Mirror", { attributes: { Diameter: "60cm" } })).toBe("7009925095");
    expect(us("700992", "Small Framed Wall Mirror Wooden Frame Bathroom Mirror", { attributes: { Size: "20x30cm" } })).toBe("7009921090");
  });

  it("turn signals and tail lights of motorcycles signal to others: visual signalling equipment (8512.20.40); a set with a headlight stays lighting equipment", () => {
    expect(us("851220", "Motorcycle LED Turn Signal Lights Amber Indicator Blinker Lamp", { category: "Automobiles & Motorcycles > Motorcycle Accessories & Parts > Motorcycle Lighting" })).toBe("8512204040");
    expect(us("851220", "Motorcycle LED Headlight Hi/Lo Beam Driving Lamp", { category: "Automobiles & Motorcycles > Motorcycle Accessories & Parts > Motorcycle Lighting" })).toBe("8512202040");
    expect(us("851210", "USB Rechargeable Bike Light Set Front Headlight Rear Taillight")).toBe("8512102000");
    expect(us("851210", "Bike Tail Light USB Rechargeable Rear Warning Light")).toBe("8512104000");
  });

  it("helmets with a moulded ABS or polycarbonate shell are not of reinforced or laminated plastics (6506.10.60); fibreglass shells are (6506.10.30)", () => {
    expect(us("650610", "ABS Full Face Motorcycle Helmet DOT Racing Dual Visor", { attributes: { Material: "ABS" } })).toBe("6506106030");
    expect(us("650610", "Adult Cycling Helmet Integrally Molded MTB Road Bike Helmet", { attributes: { "Shell Material": "PC" } })).toBe("6506106045");
    expect(us("650610", "Full Face Motorcycle Helmet Glass Fiber Reinforced Composite Shell", { attributes: { Material: "Plastic" } })).toBe("6506103030");
  });

  it("a spool of monofilament fishing line sold to anglers is fishing line put up and packaged for retail sale (9507.90.20)", () => {
    expect(us("950790", "Nylon Fishing Line 500m Super Strong Monofilament Carp Fishing Wire Spool")).toBe("9507902000");
    expect(us("950790", "20pcs Fishing Floats Bobbers EVA Foam Float Set")).toBe("9507908000");
  });

  it("a folding outdoor chair with an oxford-cloth seat has textile seating (9401.79.00.11/.15), not the 'other' outdoor seats", () => {
    expect(us("940179", "Folding Camping Chair Portable Oxford Cloth Outdoor Beach Chair").slice(0, 8)).toBe("94017900");
    expect(["9401790011", "9401790015"]).toContain(us("940179", "Folding Camping Chair Portable Oxford Cloth Outdoor Beach Chair"));
  });

  it("a battery-operated smoke detector is 'battery powered' (8531.10.00.15); a hard-wired one is 'other' (.25)", () => {
    expect(us("853110", "Smoke Detector Fire Alarm 10 Year Battery Operated Photoelectric Smoke Sensor")).toBe("8531100015");
    expect(us("853110", "Hardwired Smoke Detector 120V AC Powered Interconnectable Smoke Alarm")).toBe("8531100025");
  });

  it("'Paper clips' names what the clips hold, not their material: metal paper clips of bent wire are 8305.90.30.10", () => {
    expect(us("830590", "100pcs Metal Paper Clips 28mm Silver Paperclips Office Document Clip")).toBe("8305903010");
  });

  it("a porcelain soap dish is a toilet article (6911.90.00.10)", () => {
    expect(us("691190", "Ceramic Soap Dish Bathroom Porcelain Soap Holder Drain Tray", { material: "Porcelain" })).toBe("6911900010");
    expect(us("691190", "Porcelain Flower Pot Planter with Saucer", { material: "Porcelain" })).toBe("6911900050");
  });
});
