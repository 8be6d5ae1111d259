import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { dataDir, tokenize } from "@openhs/shared";
import type { ExtractedAttributes, Material } from "../types.js";
import { AMBIGUOUS_TERMS, LEXICON, LEXICON_PARTS, resolveSplit, termKey } from "./index.js";
import { attrs, entryFor, lexiconIndex, resolvedCode } from "./lexicon.test-util.js";
import { inflectionOf, participleOf } from "./match.js";

const DATA = dataDir();

function hsCodes(): Set<string> {
  const csv = readFileSync(path.join(DATA, "hs-nomenclature-datasets-harmonized-system/harmonized-system-hs2022.csv"), "utf8");
  const codes = new Set<string>();
  for (const line of csv.split("\n").slice(1)) {
    const code = line.split(",")[1];
    if (code && /^\d{4}(\d{2})?$/.test(code)) codes.add(code);
  }
  return codes;
}

/**
 * The one token a phrase of several words shrinks to once its stop words are dropped, if it does ("pop it" → "pop");
 * a lone letter or a vitamin/isomer letter may go ("vitamin c" is a vitamin either way).
 */
function shrinksToOneWord(t: string): string | undefined {
  const n = t.split(/\s+/).filter(Boolean).length;
  const toks = tokenize(t.replace(/([a-z0-9])-(?=[a-z0-9])/g, "$1"));
  return n > 1 && toks.length === 1 && !/^[a-z] /.test(t) && !/ [a-z]$/.test(t) ? toks[0] : undefined;
}

const index = lexiconIndex;

/** The subheading (else the heading) an entry's term resolves to for the goods. */
const codeFor = (term: string, a: ExtractedAttributes): string => resolvedCode(entryFor(term), term, a);

describe("lexicon data", () => {
  it("uses only headings and subheadings that exist in HS 2022", () => {
    const codes = hsCodes();
    expect(codes.size).toBeGreaterThan(6000);
    const bad: string[] = [];
    for (const e of LEXICON) {
      const where = e.terms[0];
      if (!/^\d{4}$/.test(e.heading) || !codes.has(e.heading)) bad.push(`${where}: heading ${e.heading}`);
      if (e.subheading && (!codes.has(e.subheading) || !e.subheading.startsWith(e.heading))) bad.push(`${where}: subheading ${e.subheading}`);
      for (const s of e.splits ?? []) {
        if (s.heading && (!/^\d{4}$/.test(s.heading) || !codes.has(s.heading))) bad.push(`${where}: split heading ${s.heading}`);
        if (s.subheading && (!codes.has(s.subheading) || (s.heading && !s.subheading.startsWith(s.heading)))) bad.push(`${where}: split subheading ${s.subheading}`);
        if (!s.heading && !s.subheading) bad.push(`${where}: split without destination`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("has at least 2,500 distinct product terms, each of 1–5 words and lower case", () => {
    const keys = new Set<string>();
    const bad: string[] = [];
    for (const e of LEXICON) {
      for (const t of e.terms) {
        const k = termKey(t);
        if (!k) bad.push(`empty after normalization: ${t}`);
        if (t.trim().split(/\s+/).length > 5) bad.push(`more than 5 words: ${t}`);
        if (t !== t.toLowerCase()) bad.push(`not lower case: ${t}`);
        keys.add(k);
      }
    }
    expect(bad).toEqual([]);
    expect(keys.size).toBeGreaterThanOrEqual(2500);
    expect(index.size).toBe(keys.size);
  });

  it("gives no term two different default headings unless it is a documented ambiguity", () => {
    const headings = new Map<string, Set<string>>();
    for (const e of LEXICON)
      for (const t of e.terms) {
        const k = termKey(t);
        if (!headings.has(k)) headings.set(k, new Set());
        headings.get(k)!.add(e.heading);
      }
    const documented = new Set(Object.keys(AMBIGUOUS_TERMS).map(termKey));
    const conflicts = [...headings].filter(([k, hs]) => hs.size > 1 && !documented.has(k)).map(([k, hs]) => `${k}: ${[...hs].join(",")}`);
    expect(conflicts).toEqual([]);
    // and every documented ambiguity is real (no stale entries)
    const stale = [...documented].filter((k) => (headings.get(k)?.size ?? 0) < 2);
    expect(stale).toEqual([]);
  });

  it("copies no evaluation title", () => {
    const dir = path.join(DATA, "eval");
    if (!existsSync(dir)) return;
    const names = new Set<string>();
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) {
      for (const line of readFileSync(path.join(dir, f), "utf8").split("\n")) {
        if (!line.trim()) continue;
        const name = (JSON.parse(line) as { product_name?: string }).product_name;
        if (name) names.add(name.trim().toLowerCase());
      }
    }
    expect(names.size).toBeGreaterThan(100);
    const copied = LEXICON.flatMap((e) => e.terms).filter((t) => names.has(t.trim().toLowerCase()));
    expect(copied).toEqual([]);
  });

  it("notes every entry with splits and marks decisive attributes", () => {
    const missing = LEXICON.filter((e) => e.splits?.length && !e.note).map((e) => e.terms[0]);
    expect(missing).toEqual([]);
    const parts = Object.entries(LEXICON_PARTS).map(([k, v]) => [k, v.length] as const);
    expect(parts.every(([, n]) => n > 0)).toBe(true);
  });
});

describe("terms keep their words", () => {
  it("no multi-word term shrinks to a single word through a stop word ('pop it' would match every 'pop')", () => {
    const shrunk: string[] = [];
    for (const e of LEXICON) {
      for (const t of e.terms) {
        const one = shrinksToOneWord(t);
        if (one) shrunk.push(`${t} → ${one}`);
      }
    }
    expect(shrunk).toEqual([]);
  });

  it("no phrase a split must not find ('unless') shrinks to one word through a stop word ('without motor' would refuse every 'motor')", () => {
    const shrunk: string[] = [];
    for (const e of LEXICON) {
      for (const sp of e.splits ?? []) {
        for (const t of sp.when.unless ?? []) {
          const one = shrinksToOneWord(t);
          if (one) shrunk.push(`${e.terms[0]}: ${t} → ${one}`);
        }
      }
    }
    expect(shrunk).toEqual([]);
  });
});

describe("phrase matching", () => {
  const names = (text: string, field?: "name" | "category" | "description") => index.matchText(text, field).map((m) => m.term);

  it("reads the class word fused onto a systematic chemical name ('…naphthalenedisulfonic acid', '…-4-ethoxyphenol')", () => {
    expect(names("1-amino-8-hydroxy-3,6-naphthalenedisulfonic acid")).toContain("disulfonic acid");
    expect(names("2-isopropyl-5-methylphenol")).toContain("phenol");
    // Only in systematic names: a trade word ending in a class word is left whole.
    expect(names("carbolic phenol soap")).toContain("phenol");
    expect(names("polyphenol supplement capsules")).not.toContain("phenol");
  });

  it("lets the longest match win", () => {
    expect(names("women's tank top")).toContain("tank top");
    expect(names("women's tank top")).not.toContain("vest");
    expect(names("Shockproof Phone Case for iPhone 15")).toContain("phone case");
    expect(names("Shockproof Phone Case for iPhone 15").some((t) => t === "case")).toBe(false);
  });

  it("matches hyphenated, joined and spaced spellings and plurals", () => {
    for (const t of ["T-Shirts", "t shirt", "tshirt", "Tee Shirts"]) {
      const ms = index.matchText(`Cotton ${t} Men`);
      expect(ms.map((m) => m.entries[0]!.heading)).toContain("6109");
    }
    expect(index.matchText("Lithium-ion battery pack").map((m) => m.entries[0]!.heading)).toContain("8507");
    expect(index.matchText("lithium ion batteries").map((m) => m.entries[0]!.heading)).toContain("8507");
  });

  it("does not match across category-path separators", () => {
    const ms = index.matchText("Women's Clothing > Tops > Tees", "category");
    expect(ms.every((m) => m.field === "category" && m.fieldWeight < 1)).toBe(true);
    expect(ms.map((m) => m.term)).not.toContain("clothing top");
  });

  it("reports fields, weights and positions", () => {
    const ms = index.match({ name: "Leather Wallet", category: "Luggage & Bags > Wallets", description: "a card holder" });
    const byField = new Map(ms.map((m) => [m.field, m]));
    expect(byField.get("name")?.fieldWeight).toBe(1);
    expect(byField.get("name")!.fieldWeight).toBeGreaterThan(byField.get("category")!.fieldWeight);
    expect(byField.get("category")!.fieldWeight).toBeGreaterThan(byField.get("description")!.fieldWeight);
    const w = ms.find((m) => m.term === "wallet" && m.field === "name")!;
    expect(w.start).toBe(1);
    expect(w.end).toBe(2);
    expect(w.atSegmentEnd).toBe(true);
  });

  it("does not read 'non-slip' as a slip", () => {
    expect(names("non-slip bath mat")).not.toContain("slip");
  });

  it("matches a one-word term in inflected forms, not in derivations that share its stem", () => {
    expect(names("generic storage box")).not.toContain("generator");
    expect(names("used generators")).toContain("generator");
    expect(names("spare batteries")).toContain("battery");
    expect(names("sharp knives")).toContain("knife");
    expect(names("Computer Peripherals > Mice & Keyboards", "category")).toContain("mouse");
  });

  it("does not read an -ing modifier as the noun it derives from ('gaming mouse pad', 'packing tape'), but an -ing word ending its phrase still may", () => {
    expect(names("mechanical keyboard gaming rgb 87 keys")).not.toContain("game");
    expect(names("keyboard for pc gaming")).toContain("game");
    expect(names("board game")).toContain("board game");
  });

  it("checks the parts of a hyphenated word the same way ('multi-color' is no colorant), and 'up' is no UPS", () => {
    expect(names("4-color enamel hair clip")).not.toContain("colorant");
    expect(names("multi-colour scarf")).not.toContain("colourant");
    expect(names("red colorant for soap")).toContain("colorant");
    expect(names("push up swimsuit").map((t) => t.toLowerCase())).not.toContain("ups");
    expect(names("lace-up boots").map((t) => t.toLowerCase())).not.toContain("ups");
    expect(names("home ups battery backup")).toContain("ups battery backup");
  });
});

describe("inflectionOf", () => {
  it.each([
    ["batteries", "battery", true], ["knives", "knife", true], ["dresses", "dress", true], ["women", "woman", true],
    ["mopping", "mop", true], ["coated", "coat", false], ["plated", "plate", false], ["painted", "paint", false], ["generic", "generator", false], ["organizing", "organ", false], ["spiral", "spiralizer", false],
  ])("%s / %s → %s", (surface, term, ok) => {
    expect(inflectionOf(surface as string, term as string)).toBe(ok);
  });
});

describe("split resolution", () => {
  it("t-shirt: cotton → 610910, polyester → 610990", () => {
    const e = entryFor("t-shirt");
    expect(resolveSplit(e, attrs({ material: "cotton" }))).toMatchObject({ heading: "6109", subheading: "610910" });
    expect(resolveSplit(e, attrs({ material: "synthetic" }))).toMatchObject({ heading: "6109", subheading: "610990" });
    expect(resolveSplit(e, attrs())).toEqual({ heading: "6109" });
  });

  it("necklace: silver → 7113 / 711311; gold → 711319; zinc → 711719; resin → 711790", () => {
    const e = entryFor("necklace");
    expect(e.heading).toBe("7117");
    expect(resolveSplit(e, attrs({ material: "silver" }))).toMatchObject({ heading: "7113", subheading: "711311" });
    expect(resolveSplit(e, attrs({ material: "gold" }))).toMatchObject({ heading: "7113", subheading: "711319" });
    expect(resolveSplit(e, attrs({ material: "zinc" }))).toMatchObject({ heading: "7117", subheading: "711719" });
    expect(resolveSplit(e, attrs({ material: "stainless_steel" }))).toMatchObject({ heading: "7117", subheading: "711719" });
    expect(resolveSplit(e, attrs({ material: "plastic" }))).toMatchObject({ heading: "7117", subheading: "711790" });
    expect(resolveSplit(e, attrs()).heading).toBe("7117");
  });

  it("shirts by construction and gender, trousers by fibre", () => {
    const shirt = entryFor("shirt");
    expect(resolveSplit(shirt, attrs({ material: "cotton", gender: "men" })).subheading).toBe("620520");
    expect(resolveSplit(shirt, attrs({ material: "cotton", gender: "women" })).subheading).toBe("620630");
    expect(resolveSplit(shirt, attrs({ material: "cotton", gender: "unisex" })).subheading).toBe("620630");
    expect(resolveSplit(shirt, attrs({ material: "synthetic", gender: "men", construction: "knitted" })).subheading).toBe("610520");
    expect(resolveSplit(shirt, attrs({ gender: "boys", construction: "knitted" }))).toMatchObject({ heading: "6105" });
    const trousers = entryFor("trousers");
    expect(resolveSplit(trousers, attrs({ material: "wool", gender: "men" })).subheading).toBe("620341");
    expect(resolveSplit(trousers, attrs({ material: "synthetic", gender: "women", construction: "knitted" })).subheading).toBe("610463");
    expect(resolveSplit(trousers, attrs({ material: "leather" })).subheading).toBe("420310");
    const jeans = entryFor("jeans");
    expect(resolveSplit(jeans, attrs({ gender: "men" })).subheading).toBe("620342");
    expect(resolveSplit(jeans, attrs()).subheading).toBe("620462");
  });

  it("the matched term's own split word decides before words elsewhere in the title (GRI 1: the goods named are a dial, not the movement it fits)", () => {
    const parts = entryFor("watch dial");
    const title = attrs({ text: "watch dial luminous fit nh35 movement" });
    expect(resolveSplit(parts, title, "watch dial").subheading).toBe("911430");
    // without the matched term, the first split whose word occurs anywhere wins (the old behaviour)
    expect(resolveSplit(parts, title).heading).toBe("9108");
    expect(resolveSplit(parts, attrs({ text: "watch movement nh35" }), "watch movement").heading).toBe("9108");
  });

  it("grey or plain portland cement is 'other' (2523.29), white only when said to be (2523.21); 'screws for wood' are wood screws (7318.12)", () => {
    expect(codeFor("portland cement", attrs({ text: "portland cement, gray" }))).toBe("252329");
    expect(codeFor("screws", attrs({ text: "galvanized steel screws for wood" }))).toBe("731812");
  });

  it("tempered or laminated 'safety glass' for a vehicle window is safety glass of 7007 (7007.11), not safety glasses (9004); goggles stay 9004", () => {
    expect(codeFor("safety glasses", attrs({ text: "tempered safety glass for a car side window" }))).toBe("700711");
    expect(codeFor("safety glasses", attrs({ text: "laminated safety glass sheets for buildings" }))).toBe("7007");
    expect(codeFor("safety glasses", attrs({ text: "safety glasses with anti-fog lenses" }))).toBe("900490");
  });

  it("bottles and jars sold empty for packing goods are articles for the conveyance or packing of goods (3923.30 of plastics, 7010.90 of glass), not tableware", () => {
    expect(codeFor("water bottle", attrs({ text: "plastic water bottle of pet, empty, for packaging beverages", material: "plastic" }))).toBe("392330");
    expect(codeFor("water bottle", attrs({ text: "empty glass water bottles with caps", material: "glass" }))).toBe("701090");
    expect(codeFor("water bottle", attrs({ text: "2 pack reusable plastic water bottles for the gym", material: "plastic" }))).toBe("392410");
  });

  it("coaxial cable is 8544.20 even fitted with connectors; fixed carbon resistors 8533.10; a blood glucose meter is an instrument for chemical analysis (9027.89), not a medical instrument of 9018", () => {
    expect(codeFor("cable with connector", attrs({ text: "coaxial cable with connectors" }))).toBe("854420");
    expect(codeFor("cable with connector", attrs({ text: "usb cable with connectors" }))).toBe("854442");
    expect(codeFor("resistor", attrs({ text: "carbon film resistor 1/4w" }))).toBe("853310");
    expect(codeFor("resistor", attrs({ text: "metal film resistor 1/4w" }))).toBe("853321");
    expect(codeFor("blood glucose meter", attrs({ text: "blood glucose meter" }))).toBe("902789");
  });

  it("chemicals by their own subheadings: white spirit and petrol are light oils (2710.12, ch. 27 subheading note 4), not spirits of 2208; crude glycerol 1520.00; n-butanol 2905.13, isobutanol 2905.14; potassium chloride fertiliser 3104.20", () => {
    expect(codeFor("white spirit", attrs({ text: "white spirit solvent" }))).toBe("271012");
    expect(codeFor("petrol", attrs({ text: "unleaded petrol" }))).toBe("271012");
    expect(codeFor("kerosene", attrs({ text: "kerosene for lamps" }))).toBe("271019");
    expect(codeFor("engine oil", attrs({ text: "fully synthetic engine lubricating oil of 85% petroleum base oils, for petrol and diesel car engines" }))).toBe("271019");
    expect(codeFor("glycerin", attrs({ text: "glycerol, crude" }))).toBe("152000");
    expect(codeFor("glycerin", attrs({ text: "glycerin usp 99.7%" }))).toBe("290545");
    expect(codeFor("n-butanol", attrs({ text: "n-butanol" }))).toBe("290513");
    expect(codeFor("isobutanol", attrs({ text: "isobutanol" }))).toBe("290514");
    expect(codeFor("fertilizer", attrs({ text: "potassium chloride fertilizer" }))).toBe("310420");
    expect(codeFor("nylon 6 chips", attrs({ text: "nylon 6 chips" }))).toBe("390810");
  });

  it("hardware and car goods by what they are: a lithium jump starter is a lithium-ion accumulator (8507.60), a car battery 'lead acid' no battery lead (8544), a wireless doorbell other sound signalling (8531.80), hearing-protection ear muffs 3926.90, a drain snake a hand tool (8205.59)", () => {
    expect(codeFor("car battery", attrs({ text: "jump starter 2000a peak car battery booster pack lithium portable" }))).toBe("850760");
    expect(codeFor("car battery", attrs({ text: "12v car battery 60ah" }))).toBe("850710");
    expect(codeFor("battery lead", attrs({ text: "12v car battery lead acid 60ah" }))).toBe("850710");
    expect(codeFor("wireless doorbell", attrs({ text: "wireless doorbell" }))).toBe("853180");
    expect(codeFor("hearing protection", attrs({ text: "ear muffs hearing protection noise reduction" }))).toBe("392690");
    expect(codeFor("drain snake", attrs({ text: "drain snake plumbing auger 25 ft" }))).toBe("820559");
  });

  it("subheadings 9102.11/12/19 by the display: LCD or LED only is opto-electronic (9102.12), hands only mechanical (9102.11), both 'other' (9102.19)", () => {
    expect(codeFor("wristwatch", attrs({ text: "wristwatch battery powered with an lcd display only", powerSource: "battery" }))).toBe("910212");
    expect(codeFor("wristwatch", attrs({ text: "quartz wristwatch with analog display" }))).toBe("910211");
    expect(codeFor("wristwatch", attrs({ text: "sports wristwatch with hands and a digital display", powerSource: "battery" }))).toBe("910219");
  });

  it("4202 tiers stated in the subheadings' words decide before the product type: 'carried in the pocket or handbag' is 4202 3x, a tote 'for carrying groceries' a shopping bag of 4202 9x", () => {
    const r = (term: string, text: string, material: Material) => resolveSplit(entryFor(term), attrs({ text, material }), term).subheading;
    expect(r("phone case", "leather phone case with card slots, designed to be carried in the pocket or handbag", "leather")).toBe("420231");
    expect(r("key case", "key case of textile, to be carried in a pocket", "synthetic")).toBe("420232");
    expect(r("tote bag", "canvas tote bag used for carrying groceries", "cotton")).toBe("420292");
    expect(r("tote bag", "leather tote bag with zip top", "leather")).toBe("420221");
  });

  it("bags by outer surface, footwear by upper, furniture by material", () => {
    const bag = entryFor("handbag");
    expect(resolveSplit(bag, attrs({ material: "leather" })).subheading).toBe("420221");
    expect(resolveSplit(bag, attrs({ material: "plastic" })).subheading).toBe("420222");
    expect(resolveSplit(bag, attrs({ material: "cotton" })).subheading).toBe("420222");
    expect(resolveSplit(bag, attrs({ material: "paper" })).subheading).toBe("420229");
    const backpack = entryFor("backpack");
    expect(resolveSplit(backpack, attrs({ material: "synthetic" })).subheading).toBe("420292");
    expect(resolveSplit(backpack, attrs({ material: "leather" })).subheading).toBe("420291");
    const sneaker = entryFor("sneakers");
    expect(resolveSplit(sneaker, attrs({ material: "leather" })).heading).toBe("6403");
    expect(resolveSplit(sneaker, attrs({ material: "synthetic" })).subheading).toBe("640411");
    expect(resolveSplit(sneaker, attrs({ material: "plastic" })).heading).toBe("6402");
    const table = entryFor("dining table");
    expect(resolveSplit(table, attrs({ material: "wood" })).subheading).toBe("940360");
    expect(resolveSplit(table, attrs({ material: "stainless_steel" })).subheading).toBe("940320");
    expect(resolveSplit(table, attrs({ material: "plastic" })).subheading).toBe("940370");
  });

  it("uses words and other conditions", () => {
    const toy = entryFor("toy");
    expect(toy.heading).toBe("9503");
    const ball = entryFor("ball");
    expect(resolveSplit(ball, attrs({ text: "inflatable football size 5" })).subheading).toBe("950662");
  });
});

describe("families of goods named by one word or a short phrase", () => {
  const codeOf = (term: string, a: ExtractedAttributes = attrs({ text: term })) => {
    const r = resolveSplit(entryFor(term), a, term);
    return r.subheading ?? r.heading;
  };
  it("kitchen utensils of base metal (8215), hat linings (6507), sprayers (8424), liquid crystal devices (9013.80)", () => {
    expect(codeOf("corn holders", attrs({ text: "stainless steel corn holders", material: "stainless_steel" }))).toBe("821599");
    expect(codeOf("pumpkin carving kit", attrs({ text: "pumpkin carving kit", material: "stainless_steel" }))).toBe("821520");
    expect(codeOf("hard hat suspension")).toBe("650700");
    // Replacement linings, pads and chinstraps sold for a helmet are named by 6507; the helmet itself is 6506.
    expect(codeOf("bike helmet", attrs({ text: "bike helmet replacement foam liner pads", isPart: true }))).toBe("650700");
    expect(codeOf("motorcycle helmet", attrs({ text: "motorcycle helmet chin strap replacement parts", isPart: true }))).toBe("650700");
    expect(codeOf("bike helmet", attrs({ text: "adult bike helmet with removable liner" }))).toBe("650610");
    expect(codeOf("sprayer").slice(0, 4)).toBe("8424");
    expect(codeOf("liquid crystal")).toBe("901380");
  });
  it("an LED light bulb is an LED lamp of 8539.52; only LED chips and diodes themselves are 8541.41", () => {
    expect(codeOf("led light bulb", attrs({ text: "LED light bulb E27 9W warm white" }))).toBe("853952");
    expect(codeOf("bulb", attrs({ text: "dimmable LED bulb for ceiling lamps" }))).toBe("853952");
    expect(codeOf("bulb", attrs({ text: "SMD LED chips 5050 for bulb repair" }))).toBe("854141");
  });

  it("adhesives → 3506.91 (polymer or rubber based), starch glues 3505.20; enzymes → 3507 (rennet 3507.10)", () => {
    expect(codeOf("adhesive", attrs({ text: "epoxy resin adhesive, two components" }))).toBe("350691");
    expect(codeOf("adhesive", attrs({ text: "wheat starch adhesive for bookbinding" }))).toBe("350520");
    expect(codeOf("protease", attrs({ text: "alkaline protease for detergents" }))).toBe("350790");
    expect(codeOf("chymosin", attrs({ text: "fermentation-produced chymosin for cheese making" }))).toBe("350710");
  });
  it("conveyor belting of rubber by its reinforcement: only textile 4010.12, only metal 4010.11, both or unstated 4010.19 (word groups together)", () => {
    expect(codeOf("conveyor belt", attrs({ text: "rubber conveyor belt with three nylon plies for a quarry" }))).toBe("401012");
    expect(codeOf("conveyor belt", attrs({ text: "steel cord conveyor belt of vulcanised rubber" }))).toBe("401011");
    expect(codeOf("conveyor belt", attrs({ text: "rubber conveyor belt with steel cord and polyester breaker fabric" }))).toBe("401019");
    expect(codeOf("conveyor belt", attrs({ text: "black rubber conveyor belt 800 mm wide" }))).toBe("401019");
    expect(codeOf("v belt", attrs({ text: "fabric wrapped v belt" }))).toBe("401032");
  });
  it("V-belts are classified by outside circumference (4010.31–.34, the common 60–180 cm when unstated); V-ribbed belts 4010.31, other V-belts 4010.32", () => {
    expect(codeOf("v belt", attrs({ text: "v belt a42 classical" }))).toBe("401032");
    expect(codeOf("poly v belt", attrs({ text: "poly v belt 6pk1200 ribbed" }))).toBe("401031");
  });
  it("phenols with an ether function are ether-phenols of 2909.50 (ch. 29 Note 3: the later heading)", () => {
    expect(codeOf("phenol", attrs({ text: "4-methoxyphenol" }))).toBe("290950");
    expect(codeOf("phenol", attrs({ text: "2,6-di-tert-butylphenol" })).slice(0, 4)).toBe("2907");
  });
  it("named organic compounds by their function (ch. 29): polycyclic aromatic hydrocarbons 2902, sulfones 2930", () => {
    expect(codeOf("fluorene").slice(0, 4)).toBe("2902");
    expect(codeOf("dapsone").slice(0, 4)).toBe("2930");
  });
});

describe("articles by material and function (chapters 39, 73, 82, 83, 94–96)", () => {
  it("kitchen spoons, ladles and tongs of base metal → 8215, of plastics → 392410 (GRI 1, heading 8215 names them)", () => {
    const e = entryFor("ladle");
    expect(resolveSplit(e, attrs({ material: "stainless_steel" })).subheading).toBe("821599");
    expect(resolveSplit(e, attrs({ material: "plastic" })).subheading).toBe("392410");
    expect(resolveSplit(e, attrs({ material: "wood" })).subheading).toBe("441990");
    expect(resolveSplit(e, attrs({ material: "stainless_steel", text: "kitchen utensil set 5 pcs" }), "kitchen utensil set").subheading).toBe("821520");
  });

  it("openers, mashers and peelers of base metal are household tools 820551, not 7323 household articles (GRI 1, subheading 8205.51)", () => {
    expect(resolveSplit(entryFor("bottle opener"), attrs({ material: "stainless_steel" })).subheading).toBe("820551");
    expect(resolveSplit(entryFor("potato masher"), attrs({ material: "plastic" })).subheading).toBe("392410");
  });

  it("bathroom articles: steel 732490 (sanitary ware of iron or steel), plastics 392490 not tableware 392410 (GRI 6)", () => {
    const e = entryFor("toilet paper holder");
    expect(resolveSplit(e, attrs({ material: "stainless_steel" })).subheading).toBe("732490");
    expect(resolveSplit(e, attrs({ material: "plastic" })).subheading).toBe("392490");
    expect(resolveSplit(e, attrs({ material: "aluminium" })).subheading).toBe("761520");
  });

  it("bins and buckets of plastics are other household articles 392490, not table or kitchen ware 392410 (GRI 6)", () => {
    expect(resolveSplit(entryFor("trash can"), attrs({ material: "plastic" })).subheading).toBe("392490");
    expect(resolveSplit(entryFor("bucket"), attrs({ material: "stainless_steel" })).subheading).toBe("732393");
  });

  it("vases are glassware or ceramic ornaments (7013 / 6913), not tableware (GRI 1)", () => {
    const e = entryFor("vase");
    expect(resolveSplit(e, attrs({ material: "glass" })).subheading).toBe("701399");
    expect(resolveSplit(e, attrs({ material: "ceramic" })).subheading).toBe("691390");
    expect(resolveSplit(e, attrs({ material: "porcelain" })).subheading).toBe("691310");
    expect(resolveSplit(e, attrs({ material: "copper" })).subheading).toBe("830629");
  });

  it("candlesticks and lanterns are non-electrical lighting fittings 940550 whatever their material (Explanatory Note to 94.05)", () => {
    expect(resolveSplit(entryFor("candle holder"), attrs({ material: "iron_steel" })).subheading).toBe("940550");
    expect(resolveSplit(entryFor("candlestick"), attrs({ material: "glass" })).subheading).toBe("940550");
  });

  it("vacuum flasks and vacuum-insulated tumblers → 9617 even of stainless steel (heading 9617 names vacuum vessels)", () => {
    expect(resolveSplit(entryFor("vacuum flask"), attrs({ material: "stainless_steel" })).subheading).toBe("961700");
    expect(resolveSplit(entryFor("insulated tumbler"), attrs({ material: "stainless_steel" })).subheading).toBe("961700");
  });

  it("a generic box follows its material: plastics 392310, paperboard 4819, steel 7310, wood 4420 (GRI 1, chapters by material)", () => {
    const e = entryFor("box");
    expect(resolveSplit(e, attrs({ material: "plastic" })).subheading).toBe("392310");
    expect(resolveSplit(e, attrs({ material: "paper" })).subheading).toBe("481920");
    expect(resolveSplit(e, attrs({ material: "iron_steel" })).subheading).toBe("731029");
    expect(resolveSplit(e, attrs({ material: "wood" })).subheading).toBe("442090");
    expect(resolveSplit(e, attrs({ material: "aluminium" })).subheading).toBe("761290");
  });

  it("covers and holders are other articles of their material (3926 / 7326 / 7616 / 4016 / 6307)", () => {
    expect(resolveSplit(entryFor("cover"), attrs({ material: "plastic" })).subheading).toBe("392690");
    expect(resolveSplit(entryFor("cover"), attrs({ material: "cotton" })).subheading).toBe("630790");
    expect(resolveSplit(entryFor("cover"), attrs({ material: "rubber" })).subheading).toBe("401699");
    expect(resolveSplit(entryFor("holder"), attrs({ material: "aluminium" })).subheading).toBe("761699");
    expect(resolveSplit(entryFor("holder"), attrs({ material: "iron_steel" })).subheading).toBe("732690");
  });

  it("secateurs → 820150; two-handed loppers and hedge shears → 820160 (GRI 6, subheading texts)", () => {
    const e = entryFor("pruning shears");
    expect(resolveSplit(e, attrs(), "pruning shears").subheading).toBe("820150");
    expect(resolveSplit(e, attrs({ text: "bypass loppers 30 inch" }), "loppers").subheading).toBe("820160");
  });

  it("floor-standing garment racks and shelving are furniture 9403 (ch. 94 note 2), not articles of steel 7326", () => {
    const e = entryFor("garment rack");
    expect(resolveSplit(e, attrs({ material: "iron_steel" })).subheading).toBe("940320");
    expect(resolveSplit(e, attrs({ material: "wood" })).subheading).toBe("940360");
  });

  it("tanks of plastics over 300 l are builders' ware 392510 (Note 11 to ch. 39); IBC totes for packing 392390", () => {
    const e = entryFor("water tank");
    expect(resolveSplit(e, attrs({ material: "plastic" })).subheading).toBe("392510");
    expect(resolveSplit(entryFor("ibc container"), attrs({ material: "plastic", text: "ibc container 1000l" }), "ibc container").subheading).toBe("392390");
    expect(resolveSplit(e, attrs({ material: "stainless_steel" })).subheading).toBe("730900");
  });

  it("Christmas decorations → 950510; Halloween and party articles → 950590 (Note to ch. 95, festive articles)", () => {
    expect(resolveSplit(entryFor("halloween decoration"), attrs({ text: "halloween decoration skeleton" })).subheading).toBe("950590");
    expect(resolveSplit(entryFor("christmas stocking"), attrs({ text: "christmas stocking" }), "christmas stocking").subheading).toBe("950510");
  });

  it("hand-painted paintings → 9701; printed canvas art → 491191 (Note 2 to ch. 97 excludes printed reproductions)", () => {
    expect(resolveSplit(entryFor("canvas print"), attrs({ text: "canvas print wall art" }), "canvas print").subheading).toBe("491191");
    const e = entryFor("hand painted canvas");
    expect(resolveSplit(e, attrs({ text: "hand painted canvas abstract" }), "hand painted canvas").subheading).toBe("970191");
    expect(resolveSplit(e, attrs({ text: "framed print wall art" }), "framed print").subheading).toBe("491191");
  });

  it("desk and mouse mats are classified by material: felt or other textile fabric is a made-up textile article 630790, rubber 4016, plastics 3926", () => {
    const mat = entryFor("desk mat");
    expect(resolveSplit(mat, attrs({ material: "wool", text: "grey wool felt desk mat 80 x 30 cm" }), "desk mat").subheading).toBe("630790");
    expect(resolveSplit(mat, attrs({ material: "synthetic", text: "polyester cloth mouse mat" }), "mouse mat").subheading).toBe("630790");
    expect(resolveSplit(mat, attrs({ material: "rubber", text: "natural rubber mouse pad" }), "mouse pad").subheading).toBe("401699");
    expect(resolveSplit(mat, attrs({ material: "plastic", text: "pvc desk pad" }), "desk pad").subheading).toBe("392690");
  });

  it("jewellery findings that are clasps, hooks, eyes and rings of base metal are named by heading 8308 (GRI 1): rings and hooks 830810, clasps 830890; of silver 7113; beads of base metal 830890", () => {
    const code = (term: string, a: ExtractedAttributes) => {
      const r = resolveSplit(entryFor(term), a, term);
      return r.subheading ?? r.heading;
    };
    expect(code("lobster clasp", attrs({ material: "stainless_steel", text: "stainless steel lobster clasp" }))).toBe("830890");
    expect(code("jump rings", attrs({ material: "copper", text: "brass jump rings 6mm" }))).toBe("830810");
    expect(code("ear wires", attrs({ text: "ear wires for earring making" }))).toBe("830810");
    expect(code("toggle clasp", attrs({ material: "silver", text: "sterling silver toggle clasp" }))).toBe("711311");
    expect(code("rubber earring backs", attrs({ material: "rubber", text: "soft rubber earring backs" }))).toBe("711790");
    expect(code("metal beads", attrs({ material: "copper", text: "brass metal beads 4mm" }))).toBe("830890");
    // A chain sold for jewellery making stays with the jewellery.
    expect(code("chain by the foot", attrs({ material: "zinc", text: "alloy chain by the foot" }))).toBe("711719");
  });

  it("bolts sold with their nuts or washers are bolts (7318.15, 'whether or not with their nuts or washers'); nuts alone 7318.16", () => {
    const code = (term: string, text: string) => codeFor(term, attrs({ material: "iron_steel", text }));
    expect(code("hex bolts", "m10 hex bolts with nuts and flat washers")).toBe("731815");
    expect(code("lock nuts", "m6 nylon insert lock nuts")).toBe("731816");
  });

  it("stretch pants and yoga leggings are knitted trousers (6104 6x / 6103 4x) unless stated woven", () => {
    const r = resolveSplit(entryFor("stretch pants"), attrs({ material: "synthetic", text: "women stretch pants high waist", gender: "women" }), "stretch pants");
    expect(r.subheading).toBe("610463");
    expect(resolveSplit(entryFor("yoga leggings"), attrs({ material: "cotton", text: "girls cotton yoga leggings", gender: "girls" })).subheading).toBe("610462");
  });

  it("vehicle bulbs by light source: LED 853952, HID/xenon 853932, halogen 853921, other filament 853929", () => {
    const bulb = (text: string) => resolveSplit(entryFor("headlight bulb"), attrs({ text }), "headlight bulb").subheading;
    expect(bulb("led headlight bulb 9006 canbus")).toBe("853952");
    expect(bulb("xenon hid headlight bulb")).toBe("853932");
    expect(bulb("halogen headlight bulb 60/55w")).toBe("853921");
    expect(bulb("headlight bulb 12v")).toBe("853929");
  });

  it("a socket and wrench set is all heading 8204 (8204.20), not a set of tools of several headings (8206); microfibre cleaning mitts are cleaning cloths 6307.10", () => {
    const code = (term: string, text: string) => codeFor(term, attrs({ material: "iron_steel", text }));
    expect(code("socket wrench set", "socket wrench set 3/8 drive 40 pcs")).toBe("820420");
    expect(resolveSplit(entryFor("microfiber mitt"), attrs({ material: "synthetic", text: "microfiber mitt for dusting" })).subheading ?? entryFor("microfiber mitt").subheading).toBe("630710");
  });

  it("8204.12 is for adjustable spanners only: hex keys, lug wrenches and sets of fixed spanners are non-adjustable (8204.11)", () => {
    const code = (term: string, text: string) => codeFor(term, attrs({ material: "iron_steel", text }));
    expect(code("hex key set", "hex key set 9 pcs long arm ball end")).toBe("820411");
    expect(code("lug wrench", "4-way lug wrench 17 19 21 23mm")).toBe("820411");
    expect(code("wrench set", "combination wrench set 12 piece metric")).toBe("820411");
    expect(code("wrench set", "adjustable wrench set 6 8 10 inch")).toBe("820412");
    expect(code("basin wrench", "telescoping basin wrench")).toBe("820412");
  });

  it("heading 1006: rice as sold to eat is milled (1006.30), brown rice husked (1006.20); wild rice (Zizania) is another cereal (1008.90)", () => {
    const code = (term: string, text: string) => codeFor(term, attrs({ text }));
    expect(code("basmati rice", "basmati rice 10 lb long grain")).toBe("100630");
    expect(code("jasmine rice", "thai jasmine rice 5kg")).toBe("100630");
    expect(code("brown rice", "organic brown rice 2 lb")).toBe("100620");
    expect(code("wild rice", "minnesota wild rice 1 lb")).toBe("100890");
    expect(code("rice flour", "white rice flour 1kg")).toBe("1102");
  });

  it("heading 2102 by the yeast's state: baker's dry and instant yeast are active (2102.10), nutritional yeast inactive (2102.20), baking powder 2102.30", () => {
    const code = (term: string, text: string) => codeFor(term, attrs({ text }));
    expect(code("yeast", "instant dry yeast 500g")).toBe("210210");
    expect(code("yeast", "nutritional yeast flakes 1 lb")).toBe("210220");
    expect(code("baking powder", "double acting baking powder 400g")).toBe("210230");
  });

  it("pipette tips and disposable transfer pipettes are plastics (3926.90), not laboratory glassware (7017)", () => {
    const code = (term: string, text: string) => codeFor(term, attrs({ text }));
    expect(code("pipette", "pipette tips 200ul sterile filter 960pcs")).toBe("392690");
    expect(code("pipette", "disposable transfer pipettes 3ml graduated")).toBe("392690");
    expect(code("pipette", "glass pasteur pipette 150mm")).toBe("701790");
  });

  it("sheets of other polymers by polymer (3920): PTFE and acetal 3920.99, nylon 3920.92, UHMW polyethylene 3920.10; rods of polyethylene 3916.10", () => {
    const code = (term: string, text: string) => codeFor(term, attrs({ text }));
    expect(code("ptfe sheet", "virgin ptfe sheet 3mm")).toBe("392099");
    expect(code("delrin sheet", "black delrin sheet 6mm")).toBe("392099");
    expect(code("nylon sheet", "nylon sheet 10mm white")).toBe("392092");
    expect(code("uhmw sheet", "uhmw sheet 1/2 inch")).toBe("392010");
    expect(code("hdpe rod", "hdpe rod 30mm")).toBe("391610");
  });

  it("steel mill products by the process or coating their trade name states (ch. 72 / 73 subheadings)", () => {
    const code = (term: string, text: string, material: Material = "iron_steel") => codeFor(term, attrs({ text, material }));
    // 7210 by the coating: zinc otherwise than electrolytically 7210.41 corrugated / 7210.49 not; Al-Zn 7210.61; painted 7210.70
    expect(code("galvanized iron sheet", "galvanized iron sheet 0.5mm z120")).toBe("721049");
    expect(code("roofing sheet", "galvanized corrugated roofing sheet 0.4mm")).toBe("721041");
    expect(code("galvalume coil", "galvalume coil az150 0.45mm")).toBe("721061");
    expect(code("ppgi", "ppgi coil ral 9002 0.4mm")).toBe("721070");
    // 7214.20: TMT (thermo-mechanically treated) bars are ribbed reinforcing bars; hot-rolled round bars 7214.99, flats 7214.91
    expect(code("tmt bar", "tmt bar fe500d 12mm")).toBe("721420");
    expect(code("round bar", "mild steel round bar 20mm hot rolled")).toBe("721499");
    expect(code("flat bar", "mild steel flat bar 50x6")).toBe("721491");
    // 7217.20: wire of iron or non-alloy steel plated or coated with zinc
    expect(code("galvanized wire", "galvanized iron wire 2.5mm")).toBe("721720");
    // 7306.30: welded tube of circular cross-section of iron or non-alloy steel (ERW); square 7306.61
    expect(code("erw pipe", "erw welded pipe mild steel 2in black")).toBe("730630");
    expect(code("square pipe", "mild steel square pipe 40x40x2mm")).toBe("730661");
    // 7216 by shape: L sections 7216.21, U 7216.31, I 7216.32, H 7216.33, cold-formed 7216.61
    expect(code("steel angle", "mild steel angle 50x50x5")).toBe("721621");
    expect(code("steel channel", "mild steel channel 100x50x5")).toBe("721631");
    expect(code("h beam", "h beam 200x200")).toBe("721633");
    expect(code("steel channel", "cold formed steel channel c purlin")).toBe("721661");
  });

  it("raw materials by the trade form their invoice names: caustic soda solid or in solution, soda ash, pigment-grade TiO2, resin by density, natural rubber by form, SBR", () => {
    const code = (term: string, text: string) => codeFor(term, attrs({ text }));
    expect(code("caustic soda", "caustic soda flakes 99%")).toBe("281511");
    expect(code("caustic soda", "caustic soda lye 48% solution")).toBe("281512");
    expect(code("soda ash", "soda ash dense")).toBe("283620");
    expect(code("titanium dioxide", "titanium dioxide rutile grade")).toBe("320611");
    expect(code("titanium dioxide", "titanium dioxide 99% powder")).toBe("2823");
    expect(code("hdpe granules", "hdpe granules, injection grade")).toBe("390120");
    expect(code("natural rubber", "natural rubber rss3")).toBe("400121");
    expect(code("natural rubber", "natural rubber tsr20")).toBe("400122");
    expect(code("sbr", "sbr 1502")).toBe("400219");
  });

  it("yarns, fibres and fabrics by the trade's abbreviations: DTY textured 5402.33, FDY flat 5402.45/.47, VSF 5504.10, PSF 5503.20, hessian 5310.10, PU-coated 5903.20", () => {
    const code = (term: string, text: string) => codeFor(term, attrs({ text }));
    expect(code("dty", "polyester dty 150d/48f")).toBe("540233");
    expect(code("fdy", "nylon 6 fdy 70d/24f")).toBe("540245");
    expect(code("fdy", "polyester fdy 75d/36f")).toBe("540247");
    expect(code("staple fibre", "viscose staple fibre 1.5d x 38mm")).toBe("550410");
    expect(code("psf", "psf 1.4d x 38mm")).toBe("550320");
    expect(code("hessian", "jute hessian cloth 10oz")).toBe("531010");
    expect(code("polyester fabric", "pu coated polyester fabric 210d")).toBe("590320");
  });

  it("invoice lines of chapters 31, 52–56, 70, 72–74: the trade's name decides the subheading", () => {
    const code = (term: string, text: string, material?: Material) => codeFor(term, attrs({ text, ...(material ? { material } : {}) }));
    // ch. 31 notes 2 and 4: ammonium sulphate 3102.21 and potassium chloride 3104.20 whether or not pure
    expect(code("ammonium sulphate", "ammonium sulphate fertilizer grade")).toBe("310221");
    expect(code("potassium chloride", "muriate of potash potassium chloride 60% k2o")).toBe("310420");
    // seamless tube: hot-finished stainless 7304.49, other non-alloy 7304.39; welded line pipe 7306.19
    expect(code("seamless pipe", "316 stainless steel seamless pipe hot finished sch40", "stainless_steel")).toBe("730449");
    expect(code("seamless pipe", "mild steel seamless pipe astm a106 gr b", "iron_steel")).toBe("730439");
    expect(code("line pipe", "api 5l line pipe erw welded 12in", "iron_steel")).toBe("730619");
    // copper wire rod is wire of refined copper over 6 mm (7408.11); HC ferro-chrome 7202.41
    expect(code("wire rod", "copper wire rod 8mm", "copper")).toBe("740811");
    expect(code("ferro chrome", "ferro chrome hc")).toBe("720241");
    expect(code("ferro manganese", "ferro manganese hc 75%")).toBe("720211");
    // yarn: PV spun yarn 5509.51, folded polyester 5509.22, jute 5307.10; needle-punched nonwoven is of staple fibres
    expect(code("polyester viscose yarn", "polyester viscose yarn 65/35 ne 30")).toBe("550951");
    expect(code("polyester spun yarn", "100% polyester spun yarn 40/2 ply folded")).toBe("550922");
    expect(code("jute yarn", "jute yarn 8 lbs")).toBe("530710");
    expect(code("nonwoven", "polyester needle punched nonwoven 300gsm")).toBe("560392");
    expect(code("single jersey", "polyester single jersey knitted fabric dyed", "synthetic")).toBe("600632");
    expect(code("glass fibre roving", "glass fibre roving 2400 tex")).toBe("701912");
    expect(code("cumin seeds", "cumin seeds singapore quality")).toBe("090931");
  });

  it("more invoice lines by their trade names: SLI batteries 8507.10, li-ion cells 8507.60, oil-cooled transformers 8504.2x, wool tops 5105.29, frozen skipjack 0303.43, HMS scrap 7204, kraftliner 4804.11", () => {
    const code = (term: string, text: string, processing: string[] = []) => codeFor(term, attrs({ text, processing }));
    expect(code("battery", "automotive battery 12v 60ah lead acid")).toBe("850710");
    expect(code("li-ion cell", "li-ion cell 18650 3.7v")).toBe("850760");
    expect(code("transformer", "oil cooled transformer 500kva")).toBe("850421");
    expect(code("wool tops", "wool tops 19.5 micron")).toBe("510529");
    expect(code("tuna", "frozen skipjack tuna whole round", ["frozen"])).toBe("030343");
    expect(code("tuna", "canned skipjack tuna in oil", ["canned"])).not.toBe("030343");
    expect(code("hms 1", "hms 1&2 scrap 80:20")).toBe("7204");
    expect(code("kraft liner", "kraft liner 150gsm unbleached")).toBe("480411");
  });

  it("aluminium stock of an alloy (a 2xxx–8xxx designation reads 'alloy'): bars 7604.29, rectangular sheet 7606.12, tubes 7608.20", () => {
    const code = (term: string, text: string) => {
      const r = resolveSplit(entryFor(term), attrs({ text, material: "aluminium" }), term);
      return r.subheading ?? r.heading;
    };
    expect(code("aluminum bar", "6061 aluminum alloy round bar")).toBe("760429");
    expect(code("round bar", "6061 aluminum alloy round bar")).toBe("760429");
    expect(code("aluminum sheet", "5052 aluminum alloy sheet 1.6mm")).toBe("760612");
    expect(code("aluminum tube", "6063 aluminum alloy tube 25mm")).toBe("760820");
  });

  it("an O-ring kit all of rubber is rubber seals (4016.93), not a set of gaskets dissimilar in composition (8484.90); a spirit level is a level (9015.30)", () => {
    const code = (term: string, text: string, material?: Material) => {
      const r = resolveSplit(entryFor(term), attrs({ text, ...(material ? { material } : {}) }), term);
      return r.subheading ?? r.heading;
    };
    expect(code("o-ring kit", "o-ring kit nitrile rubber 382pcs", "rubber")).toBe("401693");
    expect(code("gasket kit", "engine gasket kit head gasket")).toBe("848490");
    expect(code("tape measure", "spirit level 24 inch aluminium")).toBe("901530");
  });

  it("flours of nuts and coconut are flours of chapter 8 products (1106.30), not cereal flours (1102); rice flour stays 1102", () => {
    const code = (term: string, text: string) => codeFor(term, attrs({ text }));
    expect(code("almond flour", "blanched almond flour superfine 2 lb")).toBe("110630");
    expect(code("coconut flour", "organic coconut flour 1kg")).toBe("110630");
    expect(code("rice flour", "white rice flour 1kg")).toBe("1102");
  });

  it("copper plates and bars by the copper: refined 7409.19 / 7407.10, brass 7409.29 / 7407.21, bronze 7409.39", () => {
    const code = (term: string, text: string) => {
      const r = resolveSplit(entryFor(term), attrs({ text, material: "copper" }), term);
      return r.subheading ?? r.heading;
    };
    expect(code("copper sheet", "copper sheet 24 gauge 12 x 12 inch")).toBe("740919");
    expect(code("brass sheet", "brass sheet 0.5mm 300x300")).toBe("740929");
    expect(code("copper plate", "phosphor bronze plate 2mm")).toBe("740939");
    expect(code("brass rod", "c360 brass round rod 1/2 inch")).toBe("740721");
    expect(code("copper rod", "copper round rod 10mm")).toBe("740710");
  });

  it("a jigsaw with a power source is the power saw (8467.22), not a jigsaw puzzle; a car jump starter is an accumulator (8507); wire nuts are connectors (8536)", () => {
    const toy = index.lookup("jigsaw")!.find((x) => x.heading === "9503")!;
    expect(resolveSplit(toy, attrs({ text: "jigsaw 6.5 amp variable speed corded", powerSource: "electric" }), "jigsaw").subheading).toBe("846722");
    expect(resolveSplit(toy, attrs({ text: "jigsaw 1000 pieces landscape" }), "jigsaw").heading).toBe("9503");
    expect(entryFor("jump starter").heading).toBe("8507");
    expect(entryFor("wire nuts").heading).toBe("8536");
  });

  it("pepper of the genus Piper: whole peppercorns 0904.11, crushed or ground 0904.12; a peristaltic pump is a rotary positive displacement pump (8413.60)", () => {
    const code = (term: string, text: string) => codeFor(term, attrs({ text }));
    expect(code("peppercorns", "whole black peppercorns 1 lb")).toBe("090411");
    expect(code("black pepper", "ground black pepper coarse 16 oz")).toBe("090412");
    expect(code("pump", "peristaltic dosing pump 12v")).toBe("841360");
    expect(code("pump", "chemical dosing pump diaphragm 220v")).toBe("841350");
  });

  it("bars, sheets and tubes of titanium are 8108.90, of nickel 7505/7506/7507, of lead 7804; pure nickel strip is not alloyed (7506.10)", () => {
    const code = (term: string, text: string, material: Material) => {
      const r = resolveSplit(entryFor(term), attrs({ text, material }), term);
      return r.subheading ?? r.heading;
    };
    expect(code("round bar", "titanium round bar grade 2 10mm", "titanium")).toBe("810890");
    expect(code("metal sheet", "titanium sheet grade 5 1mm", "titanium")).toBe("810890");
    expect(code("metal sheet", "lead sheet 1mm roof flashing", "lead")).toBe("7804");
    expect(code("nickel strip", "pure nickel strip 0.15mm for 18650", "nickel")).toBe("750610");
  });

  it("leather footwear incorporating a protective metal toe-cap is 6403.40 whatever its kind; carbomer is an acrylic polymer in primary form (3906.90)", () => {
    const r = resolveSplit(entryFor("work boots"), attrs({ text: "steel toe work boots men waterproof leather", material: "leather" }), "work boots");
    expect(r.subheading).toBe("640340");
    expect(resolveSplit(entryFor("carbomer"), attrs({ text: "carbomer 940 powder" }), "carbomer").subheading).toBe("390690");
  });

  it("9011.10 is stereoscopic microscopes (9011.20 is for photomicrography); electric winches 8425.31, hand winches 8425.39; taps and dies 8207.40, a tap wrench alone 8205.10", () => {
    const code = (term: string, text: string, extra: Partial<ExtractedAttributes> = {}) => {
      const r = resolveSplit(entryFor(term), attrs({ text, ...extra }), term);
      return r.subheading ?? r.heading;
    };
    expect(code("stereo microscope", "binocular stereo microscope 20x 40x")).toBe("901110");
    expect(code("compound microscope", "compound microscope 40x-1000x")).toBe("901180");
    expect(code("winch", "winch 12v 3000lb atv", { powerSource: "electric" })).toBe("842531");
    expect(code("hand winch", "hand winch 1200 lb boat trailer")).toBe("842539");
    expect(code("tap and die set", "metric tap and die set 40pcs")).toBe("820740");
    expect(code("tap wrench", "adjustable t handle tap wrench")).toBe("820510");
  });

  it("plant milks are beverages (2202.99); whole Ceylon cinnamon 0906.11, ground cinnamon 0906.20; sweetened dried cranberries are prepared fruit (2008.93), not dried fruit (0813)", () => {
    const code = (term: string, text: string) => codeFor(term, attrs({ text }));
    expect(code("oat milk", "barista oat milk 1l")).toBe("220299");
    expect(code("cinnamon sticks", "ceylon cinnamon sticks 4 oz")).toBe("090611");
    expect(code("cinnamon", "ground cinnamon powder 500g")).toBe("090620");
    expect(code("dried cranberries", "sweetened dried cranberries 2 lb")).toBe("200893");
    expect(code("dried cranberries", "unsweetened dried cranberries 1 lb")).toBe("0813");
  });

  it("stainless angles and sections are 7222.40, not bars; copper bars by the copper (refined 7407.10, brass 7407.21)", () => {
    const code = (term: string, text: string, material: Material) => {
      const r = resolveSplit(entryFor(term), attrs({ text, material }), term);
      return r.subheading ?? r.heading;
    };
    expect(code("stainless steel bar", "304 stainless steel angle bar 1 x 1 inch", "stainless_steel")).toBe("722240");
    expect(code("steel angle", "stainless steel angle 40x40x4", "stainless_steel")).toBe("722240");
    expect(code("round bar", "c110 copper round bar 1 inch", "copper")).toBe("740710");
    expect(code("round bar", "brass round bar 20mm", "copper")).toBe("740721");
  });

  it("ch. 29 note 3 and EN 29.36: nicotinamide and nicotinic acid are vitamins (2936.29), not heterocyclic compounds (2933); sodium chloride is salt (2501)", () => {
    const code = (term: string, text: string) => codeFor(term, attrs({ text }));
    const byText = (term: string, text: string) => {
      const r = resolveSplit(entryFor(term), attrs({ text }));
      return r.subheading ?? r.heading;
    };
    expect(byText("pyridine", "niacinamide powder 99% 100g")).toBe("293629");
    expect(byText("pyridine", "isonicotinic acid 99%")).toBe("293339");
    expect(byText("chloride", "sodium chloride 500g")).toBe("250100");
    expect(code("ferric chloride", "ferric chloride etching solution")).toBe("282739");
  });

  it("sprockets for motorcycles are motorcycle parts (8714.10), other sprockets transmission elements (8483.90)", () => {
    const code = (term: string, text: string) => codeFor(term, attrs({ text }));
    expect(code("sprocket", "motorcycle front sprocket 15t 520")).toBe("871410");
    expect(code("sprocket", "roller chain sprocket 40b 20t")).toBe("848390");
  });

  it("a hand pump for a liquid is 8413.20, an air hand pump 8414.20; PTFE thread seal tape is not self-adhesive (3920.99); sterile cotton balls are medical wadding (3005.90)", () => {
    const code = (term: string, text: string) => codeFor(term, attrs({ text }));
    expect(code("hand pump", "hydraulic hand pump single acting 700 bar")).toBe("841320");
    expect(code("hand pump", "hand pump for water well cast iron pitcher")).toBe("841320");
    expect(code("hand pump", "mini bicycle pump hand pump 120 psi")).toBe("841420");
    expect(code("tape", "pipe thread sealant tape ptfe 1/2 inch")).toBe("392099");
    expect(code("tape", "clear packing tape 2 inch 6 rolls")).toBe("391910");
    expect(code("cotton balls", "cotton balls sterile 500pcs")).toBe("300590");
    expect(code("cotton balls", "cotton balls for makeup removal 200pcs")).toBe("560121");
  });

  it("glycolic and malic acids are other carboxylic acids with alcohol function (2918.19), not lactic acid; phenoxyethanol is an ether-alcohol (2909.49); coconut sugar is other sugar (1702.90)", () => {
    const code = (term: string, text: string) => codeFor(term, attrs({ text }));
    expect(code("glycolic acid", "glycolic acid 70% solution")).toBe("291819");
    expect(code("lactic acid", "lactic acid 88% food grade")).toBe("291811");
    expect(code("phenoxyethanol", "phenoxyethanol preservative 100ml")).toBe("290949");
    expect(code("coconut sugar", "organic coconut sugar 1 lb")).toBe("170290");
  });

  it("starches by plant (maize 1108.12, potato 1108.13, tapioca 1108.14); canned chickpeas 2005.99 (2005.51 is beans of Vigna/Phaseolus); rice bran oil 1515.90", () => {
    const code = (term: string, text: string) => codeFor(term, attrs({ text }));
    expect(code("cornstarch", "cornstarch 1 lb")).toBe("110812");
    expect(code("potato starch", "potato starch 500g")).toBe("110813");
    expect(code("chickpeas", "canned chickpeas 15 oz")).toBe("200599");
    expect(code("kidney beans", "canned kidney beans 15 oz")).toBe("200551");
    expect(code("chickpeas", "dried chickpeas 2 lb")).toBe("071320");
    expect(code("rice bran oil", "rice bran oil 1l")).toBe("151590");
  });

  it("abrasive cut-off wheels are grinding wheels of agglomerated abrasives (6804.22; diamond 6804.21), not saw blades (8202) or hand stones (6804.30)", () => {
    const code = (term: string, text: string) => codeFor(term, attrs({ text }));
    expect(code("cutting disc", "metal cutting disc 125mm 25 pack")).toBe("680422");
    expect(code("cut off wheel", "diamond cut off wheel continuous rim")).toBe("680421");
  });

  it("a teether ring is a teether (plastics 3924.90), not a finger ring; dollhouse furniture is a toy (9503), not furniture", () => {
    expect(entryFor("teether ring").terms).toContain("teether");
    expect(resolveSplit(entryFor("silicone teether ring"), attrs({ material: "plastic", text: "silicone teether ring" }), "silicone teether ring").subheading).toBe("392490");
    expect(entryFor("dollhouse furniture").heading).toBe("9503");
    expect(entryFor("doll house kit").heading).toBe("9503");
  });

  it("blankets by fibre; fibre not stated: synthetic (6301.40), what fleece and sherpa throws are made of", () => {
    const b = entryFor("throw blanket");
    expect(resolveSplit(b, attrs({ text: "sherpa throw blanket" })).subheading).toBe("630140");
    expect(resolveSplit(b, attrs({ material: "cotton", text: "cotton waffle throw blanket" })).subheading).toBe("630130");
    expect(resolveSplit(b, attrs({ material: "wool", text: "merino wool throw blanket" })).subheading).toBe("630120");
  });

  it("a camera lens cap is a camera accessory (9006.91), not a cap of 6505; a wireless charger stand is a charger", () => {
    expect(index.matchText("Camera Lens Cap 58mm").map((m) => m.term)).toContain("camera lens cap");
    expect(index.matchText("Magnetic Wireless Charger Stand 15W").map((m) => m.term)).toContain("wireless charger stand");
    expect(entryFor("wireless charger stand").heading).toBe(entryFor("wireless charger").heading);
  });

  it("stair edge protectors are stair nosings: of plastics builders' ware for staircases 392590 (ch. 39 note 11), of aluminium 760429", () => {
    const nosing = entryFor("stair edge protector");
    expect(resolveSplit(nosing, attrs({ material: "plastic", text: "anti slip pvc stair edge protector" })).subheading).toBe("392590");
    expect(resolveSplit(nosing, attrs({ material: "aluminium", text: "aluminium step edge trim" })).subheading).toBe("760429");
  });
});

describe("household appliances of base metal", () => {
  it("a fondue pot on a spirit or gel burner is a non-electric cooking appliance of iron or steel (7321.12 liquid fuel), not a pot (7323); on gas 7321.11, on a tealight 7321.19; electric 8516.79", () => {
    const f = entryFor("fondue set");
    expect(resolveSplit(f, attrs({ material: "iron_steel", text: "steel fondue set with spirit burner and six forks" })).subheading).toBe("732112");
    expect(resolveSplit(f, attrs({ material: "iron_steel", text: "fondue set with tealight warmer" })).subheading).toBe("732119");
    expect(resolveSplit(f, attrs({ text: "electric fondue set 1000 w", powerSource: "electric" })).subheading).toBe("851679");
    expect(resolveSplit(f, attrs({ material: "copper", text: "copper fondue pot with burner" })).subheading).toBe("741810");
  });
});

describe("articles by material and construction", () => {
  it("a fashion poncho is a knitted slip-on cape unless stated woven: women's 6102 by fibre (ch. 61), woven 6202; a rain poncho stays woven outerwear", () => {
    const p = entryFor("poncho");
    expect(resolveSplit(p, attrs({ material: "synthetic", text: "women's poncho of acrylic yarn with fringe" })).subheading).toBe("610230");
    expect(resolveSplit(p, attrs({ material: "wool", text: "woven wool poncho", construction: "woven" })).subheading).toBe("620220");
    expect(entryFor("rain poncho").heading).toBe("6202");
  });

  it("a padded or insulated vest is a padded sleeveless jacket of the coat headings (6202 women's woven, 6201 men's, 6101/6102 knitted), not a singlet or other garment", () => {
    const v = entryFor("vest");
    expect(resolveSplit(v, attrs({ material: "synthetic", text: "women's vest of polyester woven fabric with polyester padding" }), "vest").heading).toBe("6202");
    expect(resolveSplit(v, attrs({ material: "synthetic", text: "men's quilted vest", gender: "men" }), "vest").heading).toBe("6201");
    expect(resolveSplit(v, attrs({ material: "cotton", text: "cotton rib vest" }), "vest").heading).toBe("6109");
  });

  it("felt tape is felt whether or not coated with adhesive (heading 5602, needleloom felt 5602.10), not self-adhesive plastic tape 3919", () => {
    const t = entryFor("felt tape");
    expect(resolveSplit(t, attrs({ text: "needle punched felt tape with pressure sensitive adhesive" }), "felt tape").subheading).toBe("560210");
    expect(resolveSplit(t, attrs({ text: "black felt tape for instrument cases" }), "felt tape").heading).toBe("5602");
    expect(resolveSplit(entryFor("tape"), attrs({ material: "plastic", text: "clear packing tape" }), "tape").subheading).toBe("391910");
  });

  it("packaging bags of polyethylene are sacks and bags for the conveyance or packing of goods (3923.21); of paper 4819.40", () => {
    const b = entryFor("packaging bag");
    expect(resolveSplit(b, attrs({ material: "plastic", text: "polyethylene packaging bag with header card" }), "packaging bag").subheading).toBe("392321");
    expect(resolveSplit(b, attrs({ material: "paper", text: "kraft paper packaging bag" }), "packaging bag").subheading).toBe("481940");
  });

  it("post-operative eye shields protect the eye and are articles of their material (plastics 3926.90, aluminium 7616.99), not medical instruments of 9018", () => {
    const e = entryFor("eye shield");
    expect(resolveSplit(e, attrs({ material: "plastic", text: "clear plastic eye shield after cataract surgery" })).subheading).toBe("392690");
    expect(resolveSplit(e, attrs({ material: "aluminium", text: "perforated aluminium eye shield" })).subheading).toBe("761699");
  });
});

describe("chemicals and fabrics by what the name says", () => {
  it("a methyl group on a butene makes a pentene: 2-methylbut-2-ene (isoamylene) is another unsaturated acyclic hydrocarbon 2901.29, 2-methylpropene (isobutylene) a butene 2901.23", () => {
    const h = entryFor("butene");
    expect(resolveSplit(h, attrs({ text: "2-methyl-1-butene" }), "butene").subheading).toBe("290129");
    expect(resolveSplit(entryFor("isobutylene"), attrs({ text: "isobutylene" }), "isobutylene").subheading).toBe("290123");
    expect(resolveSplit(entryFor("hexene"), attrs({ text: "1-hexene" }), "hexene").subheading).toBe("290129");
    expect(resolveSplit(entryFor("isoprene"), attrs({ text: "isoprene monomer" }), "isoprene").subheading).toBe("290124");
  });

  it("textile fabric laminated or coated with plastics is a fabric of heading 5903, with rubber 5906 (ch. 59 notes 2 and 4), not a plain woven fabric by fibre", () => {
    const f = entryFor("fabric");
    expect(resolveSplit(f, attrs({ material: "plastic", text: "pvc coated polyester fabric for tarpaulins" }), "fabric").heading).toBe("5903");
    expect(resolveSplit(f, attrs({ material: "cotton", text: "cotton fabric" }), "fabric").heading).toBe("5208");
  });
});

describe("the goods, not their material", () => {
  it("a candle made of paraffin wax is a candle (3406); the wax itself is paraffin wax 2712.20 or beeswax 1521.90", () => {
    expect(resolveSplit(entryFor("candle"), attrs({ text: "pillar candle made of paraffin wax" }), "candle").subheading).toBe("340600");
    expect(resolveSplit(entryFor("paraffin wax"), attrs({ text: "paraffin wax pellets" }), "paraffin wax").subheading).toBe("271220");
    expect(resolveSplit(entryFor("beeswax"), attrs({ text: "beeswax block" }), "beeswax").subheading).toBe("152190");
  });

  it("a bracket of base metal is one of the 'brackets and similar fixtures' of 8302.50, whatever it is used to mount; of plastics 3926.90", () => {
    expect(resolveSplit(entryFor("bracket"), attrs({ material: "iron_steel", text: "steel bracket used to mount an antenna to a wall" }), "bracket").subheading).toBe("830250");
    expect(resolveSplit(entryFor("bracket"), attrs({ material: "plastic", text: "plastic bracket" }), "bracket").subheading).toBe("392690");
  });

  it("paints based on polymers dispersed in water are heading 3209 (aqueous medium), not 3208 (non-aqueous)", () => {
    expect(resolveSplit(entryFor("paint"), attrs({ text: "industrial paint based on acrylic polymers dispersed in water" }), "paint").heading).toBe("3209");
  });

  it("polyethylene terephthalate pellets are a polyester in primary form (3907), not a polymer of ethylene (3901)", () => {
    expect(resolveSplit(entryFor("resin pellets"), attrs({ material: "plastic", text: "polyethylene terephthalate resin pellets" }), "resin pellets").heading).toBe("3907");
    expect(resolveSplit(entryFor("resin pellets"), attrs({ material: "plastic", text: "polyethylene resin pellets" }), "resin pellets").heading).toBe("3901");
  });

  it("a stuffed or plush dog toy is a made-up textile article (6307.90) — pet toys are not toys of 9503 and go by their material", () => {
    expect(resolveSplit(entryFor("dog toy"), attrs({ text: "plush dog toy with squeaker" }), "dog toy").subheading).toBe("630790");
  });

  it("a set of stainless knives, forks and spoons is a set of assorted cutlery (8215.20, knives included by the note to 8211); single spoons 8215.99", () => {
    expect(resolveSplit(entryFor("cutlery set"), attrs({ material: "stainless_steel", text: "24 piece cutlery set of knives, forks and spoons", isSet: true }), "cutlery set").subheading).toBe("821520");
    expect(resolveSplit(entryFor("teaspoon"), attrs({ material: "stainless_steel", text: "stainless teaspoon" }), "teaspoon").subheading).toBe("821599");
  });

  it("leather work gloves are other gloves of leather (4203.29); 4203.21 is only for gloves specially designed for a sport", () => {
    expect(resolveSplit(entryFor("work gloves"), attrs({ material: "leather", text: "work gloves with leather palms" }), "work gloves").subheading).toBe("420329");
  });
});

describe("phrase matching across qualifiers", () => {
  it("a noun in -ing is not matched by the bare or past form of its verb: 'cast iron' is no casting, 'teddy bear' no bearing, 'fitted sheet' no fitting; 'castings' still are", () => {
    expect(inflectionOf("cast", "casting")).toBe(false);
    expect(inflectionOf("bear", "bearing")).toBe(false);
    expect(inflectionOf("fitted", "fitting")).toBe(false);
    expect(inflectionOf("castings", "casting")).toBe(true);
    expect(inflectionOf("batteries", "battery")).toBe(true);
  });

  it("does not join words across 'with', 'of', 'for' into one term — 'a ceiling fan with a light kit' is a ceiling fan, not a 'ceiling fan light'; a term written with the preposition still matches", () => {
    const terms = (t: string) => index.matchText(t).map((m) => m.term);
    expect(terms("a ceiling fan with a light kit")).toContain("ceiling fan");
    expect(terms("a ceiling fan with a light kit")).not.toContain("ceiling fan light");
    expect(terms("ceiling fan light")).toContain("ceiling fan light");
    expect(terms("a collar for dogs")).toContain("collar for dogs");
  });

  it("a term written with a preposition does not match where the text has none: human 'hair for wigs' (6703) is not the 'hair wig' of a wig title (6704)", () => {
    const terms = (t: string) => index.matchText(t).map((m) => m.term);
    expect(terms("human hair for wigs")).toContain("hair for wigs");
    expect(terms("acrylic hair wig long curly")).not.toContain("hair for wigs");
    expect(terms("acrylic hair wig long curly")).toContain("wig");
    // nor where the text has another preposition: a photo frame with a glass front is no "frame for glasses"
    expect(terms("a plastic photo frame with a glass front")).not.toContain("frames for glasses");
  });

  it("two words the lexicon writes as one read as that word: 'Tooth Brush' is a toothbrush, 'Flash Light' a flashlight, 'Black Pepper Corns' peppercorns (not maize)", () => {
    const terms = (t: string) => index.matchText(t).map((m) => m.term);
    expect(terms("electric tooth brush for adults")).toContain("electric toothbrush");
    expect(terms("tooth brush soft bristles")).toContain("toothbrush");
    expect(terms("flash light led rechargeable")).toContain("flashlight");
    expect(terms("whole black pepper corns")).toContain("peppercorns");
    expect(terms("whole black pepper corns")).not.toContain("corn");
    // not across a stop word: a table with a top has no tabletop
    expect(terms("a wooden dining table with a top made of oak")).not.toContain("tabletop");
    // words that do not make a lexicon word together stay apart
    expect(terms("ceiling fan light")).toContain("ceiling fan light");
  });
});

describe("soaps, vitamins and engine air filters", () => {
  it("soap in the form of a liquid or cream for washing the skin is 3401.30 whatever its name; soap in bars stays 3401.11", () => {
    const e = entryFor("hand soap");
    expect(resolveSplit(e, attrs({ text: "a hand soap in liquid form put up in a pump bottle" }), "hand soap").subheading).toBe("340130");
    expect(resolveSplit(e, attrs({ text: "hand soap bar lavender" }), "hand soap").subheading).toBe("340111");
  });

  it("a vitamin is a chemical of chapter 29 (note 1), but put up as tablets or capsules for use as a food supplement it is a food preparation (2106.90; chapter 30 note 1(a))", () => {
    const e = entryFor("ascorbic acid");
    expect(resolveSplit(e, attrs({ text: "ascorbic acid powder 25 kg bag" }), "ascorbic acid").subheading).toBe("293627");
    expect(resolveSplit(e, attrs({ text: "vitamin c tablets ascorbic acid 1000 mg as a dietary supplement" }), "ascorbic acid").subheading).toBe("210690");
  });

  it("an engine's air filter element is an intake air filter (8421.31), a cabin air filter element one for other gases (8421.39), not a part of filtering machinery (8421.99)", () => {
    expect(resolveSplit(entryFor("air filter element"), attrs({ text: "car air filter element pleated paper", uses: ["vehicle"] }), "air filter element").subheading).toBe("842131");
    expect(resolveSplit(entryFor("cabin air filter element"), attrs({ text: "cabin air filter element for toyota", uses: ["vehicle"] }), "cabin air filter element").subheading).toBe("842139");
  });
});

describe("fishing tackle and vacuum cleaners", () => {
  it("a lure kit is lures, 'other' fishing tackle (9507.90), though it names the treble hooks on them (GRI 3(b)); fish hooks are 9507.20", () => {
    const e = entryFor("fishing lure");
    expect(resolveSplit(e, attrs({ text: "fishing lure kit 50pcs hard baits minnow crankbait treble hooks" }), "fishing lure").subheading).toBe("950790");
    expect(resolveSplit(e, attrs({ text: "fishing hooks 100pcs high carbon steel" }), "fishing hooks").subheading).toBe("950720");
  });

  it("a handheld car vacuum that also takes liquids is still one of ≤ 1,500 W and ≤ 20 l (8508.11); a wet-and-dry shop vacuum is 8508.19", () => {
    const e = entryFor("car vacuum");
    expect(resolveSplit(e, attrs({ text: "car vacuum cleaner cordless handheld portable wet dry 12v" }), "car vacuum").subheading).toBe("850811");
    expect(resolveSplit(e, attrs({ text: "wet dry vacuum 30 litre 1600w" }), "wet dry vacuum").subheading).toBe("850819");
  });
});

describe("batteries (headings 8506, 8507)", () => {
  it("a battery for a laptop, phone or power tool is a lithium-ion accumulator (8507.60), not a primary cell; AA cells stay 8506.10", () => {
    const e = entryFor("battery");
    expect(resolveSplit(e, attrs({ text: "replacement battery for macbook pro a1618 laptop battery" }), "battery").subheading).toBe("850760");
    expect(resolveSplit(e, attrs({ text: "battery for cordless drill 20v" }), "battery").subheading).toBe("850760");
    expect(resolveSplit(e, attrs({ text: "aa battery alkaline 24 pack" }), "aa battery").subheading).toBe("850610");
  });
});

describe("compressors (heading 8414)", () => {
  it("a compressor for a refrigerator, freezer or air conditioner is one of a kind used in refrigerating equipment (8414.30); an air compressor for tools is 8414.80", () => {
    const e = entryFor("compressor");
    expect(resolveSplit(e, attrs({ text: "a compressor for a household refrigerator hermetically sealed" }), "compressor").subheading).toBe("841430");
    expect(resolveSplit(e, attrs({ text: "portable air compressor 50 litre tank for tools" }), "compressor").subheading).toBe("841480");
  });
});

describe("artists' colours (heading 3213)", () => {
  it("acrylic or oil paints put up in sets are 3213.10 (colours in sets), otherwise 3213.90", () => {
    const e = entryFor("acrylic paints");
    expect(resolveSplit(e, attrs({ text: "acrylic paints set 24 colours", isSet: true }), "acrylic paints").subheading).toBe("321310");
    expect(resolveSplit(e, attrs({ text: "acrylic paint 500 ml white" }), "acrylic paints").heading).toBe("3213");
    expect(resolveSplit(e, attrs({ text: "acrylic paint 500 ml white" }), "acrylic paints").subheading).toBeUndefined();
  });
});

describe("cosmetic, toilet and household preparations (chapters 30, 33, 34, 35, 36)", () => {
  const r = (term: string, text: string) => resolveSplit(entryFor(term), attrs({ text }), term);
  it("a serum for the hair is a hair preparation (3305.90), a face serum skin care (3304.99)", () => {
    expect(r("serum", "argan oil hair serum for frizzy hair").subheading).toBe("330590");
    expect(r("serum", "vitamin c face serum").subheading).toBe("330499");
  });

  it("a shampoo for dogs is a preparation for animals (3307.90), not a hair preparation (3305.10)", () => {
    expect(r("shampoo", "dog shampoo for pets").subheading).toBe("330790");
    expect(r("shampoo", "anti dandruff shampoo").subheading).toBe("330510");
  });

  it("scouring powder is a scouring preparation (3405.40), not a washing preparation (3402.50)", () => {
    expect(r("scouring powder", "scouring powder for kitchen cleaning").subheading).toBe("340540");
  });

  it("a hydrating sheet mask is skin care (3304.99); a KN95 face mask is a textile article (6307.90)", () => {
    expect(r("face mask", "hydrating sheet face mask").subheading).toBe("330499");
    expect(r("face mask", "kn95 face mask").subheading).toBe("630790");
  });

  it("denture cleansing tablets are dental-hygiene preparations (3306.90), dentures themselves 9021.21", () => {
    expect(r("denture cleansing tablets", "denture cleansing tablets").subheading).toBe("330690");
    expect(r("dentures", "denture cleansing tablets").subheading).toBe("330690");
    expect(r("dentures", "full set dentures").subheading).toBe("902121");
  });

  it("collagen peptides powder is a protein substance (3504); ultrasound gel a coupling gel of 3006.70; lighter refill gas 3606.10", () => {
    expect(r("collagen peptides", "collagen peptides powder unflavored").subheading).toBe("350400");
    expect(r("ultrasound transmission gel", "ultrasound transmission gel").subheading).toBe("300670");
    expect(r("butane gas refill", "butane gas refill for cigarette lighters").subheading).toBe("360610");
  });
});

describe("plastics by polymer", () => {
  it("trash bags are sacks of polymers of ethylene (3923.21) unless made of another plastic (compostable 3923.29)", () => {
    expect(resolveSplit(entryFor("trash bags"), attrs({ text: "heavy duty trash bags 33 gallon" }), "trash bags").subheading).toBe("392321");
    expect(resolveSplit(entryFor("poop bags"), attrs({ text: "compostable dog poop bags" }), "poop bags").subheading).toBe("392329");
  });
});

describe("paints by medium and polymer (heading 3209)", () => {
  it("a water-based acrylic or vinyl (latex) wall paint is 3209.10; artists' acrylic colours stay 3213", () => {
    expect(resolveSplit(entryFor("wall paint"), attrs({ text: "interior acrylic latex wall paint, water-based" }), "wall paint").subheading).toBe("320910");
    expect(resolveSplit(entryFor("acrylic paint"), attrs({ text: "acrylic paint set 24 colors for artists" }), "acrylic paint").heading).toBe("3213");
  });
});

describe("goods by the state or material the heading requires", () => {
  const r = (term: string, text: string, material?: Material) => resolveSplit(entryFor(term), attrs({ text, ...(material ? { material } : {}) }), term);
  it("dried apricots are 0813 and frozen cherries 0811: headings 0807–0809 take those fruits fresh only", () => {
    expect(r("dried apricots", "dried apricots turkish").heading).toBe("0813");
    expect(r("fresh cherries", "fresh cherries").heading).toBe("0809");
  });

  it("canned chicken breast is a poultry preparation (1602), not fresh cuts (0207)", () => {
    expect(r("chicken breast", "canned chicken breast in water").heading).toBe("1602");
  });

  it("coconut water is a fruit juice (2009.89); flavoured sparkling water 2202.10; plain mineral water 2201", () => {
    expect(r("coconut water", "coconut water not from concentrate").subheading).toBe("200989");
    expect(r("sparkling water", "lemon flavored sparkling water").subheading).toBe("220210");
    expect(r("sparkling water", "natural sparkling mineral water").heading).toBe("2201");
  });

  it("water 'not sweetened or flavoured' is denied both (2201, not 2202.10); a 'non-refillable' lighter is the non-refillable pocket lighter (9613.10), not refillable (9613.20)", () => {
    expect(r("mineral water", "natural mineral water, still, not sweetened or flavoured, in pet bottles").heading).toBe("2201");
    expect(r("spring water", "spring water, not sweetened nor flavoured").heading).toBe("2201");
    expect(r("lighter", "pocket lighter, gas-fuelled, non-refillable").subheading).toBe("961310");
    expect(r("lighter", "refillable butane pocket lighter").subheading).toBe("961320");
  });

  it("cooked ham is a preparation of swine hams (1602.41), not ham of 0210; canned chickpeas are other prepared vegetables (2005.99), not dried chickpeas (0713.20)", () => {
    expect(r("ham", "cooked ham made from pork leg, sliced").subheading).toBe("160241");
    expect(r("ham", "smoked ham, bone in").heading).toBe("0210");
    expect(r("chickpeas", "canned chickpeas, cooked, in brine").subheading).toBe("200599");
    expect(r("lentils", "lentils, cooked, in tins").subheading).toBe("200599");
    expect(r("chickpeas", "dried chickpeas, 1 kg").subheading).toBe("071320");
  });

  it("sugar-free gum and sweets are food preparations of 2106.90, not sugar confectionery (EN to 17.04, exclusion (c))", () => {
    expect(r("chewing gum", "chewing gum, sugarfree, with xylitol").subheading).toBe("210690");
    expect(r("hard candy", "sugar-free hard candy, peppermint").subheading).toBe("210690");
    expect(r("chewing gum", "spearmint chewing gum, 10 sticks").subheading).toBe("170410");
  });

  it("plywood of sheets of wood by its outer plies (4412.31 tropical, 4412.33 birch and the other named hardwoods, 4412.39 coniferous)", () => {
    expect(r("plywood", "plywood of 9 plies of birch veneer, each ply not exceeding 6 mm").subheading).toBe("441233");
    expect(r("plywood", "plywood with okoume face veneers").subheading).toBe("441231");
    expect(r("plywood", "radiata pine plywood sheets").subheading).toBe("441239");
  });

  it("a baby bathtub of plastics is a bath (3922.10); PVC electrical conduit a rigid tube of 3917.23, not metal conduit of 8547.90; PVC elbows are plastic fittings (3917.40)", () => {
    expect(r("baby bathtub", "plastic baby bathtub", "plastic").subheading).toBe("392210");
    expect(r("electrical conduit", "pvc electrical conduit pipe, rigid", "plastic").subheading).toBe("391723");
    expect(r("elbows and tees", "pvc pipe fittings elbows and tees", "plastic").subheading).toBe("391740");
  });
});

describe("make-up pencils, metal polishes and polymers in primary forms", () => {
  const r = (term: string, text: string) => resolveSplit(entryFor(term), attrs({ text }), term);
  it("an eyebrow pencil is eye make-up (3304.20), a lip liner lip make-up (3304.10)", () => {
    expect(r("eyebrow pencil", "waterproof eyebrow pencil").subheading).toBe("330420");
    expect(r("lip liner", "lip liner pencil").subheading).toBe("330410");
  });

  it("a stainless steel cleaner is a polish of 3405.90: the metal named is what it cleans", () => {
    expect(r("stainless steel cleaner", "stainless steel cleaner and polish spray").subheading).toBe("340590");
  });

  it("expandable polystyrene beads are polystyrene in primary form (3903.11); PEG 400 a polyether (3907.29), not a peg", () => {
    expect(r("expandable polystyrene beads", "expandable polystyrene beads").subheading).toBe("390311");
    expect(r("peg 400", "polyethylene glycol peg 400").subheading).toBe("390729");
  });
});

describe("articles by their constituent material before their kind", () => {
  it("file folders of plastics are office articles of plastics (3926.10), of paper 4820.30", () => {
    expect(resolveSplit(entryFor("file folder"), attrs({ text: "plastic file folders", material: "plastic" }), "file folder").subheading).toBe("392610");
    expect(resolveSplit(entryFor("file folder"), attrs({ text: "file folders" }), "file folder").subheading).toBe("482030");
  });

  it("floor tiles of rubber are floor coverings of vulcanized rubber (4016.91), not ceramic tiles (6907)", () => {
    expect(resolveSplit(entryFor("floor tiles"), attrs({ text: "rubber gym floor tiles", material: "rubber" }), "floor tiles").subheading).toBe("401691");
  });
});

describe("fruit, nuts and vegetables by state (notes to chapters 7, 8 and 20)", () => {
  it("strawberries: fresh 081010, frozen 081110, in syrup or canned → prepared 200880 (Note 1 to ch. 20)", () => {
    const e = entryFor("strawberries");
    expect(resolveSplit(e, attrs()).subheading).toBe("081010");
    expect(resolveSplit(e, attrs({ processing: ["frozen"] })).subheading).toBe("081110");
    expect(resolveSplit(e, attrs({ text: "strawberries in syrup" })).subheading).toBe("200880");
  });

  it("roasted or salted cashews, hazelnuts or sesame are prepared (Note 1 to ch. 20 → 200819) even when the term names the species", () => {
    expect(resolveSplit(entryFor("cashew nuts"), attrs({ text: "roasted salted cashew nuts", processing: ["roasted", "salted"] }), "cashew nuts").subheading).toBe("200819");
    expect(resolveSplit(entryFor("cashew nuts"), attrs({ text: "cashew nuts" }), "cashew nuts").subheading).toBe("080132");
    expect(resolveSplit(entryFor("sesame seeds"), attrs({ text: "roasted sesame seeds" }), "sesame seeds").subheading).toBe("200819");
  });

  it("tea bags are immediate packings ≤ 3 kg: green tea bags 090210, black tea bags 090230", () => {
    expect(resolveSplit(entryFor("tea bags"), attrs({ text: "organic green tea bags" }), "tea bags").subheading).toBe("090210");
    expect(resolveSplit(entryFor("tea bags"), attrs({ text: "english breakfast black tea bags" }), "tea bags").subheading).toBe("090230");
  });

  it("prepared tomatoes whole or in pieces are 200210, tomato paste 200290; frozen orange juice 200911; corn flakes 190410 (swelled or roasted cereal)", () => {
    expect(resolveSplit(entryFor("tomatoes"), attrs({ text: "canned whole peeled tomatoes" }), "tomatoes").subheading).toBe("200210");
    expect(resolveSplit(entryFor("tomatoes"), attrs({ text: "canned tomato paste" }), "tomatoes").subheading).toBe("200290");
    expect(resolveSplit(entryFor("orange juice"), attrs({ text: "frozen concentrated orange juice" }), "orange juice").subheading).toBe("200911");
    expect(resolveSplit(entryFor("breakfast cereal"), attrs({ text: "corn flakes breakfast cereal" }), "breakfast cereal").subheading).toBe("190410");
  });

  it("olives are vegetables: fresh 0709.92, pitted or in brine 2005.70, in vinegar 2001.90 — not fruit of ch. 8; canned sweet corn 2005.80", () => {
    expect(resolveSplit(entryFor("black olives"), attrs({ text: "pitted black olives in brine" }), "black olives").subheading).toBe("200570");
    expect(resolveSplit(entryFor("green olives"), attrs({ text: "fresh green olives" }), "green olives").subheading).toBe("070992");
    expect(resolveSplit(entryFor("sweet corn kernels"), attrs({ text: "canned sweet corn kernels" }), "sweet corn kernels").subheading).toBe("200580");
  });

  it("ribs are cuts with bone in other than hams and shoulders: pork 020319 fresh / 020329 frozen; barbecued ribs are a meat preparation (1602)", () => {
    expect(resolveSplit(entryFor("spare ribs"), attrs({ text: "pork spare ribs" })).subheading).toBe("020319");
    expect(resolveSplit(entryFor("spare ribs"), attrs({ text: "frozen pork spare ribs", processing: ["frozen"] })).subheading).toBe("020329");
    expect(resolveSplit(entryFor("spare ribs"), attrs({ text: "bbq pork spare ribs" })).heading).toBe("1602");
  });

  it("almonds shelled 080212, roasted or salted → 200819 (roasting is not a ch. 8 process)", () => {
    const e = entryFor("almonds");
    expect(resolveSplit(e, attrs()).subheading).toBe("080212");
    expect(resolveSplit(e, attrs({ processing: ["roasted", "salted"] })).subheading).toBe("200819");
  });

  it("frozen sweetcorn has its own subheading 071040; frozen peas 071021; other frozen vegetables 071080", () => {
    expect(resolveSplit(entryFor("sweetcorn"), attrs({ processing: ["frozen"], text: "frozen sweetcorn kernels" }), "sweetcorn").subheading).toBe("071040");
    expect(resolveSplit(entryFor("green peas"), attrs({ processing: ["frozen"] })).subheading).toBe("071021");
    expect(resolveSplit(entryFor("asparagus"), attrs({ processing: ["frozen"] })).subheading).toBe("071080");
  });

  it("par-fried frozen chips are prepared potatoes 200410, not frozen vegetables 071010", () => {
    expect(entryFor("french fries").subheading).toBe("200410");
    expect(resolveSplit(entryFor("potatoes"), attrs({ processing: ["frozen"] })).subheading).toBe("071010");
  });
});

describe("a kind of vegetable keeps its state (ch. 7 fresh / 0710 frozen / 0712 dried / ch. 20 prepared)", () => {
  const veg = (t: string) => index.lookup(t)!.find((e) => e.terms[0] === "asparagus")!;
  it("the kind named by the term decides with its state: canned artichokes 200599, frozen shiitake 071080, dried shiitake 071239, mushrooms preserved otherwise than by vinegar 200390, dried sweet peppers 090421", () => {
    expect(resolveSplit(veg("artichokes"), attrs({ text: "canned artichoke hearts" }), "artichokes").subheading).toBe("200599");
    expect(resolveSplit(veg("shiitake"), attrs({ processing: ["frozen"] }), "shiitake").subheading).toBe("071080");
    expect(resolveSplit(veg("shiitake"), attrs({ processing: ["dried"] }), "shiitake").subheading).toBe("071239");
    expect(resolveSplit(veg("mushrooms"), attrs({ text: "button mushrooms in brine" }), "mushrooms").subheading).toBe("200390");
    expect(resolveSplit(veg("mushrooms"), attrs({ text: "mushrooms in white wine vinegar" }), "mushrooms").subheading).toBe("200190");
    expect(resolveSplit(veg("capsicum"), attrs({ processing: ["dried"] }), "capsicum").subheading).toBe("090421");
    expect(resolveSplit(veg("celery"), attrs(), "celery").subheading).toBe("070940");
  });

  it("stone fruit by kind and state: fresh cherries 080929 (not peaches), dried peaches 081340 and dried apricots 081310 (not prunes 081320), canned apricots 200850", () => {
    const stone = (t: string) => index.lookup(t)!.find((e) => e.terms[0] === "apricot")!;
    expect(resolveSplit(stone("cherries"), attrs({ text: "fresh cherries" }), "cherries").subheading).toBe("080929");
    expect(resolveSplit(stone("peaches"), attrs({ processing: ["dried"] }), "peaches").subheading).toBe("081340");
    expect(resolveSplit(stone("apricots"), attrs({ text: "sun dried apricots" }), "apricots").subheading).toBe("081310");
    expect(resolveSplit(stone("apricots"), attrs({ text: "apricot halves in syrup" }), "apricots").subheading).toBe("200850");
    expect(resolveSplit(stone("prunes"), attrs(), "prunes").subheading).toBe("081320");
  });
});

describe("trade names of foods and live animals (chapters 01–24)", () => {
  it("stallions, mares and foals are live horses 0101; for breeding or stud → pure-bred breeding animals 010121", () => {
    expect(resolveSplit(entryFor("gelding"), attrs()).subheading).toBe("010129");
    expect(resolveSplit(entryFor("mare"), attrs({ text: "pedigree mare for breeding" })).subheading).toBe("010121");
  });

  it("seasoned, marinated or coated meat is prepared beyond ch. 2 → 1602, even when the term names the kind of meat ('marinated pork chops', 'breaded turkey breast')", () => {
    expect(resolveSplit(entryFor("pork chops"), attrs({ text: "bbq marinated pork chops" }), "pork chops").heading).toBe("1602");
    expect(resolveSplit(entryFor("pork chops"), attrs({ text: "frozen pork chops" }), "pork chops").heading).toBe("0203");
    expect(resolveSplit(entryFor("turkey breast"), attrs({ text: "breaded turkey breast" }), "turkey breast").heading).toBe("1602");
    expect(entryFor("turkey breast").heading).toBe("0207");
  });

  it("uncooked doughs for bakers' wares are 190120, not the bread they become (1905)", () => {
    expect(entryFor("cookie dough").subheading).toBe("190120");
    expect(entryFor("puff pastry").subheading).toBe("190120");
  });

  it("supplements: for people 210690, for horses or livestock feed preparations 230990, for dogs and cats 230910; with cocoa chocolate preparations 180690", () => {
    const supp = (text: string, term: string) => resolveSplit(entryFor("supplement"), attrs({ text }), term).subheading;
    expect(supp("magnesium supplement", "supplement")).toBe("210690");
    expect(supp("equine hoof supplement pellets", "supplement")).toBe("230990");
    expect(supp("calming supplement for cats", "supplement")).toBe("230910");
    expect(resolveSplit(entryFor("whey protein"), attrs({ text: "cocoa whey protein" }), "whey protein").subheading).toBe("180690");
  });
});

describe("trade names and defaults of manufactured goods", () => {
  it("commercial refrigerating cabinets (reach-in, under-counter, restaurant) are 841850, not household refrigerators 841821", () => {
    const fridge = entryFor("freezer");
    expect(resolveSplit(fridge, attrs({ text: "reach-in freezer for restaurant kitchens" })).subheading).toBe("841850");
    expect(resolveSplit(fridge, attrs({ text: "chest freezer for shops" })).subheading).toBe("841830");
    expect(resolveSplit(fridge, attrs({ text: "kitchen fridge" })).subheading).toBe("841821");
  });

  it("junction boxes make connections (853690); empty electrical back boxes are parts (853890)", () => {
    const e = index.lookup("junction box")![0]!;
    expect(resolveSplit(e, attrs({ text: "ip65 junction box" }), "junction box").subheading).toBe("853690");
    expect(resolveSplit(e, attrs({ text: "empty electrical box for wall mounting" }), "electrical box").subheading).toBe("853890");
  });

  it("cable trays and cable ladders are structures: steel (the usual material) 730890, aluminium 761090, plastics 392590", () => {
    const e = entryFor("cable ladder");
    expect(resolveSplit(e, attrs({ text: "galvanised cable ladder" }), "cable ladder").subheading).toBe("730890");
    expect(resolveSplit(e, attrs({ text: "cable tray", material: "aluminium" }), "cable tray").subheading).toBe("761090");
    expect(resolveSplit(e, attrs({ text: "cable tray", material: "plastic" }), "cable tray").subheading).toBe("392590");
  });

  it("face washes and cleansers are preparations for washing the skin (340130); creams and serums stay skin care (330499)", () => {
    const e = entryFor("facial cleanser");
    expect(resolveSplit(e, attrs({ text: "foaming facial cleanser" }), "facial cleanser").subheading).toBe("340130");
    expect(resolveSplit(e, attrs({ text: "cleansing balm with oat extract" }), "cleansing balm").subheading).toBe("340130");
    expect(resolveSplit(e, attrs({ text: "night cream" }), "body cream").subheading).toBe("330499");
  });

  it("other articles of wood without a named kind are the residual 442199 (bamboo 442191), not clothes hangers 442110", () => {
    expect(resolveSplit(entryFor("clothes pegs"), attrs()).subheading).toBe("442199");
    expect(resolveSplit(entryFor("clothes pegs"), attrs({ material: "bamboo" })).subheading).toBe("442191");
  });

  it("a mop head or pad sold alone is no mop (9603): of yarn an article of yarn 560900, of fabric a floor cloth 630710", () => {
    const mop = (text: string, term: string) => resolveSplit(entryFor("mop head"), attrs({ text }), term).subheading;
    expect(mop("replacement string mop head", "string mop head")).toBe("560900");
    expect(mop("microfibre flat mop pad", "mop pad")).toBe("630710");
    expect(mop("spin mop with bucket", "spin mop")).toBe("960390");
  });

  it("crisps and chips of a named vegetable other than potato are that vegetable prepared (tomatoes 200210, beetroot 200599); of apples dried apples 081330", () => {
    const crisps = index.lookup("crisps")!.find((e) => e.subheading === "200520")!;
    expect(resolveSplit(crisps, attrs({ text: "beetroot crisps" }), "crisps").subheading).toBe("200599");
    expect(resolveSplit(crisps, attrs({ text: "baked tomato crisps" }), "crisps").subheading).toBe("200210");
    expect(resolveSplit(crisps, attrs({ text: "sea salt crisps" }), "crisps").subheading).toBe("200520");
    const chips = index.lookup("chips")![0]!;
    expect(resolveSplit(chips, attrs({ text: "parsnip chips" }), "chips").subheading).toBe("200599");
    expect(resolveSplit(chips, attrs({ text: "dried apple chips" }), "chips").subheading).toBe("081330");
  });

  it("nuts sold as snacks are prepared nuts (ch. 20): groundnuts 200811, other nuts 200819", () => {
    expect(resolveSplit(entryFor("cocktail nuts"), attrs({ text: "cocktail nuts" })).subheading).toBe("200819");
    expect(resolveSplit(entryFor("spiced nuts"), attrs({ text: "spiced peanuts and cashews" })).subheading).toBe("200811");
  });

  it("sports and performance cars: large spark-ignition engines 870324 unless electric 870380", () => {
    expect(resolveSplit(entryFor("supercar"), attrs({ text: "v8 supercar" })).subheading).toBe("870324");
    expect(resolveSplit(entryFor("supercar"), attrs({ text: "electric supercar" })).subheading).toBe("870380");
  });

  it("'computer accessories' are parts and accessories of computers 847330; 'clothing accessories' made-up clothing accessories (woven 621710 unless knitted 611780)", () => {
    expect(entryFor("computer accessories").subheading ?? resolveSplit(entryFor("computer accessories"), attrs()).subheading).toBe("847330");
    expect(resolveSplit(entryFor("clothing accessories"), attrs()).subheading).toBe("621710");
    expect(resolveSplit(entryFor("clothing accessories"), attrs({ construction: "knitted" })).subheading).toBe("611780");
  });

  it("material adjectives read as the material noun terms are written with: 'wooden flooring' is wood flooring, 'woollen blanket' a wool blanket", () => {
    expect(index.matchText("oak wooden flooring").map((m) => m.term)).toContain("wood flooring");
    expect(index.matchText("woollen blanket").map((m) => m.term)).toContain("wool blanket");
    expect(index.matchText("wooden spoon").map((m) => m.term)).toContain("wooden spoon");
  });

  it("cut roses and rose bouquets are cut flowers 0603, and tinned fish is a fish preparation 1604", () => {
    expect(resolveSplit(entryFor("cut roses"), attrs({ text: "cut roses" }), "cut roses").heading).toBe("0603");
    expect(resolveSplit(entryFor("mackerel"), attrs({ text: "tinned mackerel" }), "mackerel").heading).toBe("1604");
    expect(resolveSplit(entryFor("mackerel"), attrs({ text: "mackerel in brine" }), "mackerel").heading).toBe("1604");
  });

  it("farm animals by trade name are live animals (heifers 0102, piglets 0103, ewes 0104, laying hens 0105); with meat words their meat, with wool or hides those", () => {
    expect(resolveSplit(entryFor("heifers"), attrs({ text: "pedigree heifers" })).subheading).toBe("010221");
    expect(resolveSplit(entryFor("piglets"), attrs({ text: "weaned piglets" })).subheading).toBe("010392");
    expect(resolveSplit(entryFor("ewes"), attrs({ text: "ewes" })).subheading).toBe("010410");
    expect(resolveSplit(entryFor("ewes"), attrs({ text: "ewe mutton chops" })).heading).toBe("0204");
    expect(resolveSplit(entryFor("ewes"), attrs({ text: "greasy wool from ewes" })).heading).toBe("5101");
    expect(resolveSplit(entryFor("laying hens"), attrs({ text: "laying hens" })).subheading).toBe("010594");
    expect(resolveSplit(entryFor("goslings"), attrs({ text: "goslings" })).subheading).toBe("010599");
  });

  it("agricultural raw materials by trade name: ginger 0910, chilli flakes 090422, hop pellets 121020, canola seed 120510, beet pulp 230320, fish meal 230120, burger patties 1602", () => {
    expect(resolveSplit(entryFor("ground ginger"), attrs({ text: "ground ginger" })).subheading).toBe("091012");
    expect(resolveSplit(entryFor("ginger root"), attrs({ text: "ginger root" })).subheading).toBe("091011");
    expect(resolveSplit(entryFor("crushed chillies"), attrs({ text: "crushed chillies" })).subheading).toBe("090422");
    expect(resolveSplit(entryFor("hop pellets"), attrs({ text: "hop pellets t90" })).subheading).toBe("121020");
    expect(resolveSplit(entryFor("canola seed"), attrs()).subheading).toBe("120510");
    expect(resolveSplit(entryFor("beet pulp"), attrs({ text: "dried beet pulp" })).subheading).toBe("230320");
    expect(resolveSplit(entryFor("meat meal"), attrs({ text: "meat meal" })).subheading).toBe("230110");
    expect(resolveSplit(entryFor("burger patties"), attrs({ text: "frozen chicken burger patties" })).subheading).toBe("160232");
  });

  it("subheading texts as terms: printed books in single sheets or loose-leaf 490110; flow gauges for liquids 902610; frameworks are structures 730890 (aluminium 7610); a 'plastic item' is an article of plastics 392690", () => {
    expect(resolveSplit(entryFor("books"), attrs({ text: "printed book pages in loose sheets" })).subheading).toBe("490110");
    expect(resolveSplit(entryFor("flow gauge"), attrs({ text: "water flow gauge" }), "flow gauge").subheading).toBe("902610");
    expect(resolveSplit(entryFor("framework"), attrs({ text: "galvanised steel framework" })).subheading).toBe("730890");
    expect(resolveSplit(entryFor("framework"), attrs({ text: "aluminium framework", material: "aluminium" })).heading).toBe("7610");
    expect(index.lookup("plastic item")![0]!.heading).toBe("3926");
  });

  it("of two equally long overlapping terms the later wins, English compounds being head-final: a 'handheld console case' is a console case (4202), a 'game controller case' a controller case", () => {
    expect(index.matchText("padded handheld console case").map((m) => m.term)).toContain("console case");
    expect(index.matchText("game controller case").map((m) => m.term)).toContain("controller case");
  });

  it("kinds sharing a vegetable entry keep their own subheadings: spinach 070970 (frozen 071030), garlic 070320, leeks 070390, broccoli 070410, beetroot 070690", () => {
    expect(resolveSplit(entryFor("spinach"), attrs({ text: "baby spinach" }), "spinach").subheading).toBe("070970");
    expect(resolveSplit(entryFor("spinach"), attrs({ processing: ["frozen"] }), "spinach").subheading).toBe("071030");
    expect(resolveSplit(entryFor("garlic"), attrs({ text: "fresh garlic" }), "garlic").subheading).toBe("070320");
    expect(resolveSplit(entryFor("leeks"), attrs(), "leeks").subheading).toBe("070390");
    expect(resolveSplit(entryFor("broccoli"), attrs(), "broccoli").subheading).toBe("070410");
    expect(resolveSplit(entryFor("beetroot"), attrs(), "beetroot").subheading).toBe("070690");
    expect(resolveSplit(entryFor("onions"), attrs({ processing: ["dried"] }), "onions").subheading).toBe("071220");
  });

  it("everyday foods at six digits: frozen prawns 030617 (fresh 030636 by the nomenclature), cheese by kind (cheddar 040690, grated 040620, mozzarella fresh 040610), still wine in bottles 220421", () => {
    const fish = entryFor("prawns");
    expect(resolveSplit(fish, attrs({ text: "frozen king prawns", processing: ["frozen"] }), "prawns").subheading).toBe("030617");
    const dairy = entryFor("cheddar");
    expect(resolveSplit(dairy, attrs({ text: "mature cheddar" }), "cheddar").subheading).toBe("040690");
    expect(resolveSplit(dairy, attrs({ text: "grated cheddar" }), "cheddar").subheading).toBe("040620");
    expect(resolveSplit(dairy, attrs({ text: "buffalo mozzarella" }), "mozzarella").subheading).toBe("040610");
    expect(resolveSplit(entryFor("red wine"), attrs({ text: "bottle of rioja red wine" }), "red wine").subheading).toBe("220421");
  });

  it("washing and cleaning preparations put up for retail sale are 340250 whatever their form (HS 2022), in bulk 340290", () => {
    const e = entryFor("laundry liquid");
    expect(resolveSplit(e, attrs({ text: "lavender laundry liquid 1.5l" }), "laundry liquid").subheading).toBe("340250");
    expect(resolveSplit(e, attrs({ text: "laundry liquid in 200 l drums for industrial laundries" }), "laundry liquid").subheading).toBe("340290");
  });
});

describe("marketplace splits: a word of the title must not override what the term names", () => {
  const all = (term: string) => index.lookup(term) ?? [];

  it("a pillow or cushion of memory foam stays bedding 940490: only mattresses of cellular plastics are 940421", () => {
    const text = "memory foam contour pillow for neck support";
    expect(resolveSplit(entryFor("pillow"), attrs({ text }), "pillow").subheading).toBe("940490");
    expect(resolveSplit(entryFor("seat cushion"), attrs({ text: "memory foam seat cushion" }), "seat cushion").subheading).toBe("940490");
    expect(resolveSplit(entryFor("memory foam mattress"), attrs({ text: "memory foam mattress queen" }), "memory foam mattress").subheading).toBe("940421");
  });

  it("a candle named with its wax is a candle 340600 (heading 3406), the wax on its own is 3404", () => {
    expect(resolveSplit(entryFor("jar candle"), attrs({ text: "lavender jar candle soy wax 8oz" }), "jar candle").subheading).toBe("340600");
    expect(resolveSplit(entryFor("soy wax"), attrs({ text: "soy wax flakes for candle making" }), "soy wax").heading).toBe("3404");
  });

  it("brushes for applying cosmetics are named in 960330 with artists' brushes; hair and eyelash brushes stay 960329", () => {
    for (const e of all("makeup brush")) expect(resolveSplit(e, attrs({ text: "kabuki makeup brush set" }), "makeup brush").subheading).toBe("960330");
    for (const e of all("hair brush")) expect(resolveSplit(e, attrs({ text: "detangling hair brush" }), "hair brush").subheading).toBe("960329");
  });

  it("fake, faux or artificial plants are articles of 6702 (plastics 670210), not live plants or foliage of chapter 6", () => {
    expect(resolveSplit(entryFor("succulents"), attrs({ text: "fake succulents in pots", material: "plastic" }), "succulents").subheading).toBe("670210");
    expect(resolveSplit(entryFor("succulents"), attrs({ text: "live succulents 5 pack" }), "succulents").heading).toBe("0602");
  });
});

describe("-ed adjectives are not the nouns they derive from", () => {
  const names = (text: string) => index.matchText(text, "name").map((m) => m.term);

  it("'wired' headphones have wires, a 'padded' strap has padding, 'plated' earrings are plated: none names those goods", () => {
    expect(names("kids headphones wired with microphone")).not.toContain("wire");
    expect(names("sling bag shoulder padded strap")).not.toContain("shoulder pads");
    expect(names("gold plated hoop earrings")).not.toContain("plate");
    expect(names("spool of wire 2.5mm")).toContain("wire");
  });

  it.each([
    ["wired", "wire", true], ["padded", "shoulder pads", true], ["plated", "plate", true],
    ["wire", "wire", false], ["dried", "dried", false], ["bed", "bed", false], ["knives", "knife", false],
  ])("%s is an -ed form of %s → %s", (surface, term, ok) => {
    expect(participleOf(surface as string, term as string)).toBe(ok);
  });
});

describe("overlapping compounds are head-final", () => {
  const names = (text: string) => index.matchText(text, "name").map((m) => m.term);

  it("of two equally long overlapping terms the later names the goods: 'Electric Guitar Strings' are strings (9209), not a guitar", () => {
    const ms = names("electric guitar strings nickel wound");
    expect(ms).toContain("guitar strings");
    expect(ms).not.toContain("electric guitar");
  });

  it("a cabin (pollen) filter cleans air for the passenger compartment, not the engine intake: 842139, not 842131", () => {
    const e = entryFor("cabin air filter");
    expect(resolveSplit(e, attrs({ text: "cabin air filter for toyota camry", uses: ["vehicle"] }), "cabin air filter").subheading).toBe("842139");
    expect(resolveSplit(e, attrs({ text: "engine air filter for toyota camry", uses: ["vehicle"] }), "engine air filter").subheading).toBe("842131");
  });
});

describe("marketplace compounds name the goods, not a shorter term inside them", () => {
  const names = (text: string) => index.matchText(text, "name").map((m) => m.term);

  it("arch support inserts sold in pairs are footwear parts 640690, not orthopaedic arch supports (EN 90.21)", () => {
    expect(names("gel arch support inserts for flat feet")).toContain("arch support inserts");
    expect(entryFor("arch support inserts").subheading).toBe("640690");
  });

  it("a French press has no heating element: a kitchen article by material (stainless 732393), not an electric coffee maker 851671", () => {
    expect(names("glass french press coffee maker 1l")).toContain("french press coffee maker");
    expect(resolveSplit(entryFor("french press coffee maker"), attrs({ material: "stainless_steel" })).subheading).toBe("732393");
  });

  it("glass coffee and tea makers without heating (French press, cafetiere, teapot) are kitchen glassware 7013.4x, not 'other glassware' 7013.99", () => {
    expect(resolveSplit(entryFor("glass pitcher"), attrs({ text: "glass cafetiere 8 cup", material: "glass" })).subheading).toBe("701349");
    expect(resolveSplit(entryFor("glassware"), attrs({ text: "glassware french press 34oz", material: "glass" })).subheading).toBe("701349");
    expect(resolveSplit(entryFor("french press coffee maker"), attrs({ material: "glass" })).subheading).toBe("701349");
  });

  it("an unpowered cool box (ice chest) is a box for the conveyance of goods (plastics 392310); a soft cooler is an insulated food or beverage bag of 4202 (420292)", () => {
    expect(names("insulated cooler box 45 quart hard sided")).toContain("cooler box");
    expect(resolveSplit(entryFor("cooler box"), attrs({ material: "plastic" })).subheading).toBe("392310");
    expect(resolveSplit(entryFor("soft cooler"), attrs({ material: "synthetic" })).subheading).toBe("420292");
  });

  it("plates named by their use (party, salad, cake plates) are tableware by material: paper 482369, porcelain 691110; a straw sun hat is a plaited hat 650400", () => {
    expect(names("paper party plates disposable 9 inch")).toContain("party plate");
    expect(resolveSplit(entryFor("party plate"), attrs({ material: "paper" })).subheading).toBe("482369");
    expect(resolveSplit(entryFor("salad plate"), attrs({ material: "porcelain" })).subheading).toBe("691110");
    expect(names("women's wide brim straw sun hat packable")).toContain("straw sun hat");
    expect(entryFor("straw sun hat").subheading).toBe("650400");
  });

  it("a bird feeder or kennel of metal is an other article of its metal (iron or steel 732690, aluminium 761699), not an article of wood", () => {
    expect(resolveSplit(entryFor("bird feeder"), attrs({ text: "metal bird feeder", material: "base_metal" })).subheading).toBe("732690");
    expect(resolveSplit(entryFor("kennel"), attrs({ text: "steel dog kennel", material: "iron_steel" })).subheading).toBe("732690");
    expect(resolveSplit(entryFor("bird feeder"), attrs({ text: "wooden bird feeder", material: "wood" })).subheading).toBe("442199");
  });

  it("a glass coffee mug is a drinking glass (7013.37), a glass measuring cup kitchen glassware (7013.49); a pet jacket is a dog coat of heading 4201 ('dog coats and the like')", () => {
    expect(resolveSplit(entryFor("coffee mug"), attrs({ text: "glass coffee mugs double wall", material: "glass" })).subheading).toBe("701337");
    expect(resolveSplit(entryFor("coffee mug"), attrs({ text: "glass measuring cup 2 cup", material: "glass" })).subheading).toBe("701349");
    expect(names("dog raincoat waterproof hooded pet jacket reflective")).toContain("pet jacket");
    expect(entryFor("pet jacket").subheading).toBe("420100");
    expect(names("pencil case large capacity canvas pen pouch")).toContain("pen pouch");
  });

  it("marker tips name markers (a 'chisel tip' is no chisel of 8205), a remote control helicopter is a toy (9503), paper gift bags are other sacks and bags (4819.40)", () => {
    expect(names("highlighters assorted colors chisel tip 10 pack")).toContain("chisel tip");
    expect(resolveSplit(entryFor("chisel tip"), attrs({ text: "highlighters assorted colors chisel tip" })).subheading).toBe("960820");
    expect(entryFor("remote control helicopter").heading).toBe("9503");
    expect(resolveSplit(entryFor("gift bag"), attrs({ text: "gift bags kraft paper with handles", material: "paper" })).subheading).toBe("481940");
  });

  it("a jewellery box organizer is a jewellery box: 4202 by the outer surface (plastic sheeting 420292), of wood 442090", () => {
    expect(resolveSplit(entryFor("jewelry box organizer"), attrs({ material: "plastic" })).subheading).toBe("420292");
    expect(resolveSplit(entryFor("jewelry box organizer"), attrs({ material: "wood" })).subheading).toBe("442090");
  });
});

describe("what the goods come with does not make them the accessory", () => {
  it("a glass jar with a metal screw lid is a jar (GRI 1: the closure is part of the container as presented), not a closure of 7010.20", () => {
    const jar = (text: string) => resolveSplit(entryFor("glass jar"), attrs({ cleanName: text, text }), "glass jar").subheading;
    expect(jar("glass jar with a metal screw lid")).toBe("701090");
    expect(jar("glass jars with lids, 12 pack")).toBe("701090");
    // Named as the kind itself, the lid is the goods.
    expect(resolveSplit(entryFor("glass lid"), attrs({ cleanName: "glass lid for pot", text: "glass lid for pot" }), "glass lid").subheading).toBe("701020");
  });

  it("a jar for keeping food in the kitchen is kitchen glassware 7013.49; a preserving (canning, mason) jar stays a container of 7010", () => {
    const jar = (text: string) => resolveSplit(entryFor("glass jar"), attrs({ cleanName: text, text }), "glass jar").subheading;
    expect(jar("glass jar used to store food in the kitchen")).toBe("701349");
    expect(jar("glass mason jar for canning and storage")).toBe("701090");
  });

  it("paper bags by the width of the base (4819.30 from 40 cm, else 4819.40): without a width, gift and shopping bags are 4819.40, multiwall sacks 4819.30", () => {
    const bag = (text: string) => resolveSplit(entryFor("paper bag"), attrs({ cleanName: text, text, material: "paper" }), "paper bag");
    expect(bag("paper gift bag with rope handles").subheading).toBe("481940");
    expect(resolveSplit(entryFor("paper sack"), attrs({ cleanName: "multiwall paper sacks for cement", text: "multiwall paper sacks for cement", material: "paper" }), "paper sack").subheading).toBe("481930");
    // A stated width is left to the subheading's threshold.
    expect(bag("paper bag with a base width of 45 cm").heading).toBe("4819");
    expect(bag("paper bag with a base width of 45 cm").subheading).toBeUndefined();
  });
});

describe("chapter 60 and 64 subheadings by their own terms", () => {
  it("knitted fabric with 5% or more of elastane and no rubber thread is 6004.10; with rubber thread 6004.90", () => {
    const fab = (text: string) => resolveSplit(entryFor("knitted fabric"), attrs({ cleanName: text, text }), "knitted fabric").subheading;
    expect(fab("knitted fabric 95% polyester 5% elastane")).toBe("600410");
    expect(fab("knitted fabric with rubber thread, 6% elastomeric")).toBe("600490");
  });

  it("subheading note 1 to ch. 64: sneakers are sports footwear only with spikes, cleats and the like — leather ones 6403.99, rubber or plastics 6402.99; textile ones stay in 6404.11, which names training shoes", () => {
    expect(resolveSplit(entryFor("running shoes"), attrs({ material: "leather" }), "running shoes").subheading).toBe("640399");
    expect(resolveSplit(entryFor("sneakers"), attrs({ material: "plastic" }), "sneakers").subheading).toBe("640299");
    expect(resolveSplit(entryFor("sneakers"), attrs({ material: "synthetic" }), "sneakers").subheading).toBe("640411");
    expect(resolveSplit(entryFor("soccer cleats"), attrs({ material: "leather" }), "soccer cleats").subheading).toBe("640319");
  });
});

describe("toy bricks", () => {
  it("bricks named with toys, children or building blocks are construction sets of 9503, not ceramic building bricks of 6904", () => {
    const brick = (text: string) => resolveSplit(entryFor("bricks"), attrs({ cleanName: text, text }), "bricks").subheading ?? resolveSplit(entryFor("bricks"), attrs({ cleanName: text, text }), "bricks").heading;
    expect(brick("building blocks toys creative bricks")).toBe("950300");
    expect(brick("city bricks compatible with major brands, 500 pieces")).toBe("950300");
    expect(brick("red clay bricks for garden walls")).toBe("6904");
  });
});

describe("rolls and coverings named as goods", () => {
  it("a toilet paper roll is toilet paper (4818.10), not paper in rolls of 4802; a PVC floor covering is 3918", () => {
    expect(entryFor("toilet paper roll").subheading ?? entryFor("toilet paper roll").heading).toBe("481810");
    expect(entryFor("pvc floor covering").heading).toBe("3918");
  });
});

describe("kits and covers named by what they hold or cover", () => {
  it("a nail kit for hanging pictures is nails (7317), no manicure kit (8214.20); a fabric toilet seat cover is a textile furnishing (6304.99), a plastic one a lavatory cover (3922.20)", () => {
    expect(codeFor("nail kit", attrs({ text: "picture hanging hooks nails kit 100pcs wall hanger" }))).toBe("731700");
    expect(codeFor("nail kit", attrs({ text: "nail kit with clippers and files" }))).toBe("821420");
    expect(codeFor("toilet seat cover", attrs({ text: "toilet seat cover soft plush", material: "textile" }))).toBe("630499");
    expect(codeFor("toilet seat cover", attrs({ text: "toilet seat cover soft close", material: "plastic" }))).toBe("392220");
  });
});

describe("ruling descriptions: the article itself, not its ingredients, packing or accessories", () => {
  it("frozen 'chips' are British chips, potatoes par-fried and frozen (2004.10), not crisps (2005.20)", () => {
    expect(codeFor("potato chips", attrs({ text: "frozen potato chips, strips of potato pre-fried in sunflower oil", processing: ["frozen", "fried"] }))).toBe("200410");
    expect(codeFor("potato chips", attrs({ text: "salted potato chips 150 g bag" }))).toBe("200520");
  });

  it("a laundry detergent listing 'soap' among liquid ingredients is a washing preparation for retail sale (3402.50), not liquid skin soap (3401.30)", () => {
    expect(codeFor("laundry detergent", attrs({ text: "a liquid laundry detergent containing anionic surfactants, soap, enzymes, put up for retail sale" }))).toBe("340250");
    expect(codeFor("dish soap", attrs({ text: "dish soap liquid 500 ml" }))).toBe("340250");
    expect(codeFor("liquid soap", attrs({ text: "liquid soap for hands 300 ml pump bottle" }))).toBe("340130");
  });

  it("a sweet spread with cocoa is chocolate (1806.90, ch. 17 note 1(b)); without cocoa a food preparation (2106.90), never 'sweets'", () => {
    expect(codeFor("sweet spread", attrs({ text: "a sweet spread of sugar, palm oil, hazelnuts 13%, fat-reduced cocoa 7.4%" }))).toBe("180690");
    expect(codeFor("sweet spread", attrs({ text: "caramelised biscuit sweet spread" }))).toBe("210690");
  });

  it("a drinking beaker is a cup by material (plastics 3924.10, glass 7013.37); a bare beaker is laboratory ware (7017)", () => {
    expect(codeFor("drinking beaker", attrs({ text: "a drinking beaker of melamine resin for children", material: "plastic" }))).toBe("392410");
    expect(codeFor("drinking beaker", attrs({ text: "glass drinking beaker", material: "glass" }))).toBe("701337");
    expect(codeFor("beaker", attrs({ text: "borosilicate beaker 250 ml graduated" }))).toBe("701720");
  });

  it("an LED lamp with its own lamp cap (E27, B22, GU10) is an LED lamp of 8539.52 (HS 2022), a desk lamp a luminaire (9405.21)", () => {
    expect(codeFor("led lamp", attrs({ text: "an led lamp with an e27 screw cap, 9 w, 806 lumens" }))).toBe("853952");
    expect(codeFor("led lamp", attrs({ text: "led desk lamp with e27 socket and fabric shade" }))).not.toBe("853952");
  });

  it("an electric kettle with a concealed heating element is an electro-thermic appliance (8516.79), not a heating resistor (8516.80)", () => {
    expect(codeFor("electric kettle", attrs({ text: "an electric kettle of stainless steel, 1.7 litres, concealed heating element, automatic switch-off" }))).toBe("851679");
    expect(codeFor("heating element", attrs({ text: "heating element 2000 w for a kettle base" }))).toBe("851680");
  });

  it("a wall-mounted split-system air conditioner with a heat-pump function is 8415.10 (named first), not 8415.81", () => {
    expect(codeFor("air conditioning machine", attrs({ text: "air conditioning machine of the wall-mounted split-system type with reversible heat pump" }))).toBe("841510");
    expect(codeFor("air conditioning machine", attrs({ text: "air conditioning machine with refrigerating unit and reversing valve, ducted" }))).toBe("841581");
  });

  it("an ink cartridge that is only a reservoir filled with ink, said to have no print head or electrical parts, is printing ink (3215.11 black), else a printer part (8443.99)", () => {
    const noHead = "an ink cartridge of a plastic reservoir filled with black ink; it does not incorporate a print head or any electrical components";
    expect(codeFor("ink cartridge", attrs({ text: noHead }))).toBe("321511");
    expect(codeFor("ink cartridge", attrs({ text: "ink cartridge with print head, reservoir filled with black ink" }))).toBe("844399");
    expect(codeFor("ink cartridge", attrs({ text: "compatible ink cartridge with chip" }))).toBe("844399");
  });

  it("'covering the ankle but not the knee' denies the knee: rubber boots 6401.92, not 6401.99", () => {
    expect(codeFor("wellington boots", attrs({ text: "wellington boots of moulded pvc, covering the ankle but not the knee" }))).toBe("640192");
    expect(codeFor("wellington boots", attrs({ text: "knee high wellington boots" }))).toBe("640199");
  });
});

describe("ruling descriptions (batch 2): the trade's names for the article", () => {
  it("uncooked pasta containing eggs is 1902.11 whatever its shape; without eggs 1902.19", () => {
    expect(codeFor("spaghetti", attrs({ text: "dried spaghetti of durum wheat semolina and fresh eggs, uncooked" }))).toBe("190211");
    expect(codeFor("spaghetti", attrs({ text: "dried spaghetti of durum wheat semolina" }))).toBe("190219");
  });
  it("a mixture of vegetables is 0710.90 frozen, 0712.90 dried, 2001.90 in vinegar, not the first vegetable listed", () => {
    expect(codeFor("mixed vegetables", attrs({ text: "frozen mixed vegetables peas carrots sweetcorn", processing: ["frozen"] }))).toBe("071090");
    expect(codeFor("mixed vegetables", attrs({ text: "dried mixed vegetables for soup" }))).toBe("071290");
    expect(codeFor("mixed vegetables", attrs({ text: "mixed vegetables pickled in vinegar" }))).toBe("200190");
  });
  it("a household dishwashing machine is 8422.11; a commercial one 8422.19", () => {
    expect(codeFor("dishwashing machine", attrs({ text: "dishwashing machine of the household type, 12 place settings" }))).toBe("842211");
    expect(codeFor("dishwashing machine", attrs({ text: "commercial dishwashing machine for restaurants" }))).toBe("842219");
  });
  it("windows by material: PVC 3925.20 (builders' ware), aluminium 7610.10", () => {
    expect(codeFor("window", attrs({ text: "window of pvc profiles with double glazing", material: "plastic" }))).toBe("392520");
    expect(codeFor("window", attrs({ text: "aluminium window", material: "aluminium" }))).toBe("761010");
  });
  it("British names: baking moulds (silicone 3924.10), adhesive plasters (3005.10), round nails (7317), safes (8303), photograph frames (wood 4414.90), elbow fittings (of copper alloy 7412)", () => {
    expect(codeFor("baking mould", attrs({ text: "silicone baking mould for 12 muffins", material: "plastic" }))).toBe("392410");
    expect(codeFor("adhesive plasters", attrs({ text: "adhesive plasters with absorbent pad, sterile, for first aid" }))).toBe("300510");
    expect(codeFor("round nails", attrs({ text: "round nails of galvanised steel wire 50 mm", material: "iron_steel" }))).toBe("731700");
    expect(codeFor("steel safe", attrs({ text: "steel safe with electronic lock" }))).toBe("830300");
    expect(codeFor("photograph frame", attrs({ text: "photograph frame of wood with glass front", material: "wood" }))).toBe("441490");
    expect(codeFor("elbow fittings", attrs({ text: "elbow fittings of brass for copper pipes", material: "copper" }))).toBe("7412");
  });
});

describe("ruling descriptions (batch 3): what the goods are used with or for is not the goods", () => {
  it("a saddle for a bicycle is a cycle part (8714.95), not saddlery for animals (4201)", () => {
    expect(codeFor("saddle", attrs({ text: "a saddle for a bicycle with a padded cover of pvc" }))).toBe("871495");
    expect(codeFor("saddle", attrs({ text: "horse saddle of leather with stirrups" }))).toBe("420100");
  });
  it("a coat for dogs is 'dog coats' of heading 4201, not a garment", () => {
    expect(codeFor("coat for dogs", attrs({ text: "a coat for dogs of quilted polyester" }))).toBe("420100");
  });
  it("kitchen towels of paper are 4818.20, not textile kitchen linen", () => {
    expect(codeFor("kitchen towel", attrs({ text: "kitchen towels of 2-ply absorbent paper in rolls", material: "paper" }))).toBe("481820");
  });
  it("charcoal briquettes for barbecues are wood charcoal (4402.90); sawdust briquettes 4401.32; coal briquettes 2701.20", () => {
    expect(codeFor("briquettes", attrs({ text: "briquettes of agglomerated wood charcoal for barbecues" }))).toBe("440290");
    expect(codeFor("briquettes", attrs({ text: "briquettes of compressed sawdust for stoves" }))).toBe("440132");
    expect(codeFor("briquettes", attrs({ text: "coal briquettes" }))).toBe("270120");
  });
  it("flake food for aquarium fish is animal feed (2309.90), not live fish", () => {
    expect(codeFor("flake food", attrs({ text: "flake food for tropical aquarium fish" }))).toBe("230990");
  });
  it("a hand- or foot-operated air pump is 8414.20", () => {
    expect(codeFor("air pump", attrs({ text: "a hand-operated air pump for inflating bicycle tyres" }))).toBe("841420");
    expect(codeFor("air pump", attrs({ text: "aquarium air pump 5 w" }))).toBe("841480");
  });
  it("primary cells by chemistry (alkaline 8506.10) and car starter lead-acid batteries (8507.10)", () => {
    expect(codeFor("primary battery", attrs({ text: "primary batteries of the alkaline manganese dioxide type, size aa" }))).toBe("850610");
    expect(codeFor("electric accumulator", attrs({ text: "lead-acid electric accumulator for starting the engines of cars, 12 v 60 ah" }))).toBe("850710");
    expect(codeFor("electric accumulator", attrs({ text: "lead acid deep cycle battery for solar" }))).toBe("850720");
  });
  it("a toughened glass screen protector is safety glass not for vehicles (7007.19)", () => {
    expect(codeFor("screen protector", attrs({ text: "screen protector of toughened (tempered) glass for a smartphone", material: "glass" }))).toBe("700719");
  });
  it("a wireless doorbell is a sound-signalling apparatus (8531.80), not a burglar or fire alarm (8531.10)", () => {
    expect(codeFor("wireless doorbell", attrs({ text: "wireless doorbell with plug-in chime" }))).toBe("853180");
  });
});

describe("ruling descriptions (batch 4): a strap by its own material", () => {
  it("a leather watch strap with a stainless steel buckle is 9113.90 (the strap's leather), a steel bracelet 9113.20", () => {
    const leather: ExtractedAttributes = { ...attrs({ text: "a watch strap of leather with a stainless steel buckle and quick-release spring bars" }), materials: [{ material: "leather", term: "leather", source: "text" }, { material: "stainless_steel", term: "stainless steel", source: "text" }] };
    expect(codeFor("watch strap", leather)).toBe("911390");
    expect(codeFor("watch strap", attrs({ text: "stainless steel watch strap", material: "stainless_steel" }))).toBe("911320");
    expect(codeFor("watch strap", attrs({ text: "mesh watch strap" }))).toBe("911320");
  });
});

describe("marketplace titles that name a second kind of goods or an accessory after the goods", () => {
  const named = (text: string) => attrs({ cleanName: text, text });

  it("no term spans a preposition it is not written with, even where another term sharing its first word is ('ball of yarn'): 'Match Ball with Pump' is no 'ball pump'", () => {
    const terms = (t: string) => index.matchText(t).map((m) => m.term);
    expect(terms("Soccer Ball Size 5 Official Match Ball with Pump and Net")).not.toContain("ball pump");
    expect(terms("ball of yarn for knitting")).toContain("ball of yarn");
  });

  it("'and' joins two goods, not the words of one term: a 'Toilet Brush and Holder Set' holds no 'toilet brush holder'; a term written with 'and' still matches", () => {
    const terms = (t: string) => index.matchText(t).map((m) => m.term);
    expect(terms("Toilet Brush and Holder Set")).toContain("toilet brush");
    expect(terms("Toilet Brush and Holder Set")).not.toContain("toilet brush holder");
    expect(terms("lace bra and panty set")).toContain("bra and panty set");
  });

  it("GRI 1: a shaver named first is a shaver (8510.10) though the title goes on to a beard trimmer; an air purifier with a HEPA filter is filtering machinery (8421.39), a replacement HEPA filter a part (8421.99)", () => {
    expect(codeFor("electric shaver", named("electric shaver for men rotary razor cordless wet dry rechargeable beard trimmer"))).toBe("851010");
    expect(codeFor("beard trimmer", named("beard trimmer for men cordless hair clipper"))).toBe("851020");
    expect(codeFor("air purifier", named("air purifier for home large room hepa filter air cleaner"))).toBe("842139");
    expect(codeFor("hepa filter", named("hepa filter replacement for air purifier"))).toBe("842199");
    // A term sharing a word with the goods' term names the same goods more closely: an infrared universal TV remote is 8543.70.
    expect(codeFor("remote control", named("replacement remote control for roku tv universal remote"))).toBe("854370");
  });

  it("GRI 3(b): a football put up with a pump and a net is an inflatable ball (9506.62); a goal net named as the goods stays other sports equipment", () => {
    expect(codeFor("soccer ball", named("soccer ball size 5 official match ball with pump and net"))).toBe("950662");
    expect(codeFor("soccer ball", named("soccer ball goal net for backyard"))).not.toBe("950662");
  });

  it("ch. 6 note 1: fake eucalyptus stems are artificial foliage (6702, plastics 670210), not foliage of 0604", () => {
    expect(codeFor("eucalyptus stems", attrs({ cleanName: "fake eucalyptus stems plastic greenery", text: "fake eucalyptus stems plastic greenery", material: "plastic" }))).toBe("670210");
    expect(codeFor("eucalyptus stems", named("fresh eucalyptus stems for shower"))).toBe("0604");
  });

  it("electric blankets have their own subheading 6301.10 (6301.40 is blankets other than electric, of synthetic fibres)", () => {
    expect(codeFor("heated throw", named("electric heated throw flannel 6 heat settings"))).toBe("630110");
    for (const e of index.lookup("heated blanket") ?? []) expect(resolveSplit(e, named("heated blanket twin size auto off"), "heated blanket").subheading).toBe("630110");
  });

  it("ch. 61 note 6(b): a babies' cotton romper is a knitted babies' garment (6111.20) unless said to be woven (6209.20); a romper for grown-ups keeps the one-piece headings", () => {
    expect(codeFor("romper", attrs({ cleanName: "baby cotton romper", text: "baby cotton romper", age: "baby", material: "cotton" }))).toBe("611120");
    expect(codeFor("romper", attrs({ cleanName: "baby woven cotton romper", text: "baby woven cotton romper", age: "baby", construction: "woven", material: "cotton" }))).toBe("620920");
    expect(codeFor("romper", attrs({ cleanName: "women's linen romper", text: "women's linen romper", gender: "women" })).slice(0, 2)).toBe("62");
  });
});

describe("marketplace goods named with a word of another article (second batch)", () => {
  const named = (text: string, extra: Parameters<typeof attrs>[0] = {}) => attrs({ cleanName: text, text, ...extra });

  it("velvet hangers are plastic hangers flocked with fibre (3926.90), not textile articles of 6307; wooden hangers stay 4421.10", () => {
    expect(codeFor("clothes hanger", named("clothes hangers 50 pack velvet non slip suit hangers", { material: "textile" }))).toBe("392690");
    expect(codeFor("clothes hanger", named("wooden clothes hangers 20 pack", { material: "wood" }))).toBe("442110");
  });

  it("girdles, panty-girdles and shapewear are 6212.20 whatever the fibre: no material needs to be stated", () => {
    expect(codeFor("body shaper", named("women's seamless high waist body shaper"))).toBe("621220");
  });

  it("an electric corkscrew has a self-contained motor: a domestic appliance of 8509.80; a waiter's corkscrew is a hand tool of 8205.51", () => {
    expect(codeFor("corkscrew", named("wine opener electric corkscrew rechargeable", { powerSource: "electric" }))).toBe("850980");
    expect(codeFor("corkscrew", named("waiters corkscrew stainless steel", { material: "stainless_steel" }))).toBe("820551");
  });

  it("salt and pepper grinders are hand-operated mechanical appliances for food (8210), not salt of 2501", () => {
    const terms = index.matchText("Salt and Pepper Grinder Set Stainless Steel").map((m) => m.term);
    expect(terms).toContain("salt and pepper grinder");
    expect(codeFor("salt and pepper grinder", named("salt and pepper grinder set stainless steel", { material: "stainless_steel" }))).toBe("821000");
  });

  it("patio, café and festoon strings of Edison or globe bulbs are other LED luminaires (9405.42), not lighting strings of a kind used for Christmas trees (9405.31); fairy lights stay 9405.31", () => {
    expect(codeFor("string lights", named("outdoor string lights 50ft patio lights with 25 led edison bulbs"))).toBe("940542");
    expect(codeFor("string lights", named("fairy string lights 100 led warm white"))).toBe("940531");
  });

  it("a luminaire switched by a motion sensor is the luminaire (9405; solar-powered LED 9405.41); a motion sensor on its own is a switch of 8536.50", () => {
    expect(codeFor("motion sensor", named("motion sensor solar powered led security flood light"))).toBe("940541");
    expect(codeFor("motion sensor", named("pir motion sensor switch 12v"))).toBe("853650");
  });
});

describe("marketplace goods named with the material or the article they go with (third batch)", () => {
  const named = (text: string, extra: Parameters<typeof attrs>[0] = {}) => attrs({ cleanName: text, text, ...extra });

  it("a shaving brush of badger hair is a shaving brush (9603.29), not animal hair of 0511; raw badger hair stays 0511", () => {
    expect(codeFor("badger hair", named("shaving brush badger hair with stand for men"))).toBe("960329");
    expect(codeFor("badger hair", named("raw badger hair 100 g"))).toBe("0511");
  });

  it("marketplace compounds: an aquarium heater is an immersion heater (8516.10); washer fluid is a de-icing liquid (3820); a parachute hammock is a hammock (6306.90); a replacement wristband for a fitness watch is a watch strap (9113)", () => {
    expect(entryFor("fish tank heater").subheading).toBe("851610");
    expect(entryFor("wiper fluid").subheading).toBe("382000");
    expect(entryFor("parachute hammock").subheading).toBe("630690");
    expect(entryFor("replacement wristband").heading).toBe("9113");
  });

  it("a car seat organizer hangs on the seat: a container of 4202, not a seat of 9401.20; a child car seat stays 9401.20", () => {
    expect(codeFor("car seat organizer", named("car seat organizer back seat kick mats protector oxford", { material: "synthetic" }))).toBe("420292");
    expect(codeFor("car seat", named("convertible car seat for infants and toddlers"))).toBe("940120");
  });

  it("a fitted mattress protector is bed linen (6302), not a mattress of 9404", () => {
    expect(entryFor("mattress protector").heading).toBe("6302");
  });
});
