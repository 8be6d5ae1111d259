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
});
