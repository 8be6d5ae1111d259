import { EU_MEMBERS, isValidOn } from "@openhs/shared";
import type { Fx } from "./fx.js";
import { Dec, ZERO, formatMoney, roundMoney } from "./money.js";
import type { DestinationRow, Incoterm, LandedCostInput, Warning } from "./types.js";

/**
 * The customs value on the destination's basis: CIF (cost, insurance and freight to the border:
 * EU, UK, Japan, Norway, most countries) or FOB (transaction value without international freight
 * and insurance: US, Canada, Australia), from the invoice value and its Incoterm.
 */

/** What an Incoterm 2020 invoice price includes beyond the goods loaded at export. */
const INCLUDES: Record<Incoterm, { freight: boolean; insurance: boolean }> = {
  EXW: { freight: false, insurance: false },
  FCA: { freight: false, insurance: false },
  FAS: { freight: false, insurance: false },
  FOB: { freight: false, insurance: false },
  CFR: { freight: true, insurance: false },
  CPT: { freight: true, insurance: false },
  CIF: { freight: true, insurance: true },
  CIP: { freight: true, insurance: true },
  DAP: { freight: true, insurance: true },
  DPU: { freight: true, insurance: true },
  DDP: { freight: true, insurance: true },
};

/** The reviewed destination row (valuation basis, import tax) valid on a date; EU members share "EU". */
export function destinationRule(rows: DestinationRow[], destination: string, date: string): DestinationRow | undefined {
  const key = EU_MEMBERS.has(destination) ? "EU" : destination;
  return rows.find((r) => r.destination === key && isValidOn(date, r.validFrom, r.validTo));
}

export interface Valuation {
  basis: "CIF" | "FOB";
  /** Invoice value of all units, result currency, rounded. */
  goodsValue: Dec;
  /** Goods alone (invoice minus the freight and insurance it includes), rounded. */
  intrinsicValue: Dec;
  /** Freight and insurance given, result currency, rounded (0 when not given). */
  shipping: Dec;
  insurance: Dec;
  /** Freight / insurance paid on top of the invoice (not included by the Incoterm). */
  shippingOnTop: Dec;
  insuranceOnTop: Dec;
  customsValue: Dec;
  /** How the customs value was built ("invoice 500.00 + freight 80.00 + insurance 5.00"). */
  explanation: string;
  warnings: Warning[];
}

export function valuate(input: LandedCostInput, basis: "CIF" | "FOB", currency: string, fx: Fx): Valuation {
  const warnings: Warning[] = [];
  const fm = (d: Dec) => formatMoney(d, currency);
  const conv = (d: Dec | undefined) => (d === undefined ? undefined : roundMoney(fx.convert(d, input.currency, currency), currency));
  const incoterm = input.incoterm ?? "FOB";
  const inc = INCLUDES[incoterm];
  const goodsValue = conv(input.unitValue.times(input.quantity))!;
  const shippingGiven = conv(input.shipping);
  const insuranceGiven = conv(input.insurance);
  const shipping = shippingGiven ?? ZERO;
  const insurance = insuranceGiven ?? ZERO;

  // Goods alone: deduct the freight / insurance the invoice includes, when their amounts are known.
  let intrinsic = goodsValue;
  const deducted: string[] = [];
  if (inc.freight && shippingGiven) {
    intrinsic = intrinsic.minus(shipping);
    deducted.push(`freight ${fm(shipping)}`);
  }
  if (inc.insurance && insuranceGiven) {
    intrinsic = intrinsic.minus(insurance);
    deducted.push(`insurance ${fm(insurance)}`);
  }
  if (intrinsic.isNegative()) {
    warnings.push({ code: "VALUE_INCONSISTENT", message: `the ${incoterm} invoice value is lower than the freight and insurance it includes; the goods value was taken as 0` });
    intrinsic = ZERO;
  }
  if (inc.freight && !shippingGiven) {
    warnings.push({
      code: "FREIGHT_INCLUDED_UNKNOWN",
      message: `the ${incoterm} invoice value includes freight${inc.insurance ? " and insurance" : ""} but its amount was not given: ${basis === "FOB" ? "it could not be deducted, so the customs value is too high" : "the goods value used for de minimis includes it"}`,
    });
  }
  if (["DAP", "DPU", "DDP"].includes(incoterm)) {
    warnings.push({ code: "INCOTERM_POST_BORDER_COSTS", message: `a ${incoterm} price includes transport after the border, which is not part of the customs value; give it separately to deduct it` });
  }
  if (incoterm === "EXW" && basis === "CIF") {
    warnings.push({ code: "INCOTERM_EXW", message: "an EXW price excludes loading and inland transport in the export country, which belong in the customs value; add them to shipping" });
  }
  if (incoterm === "DDP") {
    warnings.push({ code: "INCOTERM_DDP", message: "under DDP the seller pays the import duties and taxes; they are shown for information" });
  }

  const shippingOnTop = inc.freight ? ZERO : shipping;
  const insuranceOnTop = inc.insurance ? ZERO : insurance;
  let customsValue: Dec;
  let explanation: string;
  if (basis === "FOB") {
    customsValue = intrinsic;
    explanation = deducted.length
      ? `${incoterm} invoice ${fm(goodsValue)} − ${deducted.join(" − ")} = ${fm(intrinsic)} ${currency} (FOB: international freight and insurance excluded)`
      : `invoice ${fm(goodsValue)} ${currency} (FOB: international freight and insurance excluded)`;
  } else {
    customsValue = goodsValue.plus(shippingOnTop).plus(insuranceOnTop);
    const added = [shippingOnTop.isZero() ? "" : `freight ${fm(shippingOnTop)}`, insuranceOnTop.isZero() ? "" : `insurance ${fm(insuranceOnTop)}`].filter(Boolean);
    explanation = `${incoterm} invoice ${fm(goodsValue)}${added.length ? ` + ${added.join(" + ")}` : ""} = ${fm(customsValue)} ${currency} (CIF: freight and insurance to the border included)`;
    if (!inc.freight && !shippingGiven) {
      warnings.push({ code: "FREIGHT_NOT_GIVEN", message: "the customs value on a CIF basis includes freight and insurance to the border; no shipping cost was given, so the customs value and the duty may be too low" });
    }
  }
  return { basis, goodsValue, intrinsicValue: intrinsic, shipping, insurance, shippingOnTop, insuranceOnTop, customsValue, explanation, warnings };
}
