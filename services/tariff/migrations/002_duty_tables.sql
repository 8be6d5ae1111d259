-- Duty tables of more destinations (EU, UK, Japan, Australia, Norway, user files) and additional /
-- anti-dumping measures: each measure says its legal basis, the date of the data it comes from,
-- how sure it is, the origins excluded from its area, its additional code and findings about it.

ALTER TABLE tariff.measure
  ADD COLUMN legal_basis text,
  ADD COLUMN data_date date,                                   -- edition / snapshot date of the data
  ADD COLUMN confidence text,                                  -- high | medium | low; NULL = high
  ADD COLUMN excluded_countries text[] NOT NULL DEFAULT '{}',  -- ISO alpha-2 origins excluded from the area
  ADD COLUMN additional_code text,                             -- HTSUS ch. 99 heading, TARIC additional code
  ADD COLUMN notes text[] NOT NULL DEFAULT '{}';               -- findings (source disagreements, partial parses)
