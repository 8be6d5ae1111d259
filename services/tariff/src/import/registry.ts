import { countries } from "./adapters/countries.js";
import { ecbRates } from "./adapters/ecb-rates.js";
import { euTaric } from "./adapters/eu-taric.js";
import { euAdval2026 } from "./adapters/eu-adval-2026.js";
import { euCet2020, ukGlobalTariff2021 } from "./adapters/eu-uk-duties.js";
import { euTradeDefence } from "./adapters/eu-trade-defence.js";
import { hsCorrelation } from "./adapters/hs-correlation.js";
import { hsNomenclature } from "./adapters/hs-nomenclature.js";
import { legalNotes } from "./adapters/legal-notes.js";
import { auTariff } from "./adapters/au-tariff.js";
import { jpTariff } from "./adapters/jp-tariff.js";
import { noTariff } from "./adapters/no-tariff.js";
import { usHts } from "./adapters/us-hts.js";
import { usSpecialTariffs } from "./adapters/us-special-tariffs.js";
import { vatIbericode, vatKdeldycke, vatNodeSalesTax } from "./adapters/vat.js";
import type { SourceAdapter } from "./types.js";

/**
 * Every data source the importer knows, in import order. A further schedule (EU/UK duty tables,
 * Japan, Australia, Norway, Mercosur, ...) is one more adapter file in ./adapters plus a line here.
 */
export const ADAPTERS: SourceAdapter[] = [
  hsNomenclature,
  hsCorrelation,
  usHts,
  usSpecialTariffs,
  euTaric,
  euCet2020,
  euAdval2026,
  euTradeDefence,
  ukGlobalTariff2021,
  jpTariff,
  auTariff,
  noTariff,
  legalNotes,
  vatIbericode,
  vatKdeldycke,
  vatNodeSalesTax,
  countries,
  ecbRates,
];
