import { US_PROGRAMS } from "../../domain/us-programs.js";

/**
 * US special-programme indicators (domain/us-programs.ts, HTSUS General Note 3(c)(i)) as
 * tariff.preference_program rows, schedule 'US'. `countries` is empty for origin-neutral
 * programmes (C, K, L: every country except column 2 countries) — see `UsProgram.origin`.
 */
export interface UsProgramRow {
  code: string;
  name: string;
  countries: string[];
  legalReference: string;
}

export const US_PROGRAM_ROWS: UsProgramRow[] = Object.values(US_PROGRAMS).map((p) => ({
  code: p.code,
  name: p.name,
  countries: [...p.countries],
  legalReference: p.legalReference,
}));
