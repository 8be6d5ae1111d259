-- Tariff service data: nomenclature, national tariff lines, measures (duty expressions),
-- preference programmes, legal notes, HS edition correlation, VAT, countries, exchange rates.
-- Every fact row carries its source and validity dates.



-- One row per imported source (folder + file) with what the last import did.
CREATE TABLE tariff.data_source (
  id            text PRIMARY KEY,          -- e.g. 'us-hts-2026'
  folder        text NOT NULL,             -- folder under HS_DATA_DIR
  files         text[] NOT NULL,
  description   text NOT NULL,
  licence       text,
  content_hash  text NOT NULL,             -- sha256 of the input files (idempotency)
  row_counts    jsonb NOT NULL DEFAULT '{}'::jsonb,
  issue_count   integer NOT NULL DEFAULT 0,
  imported_at   timestamptz NOT NULL DEFAULT now()
);

-- Malformed rows seen by the last import of a source (file, line, reason).
CREATE TABLE tariff.import_issue (
  source_id  text NOT NULL REFERENCES tariff.data_source(id) ON DELETE CASCADE,
  file       text NOT NULL,
  line       integer NOT NULL,
  reason     text NOT NULL
);
CREATE INDEX import_issue_source_idx ON tariff.import_issue (source_id);

-- HS sections (I..XXI) per HS edition.
CREATE TABLE tariff.section (
  edition        text NOT NULL,            -- 'HS2022' | 'HS2017'
  roman          text NOT NULL,
  number         integer NOT NULL,
  title          text NOT NULL,
  source_id      text NOT NULL,
  PRIMARY KEY (edition, roman)
);

-- Goods nomenclature for every schedule: HS2022/HS2017 (2-6 digits), US (HTSUS, 4-10 digits +
-- un-numbered superior lines), EU (TARIC 10-digit with product-line suffix).
CREATE TABLE tariff.goods_nomenclature (
  sid              bigserial PRIMARY KEY,
  schedule         text NOT NULL,          -- 'HS2022' | 'HS2017' | 'US' | 'EU' | ...
  code             text NOT NULL,          -- digits only, unpadded ('01','0101','010121','6109100012'); '' for un-numbered US lines;
                                           -- EU: the 10-digit TARIC goods code as printed ('0100000000' for chapter 01), lines told apart by suffix
  suffix           text NOT NULL DEFAULT '80', -- TARIC product-line suffix; '80' = declarable line
  level            text NOT NULL,          -- chapter | heading | subheading | tariff_line | statistical | group
  indent           integer NOT NULL DEFAULT 0,
  position         integer NOT NULL,       -- order in the source file (schedule order)
  parent_sid       bigint,
  section          text,                   -- HS section (roman numeral)
  description      text NOT NULL,
  units            text[] NOT NULL DEFAULT '{}',
  declarable       boolean NOT NULL DEFAULT false,
  validity_start   date,
  validity_end     date,
  source_id        text NOT NULL
);
CREATE INDEX goods_nomenclature_code_idx ON tariff.goods_nomenclature (schedule, code);
CREATE INDEX goods_nomenclature_parent_idx ON tariff.goods_nomenclature (parent_sid);

-- Preference programmes of a schedule (US special-program indicators such as AU, A+, S) and the
-- geographical areas (ISO alpha-2) they cover.
CREATE TABLE tariff.preference_program (
  schedule        text NOT NULL,
  code            text NOT NULL,
  name            text NOT NULL,
  countries       text[] NOT NULL DEFAULT '{}',
  legal_reference text,
  source_id       text NOT NULL,
  PRIMARY KEY (schedule, code)
);

-- Duty measures on a commodity code: general (MFN), preferential (by programme), column 2,
-- additional. duty_expression is the parsed form of duty_expression_text.
CREATE TABLE tariff.measure (
  id                    bigserial PRIMARY KEY,
  schedule              text NOT NULL,
  commodity_code        text NOT NULL,
  measure_type          text NOT NULL,      -- general | preferential | column2 | additional
  geographical_area     text NOT NULL,      -- 'ERGA_OMNES', 'COLUMN2' (US column 2: CU, KP; RU, BY since 2022-04-09), a programme
                                            -- code / ISO country; US preferential: the programme codes joined with ',' ('SPECIAL' if none)
  programs              text[] NOT NULL DEFAULT '{}',
  duty_expression_text  text NOT NULL,
  duty_expression       jsonb NOT NULL,
  validity_start        date,
  validity_end          date,
  source_id             text NOT NULL
);
CREATE INDEX measure_code_idx ON tariff.measure (schedule, commodity_code);

-- HS section / chapter / subheading legal notes, each numbered note with the headings it references.
CREATE TABLE tariff.legal_note (
  id               bigserial PRIMARY KEY,
  kind             text NOT NULL,            -- section | chapter
  number           integer NOT NULL,         -- section number or chapter number
  variant          text NOT NULL,            -- uk | eu | ...
  note_label       text NOT NULL,            -- '1', '2', 'subheading 1', ...
  text             text NOT NULL,
  referenced_headings text[] NOT NULL DEFAULT '{}',
  edition          text NOT NULL DEFAULT 'HS2022',
  source_id        text NOT NULL
);
CREATE INDEX legal_note_kind_idx ON tariff.legal_note (kind, number);

-- HS 2022 <-> HS 2017 correlation at 6 digits.
CREATE TABLE tariff.hs_correlation (
  hs2022        text NOT NULL,
  hs2017        text NOT NULL,
  relationship  text NOT NULL,               -- '1:1' | 'n:1' | '1:n' | 'n:n'
  source_id     text NOT NULL,
  PRIMARY KEY (hs2022, hs2017)
);
CREATE INDEX hs_correlation_2017_idx ON tariff.hs_correlation (hs2017);

-- VAT / GST rates per country and rate type over time.
CREATE TABLE tariff.vat_rate (
  country         text NOT NULL,             -- ISO alpha-2
  rate_type       text NOT NULL,             -- standard | reduced | super_reduced | parking
  rate_percent    numeric(7,3) NOT NULL,
  validity_start  date NOT NULL,             -- '0001-01-01' = in force since before the source's history starts
  validity_end    date,                      -- inclusive; NULL = open
  description     text,
  source_id       text NOT NULL
);
CREATE INDEX vat_rate_country_idx ON tariff.vat_rate (country);

-- ISO 3166 countries with currency.
CREATE TABLE tariff.country (
  alpha2          text PRIMARY KEY,
  alpha3          text,
  numeric_code    text,
  name            text NOT NULL,
  currency        text,
  region          text,
  source_id       text NOT NULL
);

-- ECB euro reference rates: units of currency per 1 EUR.
CREATE TABLE tariff.exchange_rate (
  currency     text NOT NULL,
  rate_date    date NOT NULL,
  per_eur      numeric(18,6) NOT NULL,
  source_id    text NOT NULL,
  PRIMARY KEY (currency, rate_date)
);
