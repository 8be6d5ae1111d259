import { beforeAll, describe, expect, inject, it } from "vitest";
import { testKnowledge } from "../test-knowledge.test-util.js";
import { ClassifierEngine } from "./engine.js";

/**
 * Hardware, plumbing, garden and pest-control goods as marketplaces list them, through the whole engine: each test
 * names the legal reason of the subheading.
 */

let engine: ClassifierEngine;
beforeAll(async () => {
  engine = new ClassifierEngine((await testKnowledge(inject("databaseUrl"))).knowledge);
}, 120_000);

const hs6 = (productName: string, material?: string, category?: string) =>
  engine.classify({ productName, material, category, destinationCountry: "US" }).hs6;

describe("hardware and garden goods through the engine", () => {
  it("7318.13: screw-in cup hooks are screw hooks, not hat-rack fixtures of 8302.50", () => {
    expect(hs6("Cup Hooks Screw in Ceiling Hooks Plated Steel 30pcs for Hanging Mugs Plants", "Iron")).toBe("731813");
  });

  it("8302.50: a hidden floating-shelf bracket screwed to a wall is a bracket fixture, not a furniture mounting", () => {
    expect(hs6("Floating Shelf Brackets Heavy Duty Steel Hidden Shelf Support Concealed Wall Mount 2pcs", "Steel")).toBe("830250");
  });

  it("8302.42: a gas strut holding up a cabinet door is a furniture mounting of base metal, not a furniture part of 9403", () => {
    expect(hs6("Gas Strut Lift Support Cabinet Door Stay 100N", "Steel", "Home Improvement > Hardware > Furniture Hardware")).toBe("830242");
  });

  it("7324.90: a stainless steel sink strainer or floor drain is sanitary ware, not kitchenware of 7323.93", () => {
    expect(hs6("Kitchen Sink Strainer Stainless Steel Basket Drain Stopper", "Stainless Steel")).toBe("732490");
    expect(hs6("Shower Floor Drain Square Stainless Steel Anti-Odor 15cm", "Stainless Steel")).toBe("732490");
  });

  it("7615.20: an aluminium shower corner shelf is sanitary ware of aluminium", () => {
    expect(hs6("Shower Caddy Corner Shelf Aluminum Bathroom Organizer Wall Mounted", "Aluminum")).toBe("761520");
  });

  it("7326.90: a worm-gear hose clamp is an article of steel, not gearing of 8483.40", () => {
    expect(hs6("Stainless Steel Hose Clamps Worm Gear Adjustable 10pcs", "Stainless Steel")).toBe("732690");
  });

  it("8543.70: a UV bug zapper lamp and a plug-in ultrasonic repeller are electrical apparatus n.e.s., not lamps or sockets", () => {
    expect(hs6("Electric Bug Zapper Lamp UV Mosquito Killer Indoor", "ABS")).toBe("854370");
    expect(hs6("Ultrasonic Pest Repeller Plug In Electronic Mosquito Rodent Repellent")).toBe("854370");
  });

  it("3924.90: a plastic hand fly swatter is a household article of plastics, not a case of 4202", () => {
    expect(hs6("Fly Swatter Plastic Long Handle Manual 3pcs", "Plastic")).toBe("392490");
  });

  const us10 = (productName: string, material?: string, category?: string) =>
    engine.classify({ productName, material, category, destinationCountry: "US" }).nationalCode.replace(/\D/g, "");

  it("8302.41.60.15: a door stopper and a door chain are the 'doorstops, chain door fasteners' the statistical line names", () => {
    expect(us10("Stainless Steel Door Stopper Magnetic Floor Mounted Door Holder Catch", "Stainless Steel")).toBe("8302416015");
    expect(us10("Door Chain Lock Security Guard Zinc Alloy Anti-theft Door Chain Latch", "Zinc Alloy", "Home Improvement > Hardware > Door Hardware")).toBe("8302416015");
  });

  it("7318.21.00.30: a split (spring) lock washer is a helical spring lock washer", () => {
    expect(us10("100pcs Black Carbon Steel Spring Lock Washers M5 Split Washer", "Carbon Steel")).toBe("7318210030");
  });

  it("8481.80.10.30: a brass kitchen faucet is a sink faucet; 8481.80.90.10: a toilet fill (float) valve is a ballcock mechanism", () => {
    expect(us10("Single Handle Kitchen Faucet Pull Down Sprayer Brass Hot Cold Mixer Tap", "Brass")).toBe("8481801030");
    expect(us10("Toilet Fill Valve Universal Anti-Siphon Tank Refill Float Valve", "Plastic")).toBe("8481809010");
  });

  it("8543.70.98: an insect-killer 'lamp' is no electric luminescent lamp of 8543.70.71", () => {
    expect(us10("Electric Bug Zapper Lamp UV Mosquito Killer Indoor", "ABS")).toBe("8543709860");
  });

  it("3919.10.20.20: PVC electrical tape '18mm x 10m' is in rolls not over 20 cm wide", () => {
    expect(us10("PVC Electrical Insulating Tape Black 10 Rolls 18mm x 10m", "PVC")).toBe("3919102020");
  });
});
