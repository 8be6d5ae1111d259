import { EU_MEMBERS, isValidOn } from "@openhs/shared";
import { MissingRateError, type Fx } from "./fx.js";
import { Dec, formatMoney } from "./money.js";
import type { DeMinimisOutcome, DeMinimisRow } from "./types.js";

/**
 * De minimis: the value under which a destination waives duty, or import tax, on a consignment —
 * evaluated separately for duty and for tax, as of the importation date, from the reviewed rule
 * table (services/landed-cost/data/de-minimis.csv).
 */

export interface DeMinimisContext {
  destination: string;
  origin: string;
  date: string;
  /** Digits of the commodity code (for excluded goods). */
  code: string;
  /** Result currency and the values in it. */
  currency: string;
  intrinsicValue: Dec;
  customsValue: Dec;
  fx: Fx;
}

const BASIS_LABEL: Record<DeMinimisRow["valueBasis"], string> = {
  intrinsic: "intrinsic value (goods without transport and insurance)",
  customs_value: "customs value",
  fair_retail: "fair retail value in the country of shipment (the goods value is used)",
};

function rowsFor(rows: DeMinimisRow[], ctx: DeMinimisContext, charge: "duty" | "tax"): DeMinimisRow[] {
  const key = EU_MEMBERS.has(ctx.destination) ? "EU" : ctx.destination;
  return rows.filter((r) => r.destination === key && r.charge === charge);
}

export function evaluateDeMinimis(rows: DeMinimisRow[], charge: "duty" | "tax", ctx: DeMinimisContext): DeMinimisOutcome {
  const base = { valueBasis: "", waived: false, legalBasis: "", sourceUrl: "", validFrom: "", reviewed: "" };
  const mine = rowsFor(rows, ctx, charge);
  if (mine.length === 0) {
    return { ...base, status: "unknown", reason: `no de minimis rule for ${charge} in ${ctx.destination} is in the reviewed table` };
  }
  const onDate = mine.filter((r) => isValidOn(ctx.date, r.validFrom, r.validTo));
  const row = onDate.find((r) => (r.origins.length === 0 || r.origins.includes(ctx.origin)) && !r.excludedOrigins.includes(ctx.origin));
  if (!row) {
    const excluding = onDate.find((r) => r.excludedOrigins.includes(ctx.origin));
    if (excluding) {
      return {
        ...base,
        status: "not_available",
        legalBasis: excluding.legalBasis,
        sourceUrl: excluding.sourceUrl,
        validFrom: excluding.validFrom,
        reviewed: excluding.reviewed,
        reason: `no de minimis relief for ${charge} on goods of ${ctx.origin} on ${ctx.date}${excluding.note ? ` (${excluding.note})` : ""}`,
      };
    }
    return { ...base, status: "unknown", reason: `no de minimis rule for ${charge} in ${ctx.destination} covers ${ctx.date} and origin ${ctx.origin}` };
  }
  const meta = {
    valueBasis: BASIS_LABEL[row.valueBasis],
    legalBasis: row.legalBasis,
    sourceUrl: row.sourceUrl,
    validFrom: row.validFrom,
    reviewed: row.reviewed,
  };
  const noteSuffix = row.note ? ` (${row.note})` : "";
  if (row.threshold === undefined) {
    return { ...meta, status: "not_available", waived: false, reason: `no de minimis relief for ${charge} on ${ctx.date}${noteSuffix}` };
  }
  const threshold = { amount: row.threshold, currency: row.currency };
  const excluded = row.excludedHs.find((p) => ctx.code.startsWith(p));
  if (excluded) {
    return { ...meta, threshold, status: "not_available", waived: false, reason: `goods of ${excluded.length <= 2 ? "chapter" : "heading"} ${excluded} are excluded from the relief${noteSuffix}` };
  }
  const value = row.valueBasis === "customs_value" ? ctx.customsValue : ctx.intrinsicValue;
  let compared: Dec;
  try {
    compared = formatMoneyDec(ctx.fx.convert(value, ctx.currency, row.currency), row.currency);
  } catch (err) {
    if (!(err instanceof MissingRateError)) throw err;
    return { ...meta, threshold, status: "unknown", waived: false, reason: `the value cannot be converted to ${row.currency}: ${err.message}` };
  }
  const within = compared.lessThanOrEqualTo(row.threshold);
  return {
    ...meta,
    threshold,
    comparedValue: { amount: compared, currency: row.currency },
    status: within ? "applies" : "exceeded",
    waived: within,
    reason: `${meta.valueBasis} ${formatMoney(compared, row.currency)} ${row.currency} ${within ? "≤" : ">"} threshold ${formatMoney(row.threshold, row.currency)} ${row.currency}: ${charge} ${within ? "waived" : "due"}${row.confidence === "medium" || within ? noteSuffix : ""}`,
  };
}

function formatMoneyDec(d: Dec, currency: string): Dec {
  return new Dec(formatMoney(d, currency));
}
