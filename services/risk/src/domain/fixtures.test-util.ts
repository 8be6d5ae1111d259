import { RegimeSet, type Coverage } from "./regime-set.js";
import type { Regime, ScopeEntry } from "./types.js";

/** A regime with defaults for tests: an EU import rule for any origin. */
export function regime(id: string, over: Partial<Regime> & { applies?: (string | ScopeEntry)[]; conditional?: (string | ScopeEntry)[]; exclude?: (string | ScopeEntry)[] } = {}): Regime {
  const e = (x: string | ScopeEntry): ScopeEntry => (typeof x === "string" ? { prefix: x } : x);
  const { applies = [], conditional = [], exclude = [], ...rest } = over;
  return {
    id,
    name: `${id} name`,
    category: "product_safety",
    jurisdiction: "EU",
    direction: "import",
    level: 3,
    countries: { include: ["EU"], exclude: [] },
    counterparties: { include: ["*"], exclude: [] },
    allCodes: false,
    scope: { applies: applies.map(e), conditional: conditional.map(e), exclude: exclude.map(e) },
    obligations: [`${id} obligation`],
    documents: [],
    notes: [],
    legalRef: `${id} legal ref`,
    sourceUrl: "https://example.org/",
    verifiedDate: "2026-01-01",
    scopeSource: "test",
    file: "test.json",
    ...rest,
  };
}

export const EU_US_COVERAGE: Coverage[] = [
  { jurisdiction: "EU", name: "EU", destinations: ["EU"], warnings: [{ code: "EU_GAP", message: "eu gap" }] },
  { jurisdiction: "US", name: "US", destinations: ["US"], warnings: [] },
];

export function regimeSet(regimes: Regime[]): RegimeSet {
  return new RegimeSet({ regimes, coverage: EU_US_COVERAGE, generalWarnings: [{ code: "GENERAL", message: "general" }], declarationCodes: new Map(), dataVersion: "test", crossCheckFindings: [] });
}
