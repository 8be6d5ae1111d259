import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { dataDir } from "@openhs/shared";
import type { ExtractedAttributes, LexiconEntry, Material } from "../types.js";
import { AMBIGUOUS_TERMS, LEXICON, LEXICON_PARTS, buildLexiconIndex, resolveSplit, termKey } from "./index.js";

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

describe("phrase matching", () => {
  const names = (text: string, field?: "name" | "category" | "description") => index.matchText(text, field).map((m) => m.term);

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
