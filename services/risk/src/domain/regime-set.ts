import { expandCountries } from "./countries.js";
import { ScopeMatcher } from "./scope.js";
import type { DeclarationCodeInfo, Regime, Warning } from "./types.js";

/** A destination (or group) whose import rules the regime data covers. */
export interface Coverage {
  jurisdiction: string;
  name: string;
  /** ISO alpha-2 codes and/or "EU". */
  destinations: string[];
  /** Warnings attached to every assessment for these destinations (known gaps of the data). */
  warnings: Warning[];
}

export interface RegimeSetInput {
  regimes: Regime[];
  coverage: Coverage[];
  /** Warnings attached to every available assessment. */
  generalWarnings: Warning[];
  declarationCodes: Map<string, DeclarationCodeInfo>;
  dataVersion: string;
  crossCheckFindings: string[];
}

/** The loaded regime data, indexed for matching. Immutable once built. */
export class RegimeSet {
  readonly regimes: Regime[];
  readonly coverage: Coverage[];
  readonly generalWarnings: Warning[];
  readonly declarationCodes: Map<string, DeclarationCodeInfo>;
  readonly dataVersion: string;
  readonly crossCheckFindings: string[];
  private readonly matchers = new Map<string, ScopeMatcher>();
  private readonly coverageByCountry = new Map<string, Coverage>();

  constructor(input: RegimeSetInput) {
    const ids = new Set<string>();
    for (const r of input.regimes) {
      if (ids.has(r.id)) throw new Error(`duplicate regime id ${r.id} (${r.file})`);
      ids.add(r.id);
      this.matchers.set(r.id, new ScopeMatcher(r.scope));
    }
    this.regimes = input.regimes;
    this.coverage = input.coverage;
    for (const c of input.coverage) for (const d of expandCountries(c.destinations)) this.coverageByCountry.set(d, c);
    this.generalWarnings = input.generalWarnings;
    this.declarationCodes = input.declarationCodes;
    this.dataVersion = input.dataVersion;
    this.crossCheckFindings = input.crossCheckFindings;
  }

  matcher(id: string): ScopeMatcher {
    const m = this.matchers.get(id);
    if (!m) throw new Error(`unknown regime ${id}`);
    return m;
  }

  coverageFor(destination: string): Coverage | undefined {
    return this.coverageByCountry.get(destination);
  }

  /** Covered destinations as given in the coverage data ("EU", "US", "GB"). */
  coveredDestinations(): string[] {
    return this.coverage.flatMap((c) => c.destinations);
  }
}
