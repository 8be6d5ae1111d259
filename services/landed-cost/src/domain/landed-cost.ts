import { evaluateDeMinimis } from "./de-minimis.js";
import { evaluateDuty, weaker, type EvalContext } from "./duty-calc.js";
import { evaluateFees } from "./fees.js";
import type { Fx, FxRule } from "./fx.js";
import { Dec, ZERO, formatMoney, percentOf, plain, roundMoney, sum } from "./money.js";
import type {
  Component,
  Confidence,
  DeMinimisOutcome,
  LandedCostInput,
  LandedCostResult,
  Measure,
  RuleTables,
  TariffFacts,
  Warning,
} from "./types.js";
import { destinationRule, valuate } from "./valuation.js";

/**
 * The landed cost of one shipment, from a validated request, the tariff facts for its lane and
 * date, the reviewed rule tables and the exchange rates: pure arithmetic, no I/O.
 *
 * Order: customs value (destination basis) → duty (general / preferential / column 2) → additional
 * duties → anti-dumping → de minimis for duty → import VAT/GST on the destination's base → de
 * minimis for tax → fees → totals. Each component carries its rate, base, amount, legal basis,
 * source, data date and confidence; what cannot be computed has no amount and a warning.
 */

export interface CalculationOptions {
  /** Currency of every amount in the answer (the destination's). */
  currency: string;
  fx: Fx;
  fxRule: FxRule;
}

const MEASURE_CONFIDENCE: Record<string, Confidence> = { high: "high", medium: "medium", low: "low", "": "high" };

/** Chapters with excise duties in most destinations (alcohol, tobacco, mineral fuels). */
const EXCISE_CHAPTERS = new Set(["22", "24", "27"]);

export function programsQualifying(m: Measure, origin: string): string[] {
  return m.programs.filter((p) => p.countries.includes(origin)).map((p) => p.code);
}

function dutyLegalBasis(m: Measure, schedule: string): string {
  if (m.legalBasis) return m.legalBasis;
  const prog = m.programs.map((p) => `${p.code}: ${p.name}${p.legalReference ? ` (${p.legalReference})` : ""}`).join("; ");
  return `${schedule} ${m.commodityCode}${prog ? `; ${prog}` : ""}`;
}

/** The duty measure to charge: the tariff's applicable one, or the general / column 2 rate when preferences are not claimed. */
function chooseDutyMeasure(input: LandedCostInput, facts: TariffFacts): Measure | undefined {
  if (!input.ignorePreferences || facts.applicable?.measureType !== "preferential") return facts.applicable;
  return facts.measures.find((m) => m.measureType === "column2" && m.appliesToOrigin) ?? facts.measures.find((m) => m.measureType === "general");
}

export function calculateLandedCost(input: LandedCostInput, facts: TariffFacts, rules: RuleTables, opts: CalculationOptions): LandedCostResult {
  const { currency, fx } = opts;
  const warnings: Warning[] = [];
  const warn = (code: string, message: string) => {
    if (!warnings.some((w) => w.code === code && w.message === message)) warnings.push({ code, message });
  };
  const fm = (d: Dec) => formatMoney(d, currency);

  // --- customs value ----------------------------------------------------------------------
  const dest = destinationRule(rules.destinations, input.destination, input.date);
  let basis: "CIF" | "FOB" = "CIF";
  let valuationLegalBasis = "";
  if (dest) {
    basis = dest.valuationBasis;
    valuationLegalBasis = dest.valuationLegalBasis;
  } else {
    valuationLegalBasis = "assumed: CIF, the WTO Customs Valuation Agreement basis used by most countries";
    warn("VALUATION_BASIS_ASSUMED", `no reviewed valuation rule for ${input.destination}: a CIF customs value and VAT on customs value plus duty were assumed`);
  }
  const v = valuate(input, basis, currency, fx);
  for (const w of v.warnings) warn(w.code, w.message);
  const customsValue = v.customsValue;
  const components: Component[] = [
    {
      type: "customs_value",
      code: basis,
      label: `Customs value (${basis})`,
      rate: "",
      amount: customsValue,
      legalBasis: valuationLegalBasis,
      source: dest ? "openhs reviewed destination table (services/landed-cost/data/destinations.csv)" : "",
      dataDate: dest?.validFrom ?? "",
      confidence: dest ? "high" : "low",
      licence: "",
      sourceUrl: dest?.sourceUrl ?? "",
      note: v.explanation,
    },
  ];

  // --- tariff warnings --------------------------------------------------------------------
  for (const w of facts.warnings) {
    if (/^duty_unavailable/i.test(w)) warn("DUTY_UNAVAILABLE", w.replace(/^duty_unavailable:\s*/i, ""));
    else if (/proof of origin/i.test(w)) continue; // restated with the programme below
    else warn("TARIFF_NOTE", w);
  }

  const evalCtx: EvalContext = {
    customsValue,
    currency,
    quantities: { quantity: input.quantity, weightKg: input.weightKg, supplementary: input.supplementary },
    fx,
  };
  const missingQuantity = (units: string[]) => {
    for (const u of units) warn("QUANTITY_MISSING", `the duty is charged per ${u}: give ${u === "kg" ? "weight_kg" : `supplementary_quantities.${u}`} to compute it`);
  };

  // --- duty ------------------------------------------------------------------------------
  const dutyComponents: Component[] = [];
  const measure = chooseDutyMeasure(input, facts);
  const preferencePrograms: string[] = [];
  if (!measure) {
    dutyComponents.push({
      type: "duty",
      code: "DUTY",
      label: "Customs duty",
      rate: "",
      base: customsValue,
      legalBasis: "",
      source: "",
      dataDate: "",
      confidence: "unavailable",
      licence: "",
      sourceUrl: "",
      note: facts.warnings.find((w) => /duty/i.test(w)) ?? `no duty rate is known for ${facts.code || input.code} into ${input.destination}`,
    });
    if (!warnings.some((w) => w.code === "DUTY_UNAVAILABLE")) {
      warn("DUTY_UNAVAILABLE", `no duty rate is known for ${facts.code || input.code} into ${input.destination}; the totals do not include duty`);
    }
  } else {
    const ev = evaluateDuty(measure.expression, evalCtx);
    missingQuantity(ev.missing);
    const pref = measure.measureType === "preferential";
    const progs = pref ? programsQualifying(measure, input.origin) : [];
    preferencePrograms.push(...progs);
    const progNames = measure.programs.filter((p) => progs.includes(p.code));
    let label = measure.measureType === "column2" ? "Customs duty (column 2)" : pref ? "Preferential customs duty" : "Customs duty (general / MFN)";
    if (pref && progNames.length) label += ` — ${progNames.map((p) => p.name || p.code).join(", ")}`;
    const confidence = ev.amount === undefined ? "unavailable" : weaker(ev.confidence, MEASURE_CONFIDENCE[measure.confidence] ?? "high");
    dutyComponents.push({
      type: pref ? "preferential_duty" : "duty",
      code: pref ? progs.join(",") || measure.geographicalArea : measure.measureType === "column2" ? "COLUMN2" : "MFN",
      label,
      rate: measure.text,
      expression: measure.expression,
      base: customsValue,
      amount: ev.amount === undefined ? undefined : roundMoney(ev.amount, currency),
      legalBasis: dutyLegalBasis(measure, facts.schedule),
      source: measure.source,
      dataDate: measure.dataDate || measure.validityStart,
      confidence,
      licence: measure.licence,
      sourceUrl: "",
      note: [...ev.notes, ...measure.notes].join("; "),
    });
    if (pref) {
      warn(
        "PROOF_OF_ORIGIN_REQUIRED",
        `the preferential rate under ${progNames.map((p) => `${p.code} (${p.name})`).join(", ") || measure.geographicalArea} needs proof that the goods originate in ${input.origin} under the programme's rules of origin; without it the general rate applies`,
      );
    }
    if (ev.amount === undefined) warn("DUTY_NOT_COMPUTED", `the duty ${measure.text} could not be computed: ${ev.notes[ev.notes.length - 1] ?? ""}`);
    if (measure.confidence === "low") warn("DUTY_RATE_UNCERTAIN", `the duty rate ${measure.text} comes from ${measure.source} (${measure.dataDate || measure.validityStart}) and is uncertain: ${measure.notes.join("; ") || "see the component"}`);
    else if (measure.dataDate && measure.dataDate.slice(0, 4) < input.date.slice(0, 4) && measure.confidence !== "high") {
      warn("DUTY_DATA_OLDER", `the duty rate comes from ${measure.source}, data of ${measure.dataDate}, older than the importation date ${input.date}`);
    }
  }

  // --- additional duties -----------------------------------------------------------------
  for (const m of facts.measures.filter((x) => x.measureType === "additional" && x.appliesToOrigin)) {
    const ev = evaluateDuty(m.expression, evalCtx, { asAddition: true });
    missingQuantity(ev.missing);
    const confidence = ev.amount === undefined ? "unavailable" : weaker(ev.confidence, MEASURE_CONFIDENCE[m.confidence] ?? "high");
    dutyComponents.push({
      type: "additional_duty",
      code: m.additionalCode || m.geographicalArea,
      label: `Additional duty${m.legalBasis ? ` — ${m.legalBasis}` : ""}`,
      rate: m.text,
      expression: m.expression,
      base: customsValue,
      amount: ev.amount === undefined ? undefined : roundMoney(ev.amount, currency),
      legalBasis: m.legalBasis || `${facts.schedule} ${m.commodityCode}`,
      source: m.source,
      dataDate: m.dataDate || m.validityStart,
      confidence,
      licence: m.licence,
      sourceUrl: "",
      note: [...ev.notes, ...m.notes].join("; "),
    });
    if (ev.amount === undefined) warn("ADDITIONAL_DUTY_NOT_COMPUTED", `additional duty ${m.additionalCode} (${m.text}) could not be computed: ${ev.notes[ev.notes.length - 1] ?? ""}`);
  }

  // --- anti-dumping / countervailing -----------------------------------------------------
  for (const m of facts.measures.filter((x) => x.measureType === "anti_dumping" && x.appliesToOrigin)) {
    dutyComponents.push({
      type: "anti_dumping",
      code: m.additionalCode || "AD",
      label: m.legalBasis || "Anti-dumping / countervailing duty",
      rate: m.text,
      expression: m.expression,
      base: customsValue,
      legalBasis: m.legalBasis,
      source: m.source,
      dataDate: m.dataDate || m.validityStart,
      confidence: "unavailable",
      licence: m.licence,
      sourceUrl: "",
      note: [`rate not in the data: ${m.expression.reason ?? m.text}`, ...m.notes].join("; "),
    });
    warn("ANTI_DUMPING_MEASURE", `${m.legalBasis || "an anti-dumping measure"} exists for ${m.commodityCode} from ${m.geographicalArea}${m.excludedCountries.length ? ` (except ${m.excludedCountries.join(", ")})` : ""} (${m.source}, ${m.dataDate}); its rate depends on the exporter and is not included`);
  }
  components.push(...dutyComponents);

  const dutiesGross = sum(dutyComponents.filter((c) => c.amount !== undefined).map((c) => c.amount!));

  // --- de minimis (duty) -----------------------------------------------------------------
  const dmCtx = {
    destination: input.destination,
    origin: input.origin,
    date: input.date,
    code: input.code,
    currency,
    intrinsicValue: v.intrinsicValue,
    customsValue,
    fx,
  };
  const dmDuty = evaluateDeMinimis(rules.deMinimis, "duty", dmCtx);
  let duties = dutiesGross;
  if (dmDuty.waived) {
    components.push(reliefComponent("duty", dmDuty, dutiesGross.negated(), currency));
    duties = ZERO;
  }

  // --- import VAT / GST --------------------------------------------------------------------
  let taxes = ZERO;
  const taxKind = dest?.importTax ?? "VAT";
  let dmTax: DeMinimisOutcome;
  if (taxKind === "none") {
    dmTax = { status: "not_available", valueBasis: "", waived: false, legalBasis: dest?.taxLegalBasis ?? "", sourceUrl: "", validFrom: "", reviewed: "", reason: `no import tax at the border: ${dest?.taxLegalBasis ?? ""}` };
    if (input.destination === "US") warn("NO_IMPORT_VAT", "the US levies no import VAT; state and local sales or use taxes are not included");
  } else {
    const taxBaseRule = dest?.taxBase || "customs_value_plus_duty";
    let taxBase = customsValue.plus(duties);
    let baseHow = `customs value ${fm(customsValue)} + duties ${fm(duties)}`;
    if (taxBaseRule === "customs_value_plus_duty_plus_transport") {
      taxBase = taxBase.plus(v.shipping).plus(v.insurance);
      baseHow += ` + international transport ${fm(v.shipping)} + insurance ${fm(v.insurance)}`;
    }
    const unavailableDuty = dutyComponents.some((c) => c.amount === undefined);
    const type = taxKind === "GST" ? "gst" : "vat";
    const label = taxKind === "consumption_tax" ? "Consumption tax on imports" : taxKind === "GST" ? "GST on imports" : "Import VAT";
    if (!facts.vat) {
      components.push({
        type,
        code: taxKind,
        label,
        rate: "",
        base: taxBase,
        legalBasis: dest?.taxLegalBasis ?? "",
        source: "",
        dataDate: "",
        confidence: "unavailable",
        licence: "",
        sourceUrl: dest?.sourceUrl ?? "",
        note: `no ${taxKind} rate known for ${input.destination}`,
      });
      warn("VAT_UNAVAILABLE", `no VAT/GST rate is known for ${input.destination} on ${input.date}`);
    } else {
      const amount = roundMoney(percentOf(taxBase, new Dec(facts.vat.ratePercent)), currency);
      taxes = amount;
      components.push({
        type,
        code: `${taxKind}-standard`,
        label,
        rate: `${plain(new Dec(facts.vat.ratePercent))}%`,
        base: taxBase,
        amount,
        legalBasis: dest?.taxLegalBasis ?? "assumed base: customs value plus duty",
        source: facts.vat.source,
        dataDate: facts.vat.validityStart,
        confidence: unavailableDuty ? "low" : dest ? "high" : "medium",
        licence: "",
        sourceUrl: dest?.sourceUrl ?? "",
        note: `${plain(new Dec(facts.vat.ratePercent))}% of (${baseHow}) = ${fm(amount)} ${currency}; standard rate${unavailableDuty ? "; the base lacks the duty that could not be computed" : ""}`,
      });
      warn("VAT_STANDARD_RATE", `the standard ${taxKind} rate ${plain(new Dec(facts.vat.ratePercent))}% was used; reduced rates for some goods are not applied`);
    }
    dmTax = evaluateDeMinimis(rules.deMinimis, "tax", dmCtx);
    if (dmTax.waived && taxes.greaterThan(0)) {
      components.push(reliefComponent("tax", dmTax, taxes.negated(), currency));
      taxes = ZERO;
    }
  }
  if (EXCISE_CHAPTERS.has(input.code.slice(0, 2))) {
    warn("EXCISE_NOT_INCLUDED", `goods of chapter ${input.code.slice(0, 2)} usually bear excise duties in ${input.destination}; they are not included`);
  }

  // --- fees ------------------------------------------------------------------------------
  const f = evaluateFees(rules.fees, {
    destination: input.destination,
    date: input.date,
    customsValue,
    currency,
    fx,
    transportMode: input.transportMode,
    preferencePrograms,
    noEntry: dmDuty.waived && input.destination === "US",
  });
  components.push(...f.components);
  for (const w of f.warnings) warn(w.code, w.message);
  const fees = sum(f.components.filter((c) => c.amount !== undefined).map((c) => c.amount!));

  // --- shipping / insurance on top of the invoice ----------------------------------------
  if (!v.shippingOnTop.isZero()) components.push(costComponent("shipping", "Freight", v.shippingOnTop));
  if (!v.insuranceOnTop.isZero()) components.push(costComponent("insurance", "Insurance", v.insuranceOnTop));

  // --- exchange rates ---------------------------------------------------------------------
  for (const r of fx.used()) {
    if (r.rateDate && daysBetween(r.rateDate, opts.fxRule.date) > 7) {
      warn("EXCHANGE_RATE_STALE", `the latest ECB rate available for ${r.from}/${r.to} is of ${r.rateDate}, ${daysBetween(r.rateDate, opts.fxRule.date)} days before ${opts.fxRule.date}`);
    }
  }
  if (fx.used().length > 0) {
    warn("EXCHANGE_RATE_BASIS", `currency conversion: ${opts.fxRule.legalBasis}`);
  }

  // --- totals ----------------------------------------------------------------------------
  const dutiesAndTaxes = duties.plus(taxes).plus(fees);
  const landedCost = v.goodsValue.plus(v.shippingOnTop).plus(v.insuranceOnTop).plus(dutiesAndTaxes);
  const complete = components.every((c) => c.confidence !== "unavailable");
  if (!complete) warn("TOTALS_INCOMPLETE", "some components could not be computed: the totals are a lower bound");
  return {
    currency,
    schedule: facts.schedule,
    code: facts.code,
    description: facts.description,
    valuationBasis: basis,
    valuationLegalBasis,
    components,
    totals: {
      goodsValue: v.goodsValue,
      shipping: v.shippingOnTop,
      insurance: v.insuranceOnTop,
      customsValue,
      duties,
      taxes,
      fees,
      dutiesAndTaxes,
      landedCost,
      landedCostPerUnit: roundMoney(landedCost.dividedBy(input.quantity), currency),
      complete,
    },
    exchangeRates: fx.used(),
    deMinimis: { duty: dmDuty, tax: dmTax },
    warnings,
    date: input.date,
    dataVersion: facts.dataVersion,
  };
}

function reliefComponent(charge: "duty" | "tax", dm: DeMinimisOutcome, amount: Dec, currency: string): Component {
  return {
    type: "de_minimis",
    code: `DE_MINIMIS_${charge.toUpperCase()}`,
    label: `De minimis relief (${charge})`,
    rate: dm.threshold ? `≤ ${formatMoney(dm.threshold.amount, dm.threshold.currency)} ${dm.threshold.currency}` : "",
    amount: roundMoney(amount, currency),
    legalBasis: dm.legalBasis,
    source: "openhs reviewed de minimis table (services/landed-cost/data/de-minimis.csv)",
    dataDate: dm.validFrom,
    confidence: "high",
    licence: "public law",
    sourceUrl: dm.sourceUrl,
    note: dm.reason,
  };
}

function costComponent(type: "shipping" | "insurance", label: string, amount: Dec): Component {
  return { type, code: type.toUpperCase(), label, rate: "", amount, legalBasis: "", source: "request", dataDate: "", confidence: "high", licence: "", sourceUrl: "", note: "paid on top of the invoice price" };
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
