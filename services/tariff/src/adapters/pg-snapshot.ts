import { createHash } from "node:crypto";
import type { Pool } from "@openhs/shared";
import { Catalog, type CountryRow, type ExchangeRateRow, type LegalNoteRow, type VatRateRow } from "../domain/catalog.js";
import type { MeasureRow, ProgramInfo } from "../domain/duty.js";
import { Nomenclature, type CorrelationRow, type NomenclatureRow, type SectionRow } from "../domain/nomenclature.js";
import { programStatus, VAT_SOURCE_PRECEDENCE } from "./static-data.js";

/** Reads the whole tariff schema once and builds the in-memory catalog. */
export async function loadCatalog(pool: Pool): Promise<Catalog> {
  const q = <T>(sql: string) => pool.query(sql).then((r) => r.rows as T[]);
  const [sources, nomen, sections, corr, measures, programs, vat, countries, notes, fx] = await Promise.all([
    q<{ id: string; content_hash: string; description: string; licence: string | null; imported_at: Date; row_counts: Record<string, number> }>(
      "SELECT id, content_hash, description, licence, imported_at, row_counts FROM tariff.data_source ORDER BY id",
    ),
    q<Record<string, unknown>>(
      `SELECT sid, schedule, code, suffix, level, indent, position, parent_sid, section, description, units, declarable,
              validity_start, validity_end, source_id FROM tariff.goods_nomenclature`,
    ),
    q<Record<string, unknown>>("SELECT edition, roman, number, title, source_id FROM tariff.section"),
    q<Record<string, unknown>>("SELECT hs2022, hs2017, relationship FROM tariff.hs_correlation"),
    q<Record<string, unknown>>(
      `SELECT schedule, commodity_code, measure_type, geographical_area, programs, duty_expression_text, duty_expression,
              validity_start, validity_end, source_id, legal_basis, data_date, confidence, excluded_countries, additional_code, notes
         FROM tariff.measure ORDER BY id`,
    ),
    q<Record<string, unknown>>("SELECT schedule, code, name, countries, legal_reference FROM tariff.preference_program"),
    q<Record<string, unknown>>(
      "SELECT country, rate_type, rate_percent, validity_start, validity_end, description, source_id FROM tariff.vat_rate",
    ),
    q<Record<string, unknown>>("SELECT alpha2, alpha3, numeric_code, name, currency, region FROM tariff.country"),
    q<Record<string, unknown>>(
      "SELECT kind, number, variant, note_label, text, referenced_headings FROM tariff.legal_note ORDER BY id",
    ),
    q<Record<string, unknown>>("SELECT currency, rate_date, per_eur, source_id FROM tariff.exchange_rate"),
  ]);
  const rows: NomenclatureRow[] = nomen.map((r) => ({
    sid: Number(r.sid),
    schedule: String(r.schedule),
    code: String(r.code),
    suffix: String(r.suffix),
    level: String(r.level),
    indent: Number(r.indent),
    position: Number(r.position),
    parentSid: r.parent_sid == null ? null : Number(r.parent_sid),
    section: (r.section as string | null) ?? null,
    description: String(r.description),
    units: (r.units as string[]) ?? [],
    declarable: Boolean(r.declarable),
    validityStart: (r.validity_start as string | null) ?? null,
    validityEnd: (r.validity_end as string | null) ?? null,
    sourceId: String(r.source_id),
  }));
  const nomenclature = new Nomenclature(
    rows,
    sections.map((s) => ({ edition: String(s.edition), roman: String(s.roman), number: Number(s.number), title: String(s.title), sourceId: String(s.source_id) }) satisfies SectionRow),
    corr.map((c) => ({ hs2022: String(c.hs2022), hs2017: String(c.hs2017), relationship: String(c.relationship) }) satisfies CorrelationRow),
  );
  const dataVersion = createHash("sha256")
    .update(sources.map((s) => `${s.id}=${s.content_hash}`).join("\n"))
    .digest("hex")
    .slice(0, 16);
  return new Catalog({
    nomenclature,
    dataVersion,
    sources: sources.map((s) => ({ id: s.id, description: s.description, licence: s.licence ?? "", importedAt: new Date(s.imported_at), rowCounts: s.row_counts ?? {} })),
    measures: measures.map(
      (m) =>
        ({
          schedule: String(m.schedule),
          commodityCode: String(m.commodity_code),
          measureType: m.measure_type as MeasureRow["measureType"],
          geographicalArea: String(m.geographical_area),
          programs: (m.programs as string[]) ?? [],
          dutyExpressionText: String(m.duty_expression_text),
          dutyExpression: m.duty_expression as MeasureRow["dutyExpression"],
          validityStart: (m.validity_start as string | null) ?? null,
          validityEnd: (m.validity_end as string | null) ?? null,
          sourceId: String(m.source_id),
          legalBasis: (m.legal_basis as string | null) ?? null,
          dataDate: (m.data_date as string | null) ?? null,
          confidence: (m.confidence as MeasureRow["confidence"]) ?? null,
          excludedCountries: (m.excluded_countries as string[]) ?? [],
          additionalCode: (m.additional_code as string | null) ?? null,
          notes: (m.notes as string[]) ?? [],
        }) satisfies MeasureRow,
    ),
    programs: programs.map((p) => {
      const status = programStatus(String(p.schedule), String(p.code));
      return {
        schedule: String(p.schedule),
        code: String(p.code),
        name: String(p.name),
        countries: (p.countries as string[]) ?? [],
        legalReference: String(p.legal_reference ?? ""),
        active: status.active,
        anyOrigin: status.anyOrigin,
        note: status.note,
      } satisfies ProgramInfo;
    }),
    vatRates: vat.map(
      (v) =>
        ({
          country: String(v.country),
          rateType: String(v.rate_type),
          ratePercent: String(v.rate_percent),
          validityStart: String(v.validity_start),
          validityEnd: (v.validity_end as string | null) ?? null,
          description: (v.description as string | null) ?? null,
          sourceId: String(v.source_id),
        }) satisfies VatRateRow,
    ),
    vatPrecedence: VAT_SOURCE_PRECEDENCE,
    countries: countries.map(
      (c) =>
        ({
          alpha2: String(c.alpha2),
          alpha3: (c.alpha3 as string | null) ?? null,
          numericCode: (c.numeric_code as string | null) ?? null,
          name: String(c.name),
          currency: (c.currency as string | null) ?? null,
          region: (c.region as string | null) ?? null,
        }) satisfies CountryRow,
    ),
    notes: notes.map(
      (n) =>
        ({
          kind: String(n.kind),
          number: Number(n.number),
          variant: String(n.variant),
          label: String(n.note_label),
          text: String(n.text),
          referencedHeadings: (n.referenced_headings as string[]) ?? [],
        }) satisfies LegalNoteRow,
    ),
    exchangeRates: fx.map(
      (r) => ({ currency: String(r.currency), rateDate: String(r.rate_date), perEur: String(r.per_eur), sourceId: String(r.source_id) }) satisfies ExchangeRateRow,
    ),
  });
}

/** The data version as stored (cheap query), to detect re-imports and reload the catalog. */
export async function currentDataVersion(pool: Pool): Promise<string> {
  const rows = (await pool.query("SELECT id, content_hash FROM tariff.data_source ORDER BY id")).rows as Array<{ id: string; content_hash: string }>;
  return createHash("sha256")
    .update(rows.map((s) => `${s.id}=${s.content_hash}`).join("\n"))
    .digest("hex")
    .slice(0, 16);
}
