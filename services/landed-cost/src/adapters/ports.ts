import type { commonV1 } from "@openhs/proto";
import type { EcbRate, TariffFacts } from "../domain/types.js";

/** What the landed-cost service needs from other services (implemented over gRPC in this folder). */

export interface TariffPort {
  /** Duty measures and VAT for (code, origin, destination, date). Throws InputError / NotFoundError for bad input. */
  dutyRates(code: string, origin: string, destination: string, date: string): Promise<TariffFacts>;
  /** ECB reference rate on or before `date`; undefined when the ECB publishes none for the currency. */
  exchangeRate(currency: string, date: string): Promise<EcbRate | undefined>;
  /** ISO alpha-2 → ISO 4217 currency of every known country. */
  countries(): Promise<Map<string, string>>;
}

export interface ClassificationOutcome {
  /** Code to look rates up with: the national line when the classifier gave one, else the HS 6-digit code. */
  code: string;
  hsCode: string;
  id: string;
  final: boolean;
  confidence: number;
  missingAttributes: string[];
}

export interface ClassifierPort {
  classify(product: commonV1.Product, origin: string, destination: string): Promise<ClassificationOutcome>;
}
