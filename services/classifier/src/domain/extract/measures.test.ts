import { describe, expect, it } from "vitest";
import { currencyCode, toUsd } from "./currency.js";
import { parseDimensions, parseGsm, parsePieces, parsePowerW, parseVoltageV, parseWeightKg } from "./measures.js";
import { normalizeText } from "./normalize.js";

const n = normalizeText;

describe("parseWeightKg", () => {
  it("converts units", () => {
    expect(parseWeightKg(n("1.2 kg"))).toBe(1.2);
    expect(parseWeightKg(n("500 grams"))).toBe(0.5);
    expect(parseWeightKg(n("2 lbs"))).toBeCloseTo(0.907, 3);
  });
  it("prefers the net weight and skips capacities and network bands", () => {
    expect(parseWeightKg(n("gross weight 600g, net weight 500g"))).toBe(0.5);
    expect(parseWeightKg(n("work platform 1200LBS capacity"), { freeText: true })).toBeUndefined();
    expect(parseWeightKg(n("max load 150kg"), { freeText: true })).toBeUndefined();
    expect(parseWeightKg(n("2.4G wireless mouse"), { freeText: true })).toBeUndefined();
    expect(parseWeightKg(n("20oz tumbler"), { freeText: true })).toBeUndefined();
  });
});

describe("parseGsm / power / voltage", () => {
  it("reads fabric weight", () => {
    expect(parseGsm(n("180gsm cotton"))).toBe(180);
    expect(parseGsm(n("200 g/m²"))).toBe(200);
    expect(parseGsm(n("GSM: 160"))).toBe(160);
  });
  it("reads power (largest stated)", () => {
    expect(parsePowerW(n("500W blender"))).toBe(500);
    expect(parsePowerW(n("1.5 kW heater"))).toBe(1500);
    expect(parsePowerW(n("LED driver 10W 20W 50W"))).toBe(50);
    expect(parsePowerW(n("2x50W amplifier"))).toBe(50);
    expect(parsePowerW(n("300Wx2 channel"))).toBe(300);
  });
  it("reads voltage (largest stated, ranges included)", () => {
    expect(parseVoltageV(n("220V"))).toBe(220);
    expect(parseVoltageV(n("AC 90-240V input"))).toBe(240);
    expect(parseVoltageV(n("110V,220V"))).toBe(220);
    expect(parseVoltageV(n("3.7v19800mAh"))).toBe(3.7);
    expect(parseVoltageV(n("V-neck dress"))).toBeUndefined();
  });
});

describe("parseDimensions", () => {
  it("reads L x W x H with units", () => {
    expect(parseDimensions(n("28*19*9mm"))).toEqual({ lengthCm: 2.8, widthCm: 1.9, heightCm: 0.9 });
    expect(parseDimensions(n("60x120cm"))).toEqual({ lengthCm: 60, widthCm: 120 });
    expect(parseDimensions(n("13cm x 6.2cm sticker"))).toEqual({ lengthCm: 13, widthCm: 6.2 });
    expect(parseDimensions(n('36"x36" cage'))).toEqual({ lengthCm: 91.44, widthCm: 91.44 });
  });
  it("reads keyword lengths, diameters and volumes, not bare sizes or unitless products", () => {
    expect(parseDimensions(n("Dia 30.5mm watch case"))).toEqual({ diameterCm: 3.05 });
    expect(parseDimensions(n("cable 2m long"))).toEqual({ lengthCm: 200 });
    expect(parseDimensions(n("500ml bottle"))).toEqual({ volumeL: 0.5 });
    expect(parseDimensions(n("5 Gallon bucket")).volumeL).toBeCloseTo(18.93, 2);
    expect(parseDimensions(n("28cm plush toy 13x6 lace wig 4x4 truck"))).toEqual({});
    expect(parseDimensions(n("316L stainless steel"))).toEqual({});
  });
});

describe("thread sizes of fasteners", () => {
  it("reads the nominal thread diameter of bolts, screws and studs", () => {
    expect(parseDimensions(n("M10x1.5 flange bolts, zinc plated")).diameterCm).toBe(1);
    expect(parseDimensions(n("socket head cap screw M4 x 20")).diameterCm).toBe(0.4);
    expect(parseDimensions(n('5/8"-11 threaded rod, 3 ft')).diameterCm).toBeCloseTo(1.5875, 3);
  });
  it("reads no thread size in other goods", () => {
    expect(parseDimensions(n("M8 camera lens cap")).diameterCm).toBeUndefined();
    expect(parseDimensions(n("laptop sleeve size M")).diameterCm).toBeUndefined();
  });
});

describe("parsePieces", () => {
  it("reads pieces per pack", () => {
    expect(parsePieces(n("12PCS resin bracelets"))).toBe(12);
    expect(parsePieces(n("12 pcs"))).toBe(12);
    expect(parsePieces(n("20/50/100PCS gloves"))).toBe(20);
    expect(parsePieces(n("pack of 3 socks"))).toBe(3);
    expect(parsePieces(n("3-pack briefs"))).toBe(3);
    expect(parsePieces(n("1 piece patch"))).toBe(1);
    expect(parsePieces(n("cotton t-shirt"))).toBeUndefined();
  });
});

describe("toUsd", () => {
  it("converts at the fixed reference rates", () => {
    expect(toUsd(10, "USD")).toBe(10);
    expect(toUsd(100, "CNY")).toBe(14);
    expect(toUsd(100, "eur")).toBe(108);
    expect(toUsd(1000, "JPY")).toBe(6.7);
    expect(toUsd(5, "¥")).toBe(0.7);
    expect(toUsd(5, "XYZ")).toBeUndefined();
    expect(currencyCode("RMB")).toBe("RMB");
    expect(currencyCode("£")).toBe("GBP");
  });
});
