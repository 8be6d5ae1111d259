import { beforeAll, describe, expect, inject, it } from "vitest";
import { testKnowledge } from "../test-knowledge.test-util.js";
import { ClassifierEngine } from "./engine.js";

/**
 * Marketplace listings of jewellery, hair goods, watches, bags, clothing, footwear and trimmings through the whole
 * engine (extraction, lexicon, notes, US statistical line), each named after the legal or trade reason it encodes.
 */

let engine: ClassifierEngine;
beforeAll(async () => {
  engine = new ClassifierEngine((await testKnowledge(inject("databaseUrl"))).knowledge);
}, 120_000);

const us = (p: { productName: string; category?: string; attributes?: Record<string, string>; price?: number; currency?: string }) =>
  engine.classify({ destinationCountry: "US", currency: "USD", ...p });

describe("chapters 42, 58, 61–64, 67, 71, 91 and 96 from marketplace listings", () => {
  it("heading 8308 names clasps and hooks of base metal for jewellery: lobster clasps under a 'Jewelry Findings' category go to 8308, not to imitation jewellery", () => {
    const r = us({
      productName: "100Pcs Stainless Steel Lobster Clasps Hooks for DIY Jewelry Making Necklace Bracelet Connectors",
      category: "Jewelry & Accessories > Jewelry Making > Jewelry Findings & Components",
      attributes: { Material: "Stainless Steel", "Item Type": "Jewelry Findings & Components" },
      price: 3.2,
    });
    expect(r.hs6).toBe("830890");
  });

  it("6704.11 is for complete wigs: braiding hair of synthetic fibre (the trade's 'synthetic', 'low temperature fiber') sold under 'Hair Extensions & Wigs' is a hair piece of 6704.19", () => {
    const r = us({
      productName: "Jumbo Braiding Hair Synthetic Ombre Braid Extensions 24 inch",
      category: "Hair Extensions & Wigs > Hair Braids > Jumbo Braids",
      attributes: { Material: "Low Temperature Fiber" },
      price: 1.9,
    });
    expect(r.nationalCode).toBe("6704190000");
  });

  it("heading 6402 excludes the waterproof footwear of 6401: children's rubber rain boots also called 'water shoes' are of 6401.92", () => {
    const r = us({
      productName: "Children Rain Boots Rubber Boots Waterproof Kids Rainboots Cartoon Water Shoes",
      category: "Mother & Kids > Children's Shoes > Boots",
      attributes: { "Upper Material": "Rubber", "Outsole Material": "Rubber" },
      price: 8.5,
    });
    expect(r.hs6).toBe("640192");
  });

  it("a leather phone case made as a wallet with card slots is an article carried in the pocket or handbag (4202.31)", () => {
    const r = us({
      productName: "Leather Wallet Case for Samsung Galaxy S24 Flip Cover with Card Slots",
      category: "Cellphones & Telecommunications > Phone Bags & Cases > Wallet Cases",
      attributes: { Material: "Genuine Leather" },
      price: 7.5,
    });
    expect(r.hs6).toBe("420231");
  });

  it("ch. 95 note 1(e): a cosplay costume that is a woven polyester dress is a dress of 6204.43, not 'other garments' of 6114", () => {
    const r = us({
      productName: "Women Gothic Cosplay Costume Lace Dress Halloween Party Outfit",
      category: "Novelty & Special Use > Costumes & Accessories > Anime Costumes",
      attributes: { Material: "Polyester", Gender: "Women" },
      price: 21,
    });
    expect(r.hs6).toBe("620443");
  });

  it("elastic sold for sewing is a narrow woven fabric with elastomeric yarn (5806.20.00.10), not a rubber band of 4016", () => {
    const r = us({
      productName: "Woven Elastic Band 3cm Flat Sewing Elastic for Waistband 10 Meters",
      attributes: { Material: "Polyester,Spandex" },
      price: 2.1,
    });
    expect(r.nationalCode).toBe("5806200010");
  });

  it("US 7116.10: pearls sold as 'natural freshwater' are cultured pearls (7116.10.25), not natural ones", () => {
    const r = us({
      productName: "Natural Freshwater Pearl Bracelet 6mm Genuine Pearl Strand Women",
      category: "Jewelry & Accessories > Fine Jewelry > Bracelets",
      attributes: { Material: "Pearl", "Fine or Fashion": "Fine" },
      price: 19,
    });
    expect(r.nationalCode).toBe("7116102500");
  });

  it("US 9102.11: a quartz wristwatch with no jewel count stated has a jewel-less movement (leather strap, 9102.11.45)", () => {
    const r = us({
      productName: "Men Quartz Wristwatch Leather Strap Casual Analog Watch",
      category: "Watches > Men's Watches > Quartz Watches",
      attributes: { Movement: "Quartz", "Band Material Type": "Leather", "Case Material": "Stainless Steel", "Display Type": "Pointer" },
      price: 11,
    });
    expect((r.nationalCode ?? "").padEnd(10, "0")).toBe("9102114500");
  });

  it("US 6208.21.00.10 'with two or more colors in the warp and/or the filling' is for yarn-dyed fabric: a solid cotton pyjama set is 6208.21.00.20", () => {
    const r = us({
      productName: "Women's Cotton Pajama Set Long Sleeve Button Down Sleepwear",
      attributes: { Material: "Cotton", "Fabric Type": "Broadcloth", Gender: "Women", "Pattern Type": "Solid" },
      price: 14,
    });
    expect(r.nationalCode).toBe("6208210020");
  });

  it("US 9615.11.40: a plastic claw clip without rhinestones or faux pearls is 'not set with imitation pearls or imitation gemstones'", () => {
    const r = us({ productName: "Acrylic Hair Claw Clip Matte Large Claw Clips for Thick Hair", attributes: { Material: "Acrylic" }, price: 1.2 });
    expect(r.nationalCode).toBe("9615114000");
  });

  it("US 6404.19: house slippers with a stated rubber outsole do not have textile outer soles (6404.19.39.15)", () => {
    const r = us({
      productName: "Women Plush House Slippers Warm Fluffy Indoor Bedroom Slippers",
      category: "Shoes > Women's Shoes > Slippers",
      attributes: { "Upper Material": "Plush", "Outsole Material": "Rubber", Gender: "Women" },
      price: 4.2,
    });
    expect(r.nationalCode).toBe("6404193915");
  });

  it("US 5806.32.10: a polyester satin ribbon is of the 'Of polyester' lines, not 'Other' man-made fibres", () => {
    const r = us({ productName: "Double Faced Satin Ribbon 25mm Polyester Ribbon for Gift Wrapping 50 Yards", attributes: { Material: "Polyester", Width: "25mm" }, price: 2.5 });
    expect((r.nationalCode ?? "").slice(0, 8)).toBe("58063210");
    expect(r.nationalCode).not.toBe("5806321080");
  });

  it("US 7018.10.20: iron-on glass rhinestones are imitation precious or semiprecious stones, not 'other' glass smallwares", () => {
    const r = us({ productName: "Hotfix Rhinestones Glass Crystal Flatback Iron On Stones for Garments 1440pcs", attributes: { Material: "Glass" }, price: 2.5 });
    expect(r.nationalCode).toBe("7018102000");
  });

  it("a cotton bandana 55 x 55 cm is a hemmed handkerchief of 6213.20.10, not a scarf of 6214", () => {
    const r = us({ productName: "Cotton Paisley Bandana Headscarf 55x55cm Square Neck Scarf", attributes: { Material: "Cotton" }, price: 0.9 });
    expect(r.nationalCode).toBe("6213201000");
  });

  it("US 9102.11: a quartz watch with a steel case and a silicone strap is not 'with strap, band or bracelet of textile material or of base metal' (9102.11.45)", () => {
    const r = engine.classify({ productName: "wristwatch with a battery powered quartz movement, analog display, stainless steel case and silicone strap", destinationCountry: "US" });
    expect((r.nationalCode ?? "").padEnd(10, "0")).toBe("9102114500");
  });

  it("a microfiber hair towel wrap is toilet linen of 6302.93, not woven fabric of chapter 54", () => {
    const r = engine.classify({ productName: "hair towel wrap of microfiber polyester woven fabric with button closure", destinationCountry: "US" });
    expect(r.hs6).toBe("630293");
  });

  it("US 6116.93: knitted winter gloves are not 'specially designed for use in sports' (6116.93.88), ski gloves are (6116.93.08)", () => {
    const winter = us({ productName: "Women's Fingerless Gloves Knitted Winter Warm Half Finger Mittens", attributes: { Material: "Acrylic", Gender: "Women" }, price: 2.3 });
    expect(winter.nationalCode).toBe("6116938800");
    const ski = us({ productName: "Knitted Ski Gloves Thermal Snowboard Gloves Men", attributes: { Material: "Polyester" }, price: 8 });
    expect(ski.nationalCode).toBe("6116930800");
  });
});

