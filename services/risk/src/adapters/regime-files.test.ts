import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { dataDir } from "@openhs/shared";
import type { RegimeSet } from "../domain/regime-set.js";
import { ScopeMatcher } from "../domain/scope.js";
import { codePrefix, DatasetReader, taricCbamList } from "./datasets.js";
import { DEFAULT_REGIMES_DIR, loadRegimeSet } from "./regime-files.js";

/** The shipped regime files, loaded with the real shared data sets. */
let set: RegimeSet;
beforeAll(() => {
  set = loadRegimeSet({ dataDir: dataDir() });
});
const byId = (id: string) => set.regimes.find((r) => r.id === id)!;

describe("shipped regime files", () => {
  it("load, every element citing a legal reference, an https source and a verified date", () => {
    expect(set.regimes.length).toBeGreaterThanOrEqual(70);
    const today = new Date().toISOString().slice(0, 10);
    for (const r of set.regimes) {
      expect(r.legalRef.length, r.id).toBeGreaterThan(5);
      expect(r.sourceUrl, r.id).toMatch(/^https:\/\//);
      expect(r.verifiedDate <= today, r.id).toBe(true);
      expect(r.obligations.length, r.id).toBeGreaterThan(0);
      expect(set.matcher(r.id).size > 0 || r.allCodes, r.id).toBe(true);
    }
    expect(set.dataVersion).toMatch(/^risk-\d{4}-\d{2}-\d{2}-[0-9a-f]{12}$/);
  });

  it("cover the jurisdictions and regime families the issue lists", () => {
    expect(set.coveredDestinations().sort()).toEqual(["EU", "GB", "US"]);
    const ids = new Set(set.regimes.map((r) => r.id));
    for (const id of ["EU_CBAM", "EU_TOY_SAFETY", "EU_EMC", "EU_LVD", "EU_ROHS", "EU_WEEE", "EU_MACHINERY_DIRECTIVE", "EU_PPE", "EU_COSMETICS", "EU_FOOD_CONTACT", "EU_TEXTILE_LABELLING", "EU_DUAL_USE_EXPORT", "EU_RU_IMPORT_BANS", "EU_BY_IMPORT_BANS", "EU_TRADE_DEFENCE_TARIC", "EU_STEEL_SAFEGUARD", "US_S232_STEEL", "US_S301_CHINA", "US_CPSIA_CHILDRENS_PRODUCTS", "US_FCC_RF_DEVICES", "US_FDA_FOOD", "US_FTC_TEXTILE_LABELLING", "US_EAR_EXPORT", "US_RU_IMPORT_BANS", "GB_TOY_SAFETY", "GB_STRATEGIC_EXPORT"]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it("derive scopes from the data sets: TARIC measure types and the US product lists", () => {
    expect(set.matcher("EU_STEEL_SAFEGUARD").size).toBeGreaterThan(100);
    expect(set.matcher("EU_TRADE_DEFENCE_TARIC").size).toBeGreaterThan(50);
    expect(set.matcher("EU_RU_INPUTS_PROOF").size).toBeGreaterThan(100);
    expect(set.matcher("US_S301_CHINA").size).toBeGreaterThan(10_000);
    expect(set.matcher("US_S232_METALS_ANNEXES").size).toBeGreaterThan(500);
    expect(byId("US_S301_CHINA").scopeSource).toContain("s301_product_lists.csv");
    // List 4B was suspended and is not applied: 4B-only lines stay out of scope.
    const reader = new DatasetReader(dataDir());
    const lists = new Map<string, Set<string>>();
    for (const r of reader.csv("us-special-tariff-product-lists-budgetlab/s301_product_lists.csv")) {
      if (!lists.has(r.hts8!)) lists.set(r.hts8!, new Set());
      lists.get(r.hts8!)!.add(r.list!);
    }
    const only4b = [...lists].filter(([, l]) => l.size === 1 && l.has("4B")).map(([c]) => c);
    expect(only4b.length).toBeGreaterThan(100);
    const m = set.matcher("US_S301_CHINA");
    expect(only4b.filter((c) => m.match("applies", c, "2026-06-01")?.kind === "full")).toEqual([]);
  });

  it("resolve UK CDS document codes with their text from the code list", () => {
    const gb = byId("GB_STRATEGIC_EXPORT");
    expect(gb.documents.flatMap((d) => d.ukCdsCodes)).toEqual(["9104", "Y901"]);
    const c = set.declarationCodes.get("9104")!;
    expect(c.description).toContain("Export Licence");
    expect(c.guidance).toContain("GBSIE");
    expect(set.declarationCodes.get("C060")?.description).toContain("284/2011");
  });

  it("EU CBAM: the Annex I scope written from the regulation agrees with the TARIC measure 775 list at prefix level", () => {
    expect(set.crossCheckFindings).toEqual([]);
    expect(byId("EU_CBAM").counterparties.exclude.sort()).toEqual(["CH", "EU", "IS", "LI", "NO"]);
  });

  it("EU CBAM: every current TARIC line is in the Annex I scope exactly when it lies under a TARIC measure 775 code", () => {
    const reader = new DatasetReader(dataDir());
    const taric = new ScopeMatcher({ applies: taricCbamList(reader).map((x) => ({ prefix: x.prefix })), conditional: [], exclude: [] });
    const mine = set.matcher("EU_CBAM");
    const asOf = "2026-03-01";
    const mismatches: string[] = [];
    let checked = 0;
    for (const r of reader.csv("eu-taric-nomenclature-2026/taric_nomenclature_en.csv")) {
      // Each line as the node it defines (7202000000 is heading 7202, not a line under it).
      const code = codePrefix(r.goods_code!);
      if (r.product_line_suffix !== "80" || r.end_date) continue;
      if (!/^(25|26|27|28|31|72|73|76)/.test(code)) continue;
      checked++;
      const inMine = mine.match("applies", code, asOf)?.kind === "full";
      const inTaric = taric.match("applies", code, asOf)?.kind === "full";
      if (inMine !== inTaric) mismatches.push(`${code} annex=${inMine} taric=${inTaric}`);
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(2500);
  });
});

describe("bad regime data is refused with the file and the reason", () => {
  const base = (regimes: unknown[]) => {
    const dir = mkdtempSync(path.join(tmpdir(), "risk-regimes-"));
    writeFileSync(path.join(dir, "coverage.json"), readFileSync(path.join(DEFAULT_REGIMES_DIR, "coverage.json")));
    writeFileSync(path.join(dir, "x.json"), JSON.stringify({ description: "test", regimes }));
    return dir;
  };
  const ok = {
    id: "X_TEST",
    name: "x",
    category: "labelling",
    jurisdiction: "EU",
    direction: "import",
    level: "L1",
    countries: { include: ["EU"] },
    counterparties: { include: ["*"] },
    scope: { applies: ["6109"] },
    obligations: ["o"],
    legal_ref: "ref",
    source_url: "https://example.org/",
    verified_date: "2026-01-01",
  };
  const load = (regimes: unknown[]) => () => loadRegimeSet({ regimesDir: base(regimes), dataDir: dataDir() });
  it("accepts a minimal valid file", () => expect(load([ok])().regimes.map((r) => r.id)).toEqual(["X_TEST"]));
  it.each([
    ["a malformed code", { ...ok, scope: { applies: ["61x9"] } }, /x\.json regime X_TEST: scope\.applies\.0/],
    ["a bad level", { ...ok, level: "L9" }, /x\.json regime X_TEST: level/],
    ["a missing legal reference", { ...ok, legal_ref: undefined }, /legal_ref/],
    ["an unknown field", { ...ok, colour: "red" }, /colour|Unrecognized/],
    ["an empty scope", { ...ok, scope: {} }, /empty code scope/],
    ["an unknown UK CDS code", { ...ok, documents: [{ code: "D", name: "d", issuing_authority: "a", description: "d", mandatory: true, uk_cds_codes: ["ZZZZ"] }] }, /ZZZZ is not in the code list/],
    ["a scope_like cycle", [{ ...ok, scope_like: "X_TWO" }, { ...ok, id: "X_TWO", scope_like: "X_TEST" }], /cycle/],
  ])("%s", (_n, regime, message) => {
    expect(load(Array.isArray(regime) ? regime : [regime])).toThrow(message);
  });
  it("duplicate ids", () => expect(load([ok, ok])).toThrow(/duplicate regime id X_TEST/));
  it("a missing data set names the file", () => {
    expect(() => loadRegimeSet({ regimesDir: base([ok]), dataDir: "/nonexistent" })).toThrow(/uk-cds-document-codes.*cannot be read.*HS_DATA_DIR/);
  });
});
