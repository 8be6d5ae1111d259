import { iterateCsvRecords } from "@openhs/shared/csv";
import type { SourceAdapter } from "../types.js";

/**
 * EU trade-defence measures known from the TARIC extracts of October 2025 (measure conditions and
 * measure exclusions): definitive anti-dumping (measure type 552) and countervailing (554) duties,
 * as 'anti_dumping' measures of schedule 'EU' on the TARIC code where they are defined.
 *
 * The extracts carry no rates (the duty depends on the exporter's TARIC additional code), so each
 * measure has a `reference` expression saying so: landed cost lists it with no amount and a warning.
 * - from the conditions table: (goods code, origin) with the additional codes named in it;
 * - from the exclusions table: (goods code) for ERGA OMNES with the excluded origins.
 * Data date 2025-10-31, confidence 'medium' (trade-defence measures change often; the extracts are
 * filtered, so absence here does not mean there is no measure).
 */

const CONDITIONS = "measure_conditions.csv.gz";
const EXCLUSIONS = "measure_exclusions.csv.gz";
const DATA_DATE = "2025-10-31";
const TYPES: Record<string, string> = { "552": "definitive anti-dumping duty (TARIC measure type 552)", "554": "definitive countervailing duty (TARIC measure type 554)" };
const AREA = (origin: string) => (origin === "1011" ? "ERGA_OMNES" : origin);

export const euTradeDefence: SourceAdapter = {
  id: "eu-trade-defence-2025-10",
  group: "duties",
  folder: "eu-taric-measure-conditions-exclusions-2025-10",
  files: [CONDITIONS, EXCLUSIONS],
  description: "EU anti-dumping and countervailing measures (TARIC measure types 552/554) named in the TARIC measure conditions and exclusions extracts of October 2025 (no rates)",
  licence: "none stated in repo (European Commission CIRCABC TARIC extracts)",
  version: "1",
  async load(ctx) {
    const measures = new Map<string, { code: string; type: string; area: string; addCodes: Set<string>; excluded: Set<string>; file: string; line: number }>();
    const take = (code: string, type: string, area: string, file: string, line: number) => {
      const key = `${code}|${type}|${area}`;
      let m = measures.get(key);
      if (!m) measures.set(key, (m = { code, type, area, addCodes: new Set(), excluded: new Set(), file, line }));
      return m;
    };
    let header = true;
    for (const { record: r, line } of iterateCsvRecords(await ctx.readText(CONDITIONS), { delimiter: ";" })) {
      if (header) {
        header = false;
        continue;
      }
      const [code, addCode, , origin, type] = r.map((f) => f.trim());
      if (!TYPES[type!]) continue;
      if (!/^\d{10}$/.test(code!) || !origin) {
        ctx.issue(CONDITIONS, line, `goods code ${JSON.stringify(code)} / origin ${JSON.stringify(origin)} malformed`);
        continue;
      }
      const m = take(code!, type!, AREA(origin), CONDITIONS, line);
      if (addCode) m.addCodes.add(addCode);
    }
    header = true;
    for (const { record: r, line } of iterateCsvRecords(await ctx.readText(EXCLUSIONS), { delimiter: ";" })) {
      if (header) {
        header = false;
        continue;
      }
      // Goods code; Add code; Order No.; Origin; Measure type; Excluded country code (holds the name); Origin code; Meas. type code; Excluded country (holds the ISO code)
      const [code, addCode, , , , , originCode, type, excludedIso] = r.map((f) => f.trim());
      if (!TYPES[type!]) continue;
      if (!/^\d{10}$/.test(code!) || !originCode || !/^[A-Z]{2}$/.test(excludedIso ?? "")) {
        ctx.issue(EXCLUSIONS, line, `goods code ${JSON.stringify(code)} / origin ${JSON.stringify(originCode)} / excluded ${JSON.stringify(excludedIso)} malformed`);
        continue;
      }
      const m = take(code!, type!, AREA(originCode), EXCLUSIONS, line);
      m.excluded.add(excludedIso!);
      if (addCode) m.addCodes.add(addCode);
    }
    for (const m of measures.values()) {
      const what = TYPES[m.type]!;
      const reason = `${what}: the rate depends on the exporter (TARIC additional code${m.addCodes.size ? `s ${[...m.addCodes].sort().join(", ")}` : ""}) and is not in the data; see TARIC`;
      await ctx.insert(
        "measure",
        {
          schedule: "EU",
          commodity_code: m.code,
          measure_type: "anti_dumping",
          geographical_area: m.area,
          programs: [],
          duty_expression_text: what,
          duty_expression: { kind: "reference", text: what, components: [], reason },
          validity_start: null,
          validity_end: null,
          legal_basis: `EU ${what}`,
          data_date: DATA_DATE,
          confidence: "medium",
          excluded_countries: [...m.excluded].sort(),
          additional_code: m.addCodes.size === 1 ? [...m.addCodes][0] : null,
          notes: ["TARIC extract of October 2025 (filtered): a measure may have changed or ended since"],
        },
        { file: m.file, line: m.line },
      );
    }
  },
};
