import { describe, expect, it } from "vitest";
import { contradiction, productStates, tariffStates } from "./states.js";

describe("states of the goods against the terms of a subheading (GRI 6)", () => {
  it("shelled nuts are not goods 'in shell', and unshelled ones are not 'shelled'", () => {
    expect(contradiction(productStates("shelled raw almonds"), tariffStates("Nuts, edible; almonds, fresh or dried, in shell"))).toBe("in shell");
    expect(contradiction(productStates("shelled raw almonds"), tariffStates("Nuts, edible; almonds, fresh or dried, shelled"))).toBeUndefined();
    expect(contradiction(productStates("unshelled pistachios"), tariffStates("Nuts, edible; pistachios, fresh or dried, shelled"))).toBe("not in shell");
  });

  it("refined sugar or oil is not 'raw' or 'crude'; 'other than crude' reads as refined", () => {
    expect(contradiction(productStates("refined white cane sugar"), tariffStates("Sugars; cane sugar, raw, in solid form"))).toBeDefined();
    expect(contradiction(productStates("refined sunflower oil"), tariffStates("Vegetable oils; sunflower seed oil, other than crude, whether or not refined"))).toBeUndefined();
    expect(contradiction(productStates("refined sunflower oil"), tariffStates("Vegetable oils; sunflower seed oil, crude, not chemically modified"))).toBeDefined();
  });

  it("goods said not to be cut, filled or frozen are not what a subheading for cuts, filled or frozen goods names", () => {
    expect(contradiction(productStates("whole chickens, not cut in pieces, chilled"), tariffStates("of fowls, cuts and offal, fresh or chilled"))).toBe("cut in pieces");
    expect(contradiction(productStates("whole chickens, not cut in pieces, chilled"), tariffStates("of fowls, not cut in pieces, fresh or chilled"))).toBeUndefined();
    expect(contradiction(productStates("milk chocolate bars, not filled"), tariffStates("Chocolate in blocks, slabs or bars: filled"))).toBe("filled");
    expect(contradiction(productStates("frozen orange juice concentrate"), tariffStates("Juice; orange, not frozen, of a Brix value exceeding 20"))).toBeDefined();
  });

  it("milk powder 'not sweetened' is not 'containing added sugar' (0402.21 / 0402.29)", () => {
    expect(contradiction(productStates("whole milk powder, not sweetened"), tariffStates("in powder, containing added sugar or other sweetening matter"))).toBeDefined();
    expect(productStates("sweetened condensed milk").get("added sugar")).toBe(true);
  });

  it("a boat 'not designed for a motor' is not one 'fitted or designed to be fitted with a motor' (8903.11 / 8903.12)", () => {
    expect(contradiction(productStates("inflatable kayak of pvc, not designed for a motor"), tariffStates("inflatable, fitted or designed to be fitted with a motor"))).toBeDefined();
    expect(contradiction(productStates("inflatable boat with outboard motor"), tariffStates("inflatable, not designed to be used with a motor"))).toBeDefined();
  });

  it("a luminaire sold without its bulb, or for halogen lamps, is not 'designed for use solely with LED light sources' (9405.11 / .19)", () => {
    const ledOnly = tariffStates("Luminaires; ceiling lighting fittings, designed for use solely with light-emitting diode (LED) light sources");
    expect(contradiction(productStates("pendant light with a socket for one e27 bulb, bulb not included"), ledOnly)).toBeDefined();
    expect(contradiction(productStates("ceiling light with integrated led"), ledOnly)).toBeUndefined();
  });

  it("a text saying both ('fresh, chilled or frozen', 'whether or not containing added sugar') decides nothing", () => {
    expect(tariffStates("Meat, fresh, chilled or frozen").size).toBe(0);
    expect(tariffStates("Fruit, whether or not containing added sugar").size).toBe(0);
    expect(productStates("whole milk powder").has("cut in pieces")).toBe(false);
  });

  it("a process word the goods are said not to have been through ('not enamelled', 'unbleached', 'not alloyed') contradicts a subheading that requires it, and the reverse", () => {
    expect(contradiction(productStates("cast iron skillet, not enameled"), tariffStates("Cast iron; table, kitchen and other household articles, of cast iron, enamelled"))).toBeDefined();
    expect(contradiction(productStates("cast iron skillet, not enameled"), tariffStates("Cast iron; table, kitchen and other household articles, of cast iron, not enamelled"))).toBeUndefined();
    expect(contradiction(productStates("unbleached cotton woven fabric"), tariffStates("Cotton; woven fabrics, bleached, plain weave"))).toBeDefined();
    expect(contradiction(productStates("unwrought aluminium ingots, not alloyed"), tariffStates("Aluminium; unwrought, alloys"))).toBe("alloyed");
    expect(contradiction(productStates("aluminium alloy ingots"), tariffStates("Aluminium; unwrought, not alloyed"))).toBe("not alloyed");
  });

  it("a subheading 'not dental' does not describe a dental X-ray unit; 'not put up for retail sale' yarn is no yarn 'put up for retail sale'", () => {
    expect(contradiction(productStates("x-ray apparatus for dental use"), tariffStates("Apparatus based on the use of x-rays, for medical, surgical or veterinary uses, not dental"))).toBeDefined();
    expect(contradiction(productStates("x-ray apparatus for dental use"), tariffStates("Apparatus based on the use of x-rays, for dental uses"))).toBeUndefined();
    expect(contradiction(productStates("cotton yarn, not put up for retail sale"), tariffStates("Cotton yarn (other than sewing thread), put up for retail sale"))).toBe("put up for retail sale");
  });

  it("a stated bound ('not exceeding 60 V') contradicts the subheading on the other side of the same bound, and says nothing of another bound", () => {
    expect(contradiction(productStates("relay for a voltage not exceeding 60 V"), tariffStates("Electrical apparatus; relays, for a voltage exceeding 60 volts"))).toBe("over 60 v");
    expect(contradiction(productStates("relay for a voltage not exceeding 60 V"), tariffStates("Electrical apparatus; relays, for a voltage not exceeding 60 V"))).toBeUndefined();
    expect(contradiction(productStates("relay for a voltage not exceeding 1,000 V"), tariffStates("Relays, for a voltage exceeding 60 volts"))).toBeUndefined();
  });

  it("words that say what goods are for or how they are described ('used for', 'designed', 'not specified elsewhere') are no states", () => {
    expect(productStates("a hose used for watering, designed for gardens").size).toBe(0);
    expect(tariffStates("Articles not elsewhere specified or included").size).toBe(0);
  });

  it("flat-rolled goods named as a coil are in coils; a coil spring is not said to be", () => {
    expect(contradiction(productStates("cold rolled coil 0.8mm x 1250mm"), tariffStates("Iron or non-alloy steel; (not in coils), flat-rolled, cold-rolled"))).toBe("not in coils");
    expect(productStates("compression coil spring 20mm").get("in coils")).toBeUndefined();
  });

  it("7208.10 / 7208.40 'with patterns in relief' are for chequer (tread, diamond) plate, not a plain coil or plate", () => {
    const relief = tariffStates("Iron or non-alloy steel; in coils, not further worked than hot-rolled, with patterns in relief");
    const plain = tariffStates("Iron or non-alloy steel; in coils, without patterns in relief, hot-rolled, of a thickness of less than 3mm");
    expect(contradiction(productStates("hot rolled coil 2.5mm x 1250mm"), relief)).toBe("patterns in relief");
    expect(contradiction(productStates("hot rolled coil 2.5mm x 1250mm"), plain)).toBeUndefined();
    expect(productStates("hot rolled chequer plate 5mm").get("patterns in relief")).toBe(true);
    // a plate (cut length) named without a coil is not in coils
    expect(productStates("hot rolled chequer plate 5mm").get("in coils")).toBe(false);
  });

  it("hot-rolled coil not said to be pickled is not 'pickled' (7208.26); HRPO is", () => {
    const pickled = tariffStates("Iron or non-alloy steel; in coils, without patterns in relief, flat-rolled, of a width 600mm or more, hot-rolled, pickled, of a thickness of 3mm or more but less than 4.75mm");
    expect(contradiction(productStates("hot-rolled steel coil, non-alloy, width 1500 mm, thickness 3 mm"), pickled)).toBe("pickled");
    expect(contradiction(productStates("hot rolled pickled oiled coil 3mm"), pickled)).toBeUndefined();
  });

  it("flat-rolled products said to be in coils are not those '(not in coils)', and the reverse", () => {
    expect(contradiction(productStates("hot-rolled flat product of nonalloy steel, in coils"), tariffStates("Iron or non-alloy steel; (not in coils), flat-rolled, hot-rolled"))).toBe("not in coils");
    expect(contradiction(productStates("hot-rolled steel plate, not in coils"), tariffStates("Iron or non-alloy steel; flat-rolled, in coils, hot-rolled"))).toBe("in coils");
  });

  it("each state listed after 'not' or 'nor' is denied ('not sweetened or flavored', 'nor flavoured'), whichever the spelling", () => {
    const water = productStates("bottled mineral water, not sweetened or flavored");
    expect(water.get("added sugar")).toBe(false);
    expect(contradiction(water, tariffStates("Waters; including mineral and aerated, containing added sugar or other sweetening matter or flavoured"))).toBeDefined();
    expect(contradiction(water, tariffStates("Waters; including mineral and aerated waters, not containing added sugar or other sweetening matter nor flavoured"))).toBeUndefined();
    // "bottled" is how the goods are packed, no state
    expect(water.has("~bottl")).toBe(false);
  });

  it("a stated purity of 99.x % is the metal not alloyed (ch. 76 subheading note 1(a)): aluminium ingot 99.7 % is not 'aluminium alloys' (7601.20)", () => {
    expect(contradiction(productStates("aluminium ingot 99.7% purity"), tariffStates("Aluminium; unwrought, aluminium alloys"))).toBe("alloyed");
    expect(contradiction(productStates("aluminium ingot 99.7% purity"), tariffStates("Aluminium; unwrought, not alloyed"))).toBeUndefined();
    expect(productStates("aluminium alloy ingot adc12").get("alloyed")).toBe(true);
  });

  it("'not for retail sale' (without 'put up') is the same negated state; 'for retail sale' states it", () => {
    const retail = tariffStates("Cotton yarn (other than sewing thread), put up for retail sale");
    expect(contradiction(productStates("cotton yarn, single, combed, not for retail sale"), retail)).toBe("put up for retail sale");
    expect(productStates("multivitamin tablets for retail sale").get("put up for retail sale")).toBe(true);
  });

  it("'not put up for retail' is read whether or not 'sale' is left in the text (a title's noise word)", () => {
    const yarn = productStates("single yarn of combed cotton, not put up for retail, 200 decitex");
    expect(contradiction(yarn, tariffStates("Cotton yarn (other than sewing thread), put up for retail sale"))).toBe("put up for retail sale");
  });
});
