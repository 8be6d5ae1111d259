import { isValidOn } from "@openhs/shared";
import type { DutyExpression } from "./duty-expression.js";
import type { NomenclatureRow } from "./nomenclature.js";

/**
 * Duty measures of a commodity code for an origin: which measures exist on the line (or are
 * inherited from the nearest ancestor line that carries rates), which apply to the origin, and the
 * one that applies.
 */

export type MeasureType = "general" | "preferential" | "column2" | "additional" | "anti_dumping";

export interface MeasureRow {
  schedule: string;
  commodityCode: string;
  measureType: MeasureType;
  geographicalArea: string;
  programs: string[];
  dutyExpressionText: string;
  dutyExpression: DutyExpression;
  validityStart: string | null;
  validityEnd: string | null;
  sourceId: string;
  /** Legal basis of the measure when it is not the schedule line itself (additional duties, tables of other destinations). */
  legalBasis?: string | null;
  /** Edition / snapshot date of the data the measure comes from. */
  dataDate?: string | null;
  /** How sure the measure is; undefined / null = high (official data valid on the date). */
  confidence?: "high" | "medium" | "low" | null;
  /** Origins excluded from the measure's geographical area. */
  excludedCountries?: string[];
  /** HTSUS chapter 99 heading of an additional duty, or a TARIC additional code. */
  additionalCode?: string | null;
  /** Findings about the measure (e.g. two sources disagree). */
  notes?: string[];
}

export interface ProgramInfo {
  /** Schedule the programme belongs to ("US", "JP", ...); absent = US. */
  schedule?: string;
  code: string;
  name: string;
  countries: string[];
  legalReference: string;
  /** False when the programme's authorization has lapsed (e.g. US GSP since 2021-01-01). */
  active: boolean;
  /** The treatment is origin-neutral: any origin entitled to column 1 rates qualifies (US C, K, L). */
  anyOrigin?: boolean;
  note?: string;
}

export interface AppliedMeasure extends MeasureRow {
  programInfo: ProgramInfo[];
  appliesToOrigin: boolean;
}

export interface DutyAnswer {
  measures: AppliedMeasure[];
  applicable?: AppliedMeasure;
  warnings: string[];
}

/**
 * Countries whose goods take the US column 2 rates: Cuba and North Korea (HTSUS General Note
 * 3(b)), and Russia and Belarus since 2022-04-09 (Suspending Normal Trade Relations with Russia and
 * Belarus Act, Pub. L. 117-110).
 */
export const US_COLUMN2: Array<{ country: string; from: string; reference: string }> = [
  { country: "CU", from: "1962-01-01", reference: "HTSUS General Note 3(b)" },
  { country: "KP", from: "1951-01-01", reference: "HTSUS General Note 3(b)" },
  { country: "RU", from: "2022-04-09", reference: "Pub. L. 117-110 (Suspending Normal Trade Relations with Russia and Belarus Act)" },
  { country: "BY", from: "2022-04-09", reference: "Pub. L. 117-110 (Suspending Normal Trade Relations with Russia and Belarus Act)" },
];

export function isUsColumn2Country(country: string, asOf: string): boolean {
  return US_COLUMN2.some((c) => c.country === country && asOf >= c.from);
}

/** Programme code without its line marker: "A*" → "A", "S+" → "S+" is kept (a programme of its own). */
function programKey(printed: string, programs: Map<string, ProgramInfo>): ProgramInfo | undefined {
  return programs.get(printed) ?? programs.get(printed.replace(/[*+]$/, ""));
}

/** Orders expressions: free < pure ad valorem (by percent) < anything else (not comparable). */
function rank(e: DutyExpression): number {
  if (e.kind === "free") return 0;
  if (e.kind === "ad_valorem" && e.components[0]?.percent) return Number(e.components[0].percent);
  return Number.POSITIVE_INFINITY;
}

/** True when a measure's geographical area covers the origin (and the origin is not excluded). */
export function areaCovers(m: Pick<MeasureRow, "geographicalArea" | "excludedCountries">, origin: string): boolean {
  if (m.excludedCountries?.includes(origin)) return false;
  const area = m.geographicalArea;
  return area === "ERGA_OMNES" || area === origin || area.split(",").includes(origin);
}

/** Measure types defined once on the line that carries the rates (nearest line first). */
const LINE_TYPES: MeasureType[] = ["general", "preferential", "column2"];
/** Measure types that stack from every level of the lineage (lists of headings, subheadings, lines). */
const STACKED_TYPES: MeasureType[] = ["additional", "anti_dumping"];

/**
 * Measures for a line: `lineage` is the line and its ancestors, nearest first. General,
 * preferential and column 2 measures are taken from the nearest line that defines them (10-digit
 * statistical lines inherit the 8-digit rates); additional and anti-dumping measures are collected
 * from every level (Section 301 / 232 lists name headings, subheadings or lines).
 */
export function dutyFor(
  lineage: NomenclatureRow[],
  measuresByCode: (code: string) => MeasureRow[],
  programs: Map<string, ProgramInfo>,
  origin: string | undefined,
  asOf: string,
  schedule = "US",
): DutyAnswer {
  const warnings: string[] = [];
  const found = new Map<MeasureType, MeasureRow[]>();
  const stacked: MeasureRow[] = [];
  const seenCodes = new Set<string>();
  for (const row of lineage) {
    if (!row.code || seenCodes.has(row.code)) continue;
    seenCodes.add(row.code);
    const ms = measuresByCode(row.code).filter((m) => isValidOn(asOf, m.validityStart, m.validityEnd));
    if (!found.has("general")) {
      for (const t of LINE_TYPES) {
        if (found.has(t)) continue;
        const ofType = ms.filter((m) => m.measureType === t);
        if (ofType.length > 0) found.set(t, ofType);
      }
    }
    stacked.push(...ms.filter((m) => STACKED_TYPES.includes(m.measureType)));
  }
  // Product lists name code prefixes (4, 6, 8 or 10 digits) that need not be lines of the schedule
  // (the HTSUS has no row for many 6-digit subheadings): match the line's own code by prefix too.
  const own = lineage.find((r) => r.code)?.code ?? "";
  for (let n = own.length - 2; n >= 4; n -= 2) {
    const prefix = own.slice(0, n);
    if (seenCodes.has(prefix)) continue;
    seenCodes.add(prefix);
    stacked.push(...measuresByCode(prefix).filter((m) => STACKED_TYPES.includes(m.measureType) && isValidOn(asOf, m.validityStart, m.validityEnd)));
  }
  for (const t of STACKED_TYPES) {
    const ofType = stacked.filter((m) => m.measureType === t);
    if (ofType.length > 0) found.set(t, ofType);
  }
  const column2 = origin && schedule === "US" ? isUsColumn2Country(origin, asOf) : false;
  const measures: AppliedMeasure[] = [];
  for (const t of [...LINE_TYPES, ...STACKED_TYPES]) {
    for (const m of found.get(t) ?? []) {
      const info = m.programs.map((p) => programKey(p, programs)).filter((p): p is ProgramInfo => !!p);
      let applies = false;
      if (origin) {
        if (t === "general") applies = !column2;
        else if (t === "column2") applies = column2;
        else if (t === "additional" || t === "anti_dumping") applies = areaCovers(m, origin);
        else applies = !column2 && info.some((p) => p.active && (p.anyOrigin || p.countries.includes(origin)));
      } else if (t === "additional") applies = m.geographicalArea === "ERGA_OMNES" && !(m.excludedCountries?.length);
      measures.push({ ...m, programInfo: info, appliesToOrigin: applies });
    }
  }
  if (measures.length === 0) {
    warnings.push("no duty measures found for this code or its parent lines as of " + asOf);
    return { measures, warnings };
  }
  if (!origin) {
    warnings.push("no origin given: showing the general (MFN) rate; preferential rates need the origin country");
    return { measures, applicable: measures.find((m) => m.measureType === "general"), warnings };
  }
  const general = measures.find((m) => m.measureType === "general");
  let applicable: AppliedMeasure | undefined;
  if (column2) {
    applicable = measures.find((m) => m.measureType === "column2") ?? general;
  } else {
    const prefs = measures.filter((m) => m.measureType === "preferential" && m.appliesToOrigin);
    prefs.sort((a, b) => rank(a.dutyExpression) - rank(b.dutyExpression));
    const best = prefs[0];
    if (best && (!general || rank(best.dutyExpression) <= rank(general.dutyExpression) || rank(general.dutyExpression) === Infinity)) {
      applicable = best;
      warnings.push("preferential rate requires proof of origin under the programme's rules of origin");
    } else applicable = general;
    const lapsed = measures
      .filter((m) => m.measureType === "preferential")
      .flatMap((m) => m.programInfo)
      .filter((p) => !p.active && p.countries.includes(origin));
    for (const p of new Map(lapsed.map((p) => [p.code, p])).values()) {
      warnings.push(`programme ${p.code} (${p.name}) would cover ${origin} but is not in force: ${p.note ?? "lapsed"}`);
    }
  }
  if (applicable && (applicable.dutyExpression.kind === "reference" || applicable.dutyExpression.kind === "unparsed")) {
    warnings.push(`the applicable rate is not a plain duty expression: ${applicable.dutyExpression.reason ?? applicable.dutyExpressionText}`);
  }
  return { measures, applicable, warnings };
}
