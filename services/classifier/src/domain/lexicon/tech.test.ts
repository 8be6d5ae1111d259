/**
 * Splits of the machinery, electrical, vehicle and instrument lexicon parts (Sections XVI–XVIII),
 * each named after the legal reason it encodes.
 */
import { describe, expect, it } from "vitest";
import { tokenize } from "@openhs/shared";
import type { ExtractedAttributes } from "../types.js";
import { LEXICON_PARTS, termKey } from "./index.js";
import { attrs, entryIn, resolvedCode } from "./lexicon.test-util.js";

const TECH_PARTS = ["machinery", "electrical", "vehicles", "instruments", "machines-by-industry", "electronics", "instruments-more", "transport", "machine-parts"];

const code = (part: string, term: string, a: ExtractedAttributes = attrs({ text: term })) => resolvedCode(entryIn(part, term), term, a);

describe("Sections XVI–XVIII lexicon", () => {
  it("has no term or split word that a stop word shrinks to something broader ('vacuum cleaner parts' would be 'vacuum cleaner', 'all in one' just 'one')", () => {
    const lossy: string[] = [];
    for (const part of TECH_PARTS) {
      for (const e of LEXICON_PARTS[part] ?? []) {
        const words = [...e.terms, ...(e.splits ?? []).flatMap((s) => s.when.words ?? [])];
        for (const w of words) {
          const n = w.split(/[\s-]+/).filter(Boolean).length;
          const toks = tokenize(w.replace(/([a-z0-9])-(?=[a-z0-9])/g, "$1"));
          if (/\b(parts|nor)\b/.test(w) || (n > 1 && toks.length === 1 && !/-/.test(w) && !/^[a-z] /.test(w))) lossy.push(`${part}: "${w}" → "${termKey(w)}"`);
        }
      }
    }
    expect(lossy).toEqual([]);
  });

  it("a machine takes its heading from the industry or material it works (GRI 1: headings 8434–8478, 8486; 8479 is the residual)", () => {
    expect(code("machines-by-industry", "machine", attrs({ text: "cheese making machine" }))).toBe("843420");
    expect(code("machines-by-industry", "machine", attrs({ text: "machine for shelling cashew nuts" }))).toBe("843860");
    expect(code("machines-by-industry", "machine", attrs({ text: "machine for making plastic bags for food" }))).toBe("847780");
    expect(code("machines-by-industry", "machine", attrs({ text: "carton folding machine" }))).toBe("844180");
    expect(code("machines-by-industry", "machine", attrs({ text: "wafer handling machine for semiconductor devices" }))).toBe("848620");
    expect(code("machines-by-industry", "machine", attrs({ text: "automatic machine" }))).toBe("847989");
    expect(code("machines-by-industry", "machine", attrs({ text: "machine part", isPart: true }))).toBe("848790");
  });

  it("parts suitable solely or principally for a machine go with that machine's parts subheading (Section XVI note 2(b))", () => {
    expect(code("electronics", "control board", attrs({ text: "washing machine control board" }))).toBe("845090");
    expect(code("electronics", "control board", attrs({ text: "refrigerator control board" }))).toBe("841899");
    expect(code("electronics", "control board", attrs({ text: "plc controller" }))).toBe("853710");
    expect(code("electronics", "control board", attrs({ text: "printer control board" }))).toBe("844399");
  });

  it("parts that are goods of their own heading stay there (Section XVI note 2(a)): a magnetron for a microwave oven is a magnetron", () => {
    expect(code("electronics", "microwave oven magnetron")).toBe("854071");
    expect(code("electronics", "amplifier tube")).toBe("854089");
  });

  it("sensors go by what they measure (Section XVI note 1(m): chapter 90 instruments are not Section XVI goods)", () => {
    expect(code("electrical", "oxygen sensor")).toBe("902710");
    expect(code("electrical", "tire pressure sensor")).toBe("902620");
    expect(code("electrical", "coolant temperature sensor")).toBe("902519");
    expect(code("electrical", "crankshaft sensor")).toBe("903180");
    expect(code("electrical", "humidity sensor")).toBe("902580");
    expect(code("electrical", "proximity sensor")).toBe("853650");
    expect(code("electronics", "accelerometer")).toBe("903180");
    expect(code("electronics", "water level sensor")).toBe("902610");
  });

  it("motors by power source and kind (8501 subheadings; combustion engines 8407, fluid-power motors 8412)", () => {
    expect(code("electronics", "motor", attrs({ text: "motor 12v dc" }))).toBe("850131");
    expect(code("electronics", "motor", attrs({ text: "three phase motor" }))).toBe("850152");
    expect(code("electronics", "motor", attrs({ text: "hydraulic motor" }))).toBe("841229");
    expect(code("electronics", "motor", attrs({ text: "motor", powerSource: "combustion" }))).toBe("8407");
  });

  it("goods named in one word go to the heading that names them, not to a general parts heading (GRI 1)", () => {
    expect(code("machine-parts", "bearing")).toBe("848210");
    expect(code("machine-parts", "passenger lift")).toBe("842810");
    expect(code("machine-parts", "ballscrew")).toBe("848340");
    expect(code("machine-parts", "fire hydrant")).toBe("848180");
    expect(code("machine-parts", "power steering cylinder")).toBe("841221");
  });

  it("short and long blocks are incomplete engines with the essential character of the engine (GRI 2(a)); a bare engine block is an engine part (8409)", () => {
    expect(code("machinery", "long block", attrs({ text: "long block car engine" }))).toBe("840734");
    expect(code("machinery", "engine block")).toBe("8409");
  });

  it("night vision monoculars are monoculars of 9005 80; digital night vision devices are night vision cameras (852583)", () => {
    expect(code("instruments", "night vision monocular")).toBe("900580");
    expect(code("instruments-more", "digital night vision monocular")).toBe("852583");
  });

  it("orthodontic appliances are orthopaedic appliances (9021 10), artificial teeth 9021 21", () => {
    expect(code("instruments-more", "teeth aligner")).toBe("902110");
    expect(code("instruments-more", "zirconia crown")).toBe("902121");
  });

  it("static converters: motor drivers, VFDs and LED transformers convert the supply (850440); plain transformers 8504 2x/3x", () => {
    expect(code("electronics", "motor driver")).toBe("850440");
    expect(code("electronics", "light transformer")).toBe("850440");
    expect(code("electronics", "transformer")).toBe("850431");
  });

  it("radio receivers combined with sound reproducing apparatus: car and marine head units 8527.21, portable sets with a recorder or player 8527.13", () => {
    expect(code("electrical", "car stereo", attrs({ text: "car stereo with usb and bluetooth" }))).toBe("852721");
    expect(code("electrical", "marine stereo")).toBe("852721");
    expect(code("electrical", "portable radio", attrs({ text: "portable radio with mp3 player and sd card slot" }))).toBe("852713");
    expect(code("electrical", "portable radio")).toBe("852719");
  });

  it("insulated wire fitted with connectors is 8544.42: an extension lead has a plug and a socket at its ends", () => {
    expect(code("electrical", "cable", attrs({ text: "silicone wire extension cable 2 m" }))).toBe("854442");
    expect(code("electrical", "cable", attrs({ text: "silicone wire 18awg 10 m roll" }))).toBe("854449");
  });
  it("tyres by the vehicle they are of a kind used on (GRI 6): wheel-loader tyres are for construction machines 4011.80, retreaded truck tyres 4012.12, other retreads 4012.19, used tyres 4012.20", () => {
    expect(code("vehicles", "tire", attrs({ text: "radial tire for wheel loader 23.5r25" }))).toBe("401180");
    expect(code("vehicles", "tire", attrs({ text: "retreaded truck tire 11r22.5" }))).toBe("401212");
    expect(code("vehicles", "tire", attrs({ text: "retreaded bus tyres 295/80r22.5" }))).toBe("401212");
    expect(code("vehicles", "tire", attrs({ text: "remoulded tractor tyre" }))).toBe("401219");
    expect(code("vehicles", "tire", attrs({ text: "used tires sorted by tread depth" }))).toBe("401220");
    expect(code("vehicles", "tire", attrs({ text: "all season car tire 205/55r16" }))).toBe("401110");
  });
  it("lights clipped to the spokes or valve of a bicycle wheel are lighting equipment of a kind used on cycles (8512.10), not spokes (8714.92): Section XVII note 2(f)", () => {
    expect(code("electrical", "spoke light", attrs({ text: "led spoke light for bicycle wheels" }))).toBe("851210");
    expect(code("electrical", "valve cap light")).toBe("851210");
  });
  it("brake proportioning and relay valves work a hydraulic or air-brake transmission: valves for oleohydraulic or pneumatic transmissions 8481.20, and 8481 goods are no vehicle parts (Section XVII note 2(e))", () => {
    expect(code("machinery", "proportioning valve", attrs({ text: "brake proportioning valve for trucks" }))).toBe("848120");
    expect(code("machinery", "air brake valve")).toBe("848120");
    expect(code("machinery", "ball valve")).toBe("848180");
  });
  it("a paraffin (hot wax) bath for hands and feet heats the wax electrically: an electro-thermic appliance 8516.79, not a massage or mechano-therapy apparatus 9019", () => {
    expect(code("electronics", "wax bath", attrs({ text: "hot wax bath for hands and feet 3 l" }))).toBe("851679");
    expect(code("electronics", "paraffin wax heater")).toBe("851679");
  });
  it("a hand-held leaf blower with a petrol engine is a tool with a self-contained non-electric motor (8467.89); an electric one 8467.29", () => {
    expect(code("machinery", "leaf blower", attrs({ text: "leaf blower with a 2-stroke petrol engine" }))).toBe("846789");
    expect(code("machinery", "leaf blower", attrs({ text: "cordless leaf blower 20v" }))).toBe("846729");
  });

  it("a coffee mill worked by hand has no motor: a hand-operated mechanical appliance for food (8210), not a domestic electromechanical appliance (8509)", () => {
    expect(code("electrical", "coffee grinder", attrs({ text: "coffee grinder operated by hand with ceramic burrs" }))).toBe("821000");
    expect(code("electrical", "coffee grinder", attrs({ text: "electric coffee grinder 150 w" }))).toBe("850940");
  });
  it("an electronic book reader is a portable data-processing machine (8471.30), not a printed book (4901)", () => {
    expect(code("machinery", "electronic book reader")).toBe("847130");
  });
  it("a split naming a longer phrase of the term that contains a shorter split word is more specific: a steering wheel is 8708.94, not a road wheel 8708.70; order still decides otherwise (hydraulic relief valves 8481.20)", () => {
    expect(code("vehicles", "steering wheel")).toBe("870894");
    expect(code("vehicles", "alloy wheel")).toBe("870870");
    expect(code("machinery", "hydraulic relief valve")).toBe("848120");
  });
  it("brake rotors and drums are parts of brakes of motor vehicles (8708.30), not rotors of electric motors (8503); hitch ball mounts are other parts of motor vehicles (8708.99)", () => {
    expect(code("vehicles", "brake disc rotor")).toBe("870830");
    expect(code("vehicles", "brake drum")).toBe("870830");
    expect(code("vehicles", "hitch ball mount")).toBe("870899");
  });
  it("a pressure cooker or kettle for stovetop use has no heating element: a household article of steel (7323) or aluminium (7615.10), not an electro-thermic appliance (8516)", () => {
    expect(code("electrical", "pressure cooker", attrs({ text: "stainless steel pressure cooker for stovetop use", material: "stainless_steel" })).slice(0, 4)).toBe("7323");
    expect(code("electrical", "pressure cooker", attrs({ text: "aluminium stove top pressure cooker", material: "aluminium" }))).toBe("761510");
    expect(code("electrical", "pressure cooker", attrs({ text: "electric pressure cooker 6 qt" })).slice(0, 4)).toBe("8516");
  });
  it("a pressure cooker said to be of a metal with no word of electric heating is the stovetop kind (7615.10 / 7323); a digital or programmable one heats itself (8516.60)", () => {
    expect(code("electrical", "pressure cooker", attrs({ text: "a pressure cooker of aluminum for household use", material: "aluminium" }))).toBe("761510");
    expect(code("electrical", "pressure cooker", attrs({ text: "6 quart stainless steel pressure cooker", material: "stainless_steel" })).slice(0, 4)).toBe("7323");
    expect(code("electrical", "pressure cooker", attrs({ text: "programmable pressure cooker stainless steel inner pot", material: "stainless_steel" })).slice(0, 4)).toBe("8516");
  });

  it("circular saw blades whose working part is not steel (tungsten carbide tips, diamond) are 8202.39; all-steel ones 8202.31", () => {
    expect(code("metals", "circular saw blade", attrs({ text: "circular saw blade with carbide-tipped teeth for wood", material: "iron_steel" }))).toBe("820239");
    expect(code("metals", "circular saw blade", attrs({ text: "hss circular saw blade", material: "iron_steel" }))).toBe("820231");
  });

  it("gear boxes of motor vehicles are named in 8708.40 (Section XVII note 2(e) leaves 8483 the engines' own parts); an industrial gear reducer stays 8483.40", () => {
    expect(code("machinery", "gearbox", attrs({ text: "gearbox for a passenger motor vehicle", uses: ["vehicle"] }))).toBe("870840");
    expect(code("machinery", "gearbox", attrs({ text: "worm gearbox for conveyor" }))).toBe("848340");
  });

  it("liquid dielectric (oil-immersed) transformers are 8504.2x, the smallest 8504.21 when no power is stated; dry ones of up to 1 kVA 8504.31", () => {
    expect(code("electronics", "transformer", attrs({ text: "a transformer, liquid dielectric" }))).toBe("850421");
    expect(code("electrical", "distribution transformer", attrs({ text: "oil immersed distribution transformer" }))).toBe("850421");
  });
});
