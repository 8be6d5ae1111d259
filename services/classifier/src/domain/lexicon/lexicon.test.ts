import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { dataDir, tokenize } from "@openhs/shared";
import type { ExtractedAttributes, LexiconEntry, Material } from "../types.js";
import { AMBIGUOUS_TERMS, LEXICON, LEXICON_PARTS, buildLexiconIndex, resolveSplit, termKey } from "./index.js";
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

function attrs(p: Partial<ExtractedAttributes> & { material?: Material } = {}): ExtractedAttributes {
  const { material, ...rest } = p;
  return {
    cleanName: "",
    text: "",
    materials: material ? [{ material, term: material, source: "material" }] : [],
    processing: [],
    uses: [],
    isSet: false,
    isPart: false,
    ...rest,
  };
}

const index = buildLexiconIndex(LEXICON);
const entryFor = (term: string): LexiconEntry => {
  const es = index.lookup(term);
  if (!es?.length) throw new Error(`no entry for ${term}`);
  return es[0]!;
};

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
        const n = t.split(/\s+/).filter(Boolean).length;
        const toks = tokenize(t.replace(/([a-z0-9])-(?=[a-z0-9])/g, "$1"));
        // a letter or a vitamin/isomer letter may go ("vitamin c" is a vitamin either way)
        if (n > 1 && toks.length === 1 && !/^[a-z] /.test(t) && !/ [a-z]$/.test(t)) shrunk.push(`${t} → ${toks[0]}`);
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
    ["mopping", "mop", true], ["generic", "generator", false], ["organizing", "organ", false], ["spiral", "spiralizer", false],
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
    expect(codeOf("v belt", attrs({ text: "fabric wrapped v belt" }))).toBe("401039");
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
    const code = (term: string, text: string) => {
      const r = resolveSplit(entryFor(term), attrs({ material: "iron_steel", text }), term);
      return r.subheading ?? r.heading;
    };
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
    const code = (term: string, text: string) => {
      const r = resolveSplit(entryFor(term), attrs({ material: "iron_steel", text }), term);
      return r.subheading ?? r.heading;
    };
    expect(code("socket wrench set", "socket wrench set 3/8 drive 40 pcs")).toBe("820420");
    expect(resolveSplit(entryFor("microfiber mitt"), attrs({ material: "synthetic", text: "microfiber mitt for dusting" })).subheading ?? entryFor("microfiber mitt").subheading).toBe("630710");
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

describe("fruit, nuts and vegetables by state (notes to chapters 7, 8 and 20)", () => {
  it("strawberries: fresh 081010, frozen 081110, in syrup or canned → prepared 200880 (Note 1 to ch. 20)", () => {
    const e = entryFor("strawberries");
    expect(resolveSplit(e, attrs()).subheading).toBe("081010");
    expect(resolveSplit(e, attrs({ processing: ["frozen"] })).subheading).toBe("081110");
    expect(resolveSplit(e, attrs({ text: "strawberries in syrup" })).subheading).toBe("200880");
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

  it("a jewellery box organizer is a jewellery box: 4202 by the outer surface (plastic sheeting 420292), of wood 442090", () => {
    expect(resolveSplit(entryFor("jewelry box organizer"), attrs({ material: "plastic" })).subheading).toBe("420292");
    expect(resolveSplit(entryFor("jewelry box organizer"), attrs({ material: "wood" })).subheading).toBe("442090");
  });
});
