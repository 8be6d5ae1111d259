import { beforeAll, describe, expect, inject, it } from "vitest";
import { testKnowledge } from "../test-knowledge.test-util.js";
import { ClassifierEngine, warmUpInput } from "./engine.js";

/** Engine invariants over the real nomenclature: probability mass, calibration inputs, determinism. */

let engine: ClassifierEngine;
beforeAll(async () => {
  engine = new ClassifierEngine((await testKnowledge(inject("databaseUrl"))).knowledge);
}, 120_000);

const PRODUCTS = [
  { productName: "Wireless Bluetooth Headphones Over Ear", destinationCountry: "US" },
  { productName: "stainless steel water bottle 500ml", destinationCountry: "DE" },
  { productName: "women's leather ankle boots", destinationCountry: "US" },
  { productName: "zzqx unknown thing", destinationCountry: "US" },
];

describe("ClassifierEngine output", () => {
  it.each(PRODUCTS)("probabilities of the answer and its ≤ 5 alternates sum to at most 1 ($productName)", (p) => {
    const r = engine.classify(p);
    expect(r.alternates.length).toBeLessThanOrEqual(5);
    const mass = r.confidence + r.alternates.reduce((s, a) => s + a.probability, 0);
    expect(mass).toBeLessThanOrEqual(1.0001);
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    for (let i = 1; i < r.alternates.length; i++) expect(r.alternates[i]!.probability).toBeLessThanOrEqual(r.alternates[i - 1]!.probability);
  });

  it("is deterministic: the same input gives the same answer", () => {
    const a = engine.classify(PRODUCTS[0]!);
    const b = engine.classify(PRODUCTS[0]!);
    expect(b).toEqual(a);
  });

  it("a clearer description raises the confidence (calibration follows the evidence)", () => {
    const vague = engine.classify({ productName: "shirt", destinationCountry: "US" });
    const clear = engine.classify({ productName: "men's woven cotton shirt with long sleeves", destinationCountry: "US" });
    expect(clear.confidence).toBeGreaterThan(vague.confidence);
  });

  it("an EU destination gets a 10-digit TARIC line and a US one an HTSUS line", () => {
    const eu = engine.classify({ productName: "men's t-shirt", composition: "100% cotton", processing: "knitted", destinationCountry: "FR" });
    expect(eu.nationalSchedule).toBe("EU");
    expect(eu.nationalCode).toMatch(/^610910\d{4}$/);
    const none = engine.classify({ productName: "men's t-shirt", composition: "100% cotton", destinationCountry: "JP" });
    expect(none.nationalCode).toBe("");
    expect(none.warnings.map((w) => w.code)).toContain("NO_NATIONAL_SCHEDULE");
  });

  it("the goods are named before the qualifier, after a leading quantity: 'a pair of eyeglasses … for use while gaming' are spectacles (GRI 1)", () => {
    const r = engine.classify({ productName: "a pair of eyeglasses suitable for use while gaming, driving, and at night" });
    expect(r.hs6.slice(0, 4)).toBe("9004");
  });

  it("materials, parts and features named after 'made of', 'with' or 'powered by' describe the head noun, not other goods (GRI 1: the goods are what the name says they are)", () => {
    expect(engine.classify({ productName: "a dome tent made of polyester woven fabric", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("6306");
    expect(engine.classify({ productName: "a pocket torch powered by AAA batteries", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("8513");
    expect(engine.classify({ productName: "a portable bluetooth speaker with a rechargeable lithium battery", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("8518");
  });

  it("'of' after the goods names their material ('a men's suit of wool woven fabric' is a suit, 6203), not after a container or quantity", () => {
    expect(engine.classify({ productName: "a men's suit of wool woven fabric", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("6203");
    expect(engine.classify({ productName: "men's trousers of 65% polyester 35% rayon woven fabric", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("6203");
  });

  it("'a bag for a laptop computer' is a laptop bag (4202), not the computer it holds — the trade's compound written the other way round", () => {
    expect(engine.classify({ productName: "a bag for a laptop computer with an outer surface of nylon", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("4202");
  });

  it("no compound is formed from a parts word or a noun already compounded: a seat belt assembly for motor vehicles is a seat belt (8708.21), a steering wheel for a car a steering wheel (8708.94)", () => {
    expect(engine.classify({ productName: "a seat belt assembly for motor vehicles", destinationCountry: "US" }).hs6).toBe("870821");
    expect(engine.classify({ productName: "a steering wheel for a car", destinationCountry: "US" }).hs6).toBe("870894");
  });

  it("what follows 'based on' or 'put up in' is the composition or the packing, not the goods: a paint based on acrylic polymers is a paint (3209), an adhesive put up in a syringe an adhesive (3506)", () => {
    expect(engine.classify({ productName: "a paint based on acrylic polymers dispersed in water", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("3209");
    expect(engine.classify({ productName: "an epoxy adhesive put up in a syringe", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("3506");
  });

  it("steel mill products as invoices write them: the abbreviated process and the size decide the subheading (GRI 6)", () => {
    const c = (productName: string) => engine.classify({ productName, destinationCountry: "US" }).hs6;
    // cold-rolled, in coils, 0.5–1 mm
    expect(c("CRC coil 0.8mm x 1250mm")).toBe("720917");
    // hot-rolled, in coils, without patterns in relief, < 3 mm
    expect(c("HR coil 2.5mm x 1250mm")).toBe("720839");
    // stainless, cold-rolled, 0.5–1 mm
    expect(c("SS304 CR coil 2B 0.8mm x 1219mm")).toBe("721934");
    // an angle 100 mm high is no "L section of a height of less than 80 mm": its measure twin 7216.40
    expect(c("MS angle 100x100x8")).toBe("721640");
    expect(c("MS channel 75x40x5")).toBe("721610");
  });

  it("raw materials on invoice lines: the grade and the specification after the goods are no goods of their own", () => {
    const c = (productName: string) => engine.classify({ productName, destinationCountry: "US" }).hs6;
    // ball bearings are 8482.10: a split phrase ("bearing balls") is not read across the name and the text
    expect(c("ball bearing 6204ZZ")).toBe("848210");
    // intrinsic viscosity "IV 0.80" is a specification; bottle-grade PET chips are PET in primary forms ≥ 78 ml/g
    expect(c("PET chips bottle grade IV 0.80")).toBe("390761");
    expect(c("LDPE film grade granules")).toBe("390110");
  });

  it("GRI 6 measure twins: a stated measure outside the named subheading takes the sibling with the same terms (needled nonwoven of 300 g/m² 5603.94)", () => {
    const c = (productName: string) => engine.classify({ productName, destinationCountry: "US" }).hs6;
    expect(c("polyester needle punched nonwoven 300gsm")).toBe("560394");
    expect(c("HRPO coil 3.0mm x 1250mm")).toBe("720826");
    expect(c("SS 304 HR plate 10mm thick")).toBe("721922");
  });

  it("a subheading picked by the words whose measure the goods are outside gives way to its twin in the neighbouring heading: cotton twill of 240 g/m² is 5209.32, not 5208.33", () => {
    expect(engine.classify({ productName: "cotton twill fabric dyed 240gsm", destinationCountry: "US" }).hs6).toBe("520932");
  });

  it("coordinated goods: the goods named first are the head ('a stainless steel kettle and a plastic tray' is the kettle)", () => {
    const r = engine.classify({ productName: "ceramic mugs and plastic coasters", destinationCountry: "US" });
    expect(r.hs6.slice(0, 2)).toBe("69");
    const modifier = engine.classify({ productName: "digital temperature and humidity sensor", destinationCountry: "US" });
    expect(modifier.hs6.slice(0, 2)).toBe("90");
  });

  it("a generic trailing word leaves the head to the goods before it, without a WordNet guess ('… lighting kit')", async () => {
    const { hypernymFallback } = await import("./lexicon/wordnet.js");
    const e = new ClassifierEngine(engine.knowledge, { hypernyms: hypernymFallback });
    const r = e.classify({ productName: "a first aid kit", destinationCountry: "US" });
    expect(r.rulesApplied.find((x) => x.id === "LEX-HYPERNYM")).toBeUndefined();
  });

  it("ratings and model codes after the noun are no head nouns ('… Bulb 55W' is no tungsten, '… 6000K' no potassium)", async () => {
    const { hypernymFallback } = await import("./lexicon/wordnet.js");
    const e = new ClassifierEngine(engine.knowledge, { hypernyms: hypernymFallback });
    for (const productName of ["Halogen Fog Light Bulb H11 55W", "LED Car Headlight Bulbs 9006 6000K", "Xenon HID Headlight Bulb D2S"]) {
      const r = e.classify({ productName, destinationCountry: "US" });
      expect(r.rulesApplied.find((x) => x.id === "LEX-HYPERNYM")).toBeUndefined();
      expect(r.hs6.slice(0, 4)).toBe("8539");
    }
  });

  it("a technology named after the goods ('… Rechargeable LED', '… USB') is a feature, not the head noun", async () => {
    const { hypernymFallback } = await import("./lexicon/wordnet.js");
    const e = new ClassifierEngine(engine.knowledge, { hypernyms: hypernymFallback });
    const r = e.classify({ productName: "Bicycle Headlamp Waterproof LED", destinationCountry: "US" });
    expect(r.rulesApplied.find((x) => x.id === "LEX-HYPERNYM")).toBeUndefined();
    expect(r.hs6.slice(0, 4)).not.toBe("8541");
  });

  it("a material named after the goods says what they are made of ('Spark Plug Iridium' is a spark plug, 'Monitor Stand Aluminum' no aluminium)", () => {
    const plug = engine.classify({ productName: "Motorcycle Spark Plug Iridium 2pcs", destinationCountry: "US" });
    expect(plug.hs6.slice(0, 4)).toBe("8511");
    const stand = engine.classify({ productName: "Monitor Stand Adjustable Aluminum", destinationCountry: "US" });
    expect(["2804", "7601", "7602", "7606"]).not.toContain(stand.hs6.slice(0, 4));
  });

  it("where the goods are installed is no head noun: 'a radio receiver installed in trucks' is a receiver", () => {
    const r = engine.classify({ productName: "a radio receiver installed in trucks", destinationCountry: "US" });
    expect(r.hs6.slice(0, 4)).toBe("8527");
  });

  it("a word for the state of manufacture is no head noun: 'pump housing castings' are pump parts, marked as the head (GRI 2(a))", () => {
    const r = engine.classify({ productName: "pump housing castings", destinationCountry: "US" });
    expect(r.hs6.slice(0, 4)).toBe("8413");
    expect(r.candidates[0]!.evidence.some((e) => e.head && /pump housing/.test(e.detail))).toBe(true);
  });

  it("further name terms of a heading already evidenced count half as much each: their number alone does not outvote the head", () => {
    const r = engine.classify({ productName: "stainless steel spatula, ladle, whisk and tongs", destinationCountry: "US" });
    const ev = r.candidates.find((c) => c.hs6.startsWith("8215"))!.evidence.filter((e) => e.source === "lexicon");
    const w = (t: string) => ev.find((e) => e.term === t)!.weight;
    expect(w("tongs")).toBeCloseTo(w("ladle") / 2, 2);
  });

  it("coordinated modifiers share the noun after them: 'pruning and grafting shears' are pruning shears (8201), not scissors", () => {
    const r = engine.classify({ productName: "forged pruning and grafting shears", destinationCountry: "US" });
    expect(r.hs6.slice(0, 4)).toBe("8201");
  });

  it("a longer term opening with the head noun is the head too ('… steel wire, drying rack for dishes' is a drying rack for dishes, not wire)", () => {
    const r = engine.classify({ productName: "a rust-proof, galvanized steel wire, drying rack for dishes", destinationCountry: "US" });
    expect(r.hs6).toBe("732399");
  });

  it("one article with commas and no 'and' is one article: the commas separate modifiers, the noun named last is the head", () => {
    const r = engine.classify({ productName: "a soft, brushed cotton, bath towel", destinationCountry: "US" });
    expect(r.hs6.slice(0, 4)).toBe("6302");
    expect(r.candidates[0]!.evidence.some((e) => e.head && e.term === "bath towel")).toBe(true);
  });

  it("a food that is also a colour, after goods of another kind, is their colour: 'sweatshirt olive', 'rugby ball orange and white' are no olives or oranges", async () => {
    const { hypernymFallback } = await import("./lexicon/wordnet.js");
    const e = new ClassifierEngine(engine.knowledge, { hypernyms: hypernymFallback });
    expect(e.classify({ productName: "Crew Neck Sweatshirt Olive", destinationCountry: "US" }).hs6.slice(0, 2)).toMatch(/^6[12]$/);
    expect(e.classify({ productName: "Rugby Ball Size 5 Orange and White", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("9506");
    expect(e.classify({ productName: "Leather Wallet Chocolate Brown", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("4202");
    // Alone, or after another food, it is still the goods.
    expect(e.classify({ productName: "fresh oranges", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("0805");
    expect(e.classify({ productName: "hazelnut coffee", destinationCountry: "US" }).hs6.slice(0, 2)).toBe("09");
  });

  it("the medium goods are preserved in is no goods: 'pilchards in tomato sauce', 'anchovies in olive oil' are fish preparations (1604), not sauce or oil", () => {
    expect(engine.classify({ productName: "pilchards in tomato sauce", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("1604");
    expect(engine.classify({ productName: "anchovies in olive oil", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("1604");
    expect(engine.classify({ productName: "cherries in syrup", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("2008");
  });

  it("a process named after the goods ('… vacuum fried', '… powder coated', '… hand painted') says how they were made, and names no goods", () => {
    expect(engine.classify({ productName: "beetroot crisps vacuum fried", destinationCountry: "US" }).hs6.slice(0, 2)).toBe("20");
    expect(engine.classify({ productName: "porcelain vase hand painted", destinationCountry: "US" }).hs6.slice(0, 2)).toBe("69");
  });

  it("GRI 6: a subheading whose terms the goods are said not to meet gives way to the one of the same heading that they meet ('not enamelled', 'for dental use', 'not exceeding 60 V')", () => {
    const code = (productName: string) => engine.classify({ productName, destinationCountry: "US" });
    const xray = code("an X-ray apparatus for dental use");
    expect(xray.hs6).toBe("902213");
    expect(xray.rulesApplied.some((r) => r.id === "GRI6-STATE")).toBe(true);
    expect(code("a relay for a voltage not exceeding 60 V").hs6).toBe("853641");
    expect(code("unwrought aluminum ingots, not alloyed").hs6).toBe("760110");
    expect(code("aluminium alloy ingots, unwrought").hs6).toBe("760120");
  });

  it("a material named as the last word is no unknown goods to guess through WordNet ('… of nonalloy steel' is no sword)", () => {
    const r = engine.classify({ productName: "a hot-rolled flat product of nonalloy steel, in coils", destinationCountry: "US" });
    expect(r.rulesApplied.some((x) => x.id === "LEX-HYPERNYM")).toBe(false);
    expect(r.hs6.slice(0, 4)).toBe("7208");
  });

  it("run-on titles: a one-word term right before a longer one names its kind ('… Envelope Sleeping Bag' is a sleeping bag, 9404.30), and a term followed by the head word of goods named first modifies it ('… Bird Seed Feeder' is the feeder)", () => {
    expect(engine.classify({ productName: "Sleeping Bag Ultralight Waterproof Envelope Sleeping Bag for Camping", destinationCountry: "US" }).hs6).toBe("940430");
    expect(engine.classify({ productName: "Bird Feeder Hanging Metal Wild Bird Seed Feeder", destinationCountry: "US" }).hs6).toBe("732690");
  });

  it("the wax a candle is made of is its material: 'Scented Candles … Soy Wax …' are candles (3406)", () => {
    expect(engine.classify({ productName: "Scented Candles Gift Set Soy Wax Aromatherapy Candle Jar", destinationCountry: "US" }).hs6).toBe("340600");
  });

  it("GRI 6: goods said not to be what a subheading requires, with no sibling for goods that are not, weigh it down: mineral water 'not sweetened or flavored' is 2201, not 2202.10", () => {
    const r = engine.classify({ productName: "bottled mineral water, not sweetened or flavored", destinationCountry: "US" });
    expect(r.hs6).toBe("220110");
    expect(engine.classify({ productName: "toothpaste in a tube", destinationCountry: "US" }).hs6).toBe("330610");
  });

  it("a height after footwear named before it is the footwear's height: 'Rain Boots Knee High … Rubber Boots' are boots (6401.99 covering the knee), no knee-high hosiery", () => {
    const r = engine.classify({ productName: "Rain Boots Knee High Waterproof Rubber Boots for Women", destinationCountry: "US" });
    expect(r.hs6.slice(0, 2)).toBe("64");
    expect(engine.classify({ productName: "Women's Knee High Socks Cotton 5 Pairs", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("6115");
  });

  it("a bare 'gun' right after goods names their pistol-grip form: an 'Infrared Thermometer Gun' is a thermometer (9025.19), not a firearm; an airsoft gun stays a gun", () => {
    expect(engine.classify({ productName: "Digital Infrared Thermometer Gun Non-Contact", destinationCountry: "US" }).hs6).toBe("902519");
    expect(engine.classify({ productName: "Airsoft Gun Pistol", destinationCountry: "US" }).hs6.slice(0, 2)).toBe("93");
  });

  it("a heading hint keeps the answer inside the heading", () => {
    const r = engine.classify({ productName: "cotton top", headingHint: "6106", destinationCountry: "US" });
    expect(r.hs6.startsWith("6106")).toBe(true);
    expect(r.rulesApplied.map((x) => x.id)).toContain("HINT");
  });

  it("an unknown noun falls back to a known concept through WordNet, and says so", async () => {
    const { hypernymFallback } = await import("./lexicon/wordnet.js");
    const e = new ClassifierEngine(engine.knowledge, { hypernyms: hypernymFallback });
    const r = e.classify({ productName: "jerkin", destinationCountry: "US" });
    expect(r.rulesApplied.find((x) => x.id === "LEX-HYPERNYM")?.reason).toMatch(/jerkin/);
    expect(r.hs6.slice(0, 2)).toMatch(/^6[12]$/);
  });
});

describe("prewarm", () => {
  it("reads every national line text and the states of every subheading, prepares every lexicon term, collects garbage, then classifies its own warm-up terms, one slice per yield, without changing answers", () => {
    const input = { productName: "men's 100% cotton knitted t-shirt", destinationCountry: "US" };
    const pick = (r: ReturnType<ClassifierEngine["classify"]>) => ({ hs6: r.hs6, national: r.nationalCode, confidence: r.confidence, alternates: r.alternates, status: r.status });
    const before = pick(engine.classify(input));
    let collectedAfter = -1;
    let slices = 0;
    const steps = engine.prewarm(100, () => (collectedAfter = slices));
    let r = steps.next();
    while (!r.done) {
      slices++;
      r = steps.next();
    }
    expect(r.value.lines).toBeGreaterThan(1000);
    expect(r.value.samples).toBeGreaterThan(100);
    expect(r.value.lexiconTerms).toBeGreaterThan(1000);
    expect(r.value.subheadings).toBeGreaterThan(5000);
    const reading = Math.floor(r.value.lines / 100) + Math.floor(r.value.subheadings / 100) + Math.floor(r.value.lexiconTerms / 100);
    expect(slices).toBe(reading + 1 + r.value.samples);
    // the collection runs once the texts are read, before the sample classifications
    expect(collectedAfter).toBe(reading);
    expect(pick(engine.classify(input))).toEqual(before);
  });

  it("its sample inputs, written from lexicon terms and tariff texts, fill every input field a request can carry, so that every field's reading is compiled before the first request", () => {
    const terms = ["t-shirt", "ceramic mug", "steel bolt", "wooden chair", "leather handbag"];
    const texts = ["Men's or boys' shirts, knitted or crocheted, of cotton", "Tableware and kitchenware, of porcelain or china"];
    const samples = Array.from({ length: 8 }, (_, k) => warmUpInput(terms, texts, k));
    const filled = new Set(samples.flatMap((x) => Object.keys(x)));
    for (const f of ["productName", "description", "material", "category", "processing", "composition", "weightSpec", "price", "currency", "originCountry", "destinationCountry", "attributes"]) expect(filled).toContain(f);
    // the four shapes: a term alone, a long listing naming several goods, a ruling-style description, a tariff text
    expect(terms).toContain(samples[0]!.productName);
    expect(samples[1]!.productName.length).toBeGreaterThan(60);
    expect(samples[2]!.productName).toMatch(/ made of /);
    expect(texts).toContain(samples[3]!.productName);
    // and each is an input the engine answers
    for (const x of samples) expect(engine.classify(x).hs6).toMatch(/^\d{6}$/);
  });
});

describe("marketplace titles: phrases run together without punctuation", () => {
  it("a pack count or size after a product noun opens the next phrase: 'Ballpoint Pens 10 Pack Blue Ink' are pens (9608), not ink (3215)", () => {
    const r = engine.classify({ productName: "Rollerball Gel Pens 10 Pack Blue Ink Medium Point", destinationCountry: "US" });
    expect(r.hs6.slice(0, 4)).toBe("9608");
  });

  it("who the goods are for opens the next phrase: 'Wet Cat Food Adult Tuna and Rice Recipe' is pet food (2309), not rice (1006)", () => {
    const r = engine.classify({ productName: "Wet Cat Food Adult Tuna and Rice Recipe 12 Cans", destinationCountry: "US" });
    expect(r.hs6).toBe("230910");
  });

  it("a feature adjective after the goods opens the next phrase: in 'Tablet Stand Adjustable Foldable Riser' the riser is a synonym, not a tube", async () => {
    const { hypernymFallback } = await import("./lexicon/wordnet.js");
    const e = new ClassifierEngine(engine.knowledge, { hypernyms: hypernymFallback });
    const r = e.classify({ productName: "Tablet Stand Adjustable Aluminium Foldable Riser for iPad Samsung Galaxy Tab", destinationCountry: "US" });
    expect(r.rulesApplied.find((x) => x.id === "LEX-HYPERNYM")).toBeUndefined();
    expect(r.hs6).toBe("761699");
  });

  it("a fastener's head form is no goods of its own: 'Tek Screws Hex Washer Head' are self-drilling screws (7318.14), not washers (7318.22)", () => {
    expect(engine.classify({ productName: "Self Drilling Tek Screws Hex Washer Head 10 x 3/4 inch 100pcs", destinationCountry: "US" }).hs6).toBe("731814");
    expect(engine.classify({ productName: "Self Tapping Screws Hex Washer Head #10 x 1 inch Zinc Plated", destinationCountry: "US" }).hs6).toBe("731814");
  });

  it("a length written out after its number is a measure, not a head noun: 'Nylon PA6 Rod 50mm Diameter 1 Meter' is a rod of plastics (3916), not a meter (9028)", () => {
    expect(engine.classify({ productName: "Nylon PA6 Rod 50mm Diameter 1 Meter", destinationCountry: "US" }).hs6).toBe("391690");
    expect(engine.classify({ productName: "PTFE Rod 20mm Diameter 1 Meter", destinationCountry: "US" }).hs6).toBe("391690");
  });

  it("a dimension abbreviation or a form word after the goods is no head noun: '… Seamless Tube 1/2 inch OD' is a seamless stainless tube (7304.41), 'pH Meter Pen Type' a meter (9027), not a pen (9608)", () => {
    expect(engine.classify({ productName: "304 Stainless Steel Seamless Tube 1/2 inch OD", destinationCountry: "US" }).hs6).toBe("730441");
    expect(engine.classify({ productName: "Digital pH Meter Pen Type 0.01 Accuracy", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("9027");
  });

  it("a count after the goods is no head noun: 'Adjustable Aluminum Crutches Pair' are crutches (9021.10); a keyed door knob lock is a lock (8301.40)", () => {
    expect(engine.classify({ productName: "Adjustable Aluminum Crutches Pair", destinationCountry: "US" }).hs6).toBe("902110");
    expect(engine.classify({ productName: "Keyed Entry Door Knob Lock Satin Nickel", destinationCountry: "US" }).hs6).toBe("830140");
  });

  it("'Coarse Thread' after screws names their screw thread, not sewing thread (5401): 'Drywall Screws Coarse Thread' are self-tapping screws (7318.14)", () => {
    expect(engine.classify({ productName: "Drywall Screws Coarse Thread 1-5/8 inch 1 lb", destinationCountry: "US" }).hs6).toBe("731814");
    expect(engine.classify({ productName: "Polyester Sewing Thread 40/2 White 5000 Yards", destinationCountry: "US" }).hs6.slice(0, 2)).toBe("54");
  });

  it("a pipe fitting tee is a tube fitting (7307), not a tee shirt (6109)", () => {
    expect(engine.classify({ productName: "Malleable Iron Pipe Fitting Tee 3/4 inch Black", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("7307");
  });

  it("a material after the goods opens the next phrase: 'Garlic Press Zinc Alloy Mincer Crusher' is a garlic press, not a crushing machine (8474)", () => {
    const r = engine.classify({ productName: "Garlic Press Zinc Alloy Mincer Crusher Easy Clean", destinationCountry: "US" });
    expect(r.hs6.slice(0, 4)).not.toBe("8474");
    expect(r.candidates[0]!.evidence.some((e) => e.head && e.term === "garlic press")).toBe(true);
  });

  it("a presentation word ('… Set', '… Kit') between the goods and a count keeps the goods as the head: 'Watercolor Paint Set 36 Colors Half Pans' is artists' colours in sets (321310)", () => {
    const r = engine.classify({ productName: "Watercolor Paint Set 36 Colors Half Pans for Beginners", destinationCountry: "US" });
    expect(r.hs6).toBe("321310");
  });

  it("'Non Stick', 'Anti Slip' open a feature phrase: the 'stick' of 'Silicone Spatula Set 4 Pcs Non Stick' is no head noun (kitchenware of plastics 392410)", async () => {
    const { hypernymFallback } = await import("./lexicon/wordnet.js");
    const e = new ClassifierEngine(engine.knowledge, { hypernyms: hypernymFallback });
    const r = e.classify({ productName: "Silicone Spatula Set 4 Pcs Non Stick Cookware Safe", destinationCountry: "US" });
    expect(r.rulesApplied.find((x) => x.id === "LEX-HYPERNYM")).toBeUndefined();
    expect(r.hs6).toBe("392410");
  });

  it("one word before a feature or size modifies the goods after it: 'Car Portable Vacuum Cleaner 12V' is a vacuum cleaner, not a car", () => {
    const r = engine.classify({ productName: "Car Portable Vacuum Cleaner 12V", destinationCountry: "US" });
    expect(r.hs6.slice(0, 4)).toBe("8508");
  });
});

describe("vessels, kettles and wire by what makes them (headings 9617, 8516, 8544)", () => {
  it("a vacuum-insulated bottle is a vacuum vessel of 9617 (EN to 96.17: the vacuum makes the vessel), and 'Vacuum' after the goods is how they are insulated, not a vacuum cleaner", () => {
    const r = engine.classify({ productName: "Stainless Steel Water Bottle Vacuum Insulated 32oz", destinationCountry: "US" });
    expect(r.hs6).toBe("961700");
    expect(engine.classify({ productName: "Stainless steel water bottle", destinationCountry: "US" }).hs6).toBe("732393");
  });

  it("an electric kettle only heats water: 'other' electro-thermic appliances 8516.79, not coffee or tea makers 8516.71; a stovetop kettle stays a household article of steel (7323)", () => {
    expect(engine.classify({ productName: "Electric tea kettle", destinationCountry: "US" }).hs6).toBe("851679");
    expect(engine.classify({ productName: "Electric Kettle 1.7L Stainless Steel Cordless", destinationCountry: "US" }).hs6).toBe("851679");
    expect(engine.classify({ productName: "Stovetop whistling tea kettle stainless steel", destinationCountry: "US" }).hs6).toBe("732393");
    expect(engine.classify({ productName: "Espresso coffee machine", destinationCountry: "US" }).hs6).toBe("851671");
  });

  it("an electric pot or pan cooks with its own heating element: 8516.60, not a household article of its metal", () => {
    expect(engine.classify({ productName: "Electric hot pot 1.5L", destinationCountry: "US" }).hs6).toBe("851660");
  });

  it("insulated copper wire is named by heading 8544 (insulated wire and other insulated electric conductors, GRI 1), bare copper wire by 7408", () => {
    expect(engine.classify({ productName: "PVC insulated copper wire 2.5mm", destinationCountry: "US" }).hs6).toBe("854449");
    expect(engine.classify({ productName: "bare copper wire 2mm", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("7408");
  });
});

describe("everyday goods named by the trade's words (our own marketplace-style titles)", () => {
  it("a colour after the goods opens the next phrase: 'Ballpoint Pens Blue Ink 12 Pack' are pens (9608), not ink; a colour compound stays whole ('Jasmine Green Tea' is green tea)", () => {
    expect(engine.classify({ productName: "Ballpoint Pens Blue Ink 12 Pack", destinationCountry: "US" }).hs6).toBe("960810");
    expect(engine.classify({ productName: "Organic Jasmine Green Tea 100 bags", destinationCountry: "US" }).hs6).toBe("090210");
  });

  it("whole bean coffee is roasted coffee (0901.21), not dried leguminous beans (0713)", () => {
    expect(engine.classify({ productName: "Whole Bean Coffee Dark Roast 1kg", destinationCountry: "US" }).hs6).toBe("090121");
  });

  it("chocolate in bars ≤ 2 kg: not filled 1806.32 (whole nuts are no filling), filled 1806.31; truffles and pralines 1806.90", () => {
    expect(engine.classify({ productName: "Milk Chocolate Bar with Hazelnuts 100g", destinationCountry: "US" }).hs6).toBe("180632");
    expect(engine.classify({ productName: "Caramel filled chocolate bar", destinationCountry: "US" }).hs6).toBe("180631");
  });

  it("a lock sold with its keys is a lock (8301.40), keys on their own 8301.70", () => {
    expect(engine.classify({ productName: "Bike Lock Heavy Duty U Lock with Key", destinationCountry: "US" }).hs6).toBe("830140");
    expect(engine.classify({ productName: "Car key blank", destinationCountry: "US" }).hs6).toBe("830170");
  });

  it("a set of steak knives is knives of one kind (8211.91), not a set of assorted articles (8211.10); a kitchen knife block set is", () => {
    expect(engine.classify({ productName: "Steak Knives Set of 6 Stainless Steel", destinationCountry: "US" }).hs6).toBe("821191");
    expect(engine.classify({ productName: "Kitchen Knife Set 15 Pieces with Block", destinationCountry: "US" }).hs6).toBe("821110");
  });

  it("what works the goods is no goods of its own: in 'Portable Radio AM FM Battery Operated' the battery powers a radio (8527.19)", () => {
    expect(engine.classify({ productName: "Portable Radio AM FM Battery Operated", destinationCountry: "US" }).hs6).toBe("852719");
  });

  it("a count of a feature after the goods opens the next phrase: 'Stainless Steel Kitchen Sink Single Bowl' is a sink (7324.10), not a bowl", () => {
    expect(engine.classify({ productName: "Stainless Steel Kitchen Sink Single Bowl", destinationCountry: "US" }).hs6).toBe("732410");
  });

  it("knitted work gloves coated with nitrile are 6116.10 (knitted gloves coated with rubber), not rubber gloves of 4015", () => {
    expect(engine.classify({ productName: "Nitrile Coated Work Gloves 12 Pairs", destinationCountry: "US" }).hs6).toBe("611610");
  });

  it("a component after a capacity is a specification of the goods: 'Laptop 15.6 Inch Intel Core i7 16GB RAM' is a laptop (8471.30), not memory; a RAM stick is memory (8473.30)", () => {
    expect(engine.classify({ productName: "Laptop 15.6 Inch Intel Core i7 16GB RAM", destinationCountry: "US" }).hs6).toBe("847130");
    expect(engine.classify({ productName: "16GB RAM Stick", destinationCountry: "US" }).hs6).toBe("847330");
  });

  it("starter motors and vehicle alternators are electrical equipment of internal combustion engines (8511.40/.50); an industrial alternator is a generator (8501.6x)", () => {
    expect(engine.classify({ productName: "Starter Motor 12V for Nissan", destinationCountry: "US" }).hs6).toBe("851140");
    expect(engine.classify({ productName: "Alternator 12V 120A Replacement", destinationCountry: "US" }).hs6).toBe("851150");
    expect(engine.classify({ productName: "Industrial alternator 400V three phase", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("8501");
  });

  it("'No Pull' after the goods is a feature: 'Dog Harness No Pull Adjustable Vest' is harness for animals (4201), not a garment", () => {
    expect(engine.classify({ productName: "Dog Harness No Pull Adjustable Vest", destinationCountry: "US" }).hs6).toBe("420100");
  });

  it("an oil painting executed by hand is 9701.91; a printed reproduction of one is 4911.91 (ch. 97 note excludes printed reproductions: a split can say what must not be there)", () => {
    expect(engine.classify({ productName: "Original Oil Painting on Canvas Landscape", destinationCountry: "US" }).hs6).toBe("970191");
    expect(engine.classify({ productName: "Oil Painting Reproduction Canvas Print", destinationCountry: "US" }).hs6).toBe("491191");
  });

  it("a vehicle's relays switch circuits not exceeding 60 V (8536.41); a relay module rated only by its coil stays 8536.49", () => {
    expect(engine.classify({ productName: "Relay 12V 5 Pin Automotive", destinationCountry: "US" }).hs6).toBe("853641");
    expect(engine.classify({ productName: "5V Relay Module 1 Channel for Arduino", destinationCountry: "US" }).hs6).toBe("853649");
  });

  it("an automatic watch is a mechanical one that winds itself: 'Automatic Mechanical Watch' is 9102.21, not other mechanical (9102.29)", () => {
    expect(engine.classify({ productName: "Automatic Mechanical Watch Men Skeleton", destinationCountry: "US" }).hs6).toBe("910221");
    expect(engine.classify({ productName: "Mechanical wrist watch", destinationCountry: "US" }).hs6).toBe("910229");
  });

  it("a kind or look named after the goods is no goods of its own: 'Shotgun 12 Gauge Pump Action' is a shotgun (9303.20), not a pump", () => {
    expect(engine.classify({ productName: "Shotgun 12 Gauge Pump Action", destinationCountry: "US" }).hs6).toBe("930320");
  });

  it("a thermos food jar is a vacuum vessel (9617)", () => {
    expect(engine.classify({ productName: "Thermos Food Jar Stainless Steel 500ml", destinationCountry: "US" }).hs6).toBe("961700");
  });

  it("a term followed by an adverb particle is a phrasal verb: the 'Shoes Lace Up' of a sneaker title are no shoe laces (6307)", () => {
    expect(engine.classify({ productName: "Women Sneakers Platform Canvas Shoes Lace Up White Casual Vulcanize Shoes Female", destinationCountry: "US" }).hs6.slice(0, 2)).toBe("64");
  });

  it("acrylic hair claws are of plastics (9615.11): 'hair' is a textile context for wigs, not for clips and claws", () => {
    expect(engine.classify({ productName: "10Pcs Hair Claw Clips Large Acrylic Hair Clips for Women Thick Hair Accessories", destinationCountry: "US" }).hs6).toBe("961511");
  });

  it("a ruling's subject clause comes before the quantity: 'The submitted sample is a pair of men's trousers made of … woven fabric' is trousers (6203), not fabric", () => {
    expect(engine.classify({ productName: "The submitted sample is a pair of men's trousers made of 100 percent polyester woven fabric, with a zippered fly, belt loops and four pockets.", destinationCountry: "US" }).hs6).toBe("620343");
  });

  it("a portable automatic data processing machine is a laptop (8471.30); a hand truck is a vehicle not mechanically propelled (8716.80)", () => {
    expect(engine.classify({ productName: "The article is a portable automatic data processing machine (notebook computer) weighing 1.5 kg, with a keyboard and a 14-inch display.", destinationCountry: "US" }).hs6).toBe("847130");
    expect(engine.classify({ productName: "Folding hand truck 150kg", destinationCountry: "US" }).hs6).toBe("871680");
  });

  it("a portable washing machine is 'other' (8450.19) unless it says it is fully automatic (8450.11) or a twin tub (8450.12)", () => {
    expect(engine.classify({ productName: "Mini Portable Washing Machine for Apartment", destinationCountry: "US" }).hs6).toBe("845019");
    expect(engine.classify({ productName: "Portable Washing Machine Fully Automatic 10lbs", destinationCountry: "US" }).hs6).toBe("845011");
    expect(engine.classify({ productName: "Twin Tub Portable Washing Machine Semi Automatic", destinationCountry: "US" }).hs6).toBe("845012");
  });

  it("a plastic article that only has a lid is no kitchenware: an enclosed cat litter box is 3924.90, a food storage container 3924.10; a rubber door stop is an article of rubber (4016.99)", () => {
    expect(engine.classify({ productName: "Cat Litter Box Enclosed with Lid", destinationCountry: "US" }).hs6).toBe("392490");
    expect(engine.classify({ productName: "Plastic food storage container with lid", destinationCountry: "US" }).hs6).toBe("392410");
    expect(engine.classify({ productName: "Rubber Door Stopper Wedge", destinationCountry: "US" }).hs6).toBe("401699");
  });

  it("the look named at the end of a title is no head noun: 'Men's Silk Tie Paisley Pattern' is a silk tie (6215.10), not a pattern or paisley fabric (WordNet)", async () => {
    const { hypernymFallback } = await import("./lexicon/wordnet.js");
    const e = new ClassifierEngine(engine.knowledge, { hypernyms: hypernymFallback });
    const r = e.classify({ productName: "Men's Silk Tie Paisley Pattern", destinationCountry: "US" });
    expect(r.rulesApplied.find((x) => x.id === "LEX-HYPERNYM")).toBeUndefined();
    expect(r.hs6).toBe("621510");
  });

  it("how or where the goods hang, named after them, is no head noun: a 'Bird Feeder Hanging' is a bird feeder, not a wall hanging (WordNet)", async () => {
    const { hypernymFallback } = await import("./lexicon/wordnet.js");
    const e = new ClassifierEngine(engine.knowledge, { hypernyms: hypernymFallback });
    const feeder = e.classify({ productName: "Wooden Bird Feeder Hanging for Garden", destinationCountry: "US" });
    expect(feeder.rulesApplied.find((x) => x.id === "LEX-HYPERNYM")).toBeUndefined();
    expect(feeder.hs6).toBe("442199");
    const metal = e.classify({ productName: "Bird Feeder Hanging Metal for Outside", destinationCountry: "US" });
    expect(metal.hs6).toBe("732690");
  });

  it("a grip claim at the end of a title is no head noun: a 'Door Mat Rubber Outdoor Non Slip' is a rubber mat (4016.91), not slip clay (WordNet); ingredients named after a preparation are no goods ('Toothpaste … Fluoride' 3306.10, 'Lip Balm Beeswax' 3304), nor is how they fasten ('Clip On')", async () => {
    const { hypernymFallback } = await import("./lexicon/wordnet.js");
    const e = new ClassifierEngine(engine.knowledge, { hypernyms: hypernymFallback });
    const mat = e.classify({ productName: "Door Mat Rubber Outdoor Non Slip", destinationCountry: "US" });
    expect(mat.rulesApplied.find((x) => x.id === "LEX-HYPERNYM")).toBeUndefined();
    expect(mat.hs6).toBe("401691");
    expect(e.classify({ productName: "Toothpaste Whitening Fluoride 4 Pack", destinationCountry: "US" }).hs6).toBe("330610");
    expect(e.classify({ productName: "Lip Balm Beeswax 6 Pack", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("3304");
    expect(e.classify({ productName: "Body Lotion Shea Butter 400ml", destinationCountry: "US" }).hs6).toBe("330499");
    // how the goods fasten ("Clip On") names no clip of 3926
    expect(e.classify({ productName: "Men's Suspenders Elastic Y Back Clip On", destinationCountry: "US" }).hs6).toBe("621290");
  });

  it("film for instant cameras is instant print film (3701.20)", () => {
    expect(engine.classify({ productName: "Instant Camera Film Pack", destinationCountry: "US" }).hs6).toBe("370120");
  });

  it("a blood oxygen monitor is a pulse oximeter (9018.19), not a video monitor", () => {
    expect(engine.classify({ productName: "Pulse Oximeter Fingertip Blood Oxygen Monitor", destinationCountry: "US" }).hs6).toBe("901819");
  });

  it("a seat's frame material is the one its frame words name: an upholstered chair with wooden legs is 9401.61 (upholstered, wooden frame), not 'other' for its fabric cover", () => {
    expect(engine.classify({ productName: "Upholstered Dining Chair with Wooden Legs Fabric Seat", destinationCountry: "US" }).hs6).toBe("940161");
  });

  it("what follows 'from' names what the goods are made from or where they come from, not the goods: 'red wine from grapes' is wine (2204.21); the cups instant noodles are packed in go with them (GRI 5(b)); a sports drink that lists water is a beverage (2202.99), not water", () => {
    expect(engine.classify({ productName: "red wine from grapes, in 750 ml bottles, 13.5% alcohol", destinationCountry: "US" }).hs6).toBe("220421");
    expect(engine.classify({ productName: "instant noodles in cups with a seasoning packet, not containing meat", destinationCountry: "US" }).hs6).toBe("190230");
    expect(engine.classify({ productName: "a sports drink containing water, sugar, electrolytes and flavoring, non-alcoholic", destinationCountry: "US" }).hs6).toBe("220299");
  });

  it("an original sculpture is a work of art (9703) whatever its material; a small drone called an unmanned aircraft is 8806, not an aeroplane; an inflatable dinghy not designed for a motor is 8903.12 (HS 2022)", () => {
    expect(engine.classify({ productName: "a bronze sculpture, an original work of art cast in a limited edition of 8", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("9703");
    expect(engine.classify({ productName: "a drone (unmanned aircraft) with a camera, for recreational photography", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("8806");
    expect(engine.classify({ productName: "an inflatable rubber dinghy for 4 persons, with oars, not motorized", destinationCountry: "US" }).hs6).toBe("890312");
  });

  it("a necklace chain of gold is jewellery of precious metal (7113.19), not chain of iron or steel (7315); a natural diamond, cut and unset, is 7102.39", () => {
    expect(engine.classify({ productName: "a 14 karat gold necklace chain", destinationCountry: "US" }).hs6).toBe("711319");
    expect(engine.classify({ productName: "a natural diamond, unset, cut and polished, 1 carat", destinationCountry: "US" }).hs6).toBe("710239");
  });

  it("a basketball hoop is other sports equipment (9506.99), not a ball; a pedal go-kart for children is a toy (9503); an adults' tricycle a cycle (8712); a car bike rack an accessory of the body (8708.29); an extension cord an insulated conductor fitted with connectors (8544.42)", () => {
    const hs6 = (t: string) => engine.classify({ productName: t, destinationCountry: "US" }).hs6;
    expect(hs6("Basketball Hoop Outdoor Adjustable Height")).toBe("950699");
    expect(hs6("Go Kart for Kids Pedal Ride On")).toBe("950300");
    expect(hs6("Tricycle for Adults 3 Wheel Bike")).toBe("871200");
    expect(hs6("Bike Rack for Car Trunk Mount 3 Bikes")).toBe("870829");
    expect(hs6("Extension Cord 25 ft Outdoor 3 Prong")).toBe("854442");
  });

  it("a technology named after the goods is a feature of theirs ('Digital Alarm Clock LED Mirror Display' is an alarm clock, 9105.11); a car seat gap filler is no car seat; an insulated stainless steel bottle is a vacuum vessel (9617)", () => {
    const hs6 = (t: string) => engine.classify({ productName: t, destinationCountry: "US" }).hs6;
    expect(hs6("Digital Alarm Clock LED Mirror Display USB Charging Port Snooze Bedroom")).toBe("910511");
    expect(hs6("Universal Car Seat Gap Filler PU Leather Console Side Pocket")).not.toBe("940120");
    expect(hs6("Stainless Steel Water Bottle Insulated 32oz Leak Proof Sports Flask")).toBe("961700");
  });

  it("hardside luggage has an outer surface of plastics (4202.12); hard taco shells are bakers' wares (1905.90), not crustacean shells", () => {
    expect(engine.classify({ productName: "Luggage Set 3 Piece Hardside Spinner Suitcase with TSA Lock", destinationCountry: "US" }).hs6).toBe("420212");
    expect(engine.classify({ productName: "Taco Shells Hard 12 Count", destinationCountry: "US" }).hs6).toBe("190590");
  });

  it("an eyelash curler is another article of cutlery (8214.90), like hand hair clippers", () => {
    expect(engine.classify({ productName: "Eyelash Curler with Silicone Refill Pads", destinationCountry: "US" }).hs6).toBe("821490");
  });

  it("crustaceans cooked only in shell stay in 0306, cooked and peeled or breaded they are prepared (1605.21): heading 0306 covers crustaceans in shell cooked by steaming or boiling", () => {
    expect(engine.classify({ productName: "frozen cooked and peeled prawns packed in 1 kg plastic bags", destinationCountry: "US" }).hs6).toBe("160521");
    expect(engine.classify({ productName: "Breaded Butterfly Shrimp Frozen", destinationCountry: "US" }).hs6).toBe("160521");
    expect(engine.classify({ productName: "Cooked Shrimp in shell frozen", destinationCountry: "US" }).hs6).toBe("030617");
    expect(engine.classify({ productName: "Frozen Raw Shrimp Peeled Deveined 2lb", destinationCountry: "US" }).hs6).toBe("030617");
  });

  it("gift packing named after food, drink or toiletries holds them and goes with them (GRI 5(b)): chocolate truffles in a gift box are chocolate (1806.90), tea in a gift tin is tea (0902); an empty paper gift box stays a box (4819.20)", () => {
    expect(engine.classify({ productName: "Chocolate Truffles Gift Box 24 pieces", destinationCountry: "US" }).hs6).toBe("180690");
    expect(engine.classify({ productName: "Green Tea Gift Tin 100g", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("0902");
    expect(engine.classify({ productName: "Whisky Gift Box 70cl", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("2208");
    expect(engine.classify({ productName: "Kraft Paper Gift Box with Lid", destinationCountry: "US" }).hs6).toBe("481920");
  });

  it("a subheading that names the opposite state of the goods does not describe them (GRI 6): shelled almonds 0802.12, refined cane sugar 1701.99, whole chickens not cut in pieces 0207.11, refined sunflower oil 1512.19", () => {
    const hs6 = (t: string) => engine.classify({ productName: t, destinationCountry: "US" }).hs6;
    expect(hs6("shelled raw almonds")).toBe("080212");
    expect(hs6("refined white cane sugar in 50 kg bags")).toBe("170199");
    expect(hs6("fresh chilled whole chickens, not cut in pieces")).toBe("020711");
    expect(hs6("refined sunflower seed oil in bottles")).toBe("151219");
  });

  it("what the goods are said not to be does not decide a split: milk chocolate bars 'not filled' are 1806.32, frozen strawberries 'without added sugar' 0811.10", () => {
    expect(engine.classify({ productName: "milk chocolate bars, not filled, 100 g", destinationCountry: "US" }).hs6).toBe("180632");
    // what the goods do without is none of theirs: a platform bed frame that needs no box spring is no mattress support
    expect(engine.classify({ productName: "Bed Frame Queen Size Metal Platform with Headboard No Box Spring Needed", destinationCountry: "US" }).hs6).toBe("940320");
    // a word and the participle it qualifies are denied together
    expect(engine.classify({ productName: "a stainless steel travel mug with a plastic lid, double-walled, not vacuum insulated", destinationCountry: "US" }).hs6).toBe("732393");
    expect(engine.classify({ productName: "frozen strawberries without added sugar", destinationCountry: "US" }).hs6).toBe("081110");
  });
});

describe("machines, electrical goods, vehicle parts and furniture (our own titles)", () => {
  const hs6 = (productName: string) => engine.classify({ productName, destinationCountry: "US" }).hs6;

  it("steel ball bearings are ball bearings (8482.10); loose steel balls for bearings are bearing parts (8482.91)", () => {
    expect(hs6("steel ball bearings for industrial machinery")).toBe("848210");
    expect(hs6("stainless steel balls for ball bearings, 5 mm")).toBe("848291");
  });

  it("a printer that also scans or copies performs two or more of the functions of 8443.31; a printer alone is 8443.32", () => {
    expect(hs6("Laser Printer All-in-One Wireless Printer Scanner Copier for Home Office")).toBe("844331");
    expect(hs6("Wireless Inkjet Printer for Home Print Scan Copy")).toBe("844331");
    expect(hs6("Thermal Label Printer for Shipping Labels")).toBe("844332");
  });

  it("an engine oil filter is a filter for internal combustion engines (8421.23), not engine oil (2710)", () => {
    expect(hs6("Car Engine Oil Filter Spin-On Replacement for Toyota Camry")).toBe("842123");
    expect(hs6("engine oil 5W-30 synthetic 5 quart")).toBe("271019");
  });

  it("fork-lift trucks split by the motor: electric 8427.10, other self-propelled 8427.20", () => {
    expect(hs6("an electric counterbalanced forklift truck with a lifting capacity of 2 tons")).toBe("842710");
    expect(hs6("diesel forklift truck 3 ton")).toBe("842720");
  });

  it("a charger's 'wall plug' is its mains plug: a static converter (8504.40), not a wall anchor (7318 / 3926)", () => {
    expect(hs6("20W USB-C Fast Charger Wall Plug Power Adapter for iPhone")).toBe("850440");
    expect(hs6("plastic wall plugs for screws, 6 mm")).toBe("392690");
  });

  it("security cameras with infrared 'night vision' are ordinary digital cameras (8525.89); 8525.83 is photocathode night vision (subheading note 3 to chapter 85)", () => {
    expect(hs6("WiFi Security Camera Outdoor 2K Wireless IP Camera Night Vision")).toBe("852589");
    expect(hs6("night vision camera with image intensifier tube")).toBe("852583");
  });

  it("a power strip with surge protection is apparatus for protecting electrical circuits (8536.30); a plain power strip is sockets (8536.69)", () => {
    expect(hs6("a surge protector power strip with 6 outlets and a 1.8 m cord")).toBe("853630");
    expect(hs6("Power Strip 12 Outlets 4 USB Extension Cord")).toBe("853669");
  });

  it("an integrated circuit named by its kind is that kind: a microcontroller IC is a controller (8542.31), an op amp IC an amplifier (8542.33), others 8542.39", () => {
    expect(hs6("a microcontroller integrated circuit")).toBe("854231");
    expect(hs6("op amp integrated circuit")).toBe("854233");
    expect(hs6("integrated circuit, power management")).toBe("854239");
  });

  it("roof rack cross bars are accessories of motor vehicles (8708.29), not aluminium bars (7604): the title names the goods before 'for'", () => {
    expect(hs6("Roof Rack Cross Bars for Cars Aluminum Rooftop Cargo Carrier")).toBe("870829");
  });

  it("a wooden chair said to be 'not upholstered' is 9401.69 (other seats with wooden frames), not 9401.61", () => {
    expect(hs6("a dining chair of solid wood, not upholstered")).toBe("940169");
    expect(hs6("Upholstered Dining Chair with Wooden Legs Fabric Seat")).toBe("940161");
  });

  it("a pressure washer is a machine for projecting liquids (8424.30), not a washer of 7318", () => {
    expect(hs6("Electric Pressure Washer 2000 PSI with Hose Reel")).toBe("842430");
    expect(hs6("stainless steel flat washers M8, 100 pcs")).toBe("731822");
  });

  it("a hot glue gun is no firearm (9303); a hot-air gun is an electro-thermic appliance (8516.79), not a smoothing iron", () => {
    expect(hs6("Hot Glue Gun Full Size 60W with 30 Glue Sticks").slice(0, 2)).not.toBe("93");
    expect(hs6("Heat Gun 1800W Dual Temperature for Shrink Wrap")).toBe("851679");
  });

  it("an aquarium 'oxygen aerator' is an air pump (8414.80), not soil-working machinery (8432)", () => {
    expect(hs6("Aquarium Air Pump Quiet Oxygen Aerator for Fish Tank")).toBe("841480");
  });

  it("batteries by kind: a phone's replacement battery is a lithium-ion accumulator (8507.60), sealed lead-acid 8507.20, CR2032 lithium primary 8506.50, AA alkaline 8506.10", () => {
    expect(hs6("Replacement Battery for iPhone 11 High Capacity 3110mAh")).toBe("850760");
    expect(hs6("Battery 12V 7Ah sealed lead acid")).toBe("850720");
    expect(hs6("CR2032 battery 3V 10 pack")).toBe("850650");
    expect(hs6("AA batteries alkaline 48 pack")).toBe("850610");
  });

  it("tie rod ends are steering parts of motor vehicles (8708.94), not suspension parts (8708.80)", () => {
    expect(hs6("Tie Rod End Kit Outer Inner")).toBe("870894");
  });

  it("'Machine' after the name of an apparatus names no other goods: a nebulizer machine is aerosol therapy apparatus (9019.20), a foot massager machine massage apparatus (9019.10)", () => {
    expect(hs6("Nebulizer Machine Portable for Adults and Kids")).toBe("901920");
    expect(hs6("Electric Foot Massager Machine with Heat")).toBe("901910");
  });

  it("an electric shiatsu massage pillow is massage apparatus (9019.10), not bedding (9404); a body-weight bathroom scale is a personal scale (8423.10), not exercise weights", () => {
    expect(hs6("Electric Neck Massager Shiatsu Pillow")).toBe("901910");
    expect(hs6("Digital Bathroom Scale Body Weight 400 lbs")).toBe("842310");
  });

  it("a crystal chandelier named 'Chandelier Crystal … Ceiling Pendant Light' is a luminaire (9405.11), not loose crystals (9405.91)", () => {
    expect(hs6("Chandelier Crystal Modern LED Ceiling Pendant Light")).toBe("940511");
  });

  it("a set provision claims goods only on evidence about them: 'Highlighters Assorted Colors' are markers (9608.20), not a set of assorted knives (8211.10)", () => {
    expect(hs6("Highlighters Assorted Colors 12 Count")).toBe("960820");
    expect(hs6("Kitchen Knife Set 15 Pieces with Block")).toBe("821110");
  });

  it("wax crayons are 'other' (9609.90); pencils and crayons with leads in a sheath are 9609.10", () => {
    expect(hs6("Crayons 24 Count")).toBe("960990");
    expect(hs6("Colored Pencils 72 Set for Adult Coloring")).toBe("960910");
  });

  it("a self-inking rubber stamp is a hand stamp (9611), not ink (3215)", () => {
    expect(hs6("Rubber Stamp Custom Self Inking")).toBe("961100");
  });

  it("a fountain pen set is fountain pens (9608.30): 9608.50 is sets of articles of two or more subheadings", () => {
    expect(hs6("Fountain Pen Set with Ink Converter")).toBe("960830");
  });

  it("an electric indoor grill or barbecue is a griller (8516.60), not 'other' electro-thermic appliances", () => {
    expect(hs6("Electric Grill Indoor Smokeless Korean BBQ")).toBe("851660");
  });

  it("a kids smart watch with a GPS tracker and calling is a smart watch (8517.62); a vehicle GPS tracker is radio navigational aid apparatus (8526.91)", () => {
    expect(hs6("Kids Smart Watch with GPS Tracker and SOS Call")).toBe("851762");
    expect(hs6("GPS Tracker for Vehicles Real Time")).toBe("852691");
  });

  it("counter-height swivel bar stools have a fixed height: not swivel seats with variable height adjustment (9401.3x); a gas-lift stool is", () => {
    expect(hs6("Bar Stools Set of 2 Counter Height Swivel PU Leather").slice(0, 5)).not.toBe("94013");
    expect(hs6("Adjustable Swivel Bar Stool with Gas Lift").slice(0, 5)).toBe("94013");
  });

  it("a compressor for a refrigerator or air conditioner is of a kind used in refrigerating equipment (8414.30); an air compressor 8414.80", () => {
    expect(hs6("a compressor for a household refrigerator, hermetic, with motor of 1/4 horsepower")).toBe("841430");
    expect(hs6("air compressor 8 gallon")).toBe("841480");
  });

  it("an engine's water pump is a cooling-medium pump for internal combustion engines (8413.30); a well pump is a centrifugal pump (8413.70)", () => {
    expect(hs6("a water pump for a passenger car engine")).toBe("841330");
    expect(hs6("Water Pump Submersible 1HP Stainless Steel for Well")).toBe("841370");
  });

  it("enamelled copper winding wire is 8544.11, other insulated conductors 8544.49", () => {
    expect(hs6("insulated copper winding wire, enamelled")).toBe("854411");
    expect(hs6("electrical wire 12 AWG copper THHN")).toBe("854449");
  });

  it("a printed circuit board assembly for controlling an appliance is a board for electric control (8537.10); a bare board is a printed circuit (8534)", () => {
    expect(hs6("a printed circuit board assembly for controlling a household washing machine")).toBe("853710");
    expect(hs6("bare printed circuit board FR4 double sided")).toBe("853400");
  });

  it("snowboards are skis of 9506.11; snowboard bindings are ski-fastenings (9506.12)", () => {
    expect(hs6("a snowboard")).toBe("950611");
    expect(hs6("Snowboard Bindings")).toBe("950612");
  });

  it("bowling balls are bowling alley equipment of 9504.90, not balls of 9506.69", () => {
    expect(hs6("Bowling ball 12 lb reactive resin")).toBe("950490");
  });

  it("a wooden crib is wooden furniture of a kind used in the bedroom (9403.50)", () => {
    expect(hs6("a wooden crib for babies")).toBe("940350");
  });

  it("an electric baby-bottle sterilizer is a domestic electro-thermic appliance (8516.79), not a dryer of 8419.3x", () => {
    expect(hs6("a bottle sterilizer and dryer for baby bottles, electric")).toBe("851679");
  });

  it("an essential oil diffuser stays a domestic electromechanical appliance (8509.80); a hair dryer's diffuser belongs with hair dryers (8516)", () => {
    expect(hs6("Essential Oil Diffuser 300ml")).toBe("850980");
    expect(hs6("a hair dryer attachment diffuser of plastic").slice(0, 4)).toBe("8516");
  });

  it("'Candelabra' in an LED bulb listing names the E12 base: an LED lamp (8539.52); a brass candelabra is a non-electrical luminaire (9405.50)", () => {
    expect(hs6("LED Bulb Candelabra E12 Base 6 Pack")).toBe("853952");
    expect(hs6("Brass Candelabra 5 Arms")).toBe("940550");
  });

  it("a power steering pump is a pump of 8413 (Section XVII note 2(e)), not a steering part of 8708.94", () => {
    expect(hs6("Power Steering Pump for Toyota")).toBe("841360");
  });

  it("an alarm clock with a radio is a radio receiver combined with a clock (8527.92); a radio-controlled alarm clock is an alarm clock (9105.11)", () => {
    expect(hs6("Digital Alarm Clock with USB Charger and Radio")).toBe("852792");
    expect(hs6("Radio Controlled Alarm Clock")).toBe("910511");
    expect(hs6("Alarm Clock for Bedroom Loud")).toBe("910511");
  });

  it("a power tool's replacement battery is a lithium-ion accumulator (8507.60), not a primary cell", () => {
    expect(hs6("Cordless Drill Battery 20V 4.0Ah Replacement for DeWalt")).toBe("850760");
  });

  it("an electric fireplace insert is electric space heating apparatus (8516.29)", () => {
    expect(hs6("Electric Fireplace Insert 30 inch with Remote")).toBe("851629");
  });

  it("a cuckoo clock not said to be quartz is a wall clock other than electrically operated (9105.29)", () => {
    expect(hs6("Cuckoo Clock Black Forest Wooden")).toBe("910529");
  });

  it("motorcycle exhaust mufflers and handlebar grips are parts of motorcycles (8714.10), not of cars (8708) or bicycles (8714.9x)", () => {
    expect(hs6("Motorcycle Exhaust Muffler Slip On")).toBe("871410");
    expect(hs6("Motorcycle Handlebar Grips")).toBe("871410");
    expect(hs6("Bicycle Handlebar Grips")).toBe("871499");
  });

  it("replacement ear pad cushions of headphones are parts of headphones (8518.90), not cushions of 9404", () => {
    expect(hs6("Studio Monitor Headphones Replacement Ear Pads Cushions")).toBe("851890");
    expect(hs6("Seat Cushion Memory Foam")).toBe("940490");
  });

  it("a set of one kind of tool or cutlery stays with that article: screwdrivers alone are 8205.40 (heading 8206 needs tools of two or more of 8202–8205), twelve steel teaspoons are 8215.99 (8215.20 is for sets of assorted articles)", () => {
    expect(engine.classify({ productName: "Precision Screwdriver Set 8 Pieces Slotted and Phillips", destinationCountry: "US" }).hs6).toBe("820540");
    expect(engine.classify({ productName: "Screwdriver Set with Pliers and Adjustable Wrench", destinationCountry: "US" }).hs6).toBe("820600");
    expect(engine.classify({ productName: "Stainless Steel Teaspoons Set of 12", destinationCountry: "US" }).hs6).toBe("821599");
    expect(engine.classify({ productName: "Stainless Steel Cutlery Set with Knives Forks and Spoons", destinationCountry: "US" }).hs6).toBe("821520");
  });

  it("kitchen utensils of bamboo are tableware and kitchenware of bamboo (4419.19) even as a set: heading 8215 covers only base-metal articles", () => {
    expect(engine.classify({ productName: "Bamboo Kitchen Utensil Set 5 Piece Spatula and Spoons", destinationCountry: "US" }).hs6).toBe("441919");
  });
  it("fabric sold 'by the yard' is fabric: the unit of sale and the finish after it ('Anti Pill') name no goods; polyester fleece is other knitted pile of man-made fibres (6001.92), cotton French terry looped pile (6001.21)", () => {
    expect(engine.classify({ productName: "Fleece Fabric by the Yard Anti Pill Navy", material: "polyester", destinationCountry: "US" }).hs6).toBe("600192");
    expect(engine.classify({ productName: "Cotton French Terry Knit Fabric", destinationCountry: "US" }).hs6).toBe("600121");
  });
  it("cotton kitchen and tea towels are kitchen linen of cotton other than terry (6302.91) unless said to be terry; cotton bath towels are terry toilet linen (6302.60)", () => {
    expect(engine.classify({ productName: "Cotton Tea Towels Pack of 4 Striped Kitchen Towels", destinationCountry: "US" }).hs6).toBe("630291");
    expect(engine.classify({ productName: "Terry Kitchen Towels 100% Cotton", destinationCountry: "US" }).hs6).toBe("630260");
    expect(engine.classify({ productName: "Cotton Bath Towel Large Soft", destinationCountry: "US" }).hs6).toBe("630260");
  });
  it("women's pumps with leather uppers are footwear of 6403 (ch. 64 note 4(a): the material of the upper), not pumps for liquids; a water pump stays 8413", () => {
    expect(engine.classify({ productName: "ladies pumps with leather uppers and rubber soles", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("6403");
    expect(engine.classify({ productName: "Submersible Water Pump 1HP", destinationCountry: "US" }).hs6.slice(0, 4)).toBe("8413");
  });
  it("men's swim trunks are swimwear (6211.11), not shorts of 6203 (other than swimwear): a known product term at the end of a run-on title ('… Beach Shorts') is no unknown head noun for WordNet", async () => {
    const { hypernymFallback } = await import("./lexicon/wordnet.js");
    const e = new ClassifierEngine(engine.knowledge, { hypernyms: hypernymFallback });
    const r = e.classify({ productName: "Mens Swim Trunks Quick Dry Board Beach Shorts", material: "polyester", destinationCountry: "US" });
    expect(r.rulesApplied.find((x) => x.id === "LEX-HYPERNYM")).toBeUndefined();
    expect(r.hs6).toBe("621111");
  });
  it("what the goods are said not to be does not classify them: an unprinted cotton bed sheet ('white, not printed') is other bed linen of cotton (6302.31), a cotton kitchen towel 'not terry' is 6302.91", () => {
    expect(engine.classify({ productName: "fitted sheet of woven cotton sateen, solid white, not printed", destinationCountry: "US" }).hs6).toBe("630231");
    expect(engine.classify({ productName: "printed cotton fitted sheet", destinationCountry: "US" }).hs6).toBe("630221");
    expect(engine.classify({ productName: "cotton kitchen towel, flat weave, not terry", destinationCountry: "US" }).hs6).toBe("630291");
  });
  it("acrylic knitting yarn for retail sale is yarn of synthetic staple fibres, 85% or more (5511.10): 'worsted weight' names the yarn's thickness, not worsted wool", () => {
    expect(engine.classify({ productName: "Acrylic Yarn Worsted Weight 4 Skeins for Crochet", destinationCountry: "US" }).hs6).toBe("551110");
  });
  it("a ruling sentence that names the goods first and adds features after commas keeps them as the head: 'a stainless steel sink, double bowl, top mount' is a stainless steel sink (7324.10), not a bowl of 7323", () => {
    expect(engine.classify({ productName: "a stainless steel kitchen sink, double bowl, top mount", destinationCountry: "US" }).hs6).toBe("732410");
  });
  it("paper dinner napkins are serviettes of paper (4818.30, which names tablecloths and serviettes), not paper plates and cups of 4823.69", () => {
    expect(engine.classify({ productName: "Paper Dinner Napkins 2 Ply White 200 Count", destinationCountry: "US" }).hs6).toBe("481830");
  });

  it("a knitted pullover vest (sweater vest) is a waistcoat of heading 6110, not a vest (singlet) of 6109", () => {
    expect(engine.classify({ productName: "women's knitted pullover vest of 100% cotton", destinationCountry: "US" }).hs6).toBe("611020");
  });
  it("hardware named by its trade words: ball-bearing drawer slides are furniture mountings (8302.42), not bearings; proof coil chain is welded link chain (7315.82); a hacksaw frame with its blade is a hand saw (8202.10), not a saw blade", () => {
    expect(engine.classify({ productName: "Ball Bearing Drawer Slides 20 inch Side Mount", destinationCountry: "US" }).hs6).toBe("830242");
    expect(engine.classify({ productName: "Proof Coil Chain 3/8 inch Zinc Plated", destinationCountry: "US" }).hs6).toBe("731582");
    expect(engine.classify({ productName: "Hacksaw Frame 12 inch with Bi-Metal Blade", destinationCountry: "US" }).hs6).toBe("820210");
  });
  it("a set of steel butter knives is butter-knives of heading 8215 (named in its text; 8215.99 as one kind of article), not a set of assorted knives of 8211.10", () => {
    expect(engine.classify({ productName: "Butter Knife Set of 6 Stainless Steel Spreaders", destinationCountry: "US" }).hs6).toBe("821599");
  });
  it("synthetic tights split by the single yarn at 67 decitex: opaque or 80 denier tights are 6115.22, sheer pantyhose 6115.21; welded galvanized wire mesh is welded netting plated with zinc (7314.31), not 'other' welded netting", () => {
    expect(engine.classify({ productName: "Opaque Tights for Women 100 Denier", material: "nylon", destinationCountry: "US" }).hs6).toBe("611522");
    expect(engine.classify({ productName: "Sheer Pantyhose Nude", material: "nylon", destinationCountry: "US" }).hs6).toBe("611521");
    expect(engine.classify({ productName: "Galvanized Welded Wire Mesh Roll 4ft", destinationCountry: "US" }).hs6).toBe("731431");
  });
  it("bare copper wire is wire of refined copper (7408.19) unless an alloy is named (brass wire 7408.21); a cold rolled steel bar is cold-formed (7215.50), not a hot-rolled bar of 7214", () => {
    expect(engine.classify({ productName: "Bare Copper Wire 14 AWG Solid 50ft", destinationCountry: "US" }).hs6).toBe("740819");
    expect(engine.classify({ productName: "Cold Drawn Steel Round Bar 12mm", destinationCountry: "US" }).hs6).toBe("721550");
  });
  it("a bouquet of fake or silk roses is artificial flowers (6702, ch. 6 note 1 excludes them), even though 'rose bouquet' names cut flowers of 0603", () => {
    expect(engine.classify({ productName: "Fake Silk Rose Bouquet for Home Decor", material: "polyester", destinationCountry: "US" }).hs6).toBe("670290");
    expect(engine.classify({ productName: "Fresh Cut Roses Bouquet 24 Stems", destinationCountry: "US" }).hs6).toBe("060311");
  });
});

describe("GRI 6: a subheading whose measure the goods' stated measure is outside does not describe them", () => {
  it("a paper bag with a base 25 cm wide is not 'having a base of a width of 40 cm or more' (4819.30 → 4819.40)", () => {
    expect(engine.classify({ productName: "Kraft paper carrier bag with flat handles, base width 25 cm", destinationCountry: "US" }).hs6).toBe("481940");
  });
  it("of subheadings matched about equally, the one whose measure the goods meet: a 1,598 cc petrol car is 8703.23, a 2,400 cc one too, not the hybrid 8703.40", () => {
    expect(engine.classify({ productName: "The item is a new passenger motor car with a spark-ignition engine of 1598 cc and five seats.", destinationCountry: "US" }).hs6).toBe("870323");
    expect(engine.classify({ productName: "passenger motor car, petrol engine, cylinder capacity 2400 cc", destinationCountry: "US" }).hs6).toBe("870323");
  });
  it("milk powder of 26% fat is not 'of a fat content not exceeding 1.5%' (0402.10 → 0402.21); UHT milk of 3.5% fat is 0401.20", () => {
    expect(engine.classify({ productName: "The product is whole milk powder containing 26% fat, not sweetened, packed in 25 kg bags.", destinationCountry: "US" }).hs6).toBe("040221");
    expect(engine.classify({ productName: "UHT milk, 3.5% fat, in 1 litre cartons", destinationCountry: "US" }).hs6).toBe("040120");
  });
  it("a diesel generating set goes by its output in kVA (8502.11 ≤ 75 kVA, 8502.12 ≤ 375 kVA); a transformer by its capacity (1,000 kVA: 8504.22)", () => {
    expect(engine.classify({ productName: "The product is a diesel generating set with an output of 50 kVA, driven by a compression-ignition engine.", destinationCountry: "US" }).hs6).toBe("850211");
    expect(engine.classify({ productName: "diesel generator set 200 kVA silent type", destinationCountry: "US" }).hs6).toBe("850212");
    expect(engine.classify({ productName: "The item is a liquid dielectric transformer having a power handling capacity of 1,000 kVA.", destinationCountry: "US" }).hs6).toBe("850422");
  });
  it("an inflatable kayak not designed for a motor is 8903.12; an inflatable boat with an outboard motor mount 8903.11", () => {
    expect(engine.classify({ productName: "inflatable kayak of PVC for two persons, weighing 12 kg, not designed for a motor", destinationCountry: "US" }).hs6).toBe("890312");
    expect(engine.classify({ productName: "inflatable boat with outboard motor mount, 3.2 m", destinationCountry: "US" }).hs6).toBe("890311");
  });
  it("a vehicle part named after other goods says where they are mounted (GRI 1: the goods named are the mount): a phone mount for the dashboard or windshield is 3926.90, a car windshield named alone 8708.22, a windshield sun shade a blind (6303)", () => {
    expect(engine.classify({ productName: "Car Phone Mount Dashboard Windshield Suction Cup Holder Universal", destinationCountry: "US" }).hs6).toBe("392690");
    expect(engine.classify({ productName: "Car Windshield Replacement Glass Front", destinationCountry: "US" }).hs6).toBe("870822");
    expect(engine.classify({ productName: "Windshield Sun Shade Foldable Car Front Window Sunshade", destinationCountry: "US" }).hs6).toBe("630399");
  });
  it("a noun right after a capacity at the end of a title names what the capacity is of: a caulking gun for '10oz Cartridge' is a hand tool (8205.59), not ammunition (9306)", () => {
    expect(engine.classify({ productName: "Caulking Gun Heavy Duty Dripless 10oz Cartridge", destinationCountry: "US" }).hs6).toBe("820559");
  });
  it("words that say how goods stand or what fabric they are of name no goods: a 'Floor Standing' bike pump is a hand-operated air pump (8414.20), not a stand; a hammock of 'Nylon Parachute' fabric is a made-up textile article (6306.90), not a parachute (8804)", () => {
    expect(engine.classify({ productName: "Bike Pump Floor Standing with Gauge 160 PSI Presta Schrader", destinationCountry: "US" }).hs6).toBe("841420");
    expect(engine.classify({ productName: "Hammock Portable Nylon Parachute Camping with Tree Straps", destinationCountry: "US" }).hs6).toBe("630690");
  });
  it("a dosage form after a medicament names the form it is put up in (heading 3004: measured doses): 'paracetamol 500 mg tablets' is 3004.90, not a cake of 1905", () => {
    expect(engine.classify({ productName: "paracetamol 500 mg tablets", destinationCountry: "US" }).hs6).toBe("300490");
    expect(engine.classify({ productName: "ibuprofen 200 mg capsules", destinationCountry: "US" }).hs6).toBe("300490");
  });
  it("portland cement is white (2523.21) only when said to be; grey or plain portland cement is 'other than white' (2523.29)", () => {
    expect(engine.classify({ productName: "white portland cement in 25 kg bags", destinationCountry: "US" }).hs6).toBe("252321");
    expect(engine.classify({ productName: "portland cement, gray, in bulk", destinationCountry: "US" }).hs6).toBe("252329");
  });
  it("glazed ceramic tiles of water absorption below 0.5 % are 6907.21, of 3 % 6907.22", () => {
    expect(engine.classify({ productName: "ceramic floor tiles, glazed, water absorption below 0.5%", destinationCountry: "US" }).hs6).toBe("690721");
    expect(engine.classify({ productName: "ceramic floor tiles, glazed, water absorption 3%", destinationCountry: "US" }).hs6).toBe("690722");
  });
  it("the one-dash subheading that names the goods holds when their measure is outside a named two-dash one: spunbond (man-made filaments, 5603.1x) of 20 g/m² is 5603.11, of 40 g/m² 5603.12, never a staple-fibre 5603.9x", () => {
    expect(engine.classify({ productName: "nonwoven polypropylene spunbond fabric of 20 g/m2", destinationCountry: "US" }).hs6).toBe("560311");
    expect(engine.classify({ productName: "nonwoven polypropylene spunbond fabric of 40 g/m2", destinationCountry: "US" }).hs6).toBe("560312");
  });
  it("grape juice of Brix value 15 is 'of a Brix value not exceeding 30' (2009.61), concentrate of 68 degrees Brix is not", () => {
    expect(engine.classify({ productName: "Grape juice, unfermented, not concentrated, Brix value 15, in 1 litre bottles", destinationCountry: "US" }).hs6).toBe("200961");
    expect(engine.classify({ productName: "Grape juice concentrate of 68 degrees Brix, in drums", destinationCountry: "US" }).hs6).toBe("200969");
  });
});

describe("ruling-style descriptions: the goods named in the subject clause", () => {
  it("a subject clause without an article ('The item is plywood …', 'The product is green tea …') is no goods of its own", () => {
    expect(engine.classify({ productName: "The product is green tea in tea bags, packed 20 bags per carton for retail sale.", destinationCountry: "US" }).hs6).toBe("090210");
    expect(engine.classify({ productName: "The item is plywood consisting of sheets of oak veneer, each ply not exceeding 6 mm thick.", destinationCountry: "US" }).hs6).toBe("441233");
  });
  it("'a frame for prescription eyeglasses' is an eyeglass frame (9003): the trade's compound is written the other way round", () => {
    expect(engine.classify({ productName: "The product is a frame for prescription eyeglasses, made of acetate plastic, without lenses.", destinationCountry: "US" }).hs6).toBe("900311");
    expect(engine.classify({ productName: "a frame for spectacles, of titanium", destinationCountry: "US" }).hs6).toBe("900319");
  });
});


describe("ruling-style descriptions: containers, verbs and holders are not the goods", () => {
  it("'a set of 12 tubes of acrylic paint' is paint in a set (3213.10): a counted container before 'of' puts the goods after it", () => {
    expect(engine.classify({ productName: "A set of 12 tubes of acrylic paint of different colours, for use by artists and students, presented in a cardboard box.", destinationCountry: "GB" }).hs6).toBe("321310");
  });
  it("'hiking boots covering the ankle' are boots (6403.91), not boot covers: an -ing verb with its object is no noun of a term", () => {
    expect(engine.classify({ productName: "Hiking boots covering the ankle, with uppers of leather and outer soles of rubber.", destinationCountry: "GB" }).hs6).toBe("640391");
  });
  it("a clothes hanger of polypropylene 'for hanging garments' is an article of plastics (3926.90), not a textile article", () => {
    expect(engine.classify({ productName: "A clothes hanger of moulded polypropylene with a metal hook, used for hanging garments in a wardrobe.", destinationCountry: "GB" }).hs6).toBe("392690");
  });
});

describe("marketplace titles that list several goods: the goods sold are the head", () => {
  const hs6 = (productName: string) => engine.classify({ productName, destinationCountry: "US" }).hs6;
  it("a title repeats the name of what it sells: 'Float Switch … Water Level Sensor Controller … Float Switch for …' is a switch (8536.50), not a level gauge of 9026", () => {
    expect(hs6("Float Switch Water Level Sensor Controller Cable Float Switch for Water Tank Pump 2m")).toBe("853650");
  });
  it("'Soccer Ball Size 5 Official Match Ball with Pump and Net' is an inflatable ball (9506.62, GRI 3(b)): 'Match Ball' names the soccer ball again, the pump comes with it", () => {
    expect(hs6("Soccer Ball Size 5 Official Match Ball with Pump and Net")).toBe("950662");
  });
  it("a toilet brush and holder set is a brush (9603.90, GRI 3(b)), not sanitary ware of 7324; reading glasses with spring hinges are spectacles (9004.90), not springs of 7320", () => {
    expect(hs6("Toilet Brush and Holder Set Bathroom Cleaning Brush with Ventilated Holder")).toBe("960390");
    expect(hs6("Reading Glasses Blue Light Blocking 4 Pack Readers for Women Men Spring Hinge")).toBe("900490");
  });
});

describe("marketplace titles whose goods come after words of another article (second batch)", () => {
  const hs6 = (productName: string) => engine.classify({ productName, destinationCountry: "US" }).hs6;
  it("a material word that opens a product term does not end the goods' phrase: a 'Kitchen Sink Sponge Holder' is a sponge holder (plastics 3924.90), not a sink of 3922", () => {
    expect(hs6("Kitchen Sink Sponge Holder Plastic")).toBe("392490");
  });
  it("a solar security flood light with a motion sensor is a photovoltaic LED luminaire (9405.41); salt and pepper grinders are 8210, not salt", () => {
    expect(hs6("Outdoor Waterproof IP65 Motion Sensor Solar Powered LED Security Flood Light 3 Modes")).toBe("940541");
    expect(hs6("Salt and Pepper Grinder Set Stainless Steel Refillable Mills")).toBe("821000");
  });
});

describe("a model number between the device and the goods' word", () => {
  const hs6 = (productName: string) => engine.classify({ productName, destinationCountry: "US" }).hs6;
  it("'For Samsung Galaxy Watch 6 Band … Silicone Sport Strap' is a watch strap (9113.90), not a watch of 9102: the number splits the trade's compound 'watch band'", () => {
    expect(hs6("For Samsung Galaxy Watch 6 Band 20mm Silicone Sport Strap")).toBe("911390");
  });
});
