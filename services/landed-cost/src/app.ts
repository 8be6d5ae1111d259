import type { commonV1 } from "@openhs/proto";
import { EU_MEMBERS, InputError, grpc, grpcError } from "@openhs/shared";
import type { ClassificationOutcome, ClassifierPort, TariffPort } from "./adapters/ports.js";
import { Fx, currencyOn, fxRuleFor } from "./domain/fx.js";
import { weaker } from "./domain/duty-calc.js";
import { calculateLandedCost } from "./domain/landed-cost.js";
import { normalizeHsCode, validateRequest, type RawRequest } from "./domain/request.js";
import type { EcbRate, LandedCostResult, RuleTables } from "./domain/types.js";

/**
 * One landed-cost calculation: validate, classify when a product is given, fetch the tariff facts
 * and the exchange rates, then run the pure calculation.
 */

export interface CalculationRequest extends RawRequest {
  product?: commonV1.Product;
}

export interface CalculationAnswer {
  result: LandedCostResult;
  classification?: ClassificationOutcome;
}

export class LandedCostApp {
  constructor(
    private readonly tariff: TariffPort,
    private readonly rules: RuleTables,
    private readonly classifier?: ClassifierPort,
  ) {}

  async calculate(req: CalculationRequest): Promise<CalculationAnswer> {
    if (req.product && req.hsCode) throw new InputError("hs_code", "give either hs_code or product, not both");
    if (!req.product && !req.hsCode) throw new InputError("hs_code", "is required (an HS code of 6 to 10 digits) unless a product is given");
    if (req.product && !req.product.productName?.trim()) throw new InputError("product.product_name", "is required");
    const givenCode = req.hsCode ? normalizeHsCode(req.hsCode) : "";
    const countries = await this.tariff.countries();
    const input = validateRequest(req, givenCode, new Set(countries.keys()));

    let classification: ClassificationOutcome | undefined;
    if (req.product) {
      if (!this.classifier) throw grpcError(grpc.status.UNAVAILABLE, "no classifier is configured: give hs_code");
      classification = await this.classifier.classify(req.product, input.origin, input.destination);
      input.code = classification.code;
    }

    const facts = await this.tariff.dutyRates(input.code, input.origin, input.destination, input.date);
    const fxRule = fxRuleFor(input.destination, input.date);
    // The country table lists some countries with several currencies ("NAD,ZAR"): the first is the national one.
    const listed = (countries.get(input.destination) ?? "").split(",")[0]!.trim();
    let currency = currencyOn(input.destination, /^[A-Z]{3}$/.test(listed) ? listed : input.currency, input.date);

    // Every currency the calculation may convert: the request's, the result's, specific duty
    // amounts, de minimis thresholds and fees of the destination.
    const needed = new Set<string>([input.currency, currency]);
    for (const m of facts.measures) {
      for (const c of [...m.expression.components, m.expression.minimum, m.expression.maximum]) if (c?.currency) needed.add(c.currency);
    }
    const dmKey = EU_MEMBERS.has(input.destination) ? "EU" : input.destination;
    for (const r of this.rules.deMinimis) if (r.destination === dmKey) needed.add(r.currency);
    for (const r of this.rules.fees) if (r.destination === input.destination) needed.add(r.currency);
    needed.delete("EUR");
    const rates: EcbRate[] = [];
    const missing = new Set<string>();
    await Promise.all(
      [...needed].map(async (c) => {
        const r = await this.tariff.exchangeRate(c, fxRule.date);
        if (r) rates.push(r);
        else missing.add(c);
      }),
    );
    if (missing.has(input.currency)) {
      throw new InputError("currency", `no ECB reference rate for ${input.currency} on or before ${fxRule.date}; give the value in a currency the ECB publishes (EUR, USD, GBP, JPY, CNY, ...)`);
    }
    const extraWarnings: Array<{ code: string; message: string }> = [];
    if (missing.has(currency)) {
      extraWarnings.push({ code: "RESULT_CURRENCY_UNAVAILABLE", message: `no ECB reference rate for ${currency}, the currency of ${input.destination}: amounts are in ${input.currency}` });
      currency = input.currency;
    }
    const result = calculateLandedCost(input, facts, this.rules, { currency, fx: new Fx(rates), fxRule });
    result.warnings.unshift(...extraWarnings);
    if (classification && !classification.final) {
      // The duty depends on a code that is not settled: every figure derived from it is an assumption.
      for (const c of result.components) {
        if (c.type !== "customs_value" && c.type !== "shipping" && c.type !== "insurance" && c.confidence !== "unavailable") c.confidence = weaker(c.confidence, "medium");
      }
      result.warnings.unshift({
        code: "CLASSIFICATION_NOT_FINAL",
        message: `the product was classified as ${classification.code} with confidence ${classification.confidence.toFixed(2)}; answering ${classification.missingAttributes.join(", ") || "the follow-up questions"} could change the code and the duty`,
      });
    }
    return { result, classification };
  }
}
