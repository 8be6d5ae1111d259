import { Dec, ZERO, percentOf, plain, sum } from "./money.js";
import type { Fx } from "./fx.js";
import type { Confidence, DutyComponent, DutyExpression } from "./types.js";

/**
 * Evaluates a parsed duty expression for a shipment: ad valorem components on the customs value,
 * specific components on the right quantity (kg from the net weight, pieces from the quantity,
 * litres / proof litres / pairs / ... from the supplementary quantities), compound sums, minimum and
 * maximum clauses, and the additions of derived rates (chapter 99 additional duties). Specific
 * amounts in another currency (EUR/100 kg in the EU tariff) are converted with the answer's rates.
 *
 * Whatever cannot be computed honestly (a rate given by reference, a sliding scale, a missing
 * quantity) gives no amount and says why: never a guessed figure.
 */

export interface Quantities {
  /** Number of units (pieces) in the shipment. */
  quantity: Dec;
  /** Total net weight in kg. */
  weightKg?: Dec;
  /** Other shipment totals by normalized unit. */
  supplementary: Record<string, Dec>;
}

export interface EvalContext {
  customsValue: Dec;
  /** Result currency (the customs value's). */
  currency: string;
  quantities: Quantities;
  fx: Fx;
}

export interface Evaluation {
  /** Unrounded amount in the result currency; undefined when it cannot be computed. */
  amount?: Dec;
  confidence: Confidence;
  /** How the amount was obtained ("16.5% of 1000.00"), or why there is none. */
  notes: string[];
  /** Units whose quantity was needed but not given. */
  missing: string[];
}

const UNIT_LABEL: Record<string, string> = {
  kg: "kg (weight_kg)",
  liter: "litres (supplementary_quantities.liter)",
  pf_liter: "proof litres (supplementary_quantities.pf_liter)",
  hl: "hectolitres (supplementary_quantities.hl or .liter)",
  pct_vol_hl: "% vol per hectolitre (supplementary_quantities.pct_vol_hl = alcohol % × hl)",
  m2: "square metres (supplementary_quantities.m2)",
  m3: "cubic metres (supplementary_quantities.m3)",
};

interface QuantityAnswer {
  value?: Dec;
  note?: string;
  confidence: Confidence;
}

/** The shipment's quantity in a normalized duty unit. */
export function quantityIn(unit: string, q: Quantities): QuantityAnswer {
  const s = q.supplementary;
  const direct = s[unit];
  if (direct !== undefined) return { value: direct, confidence: "high" };
  const kg = s.kg ?? q.weightKg;
  switch (unit) {
    case "kg":
      return kg !== undefined ? { value: kg, confidence: "high" } : { confidence: "unavailable" };
    case "g":
      return kg !== undefined ? { value: kg.times(1000), note: "grams = weight_kg × 1000", confidence: "high" } : { confidence: "unavailable" };
    case "ton":
      return kg !== undefined ? { value: kg.dividedBy(1000), note: "tonnes = weight_kg / 1000", confidence: "high" } : { confidence: "unavailable" };
    case "each":
      return { value: q.quantity, note: "pieces = quantity", confidence: "high" };
    case "doz":
      return { value: q.quantity.dividedBy(12), note: "dozens = quantity / 12", confidence: "high" };
    case "gross":
      return { value: q.quantity.dividedBy(144), note: "gross = quantity / 144", confidence: "high" };
    case "thousand":
      return { value: q.quantity.dividedBy(1000), note: "thousands = quantity / 1000", confidence: "high" };
    case "pair":
      return { value: q.quantity, note: "pairs = quantity (give supplementary_quantities.pair when the quantity counts single pieces)", confidence: "medium" };
    case "hl":
      return s.liter !== undefined ? { value: s.liter.dividedBy(100), note: "hectolitres = litres / 100", confidence: "high" } : { confidence: "unavailable" };
    case "liter":
      return s.hl !== undefined ? { value: s.hl.times(100), note: "litres = hectolitres × 100", confidence: "high" } : { confidence: "unavailable" };
    default:
      return { confidence: "unavailable" };
  }
}

const RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2, unavailable: 3 };

/** The weaker of two confidences. */
export function weaker(a: Confidence, b: Confidence): Confidence {
  return RANK[a] >= RANK[b] ? a : b;
}

function fmt(d: Dec, places = 2): string {
  return d.toDecimalPlaces(places).toFixed(places);
}

/** Value of one component (ad valorem or specific) in the result currency. */
function componentValue(c: DutyComponent, ctx: EvalContext, out: Evaluation): Dec | undefined {
  if (c.type === "ad_valorem") {
    if (!c.percent) {
      out.notes.push("ad valorem component without a percent");
      return undefined;
    }
    const v = percentOf(ctx.customsValue, new Dec(c.percent));
    out.notes.push(`${c.percent}% of ${fmt(ctx.customsValue)} ${ctx.currency}`);
    if (c.appliesTo) {
      out.confidence = weaker(out.confidence, "low");
      out.notes.push(`the rate applies to the value of the ${c.appliesTo}; the whole customs value was used (an upper bound)`);
    }
    return v;
  }
  if (!c.amount || !c.unit) {
    out.notes.push("specific component without an amount or unit");
    return undefined;
  }
  const q = quantityIn(c.unit, ctx.quantities);
  if (q.value === undefined) {
    out.missing.push(c.unit);
    out.notes.push(`needs the quantity in ${UNIT_LABEL[c.unit] ?? `${c.unit} (supplementary_quantities.${c.unit})`}`);
    return undefined;
  }
  let qty = q.value;
  if (c.over) qty = Dec.max(ZERO, qty.minus(c.over));
  const cur = c.currency || ctx.currency;
  let v = new Dec(c.amount).times(qty);
  const explain = `${plain(new Dec(c.amount))} ${cur}/${c.unit} × ${plain(qty)} ${c.unit}${c.over ? ` (over ${c.over})` : ""}${q.note ? ` (${q.note})` : ""}`;
  if (cur !== ctx.currency) {
    const rate = ctx.fx.rate(cur, ctx.currency);
    v = v.times(rate);
    out.notes.push(`${explain} × ${plain(rate)} ${ctx.currency}/${cur}`);
  } else out.notes.push(explain);
  out.confidence = weaker(out.confidence, q.confidence);
  if (c.appliesTo) {
    out.confidence = weaker(out.confidence, "medium");
    out.notes.push(`the rate is per ${c.unit} of ${c.appliesTo}: the quantity given was used as that quantity`);
  }
  return v;
}

/**
 * Evaluates an expression. `asAddition`: for "derived" expressions (the duty of the applicable
 * subheading + X), evaluate X alone: that is the additional duty.
 */
export function evaluateDuty(expr: DutyExpression, ctx: EvalContext, opts: { asAddition?: boolean } = {}): Evaluation {
  const out: Evaluation = { confidence: "high", notes: [], missing: [] };
  const unavailable = (why: string): Evaluation => ({ confidence: "unavailable", notes: [...out.notes, why], missing: out.missing });
  switch (expr.kind) {
    case "free":
      return { amount: ZERO, confidence: expr.conditions?.length ? "medium" : "high", notes: ["free", ...(expr.conditions ?? []).map((c) => `condition: ${c}`)], missing: [] };
    case "reference":
      return unavailable(`the rate is given by reference: ${expr.reason ?? expr.text}`);
    case "no_change":
      return unavailable("'No change': the general rate applies (no amount of its own)");
    case "unparsed":
      return unavailable(`the rate text could not be parsed: ${expr.reason ?? expr.text}`);
    case "derived":
      if (!opts.asAddition) return unavailable(`the rate is another provision's rate plus a duty: ${expr.text}`);
      break;
    default:
      break;
  }
  if (expr.adjustments && expr.adjustments.length > 0) {
    return unavailable(`sliding-scale rate (${expr.adjustments.map((a) => `for each ${a.perEach ?? "unit"}`).join(", ")}) is not computed`);
  }
  const parts: Dec[] = [];
  for (const c of expr.components) {
    const v = componentValue(c, ctx, out);
    if (v === undefined) return unavailable("a component of the rate cannot be computed");
    parts.push(c.subtract ? v.negated() : v);
  }
  let amount = sum(parts);
  if (expr.minimum) {
    const min = componentValue(expr.minimum, ctx, out);
    if (min === undefined) return unavailable("the minimum of the rate cannot be computed");
    if (amount.lessThan(min)) {
      out.notes.push(`raised to the minimum ${fmt(min)} ${ctx.currency}`);
      amount = min;
    }
  }
  if (expr.maximum) {
    const max = componentValue(expr.maximum, ctx, out);
    if (max === undefined) return unavailable("the maximum of the rate cannot be computed");
    if (amount.greaterThan(max)) {
      out.notes.push(`limited to the maximum ${fmt(max)} ${ctx.currency}`);
      amount = max;
    }
  }
  if (expr.conditions?.length) {
    out.confidence = weaker(out.confidence, "medium");
    for (const c of expr.conditions) out.notes.push(`condition: ${c}`);
  }
  return { amount, confidence: out.confidence, notes: out.notes, missing: out.missing };
}
