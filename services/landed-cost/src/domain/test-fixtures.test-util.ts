import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Fx } from "./fx.js";
import { Dec } from "./money.js";
import { parseRuleTables } from "./rules.js";
import type { DutyExpression, EcbRate, LandedCostInput, Measure, RuleTables, TariffFacts } from "./types.js";

/** Helpers for the pure domain tests: the project's reviewed rule tables and hand-made tariff facts. */

const dataDir = fileURLToPath(new URL("../../data/", import.meta.url));

export function reviewedRules(): RuleTables {
  const read = (f: string) => readFileSync(dataDir + f, "utf8");
  return parseRuleTables({ deMinimis: read("de-minimis.csv"), destinations: read("destinations.csv"), fees: read("fees.csv") });
}

export const adValorem = (percent: string, text = `${percent}%`): DutyExpression => ({ kind: "ad_valorem", text, components: [{ type: "ad_valorem", percent }] });
export const free = (text = "Free"): DutyExpression => ({ kind: "free", text, components: [] });

export function measure(partial: Partial<Measure> & Pick<Measure, "measureType" | "expression">): Measure {
  return {
    geographicalArea: "ERGA_OMNES",
    programs: [],
    text: partial.expression.text,
    commodityCode: "",
    validityStart: "2026-01-01",
    source: "us-hts",
    appliesToOrigin: true,
    legalBasis: "",
    dataDate: "",
    confidence: "",
    licence: "",
    excludedCountries: [],
    additionalCode: "",
    notes: [],
    ...partial,
  };
}

export function facts(partial: Partial<TariffFacts>): TariffFacts {
  return { schedule: "US", code: "", description: "", declarable: true, measures: [], warnings: [], dataVersion: "test", ...partial };
}

export function input(partial: Partial<LandedCostInput> & Pick<LandedCostInput, "code" | "origin" | "destination" | "currency">): LandedCostInput {
  return { unitValue: new Dec(1), quantity: new Dec(1), date: "2026-03-02", supplementary: {}, ignorePreferences: false, ...partial };
}

export function fx(rates: Record<string, string>, rateDate = "2026-02-18"): Fx {
  return new Fx(Object.entries(rates).map(([currency, perEur]): EcbRate => ({ currency, perEur, rateDate, source: "ecb-rates" })));
}
