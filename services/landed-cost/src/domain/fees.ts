import { isValidOn } from "@openhs/shared";
import type { Fx } from "./fx.js";
import { Dec, formatMoney, percentOf, plain, roundMoney } from "./money.js";
import type { Component, FeeRow, TransportMode, Warning } from "./types.js";

/**
 * Customs fees from the reviewed fee table (services/landed-cost/data/fees.csv): the US
 * merchandise processing fee (ad valorem with a minimum and maximum on formal entries, a flat fee
 * on informal entries) and the harbor maintenance fee on sea cargo.
 */

/** US informal entry limit: shipments valued at USD 2,500 or less (19 CFR 143.21(a)). */
export const US_INFORMAL_ENTRY_LIMIT = new Dec(2500);

export interface FeeContext {
  destination: string;
  date: string;
  /** Customs value in the result currency (rounded). */
  customsValue: Dec;
  currency: string;
  fx: Fx;
  transportMode?: TransportMode;
  /** Programmes under which the goods enter with a preference (their codes). */
  preferencePrograms: string[];
  /** True when no entry is needed (duty de minimis applies): entry fees are not charged. */
  noEntry: boolean;
}

/** Rows of a fee code: the one valid on the date, else the latest earlier one (flagged stale). */
function pickRow(rows: FeeRow[], date: string): { row: FeeRow; stale: boolean } | undefined {
  const valid = rows.find((r) => isValidOn(date, r.validFrom, r.validTo));
  if (valid) return { row: valid, stale: false };
  const earlier = rows.filter((r) => r.validTo && r.validTo < date).sort((a, b) => (a.validTo! < b.validTo! ? 1 : -1));
  return earlier[0] ? { row: earlier[0], stale: true } : undefined;
}

export function evaluateFees(all: FeeRow[], ctx: FeeContext): { components: Component[]; warnings: Warning[] } {
  const components: Component[] = [];
  const warnings: Warning[] = [];
  const rows = all.filter((r) => r.destination === ctx.destination);
  if (rows.length === 0) return { components, warnings };
  const byCode = new Map<string, FeeRow[]>();
  for (const r of rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);

  let formal: boolean | undefined;
  if (ctx.destination === "US") {
    const usd = ctx.fx.convert(ctx.customsValue, ctx.currency, "USD");
    formal = usd.greaterThan(US_INFORMAL_ENTRY_LIMIT);
  }

  for (const [code, list] of byCode) {
    const picked = pickRow(list, ctx.date);
    if (!picked) continue;
    const { row, stale } = picked;
    if (row.appliesWhen === "formal_entry" && (formal === false || ctx.noEntry)) continue;
    if (row.appliesWhen === "informal_entry" && (formal !== false || ctx.noEntry)) continue;
    if (row.appliesWhen === "sea" && ctx.transportMode !== "sea") {
      if (ctx.transportMode === undefined) {
        warnings.push({ code: "FEE_DEPENDS_ON_TRANSPORT", message: `${row.label} (${row.code}, ${row.ratePercent ? `${plain(row.ratePercent)}%` : ""}) applies to goods arriving by sea; give transport_mode to include it` });
      }
      continue;
    }
    const base: Omit<Component, "amount" | "rate" | "base" | "note" | "confidence"> = {
      type: "fee",
      code,
      label: row.label,
      legalBasis: row.legalBasis,
      source: "openhs reviewed fee table (services/landed-cost/data/fees.csv)",
      dataDate: row.validFrom,
      licence: "public law",
      sourceUrl: row.sourceUrl,
    };
    const confidence = stale ? "low" : row.confidence;
    if (stale) {
      warnings.push({ code: "FEE_DATA_STALE", message: `${row.label}: the reviewed table has no amounts for ${ctx.date}; those valid ${row.validFrom} to ${row.validTo} were used` });
    }
    const exempt = row.exemptPrograms.find((p) => ctx.preferencePrograms.includes(p));
    if (exempt) {
      components.push({ ...base, rate: rateText(row), amount: new Dec(0), base: ctx.customsValue, confidence, note: `not charged on goods originating under programme ${exempt}` });
      continue;
    }
    if (row.kind === "flat") {
      const amount = roundMoney(ctx.fx.convert(row.amount!, row.currency, ctx.currency), ctx.currency);
      components.push({ ...base, rate: rateText(row), amount, confidence, note: `flat ${formatMoney(row.amount!, row.currency)} ${row.currency}${row.note ? `; ${row.note}` : ""}` });
      continue;
    }
    // Ad valorem on the customs value, in the fee's currency, then clamped to its minimum / maximum.
    const valueInFeeCurrency = ctx.fx.convert(ctx.customsValue, ctx.currency, row.currency);
    let fee = roundMoney(percentOf(valueInFeeCurrency, row.ratePercent!), row.currency);
    let how = `${plain(row.ratePercent!)}% of ${formatMoney(valueInFeeCurrency, row.currency)} ${row.currency} = ${formatMoney(fee, row.currency)} ${row.currency}`;
    if (row.minimum && fee.lessThan(row.minimum)) {
      fee = row.minimum;
      how += `, raised to the minimum ${formatMoney(row.minimum, row.currency)} ${row.currency}`;
    }
    if (row.maximum && fee.greaterThan(row.maximum)) {
      fee = row.maximum;
      how += `, limited to the maximum ${formatMoney(row.maximum, row.currency)} ${row.currency}`;
    }
    const amount = roundMoney(ctx.fx.convert(fee, row.currency, ctx.currency), ctx.currency);
    components.push({ ...base, rate: rateText(row), base: ctx.customsValue, amount, confidence, note: how });
  }
  return { components, warnings };
}

function rateText(row: FeeRow): string {
  if (row.kind === "flat") return `${formatMoney(row.amount!, row.currency)} ${row.currency} per entry`;
  const bounds = [row.minimum ? `min ${formatMoney(row.minimum, row.currency)} ${row.currency}` : "", row.maximum ? `max ${formatMoney(row.maximum, row.currency)} ${row.currency}` : ""].filter(Boolean);
  return `${plain(row.ratePercent!)}%${bounds.length ? ` (${bounds.join(", ")})` : ""}`;
}
