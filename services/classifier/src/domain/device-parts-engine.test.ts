import { beforeAll, describe, expect, inject, it } from "vitest";
import { testKnowledge } from "../test-knowledge.test-util.js";
import { ClassifierEngine } from "./engine.js";

/**
 * Marketplace listings of parts and accessories named "for" a device or a vehicle, through the whole engine: the goods
 * named before "for" are classified, and what they fit decides only where a legal note sends parts with their machine
 * or vehicle. Each test is named after the legal or trade reason it encodes.
 */

let engine: ClassifierEngine;
beforeAll(async () => {
  engine = new ClassifierEngine((await testKnowledge(inject("databaseUrl"))).knowledge);
}, 120_000);

const us = (p: { productName: string; material?: string; category?: string; attributes?: Record<string, string>; price?: number }) =>
  engine.classify({ destinationCountry: "US", currency: "USD", ...p });

describe("parts and accessories named for a device or a vehicle", () => {
  it("ch. 42 additional note 1: a phone case moulded of silicone has an outer surface of moulded plastics, not of plastic sheeting (4202.99, not 4202.92)", () => {
    const r = us({
      productName: "Soft Silicone Phone Case for Motorola Edge 40 Matte Anti-Fingerprint Back Shell",
      material: "Silicone",
      category: "Cellphones & Telecommunications > Mobile Phone Accessories > Phone Bags & Cases",
      price: 2.4,
    });
    expect(r.hs6).toBe("420299");
  });

  it("ch. 42 additional note 1: a tablet folio of PU 'leather' has an outer surface of plastic sheeting (4202.92)", () => {
    const r = us({
      productName: "Folio Case for Lenovo Tab M10 PU Leather Stand Cover with Magnetic Closure",
      material: "PU",
      category: "Computer & Office > Tablet Accessories > Tablets & e-Books Case",
      price: 7.5,
    });
    expect(r.hs6).toBe("420292");
  });

  it("heading 4202 'similar containers': a protective case cover for earbuds is a case (4202), not the earphones of 8518 it is made for", () => {
    const r = us({
      productName: "Silicone Protective Case Cover for Galaxy Buds 2 Pro with Carabiner Earbuds Charging Box",
      material: "Silicone",
      category: "Consumer Electronics > Earphones & Headphones > Earphone Accessories",
      price: 1.5,
    });
    expect(r.hs6).toBe("420299");
  });

  it("heading 8714: brake pads named for a motorcycle are parts of the vehicles of 8711 (8714.10), not of motor cars (8708.30)", () => {
    const r = us({
      productName: "Motorbike Rear Brake Pads for Suzuki GSX-R 600 750 Semi Metallic",
      category: "Automobiles & Motorcycles > Motorcycle Accessories & Parts > Brakes",
      price: 6.5,
    });
    expect(r.hs6).toBe("871410");
  });

  it("Section XVII note 2(e) excludes bearings that are the goods, not pedals described as running on sealed bearings (8714.96)", () => {
    const r = us({
      productName: "Platform Pedals for Road Bike Lightweight Aluminum Sealed Bearing",
      category: "Sports & Entertainment > Cycling > Bicycle Parts > Bicycle Pedal",
      price: 12,
    });
    expect(r.hs6).toBe("871496");
  });

  it("Section XVI note 2(b): a fan blade is a part of the fan it fits (8414.90), not a fan of 8414.51 by note 2(a)", () => {
    const r = us({
      productName: "Fan Blade 18 Inch for Wall Mount Fan Replacement 3 Leaves",
      material: "Plastic",
      category: "Home Appliances > Home Appliance Parts > Fan Parts",
      price: 4,
    });
    expect(r.hs6).toBe("841490");
  });

  it("Section XVI note 2(a): a water filter cartridge is filtering apparatus of 8421.21 whatever appliance it fits, not a part of 8421.99 or 8516.90", () => {
    const r = us({
      productName: "Water Filter Cartridge for DeLonghi Espresso Machine Replacement Softener",
      category: "Home Appliances > Home Appliance Parts > Coffee Maker Parts",
      price: 6,
    });
    expect(r.hs6).toBe("842121");
  });

  it("Section XVI note 1(m): a roller brush for a robot vacuum is a brush constituting a part of a machine (9603.50)", () => {
    const r = us({
      productName: "Main Roller Brush for Eufy RoboVac 11S Replacement Bristle Brush",
      category: "Home Appliances > Home Appliance Parts > Vacuum Cleaner Parts",
      price: 3.5,
    });
    expect(r.hs6).toBe("960350");
  });

  it("Section XVI note 1(m): masonry drill bits for a rotary hammer are interchangeable drilling tools (8207.50), not other tools of 8207.90", () => {
    const r = us({
      productName: "Masonry Drill Bit Set for Makita Rotary Hammer SDS Plus 5pcs",
      category: "Tools > Power Tool Accessories > Drill Bits",
      price: 8,
    });
    expect(r.hs6).toBe("820750");
  });

  it("ch. 84 note 5(C): a keyboard case for a tablet is a keyboard, an input unit of 8471.60, not a part of 8473.30", () => {
    const r = us({
      productName: "Bluetooth Keyboard Case for Samsung Galaxy Tab A8 with Touchpad",
      category: "Computer & Office > Tablet Accessories > Tablet Keyboards",
      price: 22,
    });
    expect(r.hs6).toBe("847160");
  });

  it("heading 8516: a portafilter for an espresso machine is a part of the electrothermic coffee maker (8516.90)", () => {
    const r = us({
      productName: "51mm Portafilter for DeLonghi Espresso Machine Stainless Steel Double Spout",
      category: "Home & Garden > Kitchen,Dining & Bar > Coffeeware",
      price: 15,
    });
    expect(r.hs6).toBe("851690");
  });
});
