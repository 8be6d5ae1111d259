import { dutyFor, type AppliedMeasure, type DutyAnswer, type MeasureRow, type ProgramInfo } from "./duty.js";
import { canonicalDecimal, type DutyExpression } from "./duty-expression.js";
import type { NomenclatureRow } from "./nomenclature.js";

/**
 * EU third-country duty from two sources of different quality (see their PROVENANCE.md):
 *
 * - `eu-cet-2020`: the official CET 2020 rates (full duty expressions, 2020 edition);
 * - `eu-adval-2026`: a derived 2026 table with the ad valorem part only (specific parts → 0, a
 *   50 % RU/BY-conditional duty on some agricultural lines).
 *
 * The applicable rate is the 2020 official one whenever the line has it, with a confidence from
 * the comparison: HIGH when the line is purely ad valorem and the 2026 table agrees, MEDIUM when
 * only the ad valorem part can be compared and agrees (or there is nothing to compare with), LOW
 * when the 2026 table disagrees (the rate may have changed). A line only in the 2026 table (new
 * codes since CN 2022) takes its ad valorem rate with LOW confidence — except a 0 % in chapters
 * 01–24 or a 50 % RU/BY-conditional duty, which are never used as rates. No EU preferential rates
 * are loaded; the answer says so.
 */

export const EU_CET_2020 = "eu-cet-2020";
export const EU_ADVAL_2026 = "eu-adval-2026";
const RU_BY_CHAPTERS = new Set(["07", "11", "12", "14", "15", "23"]);

/** The ad valorem percent of an expression as a canonical decimal string ("0" when none); undefined when not comparable. */
function adValoremPart(e: DutyExpression): string | undefined {
  if (e.kind === "free") return "0";
  if (e.kind !== "ad_valorem" && e.kind !== "compound" && e.kind !== "specific") return undefined;
  const percents = e.components.filter((c) => c.type === "ad_valorem").map((c) => canonicalDecimal(c.percent ?? "0"));
  if (percents.length > 1) return undefined;
  return percents[0] ?? "0";
}

function isPureAdValorem(e: DutyExpression): boolean {
  return (e.kind === "free" || e.kind === "ad_valorem") && !e.minimum && !e.maximum;
}

/** The 2026 table's value is a known artefact for this line (not a rate). */
function unusable2026(m: MeasureRow): string | undefined {
  const chapter = m.commodityCode.slice(0, 2);
  const pct = adValoremPart(m.dutyExpression);
  if (pct === "0" && chapter <= "24") return "its 0 % in chapters 01-24 may hide a specific duty";
  if (pct === "50" && RU_BY_CHAPTERS.has(chapter)) return "its 50 % is the duty conditional on Russian or Belarusian origin";
  return undefined;
}

export function euDutyFor(
  lineage: NomenclatureRow[],
  measuresByCode: (code: string) => MeasureRow[],
  programs: Map<string, ProgramInfo>,
  origin: string | undefined,
  asOf: string,
): DutyAnswer {
  // Nearest line of each source (the CET has CN8 and some TARIC-10 lines; the 2026 table CN8 only).
  const byCode = (code: string) => measuresByCode(code);
  const nearest = (source: string): MeasureRow | undefined => {
    for (const row of lineage) {
      if (!row.code) continue;
      const m = byCode(row.code).find((x) => x.sourceId === source && x.measureType === "general");
      if (m) return m;
    }
    return undefined;
  };
  const cet = nearest(EU_CET_2020);
  const adv = nearest(EU_ADVAL_2026);
  // Everything else (additional, anti-dumping, user tables) follows the generic rules.
  const others = dutyFor(lineage, (c) => byCode(c).filter((m) => m.sourceId !== EU_CET_2020 && m.sourceId !== EU_ADVAL_2026), programs, origin, asOf, "EU");
  const warnings = others.warnings.filter((w) => !/^no duty measures found/.test(w));
  const measures: AppliedMeasure[] = [];
  const shown = (m: MeasureRow, extra: Partial<AppliedMeasure> = {}): AppliedMeasure => ({ ...m, programInfo: [], appliesToOrigin: !!origin, ...extra });

  let applicable: AppliedMeasure | undefined = others.applicable;
  if (cet) {
    const notes = [...(cet.notes ?? [])];
    let confidence: "high" | "medium" | "low" = "medium";
    const p = adValoremPart(cet.dutyExpression);
    const why = adv ? unusable2026(adv) : undefined;
    if (!adv) notes.push("the line is not in the 2026 CN8 table: its code may have changed since CN 2020");
    else if (why) notes.push(`the 2026 table cannot confirm it: ${why}`);
    else {
      const a = adValoremPart(adv.dutyExpression);
      if (p === undefined) notes.push(`the 2026 table gives ${adv.dutyExpressionText} for the ad valorem part`);
      else if (a === p) {
        confidence = isPureAdValorem(cet.dutyExpression) ? "high" : "medium";
        notes.push(isPureAdValorem(cet.dutyExpression) ? `the 2026 table has the same rate (${adv.dutyExpressionText})` : `the 2026 table has the same ad valorem part (${adv.dutyExpressionText}); the specific part is from 2020`);
      } else {
        confidence = "low";
        notes.push(`the 2026 table gives ${adv.dutyExpressionText} instead of ${p}%: the rate may have changed since 2020; verify in TARIC`);
      }
    }
    const m = shown(cet, { confidence, notes });
    measures.push(m);
    if (!applicable) applicable = m;
    if (adv) measures.push(shown(adv, { appliesToOrigin: false }));
  } else if (adv) {
    const why = unusable2026(adv);
    if (why) {
      measures.push(shown(adv, { appliesToOrigin: false }));
      warnings.push(`duty_unavailable: only the derived 2026 ad valorem table has this line, and ${why}`);
    } else {
      const m = shown(adv, { notes: [...(adv.notes ?? []), "no official CET 2020 rate for this line (new code since CN 2022?): the derived 2026 ad valorem rate is used"] });
      measures.push(m);
      if (!applicable) applicable = m;
    }
  }
  measures.push(...others.measures);
  if (!cet && !adv && others.measures.length === 0) warnings.push("duty_unavailable: no EU duty rate is loaded for this line or its parent lines");
  if (origin && applicable) {
    warnings.push(`EU preferential rates are not loaded: the third-country (erga omnes) duty is shown; goods originating in ${origin} may enter at a lower rate if ${origin} has a trade agreement or GSP status with the EU (with proof of origin)`);
  }
  return { measures, applicable, warnings };
}
