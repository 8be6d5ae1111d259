import { describeCountryScope, inCountryScope, type Tri } from "./countries.js";
import { compareAcrossCurrencies, compareDecimal } from "./decimal.js";
import { addDays, formatCode } from "./format.js";
import type { RegimeSet } from "./regime-set.js";
import type { ScopeMatch } from "./scope.js";
import type { Applicability, Assessment, Element, Grade, Lane, Regime, RequiredDoc, ValueThreshold, Warning } from "./types.js";

/** ECB reference rate of a currency (units per 1 EUR, decimal string), or undefined when unknown. */
export type RateLookup = (currency: string) => string | undefined;

/** How far ahead (and back) a regime starting (or ending) near the date is reported in warnings. */
const HORIZON_DAYS = 400;

interface Match {
  applicability: Applicability;
  conditions: string[];
  matchedBy: string;
  notes: string[];
}

const listCodes = (entries: { prefix: string; note?: string }[], max = 5) => {
  const shown = entries.slice(0, max).map((e) => (e.note ? `${formatCode(e.prefix)} (${e.note})` : formatCode(e.prefix)));
  return entries.length > max ? `${shown.join(", ")} and ${entries.length - max} more` : shown.join(", ");
};

/** The code part of a match: undefined when the code is outside the regime's scope. */
function matchCode(set: RegimeSet, regime: Regime, code: string, asOf: string): Match | undefined {
  const m = set.matcher(regime.id);
  if (regime.allCodes) {
    const cut = m.carveOut(code, asOf);
    if (cut.full) return undefined;
    if (cut.under.length > 0) {
      return {
        applicability: "conditional",
        conditions: [`the excepted lines are out of scope; declare the full code to decide`],
        matchedBy: `all goods are in scope except ${listCodes(cut.under)}`,
        notes: [],
      };
    }
    return { applicability: "applies", conditions: [], matchedBy: "all goods are in scope", notes: [] };
  }
  const fromList = (list: "applies" | "conditional", r: ScopeMatch): Match => {
    if (r.kind === "full") {
      const e = r.entry;
      const what = `${formatCode(e.prefix)}${e.note ? ` (${e.note})` : ""}`;
      if (list === "applies") return { applicability: "applies", conditions: [], matchedBy: `${what} is in scope`, notes: [] };
      return { applicability: "conditional", conditions: [e.condition ?? regime.condition ?? "depends on the product's characteristics"], matchedBy: `${what} may be in scope`, notes: [] };
    }
    if (r.entry) {
      const e = r.entry;
      return {
        applicability: "conditional",
        conditions: [
          ...(list === "conditional" ? [e.condition ?? regime.condition ?? "depends on the product's characteristics"] : []),
          `the excepted lines are out of scope; declare the full code to decide`,
        ],
        matchedBy: `${formatCode(e.prefix)}${e.note ? ` (${e.note})` : ""} is in scope except ${listCodes(r.carvedOut)}`,
        notes: [],
      };
    }
    const conds = new Set(r.inside.map((e) => e.condition ?? (list === "conditional" ? regime.condition : undefined)).filter((c): c is string => !!c));
    return {
      applicability: "conditional",
      conditions: [`only those lines are in scope; declare the full code to decide`, ...conds],
      matchedBy: `some lines under ${formatCode(code)} are in scope: ${listCodes(r.inside)}`,
      notes: [],
    };
  };
  const a = m.match("applies", code, asOf);
  if (a?.kind === "full") return fromList("applies", a);
  const c = m.match("conditional", code, asOf);
  if (c?.kind === "full") return fromList("conditional", c);
  if (a) return fromList("applies", a);
  if (c) return fromList("conditional", c);
  return undefined;
}

function matchValue(t: ValueThreshold, lane: Lane, rate: RateLookup | undefined): Tri | "unconvertible" {
  if (!lane.value) return "unknown";
  let c: number;
  if (lane.value.currency === t.currency) c = compareDecimal(lane.value.amount, t.amount);
  else {
    const a = rate?.(lane.value.currency);
    const b = rate?.(t.currency);
    if (!a || !b) return "unconvertible";
    c = compareAcrossCurrencies(lane.value.amount, a, t.amount, b);
  }
  const above = c > 0;
  return (t.appliesWhen === "above") === above ? "yes" : "no";
}

/** Whether the lane (countries, value) is in the regime's scope; conditions when it cannot be told. */
function matchLane(regime: Regime, lane: Lane, rate: RateLookup | undefined): { ok: false } | { ok: true; conditions: string[]; laneNote?: string } {
  const conditions: string[] = [];
  let laneNote: string | undefined;
  if (regime.direction === "import") {
    if (inCountryScope(lane.destination, regime.countries) !== "yes") return { ok: false };
    const o = inCountryScope(lane.origin, regime.counterparties);
    if (o === "no") return { ok: false };
    if (o === "unknown") conditions.push(`applies to goods originating in ${describeCountryScope(regime.counterparties)}; the origin was not given`);
    else if (!regime.counterparties.include.includes("*")) laneNote = `origin ${lane.origin}`;
  } else {
    if (inCountryScope(lane.origin, regime.countries) !== "yes") return { ok: false };
    if (inCountryScope(lane.destination, regime.counterparties) !== "yes") return { ok: false };
    laneNote = `export from ${lane.origin} to ${lane.destination}`;
  }
  if (regime.valueThreshold) {
    const t = regime.valueThreshold;
    const v = matchValue(t, lane, rate);
    if (v === "no") return { ok: false };
    if (v === "unknown") conditions.push(`${t.description}; the shipment value was not given`);
    if (v === "unconvertible") conditions.push(`${t.description}; the value in ${lane.value!.currency} could not be converted to ${t.currency}`);
  }
  return { ok: true, conditions, laneNote };
}

const validOn = (r: Regime, asOf: string) => (!r.validFrom || asOf >= r.validFrom) && (!r.validTo || asOf <= r.validTo);

function elementFor(set: RegimeSet, regime: Regime, lane: Lane, asOf: string, rate: RateLookup | undefined): Element | undefined {
  const l = matchLane(regime, lane, rate);
  if (!l.ok) return undefined;
  const c = matchCode(set, regime, lane.code, asOf);
  if (!c) return undefined;
  const conditions = [...c.conditions, ...l.conditions];
  return {
    regime,
    applicability: conditions.length === 0 ? "applies" : "conditional",
    condition: conditions.length ? conditions.join("; ") : undefined,
    matchedBy: l.laneNote ? `${c.matchedBy}; ${l.laneNote}` : c.matchedBy,
    notes: [...regime.notes, ...c.notes],
  };
}

const byStrictness = (a: Element, b: Element) =>
  b.regime.level - a.regime.level || (a.applicability === b.applicability ? 0 : a.applicability === "applies" ? -1 : 1) || a.regime.id.localeCompare(b.regime.id);

/**
 * Assesses a lane against the regime data: every regime whose dates, countries, value threshold and
 * code scope match becomes an element (applies, or conditional with the condition spelled out); the
 * grade is the highest level among the elements that apply. A destination without import data is
 * "not available" (unknown), never L0.
 */
export function assess(set: RegimeSet, lane: Lane, rate?: RateLookup): Assessment {
  const warnings: Warning[] = [];
  const elements: Element[] = [];
  const ended = new Map<Warning, Regime>();
  const soon = addDays(lane.asOf, HORIZON_DAYS);
  const recently = addDays(lane.asOf, -HORIZON_DAYS);
  const originSpecific: string[] = [];
  for (const regime of set.regimes) {
    if (regime.direction === "export" && lane.origin === undefined) continue;
    // Without an origin, rules on all goods of particular origins (sanctions screening) say nothing
    // about these goods: name them in the warning instead of listing them for every code.
    if (lane.origin === undefined && regime.allCodes && !regime.counterparties.include.includes("*")) {
      if (validOn(regime, lane.asOf) && inCountryScope(lane.destination, regime.countries) === "yes") originSpecific.push(`${regime.id} (${describeCountryScope(regime.counterparties)})`);
      continue;
    }
    if (validOn(regime, lane.asOf)) {
      const e = elementFor(set, regime, lane, lane.asOf, rate);
      if (e) elements.push(e);
      continue;
    }
    // Not in force on the date: report it when it starts soon or ended recently and the lane matches.
    if (regime.validFrom && regime.validFrom > lane.asOf && regime.validFrom <= soon) {
      if (elementFor(set, regime, lane, regime.validFrom, rate)) {
        warnings.push({ code: "UPCOMING_REGIME", message: `${regime.id} (${regime.name}, ${regime.legalRef}) applies to these goods from ${regime.validFrom}` });
      }
    } else if (regime.validTo && regime.validTo < lane.asOf && regime.validTo >= recently) {
      if (elementFor(set, regime, lane, regime.validTo, rate)) {
        const w = { code: "REGIME_ENDED", message: `${regime.id} (${regime.name}) applied to these goods until ${regime.validTo}${regime.afterEnd ? `; ${regime.afterEnd}` : ""}` };
        ended.set(w, regime);
        warnings.push(w);
      }
    }
  }
  elements.sort(byStrictness);
  const present = new Set(elements.map((e) => e.regime.id));
  const shown = warnings.filter((w) => w.code !== "REGIME_ENDED" || !ended.get(w)?.supersededBy || !present.has(ended.get(w)!.supersededBy!));
  warnings.length = 0;
  warnings.push(...shown);

  const documents: RequiredDoc[] = elements.flatMap((e) =>
    e.regime.documents.map((spec) => ({
      spec,
      regime: e.regime,
      applicability: e.applicability,
      declarationCodes: spec.ukCdsCodes.map((c) => set.declarationCodes.get(c)).filter((d): d is NonNullable<typeof d> => !!d),
    })),
  );

  if (lane.origin === undefined) {
    warnings.push({
      code: "ORIGIN_UNKNOWN",
      message: `origin_country not given: origin-specific rules are listed as conditional and export-side rules are not assessed${originSpecific.length ? `; rules on all goods of some origins not listed: ${originSpecific.join(", ")}` : ""}`,
    });
  }
  const coverage = set.coverageFor(lane.destination);
  if (!coverage) {
    const exportSide = elements.length > 0;
    if (exportSide) {
      const top = Math.max(...elements.map((e) => e.regime.level));
      warnings.push({ code: "EXPORT_SIDE_ONLY", message: `only the export rules of ${lane.origin} were assessed (highest level L${top}); the import rules of ${lane.destination} are unknown` });
    }
    return {
      available: false,
      unavailableReason: `no import regime data for destination ${lane.destination}; covered destinations: ${set.coverage.map((c) => c.name).join(", ")}`,
      elements,
      documents,
      warnings,
    };
  }
  warnings.push(...coverage.warnings, ...set.generalWarnings);
  const grade = Math.max(0, ...elements.filter((e) => e.applicability === "applies").map((e) => e.regime.level)) as Grade;
  const maxPossibleGrade = Math.max(grade, ...elements.map((e) => e.regime.level)) as Grade;
  return { available: true, grade, maxPossibleGrade, elements, documents, warnings };
}
